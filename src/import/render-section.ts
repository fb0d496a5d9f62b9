/** One item of a section as the source numbers it: `1.`, `（1）`, `1、`, `-`, or nothing. */
interface Item {
  marker: 'number' | 'bullet' | 'none';
  number?: number;
  text: string;
}

const NUMBERED = /^\s*(?:[(（](\d{1,3})[)）]|(\d{1,3})\s*[.、)）](?!\d))\s*(.*)$/u;
const BULLET = /^\s*[-*+•·●▪■◆➢►]\s*(.*)$/u;
/** `1. 领导和管理- 负责…`: a numbered group heading a scrape ran into its first bullet. */
const GROUP_RUN_ON = /^\s*\d{1,2}\s*[.、]\s*([^\s,，。;；:：-]{2,12})\s*-\s*(.+)$/u;

/**
 * A section's lines as Markdown: numbered items stay an ordered list starting at the source's
 * number, bullets a bullet list, lines without a marker paragraphs; a short unmarked line (or a
 * numbered one a bullet was run into) that heads a run of items becomes a `###` group. Nothing
 * is dropped: an unmarked line after an item that is no heading continues that item.
 */
export function renderSection(lines: readonly string[]): string {
  const items: Array<Item | { heading: string }> = [];
  lines.forEach((line) => {
    const run = GROUP_RUN_ON.exec(line);
    if (run) {
      items.push({ heading: run[1]! });
      items.push({ marker: 'bullet', text: run[2]!.trim() });
      return;
    }
    items.push(readItem(line));
  });
  // A short unmarked line followed by marked items heads them (领导和管理, then its duties).
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const next = items[i + 1];
    if (
      'marker' in item &&
      item.marker === 'none' &&
      isHeading(item.text) &&
      next &&
      'marker' in next &&
      next.marker !== 'none'
    )
      items[i] = { heading: item.text };
  }
  const out: string[] = [];
  let previous: Item | { heading: string } | undefined;
  for (const item of items) {
    if ('heading' in item) {
      if (out.length > 0) out.push('');
      out.push(`### ${item.heading}`, '');
    } else if (item.marker === 'none') {
      if (previous && 'marker' in previous && previous.marker !== 'none') {
        // More of the item before: Markdown continues it on an indented line.
        out.push(`${' '.repeat(indentOf(out[out.length - 1]!))}${item.text}`);
        previous = item.marker === 'none' ? previous : item;
        continue;
      }
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      out.push(item.text);
    } else {
      const changesKind =
        previous && 'marker' in previous && previous.marker !== item.marker && previous.marker !== 'none';
      if ((previous && 'marker' in previous && previous.marker === 'none') || changesKind) out.push('');
      out.push(item.marker === 'number' ? `${item.number}. ${item.text}` : `- ${item.text}`);
    }
    previous = item;
  }
  return out.join('\n');
}

function readItem(line: string): Item {
  const numbered = NUMBERED.exec(line);
  if (numbered && numbered[3]!.trim() !== '')
    return { marker: 'number', number: Number(numbered[1] ?? numbered[2]), text: numbered[3]!.trim() };
  const bullet = BULLET.exec(line);
  if (bullet && bullet[1]!.trim() !== '') return { marker: 'bullet', text: bullet[1]!.trim() };
  return { marker: 'none', text: line.trim() };
}

/** A group heading: short, and not a sentence (no end punctuation). */
function isHeading(text: string): boolean {
  return [...text].length <= 16 && !/[。；;，,：:.!?！？]$/.test(text);
}

function indentOf(line: string): number {
  const marker = /^(\d+\.|-) /.exec(line);
  return marker ? marker[0].length : /^\s*/.exec(line)![0].length;
}
