import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * A GitLab Code Quality report: a JSON array of Code Climate issues, which GitLab shows in the
 * merge request widget and diff. The fingerprint is the SHA-256 of file, rule and message, not
 * the line, so an issue that only moved (a line added above it) stays the same issue between the
 * base and head reports; identical issues in one file are told apart by their order.
 */
export function formatGitlab(diagnostics: Diagnostic[]): string {
  const seen = new Map<string, number>();
  const issues = diagnostics.map((d) => {
    // Language-neutral where the message has an id, so switching `--lang` keeps every issue the same.
    const key = JSON.stringify(d.messageId ? [d.file, d.rule, d.messageId, d.data ?? {}] : [d.file, d.rule, d.message]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return {
      description: d.message,
      check_name: d.rule,
      ...(d.messageId ? { message_id: d.messageId } : {}),
      fingerprint: createHash('sha256')
        .update(occurrence === 0 ? key : `${key}#${occurrence}`)
        .digest('hex'),
      severity: d.severity === 'error' ? 'major' : 'minor',
      location: { path: d.file, lines: { begin: d.line } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
