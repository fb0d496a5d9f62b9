import { say } from '../i18n/t.js';
import { unusedDisable } from '../rules/unused-disable.js';
import type { Document } from '../parse/document.js';
import type { Directive, DirectiveKind } from '../parse/read-directives.js';
import { didYouMean } from '../text/did-you-mean.js';
import type { Problem } from '../rules/rule.js';

/** What a document's directives switch off, and which of them did switch something off. */
export interface DirectiveIndex {
  /** Whether a problem of `rule` starting at `line` and `column` is disabled; marks the directive used. */
  suppresses(rule: string, line: number, column: number): boolean;
  /**
   * Directives that disabled nothing, named unknown rules, or are malformed. `ran` says whether a
   * rule ran on this file in this run (only then can its directive be judged unused); `allRan`
   * whether every kind of rule ran, for directives that name no rule.
   */
  problems(known: ReadonlySet<string>, ran: (rule: string) => boolean, allRan: boolean): Problem[];
}

/** `*` stands for every rule. */
interface Scope {
  directive: Directive;
  rule: string;
  /** Rules re-enabled inside a scope that covers every rule. */
  except: ReadonlySet<string>;
  /** Where it starts and stops, ranked as `rank(line, column)`. */
  from: number;
  to: number;
  /** Set for `disable-next-line`: the only line it covers. */
  line?: number;
}

/** Orders positions as numbers: lines first, then columns (a line of a file under the size limit is shorter than 2²²). */
const rank = (line: number, column: number) => line * 4_194_304 + column;

/** Reads the directives of a document's body; a body that could not be parsed has none. */
export function indexDirectives(document: Document): DirectiveIndex {
  const { directives, malformed } = document.directives();
  const scopes: Scope[] = [];
  const used = new Set<string>();
  const orphanEnables: Directive[] = [];
  const open = new Map<string, Scope>();
  const close = (scope: Scope, at: number) => {
    scope.to = at;
    scopes.push(scope);
  };
  for (const directive of directives) {
    const names = directive.rules.length === 0 ? ['*'] : directive.rules.map((rule) => rule.id);
    if (directive.kind === 'disable-file') {
      for (const rule of names) scopes.push({ directive, rule, except: new Set(), from: 0, to: Infinity });
    } else if (directive.kind === 'disable-next-line') {
      for (const rule of names)
        scopes.push({ directive, rule, except: new Set(), from: 0, to: Infinity, line: directive.to.line + 1 });
    } else if (directive.kind === 'disable') {
      for (const rule of names) {
        if (!open.has(rule))
          open.set(rule, {
            directive,
            rule,
            except: new Set(),
            from: rank(directive.to.line, directive.to.column),
            to: Infinity,
          });
      }
    } else {
      let closed = false;
      for (const rule of directive.rules.length === 0 ? [...open.keys()] : names) {
        const scope = open.get(rule);
        if (scope) {
          close(scope, rank(directive.from.line, directive.from.column));
          open.delete(rule);
          closed = true;
        }
      }
      const all = open.get('*');
      if (directive.rules.length > 0 && all) {
        // Re-enabling one rule inside a disable of every rule: the rest stays disabled.
        close(all, rank(directive.from.line, directive.from.column));
        open.set('*', {
          ...all,
          except: new Set([...all.except, ...names]),
          from: rank(directive.to.line, directive.to.column),
          to: Infinity,
        });
        closed = true;
      }
      if (!closed) orphanEnables.push(directive);
    }
  }
  for (const scope of open.values()) close(scope, Infinity);

  const key = (directive: Directive, rule: string) => `${directive.start}\0${rule}`;
  // Next-line scopes looked up by their line: a finding checks its own line's, not every directive of the file.
  const byLine = new Map<number, Scope[]>();
  const ranges: Scope[] = [];
  for (const scope of scopes) {
    if (scope.line === undefined) ranges.push(scope);
    else {
      const list = byLine.get(scope.line);
      if (list) list.push(scope);
      else byLine.set(scope.line, [scope]);
    }
  }
  return {
    suppresses(rule, line, column) {
      const offset = rank(line, column);
      let suppressed = false;
      for (const scope of [...ranges, ...(byLine.get(line) ?? [])]) {
        if (scope.rule !== '*' && scope.rule !== rule) continue;
        if (scope.except.has(rule)) continue;
        if (scope.line !== undefined ? scope.line !== line : offset < scope.from || offset >= scope.to) continue;
        used.add(key(scope.directive, scope.rule));
        suppressed = true;
      }
      return suppressed;
    },
    problems(known, ran, allRan) {
      const problems: Problem[] = [...malformed];
      for (const directive of directives) {
        const keyword = `roles-${directive.kind}`;
        for (const rule of directive.rules) {
          if (!known.has(rule.id)) {
            const suggestion = didYouMean(rule.id, known);
            problems.push({
              start: rule.start,
              end: rule.end,
              ...(suggestion
                ? { messageId: 'unknownRuleSuggest', data: { rule: rule.id, keyword, suggestion } }
                : { messageId: 'unknownRule', data: { rule: rule.id, keyword } }),
            });
          } else if (directive.kind !== 'enable' && ran(rule.id) && !used.has(key(directive, rule.id))) {
            problems.push({
              start: rule.start,
              end: rule.end,
              messageId: 'unusedRule',
              data: { keyword, rule: rule.id, where: where(directive.kind) },
            });
          }
        }
        if (directive.rules.length === 0 && directive.kind !== 'enable' && allRan && !used.has(key(directive, '*'))) {
          problems.push({
            start: directive.start,
            end: directive.end,
            messageId: 'unused',
            data: { keyword, where: where(directive.kind) },
          });
        }
      }
      for (const directive of orphanEnables) {
        problems.push({
          start: directive.start,
          end: directive.end,
          messageId: 'orphanEnable',
        });
      }
      return problems;
    },
  };
}

function where(kind: DirectiveKind): string {
  const messages = unusedDisable.messages!;
  if (kind === 'disable-next-line') return say(messages.whereNextLine!);
  if (kind === 'disable-file') return say(messages.whereFile!);
  return say(messages.whereBlock!);
}
