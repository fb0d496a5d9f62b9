import { t } from '../i18n/t.js';
import type { Io } from '../io.js';

/** A run shorter than this shows no progress at all. */
const SHOW_AFTER_MS = 1000;
const REDRAW_EVERY_MS = 100;

export interface Progress {
  /** After each file: redraws the line at most every 100 ms, once the run has passed a second. */
  tick(done: number, total: number): void;
  /** Clears the line, before the results are printed. */
  end(): void;
}

/**
 * A progress line on stderr (`检查中 1234/5000 个文件`) for runs that pass about a second; only on
 * a terminal, never in CI logs (`CI` set) or with a machine format. Undefined when not wanted.
 */
export function createProgress(io: Io, human: boolean, now: () => number = Date.now): Progress | undefined {
  const ci = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false';
  if (!human || !io.stderr.isTTY || ci || io.env.TERM === 'dumb') return undefined;
  const started = now();
  let drawn = 0;
  let shown = false;
  return {
    tick(done, total) {
      const at = now();
      if (at - started < SHOW_AFTER_MS || at - drawn < REDRAW_EVERY_MS) return;
      drawn = at;
      shown = true;
      io.stderr.write(`\r\u001b[2K${t('authoring.progress', { done, total })}`);
    },
    end() {
      if (shown) io.stderr.write('\r\u001b[2K');
      shown = false;
    },
  };
}
