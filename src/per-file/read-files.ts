import { hashBytes, hashContent } from './cache-store.js';
import { toDisplayPath } from './display-path.js';
import { decodeSource, readBytes, type RawSource, type Source } from './read-source.js';

/** One file as read, before anything is decoded or parsed. */
export interface ReadFile {
  /** Display path. */
  file: string;
  absolutePath: string;
  /** Its bytes, its text (from a reader such as git's index), why it could not be read, or undefined when the reader says it is not there. */
  read: RawSource | Source | undefined;
  /** sha256 of its content when asked for (the cache's key), else empty. */
  hash: string;
}

/** Reads each file once, as bytes (or through `reader`), hashing it when there is a cache to key. */
export function readFiles(
  files: readonly string[],
  cwd: string,
  options: { maxFileSize: number; reader?: (absolutePath: string) => Source | undefined; hash: boolean },
): ReadFile[] {
  const { maxFileSize, reader, hash } = options;
  return files.map((absolutePath) => {
    const read = reader ? reader(absolutePath) : readBytes(absolutePath, maxFileSize);
    let contentHash = '';
    if (hash && read?.kind === 'bytes') contentHash = hashBytes(read.bytes);
    else if (hash && read?.kind === 'ok') contentHash = hashContent(read.text, read.bom);
    return { file: toDisplayPath(cwd, absolutePath), absolutePath, read, hash: contentHash };
  });
}

/** The file's decoded text, or why it has none. */
export function decodeRead(read: RawSource | Source): Source {
  return read.kind === 'bytes' ? decodeSource(read.bytes) : read;
}
