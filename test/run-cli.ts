import { main } from '../src/cli.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as `main(argv, io)` allows, with colour off unless the env says otherwise. */
export async function runCli(
  args: string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text), isTTY: false, columns: 100 },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    env: { NO_COLOR: '1', ...env },
  });
  return { code, stdout, stderr };
}
