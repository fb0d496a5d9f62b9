import { accessSync, chmodSync, constants, mkdtempSync, rmSync, statfsSync } from 'node:fs';
import path from 'node:path';

/** Linux's shared-memory file system: files in RAM, no disk blocks or inodes to allocate. */
const RAM_DISK = '/dev/shm';
/** Room the suite's temporary files need at their peak (repository copies, Chromium's profile), with margin. */
const ROOM = 512 * 1024 * 1024;

/**
 * Keeps the suite's temporary folders in RAM where the machine has room there and TMPDIR is not
 * already chosen: the tests make thousands of files and folders (git repositories, copies of
 * roles/, Chromium profiles), and on this project's ext4 disk allocating and freeing their inodes
 * cost about 4 s of kernel time (`perf record`), a tenth of the suite. Everything is removed after.
 */
export default function setup(): (() => void) | undefined {
  if (process.env.TMPDIR || !hasRoom(RAM_DISK)) return undefined;
  const dir = mkdtempSync(path.join(RAM_DISK, 'roles-test-'));
  // Open to every user, sticky, as /tmp is: a test runs the CLI as `nobody` in a folder made here.
  chmodSync(dir, 0o1777);
  process.env.TMPDIR = dir;
  return () => {
    delete process.env.TMPDIR;
    rmSync(dir, { recursive: true, force: true });
  };
}

function hasRoom(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize >= ROOM;
  } catch {
    return false;
  }
}
