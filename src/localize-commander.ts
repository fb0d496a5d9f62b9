import type { Argument, HelpConfiguration, Option } from 'commander';
import { displayWidth } from './text/display-width.js';
import { getLocale } from './i18n/locale.js';
import { wrapText } from './text/wrap-text.js';
import { t } from './i18n/t.js';

const TITLES: Record<string, Parameters<typeof t>[0]> = {
  'Usage:': 'cli.help.usage',
  'Arguments:': 'cli.help.arguments',
  'Options:': 'cli.help.options',
  'Commands:': 'cli.help.commands',
  'Global Options:': 'cli.help.globalOptions',
};

/** The placeholders of usage lines and option terms (`[options]`, `<file>`, `[paths...]`), by their English word. */
const PLACEHOLDERS: Record<string, Parameters<typeof t>[0]> = {
  options: 'cli.placeholder.options',
  command: 'cli.placeholder.command',
  file: 'cli.placeholder.file',
  files: 'cli.placeholder.file',
  locale: 'cli.placeholder.locale',
  format: 'cli.placeholder.format',
  paths: 'cli.placeholder.paths',
  n: 'cli.placeholder.n',
  ref: 'cli.placeholder.ref',
  base: 'cli.placeholder.base',
  head: 'cli.placeholder.head',
  dir: 'cli.placeholder.dir',
  id: 'cli.placeholder.id',
  'old-id': 'cli.placeholder.oldId',
  'new-id': 'cli.placeholder.newId',
  uses: 'cli.placeholder.uses',
  title: 'cli.placeholder.title',
  kind: 'cli.placeholder.kind',
  level: 'cli.placeholder.level',
  text: 'cli.placeholder.text',
  view: 'cli.placeholder.view',
  pid: 'cli.placeholder.pid',
  status: 'cli.placeholder.status',
  key: 'cli.placeholder.key',
};

/** Help text with its placeholders in the run's language (`[options] <file>` → `[选项] <文件>`); English as it is. */
export function localizePlaceholders(text: string): string {
  if (getLocale() === 'en') return text;
  return text.replace(/([<[])([a-z-]+)((?:\.\.\.)?[>\]])/g, (whole, open: string, word: string, close: string) => {
    const id = Object.hasOwn(PLACEHOLDERS, word) ? PLACEHOLDERS[word] : undefined;
    return id === undefined ? whole : `${open}${t(id as 'cli.placeholder.file')}${close}`;
  });
}

/** An argument's name without its brackets (`paths`), in the run's language. */
function bare(name: string): string {
  return localizePlaceholders(`<${name}>`).slice(1, -1);
}

function extra(description: string, choices: readonly string[] | undefined, fallback: unknown): string {
  const info: string[] = [];
  if (choices) info.push(t('cli.help.choices', { choices: choices.join(', ') }));
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- commander's defaults here are strings and numbers
  if (fallback !== undefined) info.push(t('cli.help.default', { value: String(fallback) }));
  if (info.length === 0) return description;
  const [open, close, separator] = getLocale() === 'zh-CN' ? ['（', '）', '；'] : [' (', ')', ', '];
  // A description that already ends in brackets takes the choices inside them: （默认：…；可选值：…）, not （…）（…）.
  if (description.endsWith(close))
    return `${description.slice(0, -close.length)}${separator}${info.join(separator)}${close}`;
  return `${description}${open}${info.join(separator)}${close}`;
}

/** Commander's help in the run's language (section titles, choices, defaults), wrapped by display width. */
export const localizedHelp: HelpConfiguration = {
  displayWidth: (text: string) => displayWidth(text),
  boxWrap: (text: string, width: number) => wrapText(text, width).join('\n'),
  styleTitle: (title: string) => (TITLES[title] ? t(TITLES[title] as 'cli.help.usage') : title),
  styleUsage: localizePlaceholders,
  styleSubcommandTerm: localizePlaceholders,
  styleOptionTerm: localizePlaceholders,
  // The arguments section names them bare (`paths`), the usage line in brackets.
  styleArgumentTerm: bare,
  optionDescription(option: Option) {
    const showDefault =
      option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
    return extra(option.description, option.argChoices, showDefault ? option.defaultValue : undefined);
  },
  argumentDescription(argument: Argument) {
    return extra(argument.description, argument.argChoices, argument.defaultValue);
  },
};

const quoted = (text: string) => `\`${text}\``;

/** Commander's error messages, which it writes in English, in the run's language. */
export function localizeCommanderError(text: string): string {
  if (getLocale() === 'en') return text;
  return text
    .split('\n')
    .map((line) => localizeLine(line))
    .join('\n');
}

function localizeLine(line: string): string {
  let match: RegExpMatchArray | null;
  if ((match = /^error: unknown option '(.*)'$/.exec(line)))
    return t('cli.error.unknownOption', { option: quoted(match[1]!) });
  if ((match = /^error: unknown command '(.*)'$/.exec(line)))
    return t('cli.error.unknownCommand', { command: quoted(match[1]!) });
  if ((match = /^\(Did you mean (.*)\?\)$/.exec(line)))
    return t('cli.error.didYouMean', { candidate: quoted(match[1]!) });
  if ((match = /^error: missing required argument '(.*)'$/.exec(line)))
    return t('cli.error.missingArgument', { argument: quoted(bare(match[1]!)) });
  if ((match = /^error: option '(.*)' argument missing$/.exec(line)))
    return t('cli.error.optionArgumentMissing', { option: quoted(localizePlaceholders(match[1]!)) });
  if ((match = /^error: option '(.*)' argument '(.*)' is invalid\.(.*)$/.exec(line)))
    return t('cli.error.invalidOptionValue', {
      option: quoted(localizePlaceholders(match[1]!)),
      value: quoted(match[2]!),
      detail: choices(match[3]!),
    });
  if ((match = /^error: command-argument value '(.*)' is invalid for argument '(.*)'\.(.*)$/.exec(line)))
    return t('cli.error.invalidArgumentValue', {
      value: quoted(match[1]!),
      argument: quoted(bare(match[2]!)),
      detail: choices(match[3]!),
    });
  if ((match = /^error: too many arguments.*Expected (\d+) arguments? but got (\d+)\.$/.exec(line)))
    return t('cli.error.tooManyArguments', { expected: match[1]!, received: match[2]! });
  if (line === '(add --help for additional information)') return t('cli.help.afterError');
  return line;
}

function choices(detail: string): string {
  const match = /^ Allowed choices are (.*)\.$/.exec(detail);
  return match ? t('cli.error.allowedChoices', { choices: match[1]! }) : detail.trim();
}
