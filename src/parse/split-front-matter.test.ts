import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './split-front-matter.js';

describe('splitFrontMatter', () => {
  it('cuts YAML and body at exact offsets', () => {
    const text = '---\nid: a\n---\n## 职责任务\n';
    const split = splitFrontMatter(text);
    expect(split).toEqual({ kind: 'ok', yaml: 'id: a\n', yamlOffset: 4, body: '## 职责任务\n', bodyOffset: 14 });
  });

  it('accepts CRLF, `...` as the closing fence, and trailing blanks on fences', () => {
    expect(splitFrontMatter('---\r\nid: a\r\n... \r\nbody')).toMatchObject({
      kind: 'ok',
      yaml: 'id: a\r\n',
      body: 'body',
    });
  });

  it('accepts an empty block and a file that ends at the closing fence', () => {
    expect(splitFrontMatter('---\n---\n')).toMatchObject({ kind: 'ok', yaml: '', body: '' });
    expect(splitFrontMatter('---\nid: a\n---')).toMatchObject({ kind: 'ok', yaml: 'id: a\n', body: '' });
  });

  it('names another front matter language instead of evaluating it', () => {
    expect(splitFrontMatter('---js\nmodule.exports = {}\n---\n')).toEqual({ kind: 'language', language: 'js' });
    expect(splitFrontMatter('--- coffee\n---\n')).toEqual({ kind: 'language', language: 'coffee' });
  });

  it('tells a missing block from an unterminated one', () => {
    expect(splitFrontMatter('# 标题\n')).toEqual({ kind: 'missing' });
    expect(splitFrontMatter('----\n')).toEqual({ kind: 'language', language: '-' });
    expect(splitFrontMatter('---\nid: a\n')).toEqual({ kind: 'unterminated' });
    expect(splitFrontMatter('---')).toEqual({ kind: 'unterminated' });
  });

  it('does not take a longer rule such as `----` inside the YAML for the closing fence', () => {
    expect(splitFrontMatter('---\na: |\n  ----\n---\nx')).toMatchObject({
      kind: 'ok',
      yaml: 'a: |\n  ----\n',
      body: 'x',
    });
  });
});
