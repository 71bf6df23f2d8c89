import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeOffsetMap, encodeOffsetMap } from '../output/map-codec';
import { OffsetMap } from '../core/offset-map';

describe('stored offset maps', () => {
  it('decode to the very bytes of OffsetMap.toBuffer()', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5), fc.nat(3)), { maxLength: 300 }), (steps) => {
        // A map with gaps and multi-character sources, like the ones text edits make.
        const lo = new Int32Array(steps.length);
        const hi = new Int32Array(steps.length);
        let at = 0;
        steps.forEach(([gap, width], i) => {
          at += gap;
          lo[i] = at;
          hi[i] = at + width;
          at += width;
        });
        const bytes = new OffsetMap(lo, hi, at + 2).toBuffer();
        const back = decodeOffsetMap(encodeOffsetMap(bytes));
        expect(back).toEqual(bytes);
        const map = OffsetMap.fromBuffer(back);
        expect([...map.lo, ...map.hi]).toEqual([...lo, ...hi]);
      }),
    );
  });

  it('stores an identity map in far fewer bytes than it takes in memory', () => {
    const bytes = OffsetMap.identity(100_000).toBuffer();
    expect(encodeOffsetMap(bytes).byteLength).toBeLessThan(bytes.byteLength / 50);
  });

  it('reads bytes that do not start on a 4-byte boundary of their buffer', () => {
    const bytes = OffsetMap.identity(10).toBuffer();
    const shifted = new Uint8Array(bytes.byteLength + 1).subarray(1);
    shifted.set(bytes);
    expect(decodeOffsetMap(encodeOffsetMap(shifted))).toEqual(bytes);
  });

  it('refuses bytes that are not a list of int32', () => {
    expect(() => encodeOffsetMap(new Uint8Array(6))).toThrow(/not a list of int32/);
  });
});
