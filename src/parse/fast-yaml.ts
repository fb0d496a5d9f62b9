import jsYaml from 'js-yaml';
import { MAX_DEPTH, findFlowDepthOver } from './parse-yaml.js';

/**
 * Anything that needs the careful parser: anchors, aliases, tags, merge keys, risky key names.
 * An anchor, alias or tag is `&`, `*` or `!` at the start of a token, followed by its name; `O&M`
 * or `Government & Enterprise` in a title is text to both parsers (one front matter in four of
 * the bundled files has one), so only a mark after a space, a line start or a flow indicator and
 * before a name counts.
 */
const MARK_AT_TOKEN_START = /(?:^|[\s[\]{},])[&*!](?=\S)/m;
const needsCarefulParse = (source: string) =>
  source.includes('<<') ||
  source.includes('__proto__') ||
  source.includes('constructor') ||
  source.includes('prototype') ||
  // Most front matter has none of the three marks: test for them before the slower pattern.
  (/[&*!]/.test(source) && MARK_AT_TOKEN_START.test(source));
const DEEP_INDENT = new RegExp(`^ {${MAX_DEPTH * 2},}`, 'm');

/**
 * Reads plain front matter quickly (js-yaml, about 2.5 times faster than the `yaml` document
 * API), or returns undefined so the careful parser can report exactly what is wrong. Only
 * input that cannot differ between the two parsers takes this path.
 */
export function readYamlQuickly(source: string): { data: unknown } | undefined {
  if (needsCarefulParse(source) || DEEP_INDENT.test(source) || findFlowDepthOver(source, MAX_DEPTH) !== -1)
    return undefined;
  let data: unknown;
  try {
    data = jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  return depthOf(data) > MAX_DEPTH ? undefined : { data };
}

/** How deeply maps and lists nest, walked without recursion. */
function depthOf(data: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}
