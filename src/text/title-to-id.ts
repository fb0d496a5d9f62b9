import { createRequire } from 'node:module';
import type { pinyin as Pinyin } from 'pinyin-pro';

/** pinyin-pro is half a megabyte of dictionary: loaded the first time a title is spelled, not by every `roles check`. */
let pinyinOnce: typeof Pinyin | undefined;
const pinyin: typeof Pinyin = ((...args: Parameters<typeof Pinyin>) =>
  (pinyinOnce ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: typeof Pinyin }).pinyin)(
    ...args,
  )) as typeof Pinyin;

/**
 * Lowercase ASCII words joined by `-`: full-width forms folded (NFKC), accents dropped, anything
 * that is not a letter or digit a separator. Empty when nothing usable is left.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The id a role or department gets from its title: `title_en` when given (`Network Security
 * Supervisor` → `network-security-supervisor`), otherwise the title's pinyin without tones, one
 * syllable per word (网络安全主管 → `wang-luo-an-quan-zhu-guan`; ü is written `v`). Letters and
 * digits in the title are kept (`ICT项目经理` → `ict-xiang-mu-jing-li`). Returns undefined when
 * neither gives a valid id (a title of punctuation only).
 */
export function titleToId(title: string, titleEn?: string): string | undefined {
  const english = titleEn === undefined ? '' : slugify(titleEn);
  if (english !== '') return english;
  const syllables = pinyin(title.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const id = syllables
    .map(slugify)
    .filter((word) => word !== '')
    .join('-');
  return id === '' ? undefined : id;
}
