import { say } from '../i18n/t.js';
import { unusedDisable } from '../rules/unused-disable.js';
import type { Html } from 'mdast';
import type { Document } from '../parse/document.js';
import { didYouMean } from '../text/did-you-mean.js';
import type { Problem } from '../rules/rule.js';

/** The four inline comments that switch rules off and on, as written in the body. */
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-file';

/** One `<!-- roles-… -->` comment of a body. */
export interface Directive {
  kind: DirectiveKind;
  /** The rule ids it names, each with its offset in `document.text`; empty means every rule. */
  rules: Array<{ id: string; start: number; end: number }>;
  /** The text after ` -- `, when given. */
  reason?: string;
  /** The comment's offsets in `document.text`. */
  start: number;
  end: number;
  /** The 1-based line the comment ends on. */
  endLine: number;
}

/** What a document's directives switch off, and which of them did switch something off. */
export interface DirectiveIndex {
  /** Whether a problem of `rule` starting at `offset` (on `line`) is disabled; marks the directive used. */
  suppresses(rule: string, offset: number, line: number): boolean;
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
  from: number;
  to: number;
  /** Set for `disable-next-line`: the only line it covers. */
  line?: number;
}

const KEYWORDS: Record<string, DirectiveKind> = {
  'roles-disable': 'disable',
  'roles-enable': 'enable',
  'roles-disable-next-line': 'disable-next-line',
  'roles-disable-file': 'disable-file',
};
const COMMENT = /<!--([\s\S]*?)-->/g;
const DIRECTIVE = /^(\s*)(roles-[a-z-]*)/;

/** Reads the directives of a document's body; a body that could not be parsed has none. */
export function indexDirectives(document: Document): DirectiveIndex {
  // Most files have no directive: skip the tree walk for them.
  const { directives, malformed } = document.body.includes('roles-')
    ? readDirectives(document)
    : { directives: [], malformed: [] };
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
        scopes.push({ directive, rule, except: new Set(), from: 0, to: Infinity, line: directive.endLine + 1 });
    } else if (directive.kind === 'disable') {
      for (const rule of names) {
        if (!open.has(rule)) open.set(rule, { directive, rule, except: new Set(), from: directive.end, to: Infinity });
      }
    } else {
      let closed = false;
      for (const rule of directive.rules.length === 0 ? [...open.keys()] : names) {
        const scope = open.get(rule);
        if (scope) {
          close(scope, directive.start);
          open.delete(rule);
          closed = true;
        }
      }
      const all = open.get('*');
      if (directive.rules.length > 0 && all) {
        // Re-enabling one rule inside a disable of every rule: the rest stays disabled.
        close(all, directive.start);
        open.set('*', { ...all, except: new Set([...all.except, ...names]), from: directive.end, to: Infinity });
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
    suppresses(rule, offset, line) {
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

/** Finds every directive comment in the body's HTML (never in code), in source order. */
function readDirectives(document: Document): { directives: Directive[]; malformed: Problem[] } {
  const directives: Directive[] = [];
  const malformed: Problem[] = [];
  const tree = document.markdown();
  if (!tree) return { directives, malformed };
  const html: Html[] = [];
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as { type: string; children?: unknown[] };
    if (node.type === 'html') html.push(node as Html);
    else if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  for (const node of html) {
    const base = node.position!.start.offset! + document.bodyOffset;
    const source = document.text.slice(base, node.position!.end.offset! + document.bodyOffset);
    for (const comment of source.matchAll(COMMENT)) {
      const content = comment[1]!;
      const head = DIRECTIVE.exec(content);
      if (!head) continue;
      const start = base + comment.index;
      const end = start + comment[0].length;
      const kind = KEYWORDS[head[2]!];
      if (!kind) {
        malformed.push({
          start,
          end,
          messageId: 'unknownDirective',
          data: { directive: head[2]! },
        });
        continue;
      }
      const afterKeyword = head[0].length;
      const separator = /(?:^|\s)--(?:\s|$)/.exec(content.slice(afterKeyword));
      const listText = separator
        ? content.slice(afterKeyword, afterKeyword + separator.index)
        : content.slice(afterKeyword);
      const rules: Directive['rules'] = [];
      const listStart = start + 4 + afterKeyword;
      for (const name of listText.matchAll(/[^\s,]+/g)) {
        rules.push({ id: name[0], start: listStart + name.index, end: listStart + name.index + name[0].length });
      }
      const reason = separator ? content.slice(afterKeyword + separator.index + separator[0].length).trim() : undefined;
      directives.push({
        kind,
        rules,
        ...(reason ? { reason } : {}),
        start,
        end,
        endLine: document.lines.position(end).line,
      });
    }
  }
  directives.sort((a, b) => a.start - b.start);
  return { directives, malformed };
}
