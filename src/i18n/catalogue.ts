import type { Message } from './format-message.js';
import { authoringMessages } from './messages/authoring.js';
import { cliMessages } from './messages/cli.js';
import { commandMessages } from './messages/commands.js';
import { configMessages } from './messages/config.js';
import { coreMessages } from './messages/core.js';
import { diffMessages } from './messages/diff.js';
import { importMessages } from './messages/import.js';
import { formMessages } from './messages/form.js';
import { fsMessages } from './messages/fs.js';
import { formatMessages } from './messages/format.js';
import { gitMessages } from './messages/git.js';
import { lspMessages } from './messages/lsp.js';
import { provenanceMessages } from './messages/provenance.js';
import { reportMessages } from './messages/report.js';
import { wordMessages } from './messages/words.js';
import { writeMessages } from './messages/write.js';
import { yamlMessages } from './messages/yaml.js';

/**
 * Every message that is not a rule's, by area (rules keep theirs beside them). To add one: put
 * `'area.name': { 'zh-CN': '…{{value}}…', en: '…{{value}}…' }` in `messages/<area>.ts`, then call
 * `t('area.name', { value })`.
 */
export const AREAS = {
  authoring: authoringMessages,
  cli: cliMessages,
  command: commandMessages,
  config: configMessages,
  core: coreMessages,
  diff: diffMessages,
  import: importMessages,
  fs: fsMessages,
  format: formatMessages,
  git: gitMessages,
  lsp: lspMessages,
  word: wordMessages,
  write: writeMessages,
  yaml: yamlMessages,
  provenance: provenanceMessages,
  report: reportMessages,
  form: formMessages,
} as const satisfies Record<string, Readonly<Record<string, Message>>>;

export const CATALOGUE = {
  ...authoringMessages,
  ...cliMessages,
  ...commandMessages,
  ...configMessages,
  ...coreMessages,
  ...diffMessages,
  ...importMessages,
  ...fsMessages,
  ...formatMessages,
  ...gitMessages,
  ...lspMessages,
  ...wordMessages,
  ...writeMessages,
  ...yamlMessages,
  ...provenanceMessages,
  ...reportMessages,
  ...formMessages,
} as const;

export type MessageId = keyof typeof CATALOGUE;
