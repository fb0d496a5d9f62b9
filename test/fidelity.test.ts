import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PHYSICAL_DEMANDS } from '../src/schema/role-schema.js';

/**
 * The bundled organisation says what its source says. The seed is the scraped text `roles/` was
 * transcribed from; `test/data/fidelity/<file>.yaml` lists short verbatim quotations of it (every
 * duty, the purpose, every requirement value) that the role file must keep. Texts are compared
 * after NFKC (the seed mixes half- and full-width punctuation, and scraped Kangxi radicals) and
 * without whitespace (the seed breaks lines inside sentences).
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = readFileSync(path.join(ROOT, 'test/data/seed/000_746d8735c6313b34.txt'), 'utf8');
const FIDELITY = path.join(ROOT, 'test/data/fidelity');

function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}
const seed = normalise(SEED);

interface RoleFile {
  file: string;
  text: string;
  data: Record<string, unknown>;
}

function roleFiles(dir = path.join(ROOT, 'roles')): RoleFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return roleFiles(full);
      if (!entry.name.endsWith('.md')) return [];
      const text = readFileSync(full, 'utf8');
      const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text)![1]!;
      return [{ file: path.relative(ROOT, full).split(path.sep).join('/'), text, data: parse(frontMatter) }];
    })
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}
const files = roleFiles();

/** The quotations file of a role or department file. */
function quotationsOf(file: RoleFile): string {
  const base = path.basename(file.file, '.md');
  return path.join(FIDELITY, `${base}${file.data.kind === 'department' ? '.department' : ''}.yaml`);
}

describe('the bundled organisation keeps the seed verbatim', () => {
  it('has a quotations file for every file of roles/, and none for a file that is gone', () => {
    const expected = files.map((file) => path.basename(quotationsOf(file))).sort();
    expect(readdirSync(FIDELITY).sort()).toEqual(expected);
  });

  for (const file of files) {
    it(`${file.file}: every quotation is in the seed and in the file`, () => {
      const { file: named, quotes } = parse(readFileSync(quotationsOf(file), 'utf8')) as {
        file: string;
        quotes: string[];
      };
      expect(named).toBe(file.file);
      expect(quotes.length).toBeGreaterThan(0);
      const text = normalise(file.text);
      const missing = quotes.filter((quote) => !seed.includes(normalise(quote)));
      expect(missing, 'not in the seed').toEqual([]);
      const lost = quotes.filter((quote) => !text.includes(normalise(quote)));
      expect(lost, 'not in the file').toEqual([]);
    });
  }
});

/** Keys about the file itself (its id, English name, workflow, provenance), not facts of the source. */
const OWN_KEYS = new Set(['id', 'kind', 'title_en', 'name_en', 'status', 'owner', 'version', 'notes', 'inferred']);
const REFERENCES =
  /^(?:department|reports_to|direct_reports\.\d+|career_path\.\d+|collaboration\.internal\.\d+|head|parent)$/;

/** Each front-matter fact, by path, as text that must be found in the seed; null when it must be inferred. */
function factsOf(file: RoleFile, byId: Map<string, RoleFile>): Array<{ key: string; expected: string[] | null }> {
  const facts: Array<{ key: string; expected: string[] | null }> = [];
  const title = typeof file.data.title === 'string' ? file.data.title : '';
  const visit = (value: unknown, key: string) => {
    if (OWN_KEYS.has(key.split('.')[0]!)) return;
    if (Array.isArray(value)) return value.forEach((item, i) => visit(item, `${key}.${i}`));
    if (value !== null && typeof value === 'object') {
      for (const [child, item] of Object.entries(value)) visit(item, key ? `${key}.${child}` : child);
      return;
    }
    const physical = /^requirements\.physical\.(\w+)\.requirement$/.exec(key);
    if (REFERENCES.test(key)) {
      // A reference is a fact of the source when the source names what it points at.
      const target = byId.get(String(value));
      const names = [target?.data.title, target?.data.name, ...((target?.data.aliases as unknown[]) ?? [])];
      facts.push({ key, expected: names.filter((name): name is string => typeof name === 'string') });
    } else if (key === 'job_level') {
      // The seed states no levels: a level is a fact only when the title says it.
      facts.push({ key, expected: title.includes(String(value)) ? [] : null });
    } else if (key === 'requirements.experience.alternative.level') {
      facts.push({ key, expected: null }); // the seed only ever says 下一职级
    } else if (physical) {
      const label = PHYSICAL_DEMANDS[physical[1] as keyof typeof PHYSICAL_DEMANDS];
      facts.push({ key, expected: [`${label}${String(value)}`] });
    } else if (typeof value === 'number' && key.endsWith('years')) {
      facts.push({ key, expected: [`${value}年以上`] });
    } else {
      facts.push({
        key,
        expected: String(value)
          .split('\n')
          .filter((line) => line.trim() !== ''),
      });
    }
  };
  visit(file.data, '');
  return facts;
}

describe('every front-matter fact is in the seed or listed as inferred', () => {
  const byId = new Map(files.map((file) => [String(file.data.id), file]));
  for (const file of files) {
    it(file.file, () => {
      const inferred = (file.data.inferred as string[] | undefined) ?? [];
      const isInferred = (key: string) => inferred.some((path) => key === path || key.startsWith(`${path}.`));
      const unsupported = factsOf(file, byId)
        .filter((fact) => !isInferred(fact.key))
        .filter((fact) => {
          if (fact.expected === null) return true;
          if (REFERENCES.test(fact.key)) return !fact.expected.some((name) => seed.includes(normalise(name)));
          return !fact.expected.every((text) => seed.includes(normalise(text)));
        })
        .map((fact) => fact.key);
      expect(unsupported).toEqual([]);
    });
  }
});
