/** Deeper rows draw only their nearest ancestors' lines, after their depth, so a pathological chain stays narrow. */
const DRAWN_LEVELS = 12;

/**
 * The glyphs drawn before each row of a tree listed depth first (`├─ `, `│  └─ `), from the rows'
 * depths alone, so a filtered or re-rooted listing draws its own lines correctly.
 */
export function treeGlyphs(depths: readonly number[]): string[] {
  const last: boolean[] = new Array<boolean>(depths.length);
  // Walking backwards, `open[d]` says a later sibling at depth d is still to come.
  const open: boolean[] = [];
  for (let i = depths.length - 1; i >= 0; i--) {
    const depth = depths[i]!;
    last[i] = !open[depth];
    open[depth] = true;
    open.length = depth + 1;
  }
  const ancestorLast: boolean[] = [];
  return depths.map((depth, i) => {
    ancestorLast[depth] = last[i]!;
    if (depth === 0) return '';
    const first = Math.max(1, depth - DRAWN_LEVELS);
    let prefix = first > 1 ? `${depth}┈ ` : '';
    for (let level = first; level < depth; level++) prefix += ancestorLast[level] ? '   ' : '│  ';
    return prefix + (last[i] ? '└─ ' : '├─ ');
  });
}
