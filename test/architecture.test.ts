import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './temp-dir.js';

const ROOT = path.join(import.meta.dirname, '..');
const DEPCRUISE = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

/** `npm run architecture` on `src` of `root`: dependency-cruiser with the layer rules of .dependency-cruiser.cjs. */
function cruise(root: string) {
  const result = spawnSync(
    process.execPath,
    [DEPCRUISE, 'src', '--config', path.join(ROOT, '.dependency-cruiser.cjs')],
    { cwd: root, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

// Run inside the suite (beside the other files, on a core that would otherwise wait) rather than
// before it: `npm test` is quicker by the check's two seconds.
describe('the layers (ARCHITECTURE.md)', () => {
  it('only look down: no module imports a layer above its own', () => {
    const result = cruise(ROOT);
    expect(result.output).toMatch(/no dependency violations found/);
    expect(result.status, result.output).toBe(0);
  });

  it('the check fails when a lower layer imports a higher one', () => {
    const copy = tempDir('roles-architecture-');
    cpSync(path.join(ROOT, 'src'), path.join(copy, 'src'), { recursive: true });
    cpSync(path.join(ROOT, 'tsconfig.json'), path.join(copy, 'tsconfig.json'));
    // The text helpers are the bottom layer; the engine is near the top.
    writeFileSync(path.join(copy, 'src', 'text', 'reaches-up.ts'), "export { run } from '../run.js';\n");
    const result = cruise(copy);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/reaches-up\.ts/);
  });
});
