import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDisplayPath } from './display-path.js';

/** What the shortcut must agree with: `path.relative`, POSIX separators, the base name for the folder itself. */
const reference = (cwd: string, file: string) => {
  const relative = path.relative(cwd, file);
  return (relative === '' ? path.basename(file) : relative).split(path.sep).join('/');
};

describe('toDisplayPath', () => {
  it.each([
    ['/a/b', '/a/b/c.md', 'c.md'],
    ['/a/b', '/a/b/.hidden/c.md', '.hidden/c.md'],
    ['/a/b', '/a/b/...md', '...md'],
    ['/a/b', '/a/bc/d.md', '../bc/d.md'],
    ['/a/b', '/a/b/./c.md', 'c.md'],
    ['/a/b', '/a/b/../c.md', '../c.md'],
    ['/a/b', '/a/b//c.md', 'c.md'],
    ['/a/b', '/a/b/x/./y.md', 'x/y.md'],
    ['/a/b', '/a/b/c/', 'c'],
    ['/a/b/', '/a/b/c.md', 'c.md'],
    ['/a/./b', '/a/./b/c.md', 'c.md'],
    ['/a//b', '/a//b/c.md', 'c.md'],
    ['/', '/x.md', 'x.md'],
    ['/a/b', '/a/b', 'b'],
  ])('shows %s + %s as %s, as path.relative would', (cwd, file, shown) => {
    expect(toDisplayPath(cwd, file)).toBe(shown);
    expect(toDisplayPath(cwd, file)).toBe(reference(cwd, file));
  });
});
