import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../core/code-points';
import type { Token } from '../core/document';
import { decodeTokens, encodeTokens, tokenWords } from '../core/token-blob';

/** Tokens over `text`: consecutive pieces of the given lengths, white space between some of them left out. */
function tokensOf(text: string, cuts: { length: number; skip: number; tag: string }[]): Token[] {
  const tokens: Token[] = [];
  const chars = [...text];
  const units = (cp: number) => chars.slice(0, cp).join('').length;
  let at = 0;
  for (const { length, skip, tag } of cuts) {
    const start = at + skip;
    const end = start + length;
    if (end > chars.length) break;
    tokens.push({ start: units(start), end: units(end), word: chars.slice(start, end).join(''), tag });
    at = end;
  }
  return tokens;
}

describe('stored tokens (documents.tokens)', () => {
  it('give back every token exactly: span, word and tag, astral characters and gaps included', () => {
    const text = fc.string({ unit: fc.constantFrom('质', '量', ' ', '𠮷', '9', '%', '\n', 'a'), minLength: 0, maxLength: 60 });
    const cut = fc.record({
      length: fc.integer({ min: 0, max: 5 }),
      skip: fc.integer({ min: 0, max: 3 }),
      tag: fc.constantFrom('n', 'v', 'm', 'x', 'eng', '', '名词'),
    });
    fc.assert(
      fc.property(text, fc.array(cut, { maxLength: 30 }), (s, cuts) => {
        const tokens = tokensOf(s, cuts);
        const index = new CodePointIndex(s);
        const blob = encodeTokens(tokens, index);
        expect(decodeTokens(blob, index)).toEqual(tokens);
        expect(tokenWords(blob, index)).toEqual(tokens.map((t) => t.word));
      }),
      { numRuns: 500 },
    );
  });

  it('take about two bytes a token for adjacent short words', () => {
    const text = '全省产品质量抽样合格率为90.5%。'.repeat(20);
    const index = new CodePointIndex(text);
    const tokens = tokensOf(
      text,
      [...text].map(() => ({ length: 1, skip: 0, tag: 'n' })),
    );
    expect(encodeTokens(tokens, index).length).toBeLessThan(2 * tokens.length + 8);
  });

  it('refuse tokens that go backwards, and damaged bytes', () => {
    const index = new CodePointIndex('质量监督');
    expect(() =>
      encodeTokens(
        [
          { start: 2, end: 4, word: '监督', tag: 'v' },
          { start: 0, end: 2, word: '质量', tag: 'n' },
        ],
        index,
      ),
    ).toThrow(/backwards/);
    const blob = encodeTokens([{ start: 0, end: 2, word: '质量', tag: 'n' }], index);
    expect(() => decodeTokens(blob.subarray(0, blob.length - 1), index)).toThrow(/damaged/);
    expect(() => decodeTokens(blob, new CodePointIndex('质'))).toThrow(/damaged/);
    expect(() => decodeTokens(Uint8Array.of(9), index)).toThrow(/unknown format 9/);
  });
});
