import { randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';

/**
 * Writes through a temporary file in the same folder and a rename, so a reader never sees half
 * a file and a crash never leaves one. Returns false, writing nothing, when the content is the same.
 * A FIFO, a device or a kernel file (`/dev/stdout`, `/dev/fd/3`, anything under /proc) is written
 * to directly, never replaced; a symlink is written through to its target and stays a symlink.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): boolean {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  const stat = statOrUndefined(file);
  if (isSpecial(file, stat)) {
    // Appending: `/dev/stdout` redirected to a file reopens that file, and must not cut what is already in it.
    writeFileSync(file, bytes, { flag: 'a' });
    return true;
  }
  // The real file, so that renaming onto it keeps the symlink that names it.
  const target = stat !== undefined && lstatSync(file).isSymbolicLink() ? realpathSync(file) : file;
  if (stat !== undefined && readFileSync(target).equals(bytes)) return false;
  // A short fixed-length name: a target name near the system's limit still gets a temporary.
  const temporary = path.join(path.dirname(target), `.roles-out-${randomBytes(6).toString('hex')}`);
  try {
    writeFileSync(temporary, bytes, { flag: 'wx' });
    if (stat !== undefined) chmodSync(temporary, stat.mode);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return true;
}

/** The file's stat (symlinks followed), or undefined when there is none yet. */
function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Names of the process's own open files: `/dev/stdout` redirected to a file stats as that file, but
 * renaming onto it would replace the link, not write to the stream. Other paths under /dev are
 * judged by what they are: a device is special, a regular file on the /dev/shm tmpfs is not.
 */
const KERNEL_FILE = /^\/(?:proc\/|dev\/(?:fd\/|std(?:in|out|err)$))/;

/** Whether a path must be written in place: a pipe, a device, a socket, or a kernel file such as `/dev/stdout`. */
function isSpecial(file: string, stat: Stats | undefined): boolean {
  if (KERNEL_FILE.test(path.resolve(file))) return true;
  return stat !== undefined && !stat.isFile() && !stat.isDirectory();
}
