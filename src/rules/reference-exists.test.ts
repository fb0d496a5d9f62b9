import { describe, expect, it } from 'vitest';
import { checkFiles, checkFilesFull, project } from '../../test/check-files.js';

const rule = 'reference-exists';
const center = 'id: center\nname: 中心\nhead: director';
const director = 'id: director\ntitle: 中心主任\njob_level: 经理';
const supervisor = 'id: product-support-supervisor\ntitle: 产品支撑主管\naliases: [支撑主管]\nreports_to: director';

describe(rule, () => {
  it('accepts references to existing ids of the right kind', () => {
    const files = project(
      center,
      'id: ops\nname: 运维部\nparent: center\nhead: director',
      director,
      supervisor,
      'id: engineer\nreports_to: product-support-supervisor\ndepartment: ops\ncareer_path: [product-support-supervisor]\ncollaboration:\n  internal: [ops, director]',
      'id: director-2\nreports_to: director\ndirect_reports:\n  - engineer',
    );
    expect(checkFiles(files, { rule })).toEqual([]);
  });

  it('suggests the id of a role named by its title, even though the schema rejected the file', () => {
    const files = project(
      center,
      director,
      supervisor,
      'id: engineer\nreports_to: 产品支撑主管',
      'id: analyst\nreports_to: 支撑主管',
    );
    expect(checkFiles(files, { rule })).toEqual([
      'roles/analyst.md:3:13 reference-exists Unexpected `支撑主管` in `reports_to`, expected a role id, not a title or name: did you mean `product-support-supervisor`?',
      'roles/engineer.md:3:13 reference-exists Unexpected `产品支撑主管` in `reports_to`, expected a role id, not a title or name: did you mean `product-support-supervisor`?',
    ]);
  });

  it('names the exact id when a reference differs in case or full-width characters', () => {
    const files = project(
      center,
      director,
      supervisor,
      'id: a\nreports_to: Product-Support-Supervisor',
      'id: b\nreports_to: ｄｉｒｅｃｔｏｒ',
      'id: c\nreports_to: product_support_supervisor',
    );
    expect(checkFiles(files, { rule })).toEqual([
      'roles/a.md:3:13 reference-exists Unexpected `Product-Support-Supervisor` in `reports_to`, expected `product-support-supervisor`: ids are matched exactly, in lowercase ASCII without full-width characters',
      'roles/b.md:3:13 reference-exists Unexpected `ｄｉｒｅｃｔｏｒ` in `reports_to`, expected `director`: ids are matched exactly, in lowercase ASCII without full-width characters',
      'roles/c.md:3:13 reference-exists Unexpected `product_support_supervisor` in `reports_to`, expected `product-support-supervisor`: ids are matched exactly, in lowercase ASCII without full-width characters',
    ]);
  });

  it('reports unknown ids in every reference field, with a near miss when there is one', () => {
    const files = project(
      'id: center\nname: 中心\nhead: nobody\nparent: headquarter',
      director,
      'id: engineer\nreports_to: directer\ndepartment: centre\ndirect_reports: [ghost]\ncareer_path: [director, ghost-2]\ncollaboration:\n  internal: [sales]',
    );
    expect(checkFiles(files, { rule })).toEqual([
      'roles/center.md:4:7 reference-exists Unexpected unknown role `nobody` in `head`, expected a role id that some file declares',
      'roles/center.md:5:9 reference-exists Unexpected unknown department `headquarter` in `parent`, expected a department id that some file declares',
      'roles/engineer.md:3:13 reference-exists Unexpected unknown role `directer` in `reports_to`, did you mean `director`?',
      'roles/engineer.md:4:13 reference-exists Unexpected unknown department `centre` in `department`, did you mean `center`?',
      'roles/engineer.md:5:18 reference-exists Unexpected unknown role `ghost` in `direct_reports`, expected a role id that some file declares',
      'roles/engineer.md:6:25 reference-exists Unexpected unknown role `ghost-2` in `career_path`, expected a role id that some file declares',
      'roles/engineer.md:8:14 reference-exists Unexpected unknown id `sales` in `collaboration.internal`, expected a role or department id that some file declares',
    ]);
  });

  it('reports a role that reports to a department, suggesting its head, with the department as related', () => {
    const files = project(center, director, 'id: engineer\nreports_to: center\ndepartment: director');
    const diagnostics = checkFilesFull(files, { rule });
    expect(
      diagnostics.map(
        (d) =>
          `${d.file}:${d.line}:${d.column} ${d.message} | ${d.related?.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`).join('; ')}`,
      ),
    ).toEqual([
      'roles/engineer.md:3:13 Unexpected department `center` in `reports_to`, expected a role id: did you mean its head `director`? | roles/center.md:2:5 `center` is declared as a department here',
      'roles/engineer.md:4:13 Unexpected role `director` in `department`, expected a department id: did you mean its department `center`? | roles/director.md:2:5 `director` is declared as a role here',
    ]);
  });

  it('explains an empty reference instead of only its type', () => {
    const files = project(
      center,
      director,
      'id: engineer\nreports_to:\ndirect_reports:\n  -\n  - director',
      'id: ops\nname: 运维部\nparent: ""',
    );
    expect(checkFiles(files, { rule })).toEqual([
      'roles/engineer.md:3:1 reference-exists Unexpected empty `reports_to`, expected a role id (leave `reports_to` out only for a root)',
      'roles/engineer.md:5:4 reference-exists Unexpected empty `direct_reports`, expected a role id',
      'roles/ops.md:4:9 reference-exists Unexpected empty `parent`, expected a department id (leave `parent` out only for an organisation)',
    ]);
  });

  it('counts a file that fails the schema as existing, and leaves values of the wrong shape to the schema', () => {
    const files = project(
      center,
      'id: director\njob_level: 主任',
      'id: engineer\nreports_to: director\ndirect_reports: 42\ncareer_path: [7]',
    );
    expect(checkFiles(files, { rule })).toEqual([]);
  });
});
