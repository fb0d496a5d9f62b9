import type { Report } from '../report.js';

/** The view's data as built, keys in their fixed order, two-space indent. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report.data, null, 2)}\n`;
}
