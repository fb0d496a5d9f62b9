import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // A guard against hangs, not a speed test: the 10,000-role cases take 25 s alone on a loaded 2-core machine.
    testTimeout: 120_000,
    setupFiles: ['test/setup.ts'],
    // Temporary folders on /dev/shm where there is one (test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
    // Child processes (bin/roles.js) read these: pin them so no test follows the machine's language.
    env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    // Two files at a time even on two cores (the default is cores - 1 = one): many tests wait on a
    // child process (the CLI, git, Chromium) while the other file computes.
    maxWorkers: 2,
    // Modules load once per worker, not once per test file: loading took 170 s of the suite's CPU
    // (src, zod schemas, yaml, markdown-it for each of 117 files), 17.5 s shared. Tests keep no
    // module state between files (the locale is reset before each test, temporary folders after each file).
    isolate: false,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'node_modules/.cache/roles/coverage',
      // The level measured on 2026-12-02 (87.25 / 80.25 / 89.96 / 88.92 %), rounded down: coverage may rise, not fall.
      // Code that runs in child processes (bin/roles.js) is not counted; the in-process runCli is.
      thresholds: { statements: 87, branches: 80, functions: 89, lines: 88 },
    },
  },
});
