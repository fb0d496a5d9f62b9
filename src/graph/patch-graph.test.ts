import { describe, expect, it } from 'vitest';
import { DEFAULT_LEVELS } from '../config/config-schema.js';
import { parseDocument } from '../parse/parse-document.js';
import { createRoleSchema } from '../schema/role-schema.js';
import { validateDocument } from '../validate/validate-document.js';
import { buildGraph } from './build-graph.js';
import type { Graph } from './graph.js';
import { patchGraph } from './patch-graph.js';

const schema = createRoleSchema([...DEFAULT_LEVELS]);

function role(id: string, lines: string): ReturnType<typeof parseDocument>['document'] {
  const defaults = ['title: 岗位', 'department: center', 'job_level: 专员', 'purpose: 测试。', 'status: approved']
    .filter((line) => !lines.includes(`${line.split(':')[0]}:`))
    .map((line) => `${line}\n`)
    .join('');
  const text = `---\nid: ${id}\n${defaults}${lines}---\n`;
  const { document } = parseDocument(`roles/${id}.md`, `/p/roles/${id}.md`, text, false);
  validateDocument(document, schema);
  return document;
}

/** What the rules read from a graph, as plain data. */
function describeGraph(graph: Graph): unknown {
  const ids = (list: ReadonlyArray<{ id: string }> | undefined) => (list ?? []).map((node) => node.id);
  return {
    roles: [...graph.roles].map(([id, node]) => `${id} ${node.document.file} ${node.role.job_level}`),
    subordinates: [...graph.subordinates.keys()].sort().map((id) => [id, ids(graph.subordinates.get(id))]),
    members: [...graph.members.keys()].sort().map((id) => [id, ids(graph.members.get(id))]),
    declarations: [...graph.declarations].map(([id, d]) => `${id} ${d.document.file} ${d.names.join('|')}`),
    references: graph.references.map((r) => `${r.document.file} ${r.field} ${r.value}`),
    referencesTo: [...graph.referencesTo.keys()]
      .sort()
      .map((id) => [id, graph.referencesTo.get(id)!.map((r) => `${r.document.file} ${r.field}`)]),
  };
}

describe('patchGraph', () => {
  const documents = () => [
    role('a', ''),
    role('b', 'reports_to: a\n'),
    role('c', 'reports_to: a\ncareer_path: [b]\n'),
    role('d', 'reports_to: b\n'),
  ];

  it('moves a reporting line as building the graph again would', () => {
    const before = documents();
    const graph = buildGraph(before, DEFAULT_LEVELS);
    const after = role('d', 'reports_to: c\ncareer_path: [a, b]\n');
    const patched = patchGraph(graph, before[3]!, after);
    const rebuilt = buildGraph([...before.slice(0, 3), after], DEFAULT_LEVELS);
    expect(patched).toBeDefined();
    expect(describeGraph(patched!)).toEqual(describeGraph(rebuilt));
    expect(patched!.subordinates.get('c')!.map((node) => node.id)).toEqual(['d']);
    expect(patched!.subordinates.has('b')).toBe(false);
  });

  it('drops the node of a file that stops passing the schema and keeps its references', () => {
    const before = documents();
    const graph = buildGraph(before, DEFAULT_LEVELS);
    const after = role('b', 'reports_to: a\njob_level: 不存在\n');
    const patched = patchGraph(graph, before[1]!, after)!;
    expect(describeGraph(patched)).toEqual(
      describeGraph(buildGraph([before[0]!, after, ...before.slice(2)], DEFAULT_LEVELS)),
    );
    expect(patched.roles.has('b')).toBe(false);
    expect(patched.declarations.get('b')?.document).toBe(after);
  });

  it('leaves to a new build what it does not patch: a changed id, a department, a file gaining its node', () => {
    const before = documents();
    expect(patchGraph(buildGraph(before, DEFAULT_LEVELS), before[3]!, role('e', 'reports_to: b\n'))).toBeUndefined();
    const invalid = role('d', 'reports_to: b\njob_level: 不存在\n');
    const graph = buildGraph([...before.slice(0, 3), invalid], DEFAULT_LEVELS);
    expect(patchGraph(graph, invalid, role('d', 'reports_to: b\n'))).toBeUndefined();
  });
});
