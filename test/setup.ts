import { afterAll, beforeEach } from 'vitest';
import { setLocale } from '../src/i18n/locale.js';
import { removeTempDirs } from './temp-dir.js';

// Tests never depend on the machine's language: each starts in English (the env is pinned in vitest.config.ts).
beforeEach(() => setLocale('en'));

// A test file leaves no temporary folder behind.
afterAll(removeTempDirs);
