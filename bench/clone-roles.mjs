// Clones the bundled organisation (`roles/`, as written: front matter, notes, HTML comments) into
// a benchmark corpus of about N files with one reporting tree, and breaks level order in a share of them.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Levels above the bundled ladder, for the heads that join the copies into one tree (lowest first). */
const HEAD_LEVELS = ['总监', '高级总监', '副总经理', '总经理', '总裁', '董事长'];
const LEVELS = ['助理', '专员', '主办', '主管', '副经理', '经理', ...HEAD_LEVELS];
/** Each copy's roots report to a role of the same copy one level up, so a copy is one tree. */
const COPY_SUPERIOR = {
  'account-manager': 'account-manager-supervisor',
  'customer-engineer': 'account-manager-supervisor',
  'account-manager-supervisor': 'senior-marketing-manager',
  'product-management': 'gov-enterprise-deputy-manager',
  'customer-service-center-supervisor': 'gov-enterprise-deputy-manager',
  'om-center-deputy-manager': 'gov-enterprise-dept-manager',
};
/** The copy's own top role: it reports to a synthetic head. */
const COPY_TOP = 'gov-enterprise-dept-manager';
const FAN_OUT = 10;

function listMarkdown(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listMarkdown(full));
    else if (entry.name.endsWith('.md')) found.push(full);
  }
  return found.sort();
}

const field = (text, key) => new RegExp(`^${key}: *(.*)$`, 'm').exec(text.slice(0, text.indexOf('\n---', 3)))?.[1];

/** Puts `reports_to: superior` right after `department:` (or replaces the existing line). */
function setSuperior(text, superior) {
  if (field(text, 'reports_to') !== undefined) return text.replace(/^reports_to: .*$/m, `reports_to: ${superior}`);
  return text.replace(/^(department: .*)$/m, `$1\nreports_to: ${superior}`);
}

/**
 * Writes the corpus under `dir/roles` and `dir/roles.config.yaml`. `share` (0–1) of the files (all
 * of them roles with a superior) get the job level of their superior, so `level-order` reports them (what a reorganisation pull
 * request looks like). Returns what was written.
 */
export function cloneRoles(sourceDir, dir, count, share = 0) {
  rmSync(dir, { recursive: true, force: true });
  const sources = listMarkdown(sourceDir).map((file) => ({
    relative: path.relative(sourceDir, file),
    text: readFileSync(file, 'utf8'),
  }));
  const ids = sources.map((source) => field(source.text, 'id')).filter(Boolean);
  // Longest first, so `account-manager-supervisor` is not read as `account-manager` + `-supervisor`.
  const idPattern = new RegExp(
    `(?<![a-z0-9-])(${[...ids].sort((a, b) => b.length - a.length).join('|')})(?![a-z0-9-])`,
    'g',
  );
  const copies = Math.max(1, Math.round(count / sources.length));
  const files = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const source of sources) {
      let text = source.text.replace(idPattern, (id) => `${id}-${copy}`);
      const id = field(source.text, 'id');
      if (COPY_SUPERIOR[id]) text = setSuperior(text, `${COPY_SUPERIOR[id]}-${copy}`);
      const folder = path.join(`copy-${copy}`, path.dirname(source.relative));
      files.push({ file: path.join(folder, `${path.basename(source.relative, '.md')}-${copy}.md`), text });
    }
  }

  // Heads above the copies, FAN_OUT to each, one level up per layer, until a single root.
  const template = sources.find((source) => field(source.text, 'id') === COPY_TOP).text;
  // By id, once: finding each copy's top by scanning every file was quadratic (6.5 min at 100,000 files).
  const byOwnId = new Map(files.map((f) => [field(f.text, 'id'), f]));
  let layer = Array.from({ length: copies }, (_, copy) => byOwnId.get(`${COPY_TOP}-${copy}`));
  for (let height = 0; layer.length > 1; height++) {
    const level = HEAD_LEVELS[height];
    if (!level) throw new Error('corpus too large for the head levels');
    const heads = [];
    for (let i = 0; i < layer.length; i += FAN_OUT) {
      const id = `head-${height}-${heads.length}`;
      const head = {
        file: path.join('heads', `${id}.md`),
        text: template
          .replace(idPattern, (found) => `${found}-0`)
          .replace(/^direct_reports:\n(?: {2}- .*\n)+/m, '')
          .replace(/^ {2}- direct_reports\n/m, '')
          .replace(/^id: .*$/m, `id: ${id}`)
          .replace(/^title: .*$/m, `title: ${level}${heads.length}`)
          .replace(/^title_en: .*$/m, `title_en: Head ${height}-${heads.length}`)
          .replace(/^job_level: .*$/m, `job_level: ${level}`),
      };
      for (const below of layer.slice(i, i + FAN_OUT)) below.text = setSuperior(below.text, id);
      heads.push(head);
      files.push(head);
    }
    layer = heads;
  }
  const root = field(layer[0].text, 'id');

  // A superior that lists its direct reports lists the roles re-attached to it too.
  const byId = new Map(files.map((f) => [field(f.text, 'id'), f]));
  for (const f of files) {
    const superior = byId.get(field(f.text, 'reports_to'));
    const id = field(f.text, 'id');
    if (!superior || !/^direct_reports:$/m.test(superior.text)) continue;
    if (new RegExp(`^  - ${id}$`, 'm').test(superior.text)) continue;
    superior.text = superior.text.replace(/^direct_reports:$/m, `direct_reports:\n  - ${id}`);
  }

  // Level-order breaks: an exact share of the role files, spread evenly; each takes its superior's
  // level as it ends up (the superior may be broken too), so each breaks the order exactly once.
  const superiorOf = new Map();
  const levelOf = new Map();
  for (const f of files) {
    const id = field(f.text, 'id');
    if (field(f.text, 'job_level')) levelOf.set(id, field(f.text, 'job_level'));
    if (field(f.text, 'reports_to')) superiorOf.set(id, field(f.text, 'reports_to'));
  }
  const candidates = files.filter((f) => levelOf.has(superiorOf.get(field(f.text, 'id'))));
  // `share` of all files (departments and the root cannot break level order: the roles that can carry it).
  const rate = Math.min(1, (share * files.length) / candidates.length);
  const chosen = new Set();
  candidates.forEach((f, i) => {
    if (Math.floor((i + 1) * rate) !== Math.floor(i * rate)) chosen.add(field(f.text, 'id'));
  });
  const finalLevel = new Map();
  const levelAfter = (id) => {
    if (!finalLevel.has(id)) finalLevel.set(id, chosen.has(id) ? levelAfter(superiorOf.get(id)) : levelOf.get(id));
    return finalLevel.get(id);
  };
  let broken = 0;
  for (const f of candidates) {
    const id = field(f.text, 'id');
    if (!chosen.has(id)) continue;
    f.text = f.text.replace(/^job_level: .*$/m, `job_level: ${levelAfter(superiorOf.get(id))}`);
    broken++;
  }

  for (const f of files) {
    const target = path.join(dir, 'roles', f.file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, f.text);
  }
  writeFileSync(
    path.join(dir, 'roles.config.yaml'),
    `roles: [roles]\nlevels: [${LEVELS.join(', ')}]\nroots: [${root}]\n`,
  );
  return {
    files: files.length,
    roles: candidates.length + 1,
    broken,
    bytes: files.reduce((n, f) => n + Buffer.byteLength(f.text), 0),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'bench/out/roles-corpus', count = '1000', share = '0'] = process.argv.slice(2);
  console.log(cloneRoles('roles', dir, Number(count), Number(share)));
}
