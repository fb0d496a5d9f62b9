import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse/parse-document.js';
import { collectReferences } from './collect-references.js';

const collect = (text: string) => {
  const { document } = parseDocument('roles/x.md', '/roles/x.md', text, false);
  const collected = collectReferences(document);
  return (
    collected && {
      ...collected,
      references: collected.references.map(
        (r) =>
          `${r.field} ${JSON.stringify(r.path)} ${r.target} ${JSON.stringify(r.value)} ${JSON.stringify(text.slice(r.start, r.end))}`,
      ),
    }
  );
};

describe('collectReferences', () => {
  it('reads each reference of a role with its exact source range, quotes included, even when the schema would fail', () => {
    const collected = collect(
      '---\nid: x\ntitle: 岗位\naliases: [别名, 7]\ndepartment: \'ops\'\nreports_to: 产品支撑主管  # title\ndirect_reports:\n  - "a"\n  -\n  - 3\ncareer_path: [b]\ncollaboration:\n  internal: [ops, c]\n---\n',
    );
    expect(collected).toMatchObject({ id: 'x', kind: 'role', names: ['岗位', '别名'] });
    expect(collected!.references).toEqual([
      'department ["department"] department "ops" "\'ops\'"',
      'reports_to ["reports_to"] role "产品支撑主管" "产品支撑主管"',
      'direct_reports ["direct_reports",0] role "a" "\\"a\\""',
      'direct_reports ["direct_reports",1] role null ""',
      'career_path ["career_path",0] role "b" "b"',
      'collaboration.internal ["collaboration","internal",0] role or department "ops" "ops"',
      'collaboration.internal ["collaboration","internal",1] role or department "c" "c"',
    ]);
  });

  it('reads a department’s parent and head, and points an empty value at its key', () => {
    const collected = collect('---\nkind: department\nid: ops\nname: 运维部\nparent:\nhead: lead\n---\n');
    expect(collected).toMatchObject({ id: 'ops', kind: 'department', names: ['运维部'] });
    expect(collected!.references).toEqual([
      'parent ["parent"] department null "parent"',
      'head ["head"] role "lead" "lead"',
    ]);
  });

  it('skips values of the wrong shape and files whose YAML did not parse', () => {
    expect(collect('---\nid: x\nreports_to: [a]\ndirect_reports: b\n---\n')!.references).toEqual([]);
    expect(collect('---\nid: x\nreports_to: [a\n---\n')).toBeUndefined();
    expect(collect('no front matter\n')).toBeUndefined();
  });
});
