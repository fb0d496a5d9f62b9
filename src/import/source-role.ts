import type { Label } from './labels.js';

/** One labelled value of a form, or a piece of text under no label, as the source holds it. */
export interface SourceEntry {
  /** Undefined for text under no known label: it is kept, never dropped. */
  label?: Label;
  /** The block label it stands under (任职资格 for 学历), when the form groups them. */
  group?: Label;
  /** The value's lines (paragraphs of a cell, lines of a text), trimmed, in order; may be empty. */
  lines: string[];
  /** Where in the file: `table 1, row 3`, `line 12`, `row 4`. */
  where: string;
}

/** One role as a source document states it, before anything is mapped. */
export interface SourceRole {
  /** POSIX path of the source file, for messages. */
  file: string;
  /** Where the role starts in the file. */
  where: string;
  entries: SourceEntry[];
  /** The form as the Word card exported it, when the document carries it (see `read-docx.ts`). */
  embedded?: EmbeddedForm;
}

/** What `roles report card --format docx` stores beside each form: the file and the text of each cell. */
export interface EmbeddedForm {
  id: string;
  /** The role file's text as it was exported. */
  source: string;
  /** Each field's label (group-qualified: `任职资格/学历`) and the text its value cell showed. */
  fields: Array<[string, string]>;
}
