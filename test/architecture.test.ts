import { mkdirSync, writeFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';
import { tempDir } from './temp-dir.js';

const ROOT = path.join(import.meta.dirname, '..');

/**
 * What `npm run architecture` does, through dependency-cruiser's API rather than its command: the
 * layer rules of .dependency-cruiser.cjs on `src` under `root`. In process, the two checks below
 * share one load of dependency-cruiser and TypeScript (1.9 s of CPU each time as a command).
 */
async function cruiseLayers(root: string): Promise<{ exitCode: number; output: string }> {
  const options = await extractDepcruiseOptions(path.join(ROOT, '.dependency-cruiser.cjs'));
  const result = await cruise(
    ['src'],
    { ...options, baseDir: root, outputType: 'err' },
    {},
    { tsConfig: extractTSConfig(path.join(root, 'tsconfig.json')) },
  );
  // With outputType 'err' the output is the report's text.
  return { exitCode: result.exitCode, output: result.output as string };
}

// Run inside the suite (beside the other files, on a core that would otherwise wait) rather than
// before it: `npm test` is quicker by the check's two seconds.
describe('the layers (ARCHITECTURE.md)', () => {
  it('only look down: no module imports a layer above its own', async () => {
    const result = await cruiseLayers(ROOT);
    expect(result.output).toMatch(/no dependency violations found/);
    expect(result.exitCode, result.output).toBe(0);
  });

  it('the check fails when a lower layer imports a higher one', async () => {
    // The smallest tree that breaks a layer: the text helpers are the bottom layer, the engine is
    // near the top.
    const copy = tempDir('roles-architecture-');
    mkdirSync(path.join(copy, 'src', 'text'), { recursive: true });
    cpSync(path.join(ROOT, 'tsconfig.json'), path.join(copy, 'tsconfig.json'));
    writeFileSync(path.join(copy, 'src', 'run.ts'), 'export function run(): void {}\n');
    writeFileSync(path.join(copy, 'src', 'text', 'reaches-up.ts'), "export { run } from '../run.js';\n");
    const result = await cruiseLayers(copy);
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toMatch(/base-looks-down: src\/text\/reaches-up\.ts → src\/run\.ts/);
  });
});
