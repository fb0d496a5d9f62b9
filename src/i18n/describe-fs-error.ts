import { t } from './t.js';

const KNOWN = [
  'EACCES',
  'EPERM',
  'ENAMETOOLONG',
  'EISDIR',
  'ENOTDIR',
  'ENOENT',
  'ELOOP',
  'EROFS',
  'ENOSPC',
  'EEXIST',
] as const;
type Known = (typeof KNOWN)[number];

/** A file-system error code in words a person can act on (`EACCES` → "permission denied (EACCES)"); unknown codes as they are. */
export function describeCode(code: string): string {
  return (KNOWN as readonly string[]).includes(code) ? t(`fs.reason.${code as Known}`) : code;
}

/** The reason of a thrown file-system error, on one line. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code) return describeCode(code);
  return String((error as Error | undefined)?.message ?? error).split('\n')[0]!;
}
