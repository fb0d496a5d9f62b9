import jsYaml from 'js-yaml';
import { MAX_DEPTH, findFlowDepthOver } from './parse-yaml.js';

/**
 * Anything that needs the careful parser: anchors, aliases, tags (where a node starts: `&a`, `*a`,
 * `!x`, not `Government & Enterprise`), merge keys, risky key names.
 */
const NEEDS_CAREFUL_PARSE = /(?:^|[\s[{,])(?:[&*][^\s,[\]{}]|!)|<<|__proto__|constructor|prototype/m;
/**
 * Keys the two parsers turn into different strings: explicit keys (`? `) and collections as keys
 * (`[a]: 1`, `{a: 1}: 2`), which js-yaml joins with commas and the careful parser prints as YAML.
 */
const COMPLEX_KEY = /(?:^|[\s,[{])\?(?:[\s]|$)|[\]}][ \t]*:/m;
/**
 * Where js-yaml is laxer than the careful parser or reads keys otherwise, found by the property test:
 * a collection inside a flow map (`{[1]}`), a tab in indentation
 * (block scalars), document markers and directives (`---`, `...`, `%`), an explicit block indentation (`|1`), a line that starts by closing a flow,
 * sequences at column 0, sequences of sequences (`- - a`), an empty `-` line, a lone CR (a line break
 * to js-yaml, text to the careful parser).
 */
const LAX_SPOTS =
  /\{[^}\n]*[[{]|^ *\t|^(?:---|\.\.\.|%)|[|>][-+]?[0-9]|^[ \t]*[\]}]|^-(?:[ \t]|$)|^ *- +-(?:[ \t]|$)|^ *-[ \t]*$|\r(?!\n)/m;
const DEEP_INDENT = new RegExp(`^ {${MAX_DEPTH * 2},}`, 'm');
/** A line with an unpaired quote: a quoted scalar may span lines, where js-yaml is laxer about indentation. */
const OPEN_QUOTE =
  /^(?:[^"\n]|\\")*"(?:[^"\n]|\\")*(?:"(?:[^"\n]|\\")*"(?:[^"\n]|\\")*)*$|^[^'\n]*'[^'\n]*(?:'[^'\n]*'[^'\n]*)*$/m;

// The scalars of the YAML 1.2 core schema exactly as the careful parser (`yaml`, version 1.2, core)
// resolves them. js-yaml's own core schema also reads `0b11`, `1_000`, `-0x1` and `+0o7` as numbers.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

const CORE_1_2 = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsYaml.Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (data: string) => NULL.test(data),
      construct: () => null,
    }),
    new jsYaml.Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (data: string) => BOOL.test(data),
      construct: (data: string) => data.startsWith('t') || data.startsWith('T'),
    }),
    new jsYaml.Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (data: string) => INT.test(data) || OCTAL.test(data) || HEX.test(data),
      construct: (data: string) =>
        OCTAL.test(data)
          ? parseInt(data.slice(2), 8)
          : HEX.test(data)
            ? parseInt(data.slice(2), 16)
            : parseInt(data, 10),
    }),
    new jsYaml.Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (data: string) => FLOAT_SPECIAL.test(data) || FLOAT.test(data),
      construct: (data: string) =>
        FLOAT_SPECIAL.test(data)
          ? data.slice(-3).toLowerCase() === 'nan'
            ? NaN
            : data.startsWith('-')
              ? -Infinity
              : Infinity
          : parseFloat(data),
    }),
  ],
});

/**
 * Reads plain front matter quickly (js-yaml, about 2.5 times faster than the `yaml` document
 * API), or returns undefined so the careful parser can report exactly what is wrong. Only
 * input that cannot differ between the two parsers takes this path: the property test in
 * fast-yaml.test.ts checks, over unrestricted input, that the answer is the careful one or none.
 */
export function readYamlQuickly(source: string): { data: unknown } | undefined {
  if (
    NEEDS_CAREFUL_PARSE.test(source) ||
    COMPLEX_KEY.test(source) ||
    OPEN_QUOTE.test(source) ||
    LAX_SPOTS.test(source) ||
    !flowsCloseOnTheirLine(source) ||
    hasGluedComment(source) ||
    DEEP_INDENT.test(source) ||
    findFlowDepthOver(source, MAX_DEPTH) !== -1
  )
    return undefined;
  let data: unknown;
  try {
    data = jsYaml.load(source, { schema: CORE_1_2 });
  } catch {
    return undefined;
  }
  // An empty document is `undefined` to js-yaml and `null` to the careful parser. Front matter is a
  // map: anything else (a scalar or list at the root, where the two disagree most) goes the careful way.
  if (data === undefined || data === null) return { data: null };
  return typeof data === 'object' && !Array.isArray(data) && isPlain(data) ? { data } : undefined;
}

/** Whether a `#` follows a closing quote or bracket with no space (`'a'#`, `{}#`): a comment to js-yaml, an error to the careful parser. */
function hasGluedComment(source: string): boolean {
  if (!source.includes('#')) return false;
  let quote = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quote === '"') {
      if (char === '\\') i++;
      else if (char === '"' || char === '\n') {
        quote = '';
        if (source[i + 1] === '#') return true;
      }
    } else if (quote === "'") {
      if (char === "'" && source[i + 1] === "'") i++;
      else if (char === "'" || char === '\n') {
        quote = '';
        if (source[i + 1] === '#') return true;
      }
    } else if ((char === '"' || char === "'") && (i === 0 || /[\s[{,:]/.test(source[i - 1]!))) quote = char;
    else if ((char === ']' || char === '}') && source[i + 1] === '#') return true;
  }
  return false;
}

/** Whether every flow collection (`[a, b]`, `{ a: 1 }`) opens and closes on one line, comments aside. */
function flowsCloseOnTheirLine(source: string): boolean {
  let open = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '[' || char === '{') open++;
    else if (char === ']' || char === '}') open--;
    else if (char === '#' && open > 0 && (i === 0 || /\s/.test(source[i - 1]!))) return false;
    else if (char === '\n' && open !== 0) return false;
  }
  return open === 0;
}

/**
 * Whether data is as the careful parser would give it: nesting within the limit, and no key
 * `null` (js-yaml names a null key `null`, the careful parser ``). Walked without recursion.
 */
function isPlain(data: unknown): boolean {
  const stack: Array<[unknown, number]> = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > MAX_DEPTH) return false;
    if (!Array.isArray(value) && Object.hasOwn(value, 'null')) return false;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return true;
}
