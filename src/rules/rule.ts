import type { z } from 'zod';
import type { Config } from '../config/config-schema.js';
import type { Fix, RelatedLocation } from '../diagnostics/diagnostic.js';
import type { Message, MessageData } from '../i18n/format-message.js';
import type { Graph } from '../graph/graph.js';
import type { Document } from '../parse/document.js';

/**
 * What a rule reports: one of its own `messages` by id, with the data for its placeholders; the
 * engine adds file, rule id, severity and the text in the run's language. Offsets index `document.text`.
 */
export type Problem = {
  start: number;
  end: number;
  fix?: Fix;
  /** A did-you-mean's single clear candidate, applied only by `--fix-suggestions`. */
  suggestion?: Fix;
  related?: RelatedLocation[];
} & ProblemText;

/** Which of its messages a rule reports, with the values of the placeholders. */
export interface ProblemText {
  messageId: string;
  data?: MessageData;
}

interface RuleBase<Options> {
  /** kebab-case, equal to the rule's file name. */
  id: string;
  /** One line in each language, for `roles rules`, machine formats and the docs. */
  description: Message;
  /**
   * What the rule can say, by message id, in every language: "Unexpected X, expected Y", values
   * in backticks, `{{name}}` placeholders filled from the problem's `data`.
   */
  messages?: Readonly<Record<string, Message>>;
  /** Used when the config does not name the rule. */
  defaultSeverity: 'error' | 'warning' | 'off';
  /** Validates `[severity, options]` from the config; its defaults are the rule's defaults. */
  options?: z.ZodType<Options>;
  /** Whether `report` may carry a `fix` that `--fix` applies. */
  fixable?: boolean;
}

export interface DocumentRuleContext<Options> {
  options: Options;
  config: Config;
  /** The date the run checks against, `YYYY-MM-DD`: rules never read the clock, so output is reproducible. */
  today: string;
  report: (problem: Problem) => void;
}

/** A rule that looks at one file at a time, and at nothing else: its findings are cached by the file's content. */
export interface DocumentRule<Options = undefined> extends RuleBase<Options> {
  kind: 'document';
  check(document: Document, context: DocumentRuleContext<Options>): void;
}

export interface GraphRuleContext<Options> {
  options: Options;
  config: Config;
  /** The date the run checks against, `YYYY-MM-DD`. */
  today: string;
  /**
   * The documents whose problems are wanted, when not every document's are (the language server
   * after an edit): a rule may skip the work for the others (`rolesIn` and the like in
   * `graph/graph-scope.ts`); the engine drops reports on them.
   */
  scope?: ReadonlySet<Document>;
  report: (document: Document, problem: Problem) => void;
}

/** A rule that looks at the organisation as a whole. */
export interface GraphRule<Options = undefined> extends RuleBase<Options> {
  kind: 'graph';
  check(graph: Graph, context: GraphRuleContext<Options>): void;
}

export type Rule = DocumentRule<unknown> | GraphRule<unknown>;
