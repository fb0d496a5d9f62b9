import { beforeEach } from 'vitest';
import { setLocale } from '../src/i18n/locale.js';

// Tests never depend on the machine's language: each starts in English (the env is pinned in vitest.config.ts).
beforeEach(() => setLocale('en'));
