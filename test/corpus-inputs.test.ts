import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs, globToRegExp } from '../corpus/inputs';

const root = mkdtempSync(path.join(tmpdir(), 'qmine-inputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const files = [
  'corpus/b/2.html',
  'corpus/b/1.txt',
  'corpus/a.txt',
  'corpus/c/deep/3.txt',
  'corpus/.hidden.txt',
  'corpus/.git/config',
  'corpus/README.md',
  'corpus/MANIFEST.tsv',
  'corpus/dump.jsonl',
  'other/x.txt',
];
for (const file of files) {
  mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
  writeFileSync(path.join(root, file), '质量');
}
const at = (...parts: string[]) => path.join(root, ...parts);

describe('expandInputs', () => {
  it("walks a directory recursively in sorted order, skipping hidden files and the folder's README and MANIFEST", async () => {
    expect(await expandInputs([at('corpus')])).toEqual([
      at('corpus/a.txt'),
      at('corpus/b/1.txt'),
      at('corpus/b/2.html'),
      at('corpus/c/deep/3.txt'),
      at('corpus/dump.jsonl'),
    ]);
  });

  it('keeps a file named explicitly, even a README, and a missing path (for the reader to report)', async () => {
    expect(await expandInputs([at('corpus/README.md'), at('missing.txt')])).toEqual([at('corpus/README.md'), at('missing.txt')]);
  });

  it('expands glob patterns: *, **, ?, {a,b}, [..]', async () => {
    expect(await expandInputs([at('corpus/*.txt')])).toEqual([at('corpus/a.txt')]);
    expect(await expandInputs([`${root}/corpus/**/*.txt`])).toEqual([at('corpus/a.txt'), at('corpus/b/1.txt'), at('corpus/c/deep/3.txt')]);
    expect(await expandInputs([`${root}/corpus/b/?.{html,txt}`])).toEqual([at('corpus/b/1.txt'), at('corpus/b/2.html')]);
    expect(await expandInputs([`${root}/*/[ab].txt`])).toEqual([at('corpus/a.txt')]);
    expect(await expandInputs([`${root}/corpus/*.nothing`])).toEqual([]);
  });

  it('reads a list of paths from stdin for "-", without duplicates', async () => {
    const stdin = Readable.from([`${at('other/x.txt')}\n\n# a comment\n${at('corpus/b')}\r\n${at('other/x.txt')}\n`]);
    expect(await expandInputs(['-', at('corpus/a.txt')], stdin)).toEqual([
      at('other/x.txt'),
      at('corpus/b/1.txt'),
      at('corpus/b/2.html'),
      at('corpus/a.txt'),
    ]);
  });

  it('translates glob syntax to anchored regular expressions', () => {
    expect(globToRegExp('**/*.txt').test('a/b/c.txt')).toBe(true);
    expect(globToRegExp('**/*.txt').test('c.txt')).toBe(true);
    expect(globToRegExp('*.txt').test('a/c.txt')).toBe(false);
    expect(globToRegExp('[!a]?.htm{,l}').test('bc.html')).toBe(true);
    expect(globToRegExp('[!a]?.htm{,l}').test('ac.htm')).toBe(false);
    expect(globToRegExp('a+b(1).txt').test('a+b(1).txt')).toBe(true);
  });
});
