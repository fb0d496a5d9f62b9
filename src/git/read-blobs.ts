import { localized } from '../i18n/t.js';
import { decodeSource, type Source } from '../per-file/read-source.js';
import { runGit } from './run-git.js';

/**
 * Reads blobs by object id with two `git cat-file` processes however many there are: the sizes
 * first, then the content of those within `maxBytes`. Each becomes a `Source`, decoded exactly as
 * a file on disk is, so a binary or GBK blob is reported the same way.
 */
export function readBlobs(cwd: string, oids: readonly string[], maxBytes: number): Map<string, Source> {
  const sources = new Map<string, Source>();
  const unique = [...new Set(oids)];
  if (unique.length === 0) return sources;
  const sizes = runGit(
    ['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'],
    cwd,
    `${unique.join('\n')}\n`,
  );
  const wanted: string[] = [];
  if (sizes.ok) {
    for (const line of sizes.stdout.toString('utf8').split('\n')) {
      const [oid, type, size] = line.split(' ');
      if (!oid || type !== 'blob') continue;
      if (Number(size) > maxBytes) {
        sources.set(oid, {
          kind: 'problem',
          rule: 'file-too-large',
          ...localized('core.fileTooLarge', { size: Number(size), max: maxBytes }),
        });
      } else {
        wanted.push(oid);
      }
    }
  }
  const contents = wanted.length > 0 ? runGit(['cat-file', '--batch'], cwd, `${wanted.join('\n')}\n`) : undefined;
  if (contents?.ok) {
    const output = contents.stdout;
    let at = 0;
    while (at < output.length) {
      const headerEnd = output.indexOf(0x0a, at);
      if (headerEnd === -1) break;
      const [oid, type, size] = output.subarray(at, headerEnd).toString('utf8').split(' ');
      if (type === undefined || size === undefined) {
        at = headerEnd + 1;
        continue;
      }
      const start = headerEnd + 1;
      const end = start + Number(size);
      sources.set(oid!, decodeSource(output.subarray(start, end)));
      at = end + 1;
    }
  }
  for (const oid of unique) {
    if (!sources.has(oid))
      sources.set(oid, { kind: 'problem', rule: 'file-unreadable', ...localized('core.gitObjectUnreadable', { oid }) });
  }
  return sources;
}
