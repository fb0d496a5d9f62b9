import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse/parse-document.js';
import { addListItem } from './add-list-item.js';

const add = (text: string) =>
  addListItem(parseDocument('a.md', '/a.md', text, false).document, 'direct_reports', 'new-one');

describe('addListItem', () => {
  it('appends a block item with the indentation of the last one, comments kept', () => {
    expect(add('---\nid: a\ndirect_reports:\n    - b # first\n    - c\nstatus: draft\n---\n')).toBe(
      '---\nid: a\ndirect_reports:\n    - b # first\n    - c\n    - new-one\nstatus: draft\n---\n',
    );
  });

  it('keeps CRLF line endings and a trailing comment on the last item', () => {
    expect(add('---\r\ndirect_reports:\r\n  - b # last\r\n---\r\n')).toBe(
      '---\r\ndirect_reports:\r\n  - b # last\r\n  - new-one\r\n---\r\n',
    );
  });

  it('appends to flow lists, empty or not', () => {
    expect(add('---\ndirect_reports: [b, c]\n---\n')).toBe('---\ndirect_reports: [b, c, new-one]\n---\n');
    expect(add('---\ndirect_reports: []\n---\n')).toBe('---\ndirect_reports: [new-one]\n---\n');
  });

  it('leaves files without the list, or with an empty value, alone', () => {
    expect(add('---\nid: a\n---\n')).toBeUndefined();
    expect(add('---\ndirect_reports:\n---\n')).toBeUndefined();
    expect(add('no front matter\n')).toBeUndefined();
  });
});
