import { afterAll, beforeEach } from 'vitest';
import { setLocale } from '../src/i18n/locale.js';
import { removeTempDirs } from './temp-dir.js';

// Tests never depend on the machine's language: each starts in English (the env is pinned in vitest.config.ts).
// This file runs before each test file, so what a file computes while it is collected (outside any test)
// is in English too, whatever locale the previous file in the same worker left (isolate: false).
setLocale('en');
beforeEach(() => setLocale('en'));

// A test file leaves no temporary folder behind.
afterAll(removeTempDirs);
