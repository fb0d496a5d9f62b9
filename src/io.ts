/** Where a command's output goes; the only thing injected, so tests run the CLI in-process. */
export interface Io {
  stdout: Stream;
  stderr: Stream;
  /** The folder the command runs in; '' when it could not be read (deleted under the shell). */
  cwd: string;
  env: Record<string, string | undefined>;
  /** Standard input: answers to `roles new`'s prompts (asked only when it and stderr are terminals), and `roles lsp --stdio`. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Ends long-running commands (`--watch`) when it aborts; without it, Ctrl-C does. */
  signal?: AbortSignal;
}

export interface Stream {
  /** Binary documents (PDF, Word) arrive as bytes. */
  write(text: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Colour when the stream is a terminal, unless NO_COLOR says no or FORCE_COLOR says yes. */
export function wantsColor(stream: Stream, env: Io['env']): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

/** Layout width when the terminal's is unknown (piped, or written to a file). */
export const DEFAULT_COLUMNS = 80;

/** The width to lay out for: the terminal's, else `COLUMNS`, else 80. */
export function terminalColumns(stream: Pick<Stream, 'isTTY' | 'columns'>, env: Io['env']): number {
  if (stream.isTTY && stream.columns !== undefined && stream.columns > 0) return stream.columns;
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return DEFAULT_COLUMNS;
}
