import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignConversion } from '../pipeline/text/align';
import { CodePointIndex } from '../core/code-points';
import { OffsetMap } from '../core/offset-map';
import { countCodePoints, TextRewriter } from '../core/rewriter';

/** Characters that exercise the edge cases: ASCII, CJK, full-width, astral (𠮷, 😀). */
const char = fc.constantFrom('a', 'Z', '1', '.', ' ', '质', '監', '１', '％', '𠮷', '😀', '(', 'ì');
const text = fc.array(char, { maxLength: 40 }).map((cs) => cs.join(''));

/** An edit script over a string's code points: keep, replace by 0–3 characters, or insert before. */
type Edit = { kind: 'keep' } | { kind: 'replace'; length: number; by: string } | { kind: 'insert'; by: string };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constant<Edit>({ kind: 'keep' }),
  fc.record({
    kind: fc.constant('replace' as const),
    length: fc.integer({ min: 1, max: 3 }),
    by: fc.array(char, { maxLength: 3 }).map((c) => c.join('')),
  }),
  fc.record({ kind: fc.constant('insert' as const), by: fc.array(char, { minLength: 1, maxLength: 2 }).map((c) => c.join('')) }),
);

/** Applies edits left to right with a TextRewriter; returns the result and, per output code point, its origin. */
function rewrite(source: string, edits: Edit[]) {
  const points = Array.from(source);
  const utf16At: number[] = [0];
  for (const p of points) utf16At.push(utf16At[utf16At.length - 1]! + p.length);
  const rewriter = new TextRewriter(source);
  let cp = 0;
  for (const e of edits) {
    if (cp >= points.length) break;
    if (e.kind === 'keep') {
      cp++;
      rewriter.copyTo(utf16At[cp]!);
    } else if (e.kind === 'replace') {
      const end = Math.min(points.length, cp + e.length);
      rewriter.replace(utf16At[cp]!, utf16At[end]!, e.by);
      cp = end;
    } else {
      rewriter.copyTo(utf16At[cp]!);
      rewriter.insert(e.by);
    }
  }
  return rewriter.finish();
}

/** Visits each code point of `source` (with its UTF-16 index) to edit it, then finishes the rewrite. */
function rewriteEach(source: string, visit: (rewriter: TextRewriter, point: string, index: number, at: number) => void) {
  const rewriter = new TextRewriter(source);
  let at = 0;
  Array.from(source).forEach((p, i) => {
    visit(rewriter, p, i, at);
    at += p.length;
  });
  return rewriter.finish();
}

/**
 * lo never decreases; hi never decreases over characters with a source. An inserted character (hi <= lo)
 * has edges, not a range: it ends no earlier than the characters with a source before it.
 */
function checkMonotone(map: OffsetMap) {
  let lastHi = 0;
  for (let i = 0; i < map.targetLength; i++) {
    expect(map.lo[i]!).toBeGreaterThanOrEqual(0);
    expect(map.hi[i]!).toBeGreaterThanOrEqual(0);
    expect(map.lo[i]!).toBeLessThanOrEqual(map.sourceLength);
    expect(map.hi[i]!).toBeLessThanOrEqual(map.sourceLength);
    if (map.hi[i]! <= map.lo[i]!) expect(map.hi[i]!).toBeGreaterThanOrEqual(lastHi);
    if (i > 0) expect(map.lo[i]!).toBeGreaterThanOrEqual(map.lo[i - 1]!);
    if (map.hi[i]! > map.lo[i]!) {
      expect(map.hi[i]!).toBeGreaterThanOrEqual(lastHi);
      lastHi = map.hi[i]!;
    }
  }
}

describe('TextRewriter maps', () => {
  it('cover the output in code points, stay within the source and never go backwards', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { maxLength: 30 }), (source, edits) => {
        const { text: out, map } = rewrite(source, edits);
        expect(map.targetLength).toBe(countCodePoints(out));
        expect(map.sourceLength).toBe(countCodePoints(source));
        checkMonotone(map);
      }),
    );
  });

  it('map copied and same-length replaced characters to exactly their source character', () => {
    fc.assert(
      fc.property(text, fc.array(fc.boolean(), { maxLength: 40 }), (source, keepOrFold) => {
        // Keep a character or replace it by one other character (width folding, script conversion).
        const { map } = rewriteEach(source, (rewriter, p, i, at) => {
          if (keepOrFold[i] === false) rewriter.replace(at, at + p.length, p === '质' ? '質' : 'x');
        });
        expect(map.isIdentity()).toBe(true);
      }),
    );
  });

  it('let every derived character find the source characters it came from', () => {
    fc.assert(
      fc.property(text, fc.array(fc.boolean(), { maxLength: 40 }), (source, drop) => {
        // Drop some characters (pinyin removal, stray spaces): kept ones must point at themselves.
        const points = Array.from(source);
        const { text: out, map } = rewriteEach(source, (rewriter, p, i, at) => {
          if (drop[i]) rewriter.drop(at, at + p.length);
        });
        Array.from(out).forEach((p, i) => {
          expect(map.hi[i]! - map.lo[i]!).toBe(1);
          expect(points[map.lo[i]!]).toBe(p);
        });
      }),
    );
  });
});

describe('OffsetMap.compose', () => {
  it('maps any span of the final text like mapping it through both maps in turn', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { maxLength: 30 }), fc.array(edit, { maxLength: 30 }), (source, first, second) => {
        const a = rewrite(source, first);
        const b = rewrite(a.text, second);
        const composed = a.map.compose(b.map);
        expect(composed.sourceLength).toBe(a.map.sourceLength);
        expect(composed.targetLength).toBe(b.map.targetLength);
        checkMonotone(composed);
        const n = composed.targetLength;
        for (let s = 0; s <= n; s++) {
          for (let e = s; e <= n; e++) {
            const [m0, m1] = b.map.spanToSource(s, e);
            const viaBoth = a.map.spanToSource(m0, m1);
            const direct = composed.spanToSource(s, e);
            // Equal when the span starts and ends on characters of the middle text that have a source. Other
            // spans start or end at a position, which the middle span can only widen: one step or two agree, or
            // the direct span lies inside the two-step one.
            const sourced = (i: number) => b.map.hi[i]! > b.map.lo[i]!;
            if (e > s && sourced(s) && sourced(e - 1)) expect(direct).toEqual(viaBoth);
            else {
              expect(direct[0]).toBeGreaterThanOrEqual(viaBoth[0]);
              expect(direct[1]).toBeLessThanOrEqual(viaBoth[1]);
            }
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(edit, { maxLength: 20 }),
        fc.array(edit, { maxLength: 20 }),
        fc.array(edit, { maxLength: 20 }),
        (source, e1, e2, e3) => {
          const a = rewrite(source, e1);
          const b = rewrite(a.text, e2);
          const c = rewrite(b.text, e3);
          const left = a.map.compose(b.map).compose(c.map);
          const right = a.map.compose(b.map.compose(c.map));
          expect(Array.from(left.lo)).toEqual(Array.from(right.lo));
          expect(Array.from(left.hi)).toEqual(Array.from(right.hi));
        },
      ),
      { numRuns: 2000 },
    );
  });

  // Found by the property above (about one random run in ten reached it): over a span made only of inserted
  // characters around deleted source text, (a∘b)∘c gave a point where a∘(b∘c) gave the deleted text's span.
  it('is associative over a span of inserted characters around deleted text', () => {
    const a = rewrite('aa', [{ kind: 'keep' }, { kind: 'insert', by: 'a' }]);
    const b = rewrite(a.text, [
      { kind: 'insert', by: 'aa' },
      { kind: 'insert', by: 'aa' },
      { kind: 'replace', length: 1, by: '' },
      { kind: 'insert', by: 'a' },
    ]);
    const c = rewrite(b.text, [{ kind: 'keep' }, { kind: 'keep' }, { kind: 'keep' }, { kind: 'replace', length: 3, by: 'a' }]);
    const left = a.map.compose(b.map).compose(c.map);
    const right = a.map.compose(b.map.compose(c.map));
    expect(Array.from(left.hi)).toEqual(Array.from(right.hi));
  });

  it('has the identity as a neutral element', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { maxLength: 30 }), (source, edits) => {
        const a = rewrite(source, edits);
        const left = OffsetMap.identity(a.map.sourceLength).compose(a.map);
        const right = a.map.compose(OffsetMap.identity(a.map.targetLength));
        expect(Array.from(left.lo)).toEqual(Array.from(a.map.lo));
        expect(Array.from(right.hi)).toEqual(Array.from(a.map.hi));
      }),
    );
  });

  it('survives serialisation', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { maxLength: 30 }), (source, edits) => {
        const { map } = rewrite(source, edits);
        const back = OffsetMap.fromBuffer(map.toBuffer());
        expect(back.sourceLength).toBe(map.sourceLength);
        expect(Array.from(back.lo)).toEqual(Array.from(map.lo));
        expect(Array.from(back.hi)).toEqual(Array.from(map.hi));
      }),
    );
  });
});

describe('length-changing conversions', () => {
  // A toy converter whose phrases change length, applied left to right like opencc's longest match.
  const phrases: [string, string][] = [
    ['質監', '质监局'],
    ['𠮷野', '吉'],
    ['ab', 'X'],
    ['c', 'YZ'],
    ['監', '监'],
    ['質', '质'],
  ];
  const convert = (s: string) => {
    let out = '';
    for (let i = 0; i < s.length;) {
      const hit = phrases.find(([from]) => s.startsWith(from, i));
      if (hit) {
        out += hit[1];
        i += hit[0].length;
      } else {
        const cp = String.fromCodePoint(s.codePointAt(i)!);
        out += cp;
        i += cp.length;
      }
    }
    return out;
  };
  const convertible = fc.array(fc.constantFrom('質', '監', '𠮷', '野', 'a', 'b', 'c', 'd', '量'), { maxLength: 30 }).map((c) => c.join(''));

  it('align every output character to input characters, in order, within bounds', () => {
    fc.assert(
      fc.property(convertible, (source) => {
        const input = Array.from(source);
        const output = Array.from(convert(source));
        const ranges = alignConversion(input, output, input.map(convert));
        expect(ranges.length).toBe(2 * output.length);
        for (let k = 0; k < output.length; k++) {
          const lo = ranges[2 * k]!;
          const hi = ranges[2 * k + 1]!;
          expect(lo).toBeGreaterThanOrEqual(0);
          expect(hi).toBeGreaterThanOrEqual(lo);
          expect(hi).toBeLessThanOrEqual(input.length);
          if (k > 0) expect(lo).toBeGreaterThanOrEqual(ranges[2 * k - 2]!);
        }
        // Through a rewriter, the aligned replacement composes like any other map.
        const rewriter = new TextRewriter(source);
        rewriter.replaceMapped(0, source.length, output.join(''), ranges);
        const { map } = rewriter.finish();
        checkMonotone(map);
        expect(map.targetLength).toBe(output.length);
      }),
    );
  });

  it('maps characters that convert one by one to their own input character', () => {
    const input = Array.from('量質監d𠮷野c');
    const output = Array.from(convert(input.join('')));
    expect(output.join('')).toBe('量质监局d吉YZ');
    const ranges = alignConversion(input, output, input.map(convert));
    const origin = (k: number) => input.slice(ranges[2 * k]!, ranges[2 * k + 1]!).join('');
    expect(origin(0)).toBe('量');
    expect(origin(1)).toBe('質');
    expect(origin(2)).toBe('監');
    expect(origin(4)).toBe('d');
    expect(origin(5)).toBe('𠮷野'); // 吉 matches neither per-character conversion: the unmatched range
    expect(origin(6)).toBe('c');
    expect(origin(7)).toBe('c');
  });
});

describe('CodePointIndex', () => {
  it('round-trips UTF-16 and code point offsets with astral characters', () => {
    fc.assert(
      fc.property(text, (s) => {
        const index = new CodePointIndex(s);
        const points = Array.from(s);
        expect(index.length).toBe(points.length);
        let utf16 = 0;
        points.forEach((p, cp) => {
          expect(index.toUtf16(cp)).toBe(utf16);
          expect(index.toCodePoint(utf16)).toBe(cp);
          expect(index.slice(cp, cp + 1)).toBe(p);
          utf16 += p.length;
        });
      }),
    );
  });
});
