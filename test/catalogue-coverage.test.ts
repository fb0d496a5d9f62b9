import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.join(import.meta.dirname, '..', 'src');

/** Two words in a row (`a` aside): English prose, which must come from the catalogue, never from a literal. */
const ENGLISH = /[A-Za-z]{2,}[ ,'’]+(?:[Aa][ ,'’]+)?[A-Za-z]{2,}/;
/** Errors a person reads (exit 2, one line): plain `Error`s are bugs and stay in English for developers. */
const USER_ERRORS = /^(Usage|Config|Git|Write)Error$/;
/** Calls whose result is already in the run's language: literals inside them are ids, not prose. */
const TRANSLATED = new Set(['t', 'tIn', 'say', 'localized', 'countOf', 'listOf', 'didYouMeanText', 'describeFsError']);
/** Properties that carry a message up to one of the places above. */
const MESSAGE_PROPERTIES = new Set(['message', 'reason', 'notice', 'detail', 'hint']);
/** Commander calls whose text is help a person reads: which argument is the text. */
const HELP_TEXT: Record<string, number> = { description: 0, option: 1, requiredOption: 1, argument: 1, summary: 0 };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return file.endsWith('.ts') && !file.endsWith('.test.ts') ? [file] : [];
  });
}

/** The literal text pieces of an expression, leaving out what translated calls produce. */
function literalTexts(node: ts.Node, out: string[]): void {
  if (ts.isCallExpression(node)) {
    const callee = node.expression;
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
    if (TRANSLATED.has(name)) return;
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
  else if (ts.isTemplateExpression(node)) {
    out.push(node.head.text);
    for (const span of node.templateSpans) {
      literalTexts(span.expression, out);
      out.push(span.literal.text);
    }
    return;
  }
  ts.forEachChild(node, (child) => literalTexts(child, out));
}

/** Every English literal that reaches a person: printed, thrown as a usage error, or carried as a message. */
function englishLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    let texts: readonly ts.Node[] = [];
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && USER_ERRORS.test(node.expression.text))
      texts = node.arguments ?? [];
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const name = node.expression.name.text;
      if (name === 'write' && /std(out|err)/.test(node.expression.expression.getText(source))) texts = node.arguments;
      if (Object.hasOwn(HELP_TEXT, name) && node.arguments.length > HELP_TEXT[name]!)
        texts = [node.arguments[HELP_TEXT[name]!]!];
    }
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      ['refuse', 'fail'].includes(node.expression.text)
    )
      texts = node.arguments;
    if (ts.isPropertyAssignment(node) && MESSAGE_PROPERTIES.has(node.name.getText(source))) texts = [node.initializer];
    for (const text of texts) {
      const pieces: string[] = [];
      literalTexts(text, pieces);
      const line = source.getLineAndCharacterOfPosition(text.getStart(source)).line + 1;
      for (const piece of pieces.filter((candidate) => ENGLISH.test(candidate)))
        found.push(`${path.relative(SRC, file).split(path.sep).join('/')}:${line} ${JSON.stringify(piece)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('everything printed for a person comes from the message catalogue', () => {
  it('no English literal is printed, thrown as a usage or configuration error, or carried as a message', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(englishLiterals)).toEqual([]);
  });

  it('catches what it should', () => {
    const found = englishLiterals(path.join(import.meta.dirname, 'data', 'catalogue-leaks.ts'));
    expect(found.map((line) => line.replace(/^.*catalogue-leaks\.ts:/, ''))).toEqual([
      '5 "`, expected a role"',
      '6 "no roles found\\n"',
      '7 "cannot read it"',
      '8 "the file to read"',
    ]);
  });
});
