import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Io } from './io.js';
import { LOCALES, parseLocale, resolveLocale, setLocale, type Locale } from './i18n/locale.js';
import { t } from './i18n/t.js';
import { localizeCommanderError, localizedHelp } from './localize-commander.js';
import { VERSION } from './version.js';

/** Errors that mean "you asked for something unusable": exit 2, no stack trace. */
async function isUsageError(error: unknown): Promise<boolean> {
  if (error instanceof CommanderError) return true;
  const [{ ConfigError }, { NoFilesError }, { UsageError }, { ZodError }] = await Promise.all([
    import('./config/load-config.js'),
    import('./per-file/find-files.js'),
    import('./usage-error.js'),
    import('zod'),
  ]);
  return (
    error instanceof ConfigError ||
    error instanceof NoFilesError ||
    error instanceof UsageError ||
    error instanceof ZodError
  );
}

/**
 * The one name of the default human format of every command: ESLint's, since the checking commands
 * (the ones CI and pre-commit hooks pass `-f` to) already used it, and it names what the output is
 * for (a person at a terminal) rather than a shape (a tree and a list of findings are no tables).
 */
const HUMAN_FORMAT = 'stylish';
/** Earlier names, still accepted: `table` was the report, rules and diff commands' name for it. */
const FORMAT_ALIASES: Readonly<Record<string, string>> = { table: HUMAN_FORMAT };

/** `-f, --format` with its choices; an alias is read as the format it names. */
function formatOption(choices: readonly string[], fallback?: string, description = t('cli.option.format')): Option {
  const option = new Option('-f, --format <format>', description).choices(choices);
  const checkChoice = option.parseArg!;
  option.argParser((value: string, previous: unknown) =>
    checkChoice(Object.hasOwn(FORMAT_ALIASES, value) ? FORMAT_ALIASES[value]! : value, previous),
  );
  return fallback === undefined ? option : option.default(fallback);
}

/** `DIAGNOSTIC_FORMATS`, written out so that `--help` does not load the formatters. */
const CHECKING_FORMATS = [HUMAN_FORMAT, 'json', 'github', 'sarif', 'junit', 'gitlab'];

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(t('cli.error.count', { value }));
  return Number(value);
}

/** Builds the program; commands load their code only when they run, so `--version` stays fast. */
function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command('roles')
    .description(t('cli.description'))
    .version(VERSION, '-v, --version', t('cli.option.version'))
    .helpOption('-h, --help', t('cli.option.help'))
    .helpCommand('help [command]', t('cli.command.help'))
    .configureHelp(localizedHelp)
    .option('-c, --config <file>', t('cli.option.config'))
    .addOption(new Option('--lang <locale>', t('cli.option.lang')).choices(LOCALES))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(localizeCommanderError(text)),
    })
    .showHelpAfterError(t('cli.help.afterError'));

  const diagnosticFormats = [HUMAN_FORMAT, 'json'];
  const checking: Array<[name: 'validate' | 'lint' | 'xref' | 'check', description: string]> = [
    ['check', t('cli.check.description')],
    ['validate', t('cli.validate.description')],
    ['lint', t('cli.lint.description')],
    ['xref', t('cli.xref.description')],
  ];
  for (const [name, description] of checking) {
    program
      .command(name)
      .description(description)
      .argument('[paths...]', t('cli.check.paths'))
      .addOption(formatOption(CHECKING_FORMATS, undefined, t('cli.check.format')))
      .option('-o, --output <file>', t('cli.check.output'))
      .option('--max-warnings <n>', t('cli.check.maxWarnings'), parseCount)
      .option('--quiet', t('cli.check.quiet'))
      .option('--show-docs', t('cli.check.showDocs'))
      .option('--changed', t('cli.check.changed'))
      .option('--base <ref>', t('cli.check.base'))
      .option('--staged', t('cli.check.staged'))
      .option('--cache', t('cli.check.cache'))
      .option('--cache-location <file>', t('cli.check.cacheLocation'))
      .action(async (paths: string[], options: object) => {
        const { checkCommand } = await import('./commands/check.js');
        setExitCode(await checkCommand(name, paths, { ...program.opts(), ...options }, io));
      });
  }
  for (const name of ['check', 'lint', 'xref', 'validate']) {
    program.commands
      .find((command) => command.name() === name)!
      .option('--fix', t('cli.lint.fix'))
      .option('--fix-dry-run', t('cli.lint.fixDryRun'))
      .option('--fix-suggestions', t('authoring.help.fixSuggestions'))
      .option('-w, --watch', t('authoring.help.watch'));
  }

  program
    .command('rules')
    .description(t('cli.rules.description'))
    .addOption(formatOption([HUMAN_FORMAT, 'json'], HUMAN_FORMAT))
    .option('-o, --output <file>', t('cli.check.output'))
    .action(async (options: object) => {
      const { rulesCommand } = await import('./commands/rules.js');
      setExitCode(rulesCommand(options, io));
    });

  program
    .command('diff')
    .description(t('cli.diff.description'))
    .argument('<base>', t('cli.diff.base'))
    .argument('[head]', t('cli.diff.head'))
    .addOption(formatOption([HUMAN_FORMAT, 'markdown', 'json'], HUMAN_FORMAT))
    .option('-o, --output <file>', t('cli.check.output'))
    .action(async (base: string, head: string | undefined, options: object) => {
      const { diffCommand } = await import('./commands/diff.js');
      setExitCode(diffCommand(base, head, { ...program.opts(), ...options }, io));
    });

  program
    .command('schema')
    .description(t('cli.schema.description'))
    .option('--write <dir>', t('cli.schema.write'))
    .option('--with-ids', t('cli.schema.withIds'))
    .action(async (options: object) => {
      const { schemaCommand } = await import('./commands/schema.js');
      setExitCode(schemaCommand({ ...program.opts(), ...options }, io));
    });

  program
    .command('refs')
    .description(t('cli.refs.description'))
    .argument('<id>', t('cli.refs.id'))
    .addOption(formatOption(diagnosticFormats, HUMAN_FORMAT))
    .option('-o, --output <file>', t('cli.check.output'))
    .action(async (id: string, options: object) => {
      const { refsCommand } = await import('./commands/refs.js');
      setExitCode(refsCommand(id, { ...program.opts(), ...options }, io));
    });

  program
    .command('mv')
    .description(t('cli.mv.description'))
    .argument('<old-id>', t('cli.mv.oldId'))
    .argument('<new-id>', t('cli.mv.newId'))
    .option('-n, --dry-run', t('cli.mv.dryRun'))
    .action(async (oldId: string, newId: string, options: object) => {
      const { mvCommand } = await import('./commands/mv.js');
      setExitCode(mvCommand(oldId, newId, { ...program.opts(), ...options }, io));
    });

  program
    .command('fmt')
    .description(t('authoring.help.fmt'))
    .argument('[paths...]', t('authoring.help.fmtPaths'))
    .option('--check', t('authoring.help.fmtCheck'))
    .action(async (paths: string[], options: object) => {
      const { fmtCommand } = await import('./commands/fmt.js');
      setExitCode(fmtCommand(paths, { ...program.opts(), ...options }, io));
    });

  program
    .command('init')
    .description(t('authoring.help.init'))
    .argument('[dir]', t('authoring.help.initDir'))
    .option('--action <uses>', t('authoring.help.initAction'))
    .action(async (dir: string | undefined, options: object) => {
      const { initCommand } = await import('./commands/init.js');
      setExitCode(initCommand(dir, { ...program.opts(), ...options }, io));
    });

  program
    .command('new')
    .description(t('authoring.help.new'))
    .argument('[title]', t('authoring.help.newTitle'))
    .addOption(new Option('--kind <kind>', t('authoring.help.newKind')).choices(['role', 'department']).default('role'))
    .option('--department <id>', t('authoring.help.newDepartment'))
    .option('--reports-to <id>', t('authoring.help.newReportsTo'))
    .option('--level <level>', t('authoring.help.newLevel'))
    .option('--parent <id>', t('authoring.help.newParent'))
    .option('--head <id>', t('authoring.help.newHead'))
    .option('--id <id>', t('authoring.help.newId'))
    .option('--title-en <title>', t('authoring.help.newTitleEn'))
    .option('--purpose <text>', t('authoring.help.newPurpose'))
    .option('-n, --dry-run', t('authoring.help.newDryRun'))
    .option('-y, --yes', t('authoring.help.newYes'))
    .action(async (title: string | undefined, options: object) => {
      const { newCommand } = await import('./commands/new.js');
      setExitCode(await newCommand(title, { ...program.opts(), ...options }, io));
    });

  program
    .command('import')
    .description(t('import.help'))
    .argument('<files...>', t('import.help.files'))
    .option('--department <id>', t('import.help.department'))
    .option('--into <dir>', t('import.help.into'))
    .option('-n, --dry-run', t('import.help.dryRun'))
    .option('--map <column=field>', t('import.help.map'), (value: string, previous: string[] = []) => [
      ...previous,
      value,
    ])
    .action(async (files: string[], options: object) => {
      const { importCommand } = await import('./commands/import.js');
      setExitCode(await importCommand(files, { ...program.opts(), ...options }, io));
    });

  program
    .command('tree')
    .description(t('cli.tree.description'))
    .option('--root <id>', t('cli.tree.root'))
    .option('--depth <n>', t('cli.tree.depth'))
    .addOption(formatOption(diagnosticFormats, HUMAN_FORMAT))
    .option('-o, --output <file>', t('cli.check.output'))
    .action(async (options: object) => {
      const { treeCommand } = await import('./commands/tree.js');
      setExitCode(treeCommand({ ...program.opts(), ...options }, io));
    });

  program
    .command('lsp')
    .description(t('lsp.command'))
    .option('--stdio', t('lsp.option.stdio'))
    .option('--clientProcessId <pid>', t('lsp.option.clientProcessId'))
    .action(async (options: object) => {
      const { lspCommand } = await import('./commands/lsp.js');
      setExitCode(await lspCommand({ ...program.opts(), ...options }, io, io.stdin ?? process.stdin));
    });

  // Views and formats are written out (REPORT_VIEWS, REPORT_FORMATS) so that `--help` does not load the report code.
  program
    .command('report')
    .description(t('cli.report.description'))
    .addArgument(
      new Argument('[view]', t('cli.report.view'))
        .choices(['summary', 'tree', 'role', 'skills', 'requirements', 'careers', 'compliance', 'card', 'handbook'])
        .default('summary'),
    )
    .argument('[id]', t('cli.report.id'))
    .addOption(
      formatOption([HUMAN_FORMAT, 'markdown', 'json', 'csv', 'html', 'dot', 'svg', 'pdf', 'docx'], HUMAN_FORMAT),
    )
    .option('--all', t('cli.report.all'))
    .option('-o, --output <file>', t('cli.report.output'))
    .option('-w, --watch', t('authoring.help.reportWatch'))
    .option('--department <id>', t('cli.report.department'))
    .option('--level <level>', t('cli.report.level'))
    .addOption(new Option('--status <status>', t('cli.report.status')).choices(['draft', 'approved', 'retired']))
    .addOption(
      new Option('--group-by <key>', t('cli.report.groupBy')).choices(['department', 'level']).default('department'),
    )
    .action(async (view: string, id: string | undefined, options: object) => {
      const { reportCommand } = await import('./commands/report.js');
      setExitCode(await reportCommand(view, id, { ...program.opts(), ...options }, io));
    });

  return program;
}

/** The value of an option before commander parses anything: `--lang x` or `--lang=x`. */
function peekOption(argv: readonly string[], names: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    for (const name of names) {
      if (arg === name && i + 1 < argv.length) value = argv[i + 1];
      else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
    }
  }
  return value;
}

/**
 * The language of the whole run, chosen before `--help` is built: `--lang`, then `locale:` in the
 * config (a config that cannot be read is reported later by the command, not here), then the environment.
 */
async function chooseLocale(argv: readonly string[], io: Io): Promise<Locale> {
  const flag = peekOption(argv, ['--lang']);
  if (parseLocale(flag)) return resolveLocale({ flag, env: io.env });
  let config: string | undefined;
  try {
    const { loadConfig } = await import('./config/load-config.js');
    config = loadConfig(io.cwd, peekOption(argv, ['-c', '--config'])).config.locale;
  } catch {
    config = undefined;
  }
  return resolveLocale({ config, env: io.env });
}

/** Runs the CLI; returns the exit code. The only place that maps outcomes to exit codes. */
export async function main(argv: string[], io: Io): Promise<number> {
  if (io.cwd === '') {
    // bin/roles.js could not read the current folder: nothing below can resolve a path.
    setLocale(resolveLocale({ flag: peekOption(argv, ['--lang']), env: io.env }));
    io.stderr.write(`roles: ${t('cli.error.noCurrentFolder')}\n`);
    return 2;
  }
  let exitCode = 0;
  setLocale(await chooseLocale(argv, io));
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through exitOverride with code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (await isUsageError(error)) {
      io.stderr.write(`roles: ${(error as Error).message}\n`);
      return 2;
    }
    io.stderr.write(`roles: ${t('cli.error.internal', { detail: (error as Error).stack ?? String(error) })}\n`);
    return 2;
  }
}
