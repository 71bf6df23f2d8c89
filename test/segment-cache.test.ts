import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../core/code-points';
import type { Token } from '../core/document';
import { SegmentCache } from '../pipeline/text/segment-cache';

const TEXT = '全省抽查𠮷祥产品120批次，合格率为96.5%。';

/** Tokens as a segmenter gives them: every character its own word, white space left out. */
function segmentByCharacter(text: string, calls: { n: number }): Token[] {
  calls.n++;
  const tokens: Token[] = [];
  let at = 0;
  for (const ch of text) {
    if (ch.trim() !== '') tokens.push({ start: at, end: at + ch.length, word: ch, tag: /\d/.test(ch) ? 'm' : 'x' });
    at += ch.length;
  }
  return tokens;
}

describe('SegmentCache', () => {
  it('gives a text segmented before the same tokens without segmenting it again', () => {
    const cache = new SegmentCache();
    const calls = { n: 0 };
    const ranges = [{ start: 0, end: TEXT.length }];
    const first = cache.tokens(new CodePointIndex(TEXT), ranges, () => segmentByCharacter(TEXT, calls));
    const again = cache.tokens(new CodePointIndex(TEXT), ranges, () => segmentByCharacter(TEXT, calls));
    expect(calls.n).toBe(1);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });

  it('segments again for other sentence spans or another text, and keeps no more than its bound', () => {
    const calls = { n: 0 };
    const cache = new SegmentCache();
    const index = new CodePointIndex(TEXT);
    cache.tokens(index, [{ start: 0, end: TEXT.length }], () => segmentByCharacter(TEXT, calls));
    cache.tokens(index, [{ start: 0, end: 14 }], () => segmentByCharacter(TEXT, calls));
    const other = `${TEXT} `;
    cache.tokens(new CodePointIndex(other), [{ start: 0, end: other.length }], () => segmentByCharacter(other, calls));
    expect(calls.n).toBe(3);
    const tiny = new SegmentCache(8);
    tiny.tokens(index, [{ start: 0, end: TEXT.length }], () => segmentByCharacter(TEXT, calls));
    tiny.tokens(index, [{ start: 0, end: TEXT.length }], () => segmentByCharacter(TEXT, calls));
    expect(calls.n).toBe(5);
  });
});
