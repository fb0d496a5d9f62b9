import type { RelatedLocation } from '../diagnostics/diagnostic.js';
import type { Document } from '../parse/document.js';
import { locateOrStart, type PathSegment } from '../parse/locate.js';

/** A second location for a diagnostic: the value at a front-matter path of another file. */
export function relatedAt(document: Document, path: readonly PathSegment[], message: string): RelatedLocation {
  const { line, column } = document.lines.position(locateOrStart(document, path).start);
  return { file: document.file, line, column, message };
}
