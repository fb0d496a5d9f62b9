import type { RuleDescriptor } from '../diagnostics/core-rules.js';
import { compareStrings, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FormatContext } from './format-context.js';
import { t } from '../i18n/t.js';

/** The base the relative artifact URIs resolve against: the folder roles ran in. */
const SARIF_URI_BASE = '%SRCROOT%';

/**
 * A SARIF 2.1.0 log with one run: the rules that have results in `tool.driver.rules` (in catalogue
 * order, so adding a rule changes no other report), one result per diagnostic pointing at its
 * rule by index, and regions in UTF-16 columns as the run states.
 * The URIs are relative to `%SRCROOT%`, which the log does not pin to an absolute path, so the
 * output is the same on every machine (GitHub code scanning resolves it to the checkout).
 */
export function formatSarif(diagnostics: Diagnostic[], context: FormatContext): string {
  const descriptors = rulesUsed(context.rules, diagnostics);
  const ruleIndex = new Map(descriptors.map((rule, index) => [rule.id, index]));
  const results = diagnostics.map((d) => ({
    ruleId: d.rule,
    ruleIndex: ruleIndex.get(d.rule)!,
    level: d.severity,
    message: { text: d.message },
    ...(d.messageId ? { properties: { messageId: d.messageId } } : {}),
    locations: [
      location(d.file, { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn }),
    ],
    ...(d.related
      ? {
          relatedLocations: d.related.map((r, id) => ({
            id,
            ...location(r.file, { startLine: r.line, startColumn: r.column }),
            message: { text: r.message },
          })),
        }
      : {}),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'roles',
            version: context.version,
            rules: descriptors.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              ...(rule.url ? { helpUri: rule.url } : {}),
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        language: context.locale ?? 'en',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function location(file: string, region: Record<string, number>) {
  return { physicalLocation: { artifactLocation: { uri: toUri(file), uriBaseId: SARIF_URI_BASE }, region } };
}

/** A relative URI reference: each segment percent-encoded, so Chinese or `#` in a file name stay valid. */
export function toUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** A rule missing from the catalogue still gets a descriptor, so `ruleIndex` always resolves. */
function rulesUsed(rules: readonly RuleDescriptor[], diagnostics: Diagnostic[]): RuleDescriptor[] {
  const used = new Set(diagnostics.map((d) => d.rule));
  const known = rules.filter((rule) => used.has(rule.id));
  const unknown = [...used].filter((id) => !known.some((rule) => rule.id === id)).sort(compareStrings);
  return [...known, ...unknown.map((id) => ({ id, description: t('format.sarif.unknownRule', { id }) }))];
}
