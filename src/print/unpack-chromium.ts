import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';

/**
 * Unpacks the Chromium that `@sparticuz/chromium` ships inside its npm package (`bin/chromium.br`, a
 * brotli-compressed headless shell) once per version, and returns the binary's path. It relies on that
 * file's place in the package, so the dependency is pinned exactly. The binary is written under a
 * temporary name and renamed, so two processes unpacking at once never run half a file.
 */
export async function unpackChromium(): Promise<string> {
  // build/esm/index.js → the package folder.
  const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.resolve('@sparticuz/chromium'))), '..', '..');
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const source = path.join(packageDir, 'bin', 'chromium.br');
  const folders = [
    // node_modules/.cache, the usual place for a package's derived files; a read-only install falls through.
    path.join(packageDir, '..', '..', '.cache', 'roles', `chromium-${version}`),
    path.join(os.tmpdir(), `roles-chromium-${version}-${process.getuid?.() ?? 'user'}`),
  ];
  let lastError: unknown;
  for (const folder of folders) {
    try {
      return await unpackInto(source, folder);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

async function unpackInto(source: string, folder: string): Promise<string> {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  // A shared temporary folder made by someone else could hold a planted binary.
  if (process.getuid && statSync(folder).uid !== process.getuid()) throw new Error(`${folder} belongs to another user`);
  const binary = path.join(folder, 'chromium');
  if (existsSync(binary)) return binary;
  const temporary = `${binary}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await pipeline(createReadStream(source), createBrotliDecompress(), createWriteStream(temporary, { mode: 0o700 }));
    chmodSync(temporary, 0o755);
    renameSync(temporary, binary);
  } finally {
    rmSync(temporary, { force: true });
  }
  return binary;
}
