import { pinyin } from 'pinyin-pro';

/** The shape every id has: ASCII kebab-case. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longer titles are cut: an id is a name, not a sentence. */
const MAX_LENGTH = 64;

/** Lowercase ASCII words joined by `-`; undefined when nothing ASCII is left. */
function kebab(text: string): string | undefined {
  const id = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
  return ID.test(id) ? id : undefined;
}

/**
 * An id for a Chinese title: its pinyin without tones, one word per character, joined by `-`
 * (网络安全主管 → `wang-luo-an-quan-zhu-guan`; ü is written `v`, as on a keyboard). Latin letters and
 * digits in the title are kept. Undefined when the title gives nothing to build an id from.
 */
export function titleToId(title: string): string | undefined {
  const syllables = pinyin(title.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return kebab(syllables.join(' '));
}

/** An id from an English title: `Network Security Supervisor` → `network-security-supervisor`. */
export function englishTitleToId(title: string): string | undefined {
  return kebab(title);
}
