import { describe, expect, it } from 'vitest';
import type { Io } from '../io.js';
import { createProgress } from './progress.js';
import { setLocale } from '../i18n/locale.js';

function io(isTTY: boolean, env: Io['env'] = {}) {
  const out = { text: '' };
  const value: Io = {
    stdout: { write: () => true },
    stderr: { write: (text: string) => (out.text += text), isTTY },
    cwd: '/',
    env,
  };
  return { io: value, out };
}

describe('createProgress', () => {
  it('shows nothing off a terminal, in CI or for machine formats', () => {
    expect(createProgress(io(false).io, true)).toBeUndefined();
    expect(createProgress(io(true, { CI: 'true' }).io, true)).toBeUndefined();
    expect(createProgress(io(true).io, false)).toBeUndefined();
  });

  it('on a terminal, draws only once the run passes a second, at most every 100 ms, and clears the line', () => {
    let clock = 0;
    const { io: terminal, out } = io(true);
    setLocale('zh-CN');
    const progress = createProgress(terminal, true, () => clock)!;
    clock = 500;
    progress.tick(10, 5000);
    expect(out.text).toBe('');
    clock = 1200;
    progress.tick(2000, 5000);
    clock = 1250;
    progress.tick(2100, 5000);
    clock = 1400;
    progress.tick(3000, 5000);
    progress.end();
    setLocale('en');
    expect(out.text).toBe('\r\u001b[2K检查中 2000/5000 个文件\r\u001b[2K检查中 3000/5000 个文件\r\u001b[2K');
  });
});
