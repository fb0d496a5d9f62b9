import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { threadCount } from './check-files-in-workers.js';

describe('threadCount', () => {
  it('bounds ROLES_THREADS by the cores and the files (1000 threads on 3 files took 15 GB)', () => {
    expect(threadCount(3, { ROLES_THREADS: '1000' })).toBeLessThanOrEqual(Math.min(3, os.availableParallelism()));
    expect(threadCount(3, { ROLES_THREADS: '1' })).toBe(1);
  });
});
