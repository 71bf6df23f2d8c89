import { OffsetMap } from './offset-map';

/**
 * Builds a derived text from a source string by a left-to-right sequence of copies and replacements,
 * recording the OffsetMap as it goes. Positions passed in are UTF-16 indices of the source string
 * (what regular expressions give); the map it produces is in code points.
 *
 * A replacement with the same number of code points as the text it replaces maps character by
 * character (width folding, character-level script conversion); otherwise every output character maps
 * to the whole replaced range (use `replaceMapped` to give each output character its own range).
 */
export class TextRewriter {
  private readonly parts: string[] = [];
  private lo: Int32Array;
  private hi: Int32Array;
  /** Code points written so far. */
  private written = 0;
  /** Current read position in the source, UTF-16 units. */
  private cursor = 0;
  /** Current read position in the source, code points. */
  private cursorCp = 0;

  constructor(private readonly source: string) {
    // Most rewrites keep the length; start with room for the whole source.
    this.lo = new Int32Array(Math.max(16, source.length));
    this.hi = new Int32Array(Math.max(16, source.length));
  }

  get position(): number {
    return this.cursor;
  }

  /** Copies the source unchanged up to `until` (UTF-16 index). */
  copyTo(until: number): this {
    if (until < this.cursor) throw new RangeError(`TextRewriter: copyTo(${until}) behind cursor ${this.cursor}`);
    if (until === this.cursor) return this;
    const source = this.source;
    this.parts.push(source.slice(this.cursor, until));
    this.reserve(until - this.cursor);
    const lo = this.lo;
    const hi = this.hi;
    let w = this.written;
    let cp = this.cursorCp;
    for (let i = this.cursor; i < until; i++) {
      const code = source.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < until) {
        const next = source.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
      lo[w] = cp;
      hi[w] = cp + 1;
      w++;
      cp++;
    }
    this.written = w;
    this.cursorCp = cp;
    this.cursor = until;
    return this;
  }

  /** Replaces source [from, to) (UTF-16) with `replacement`; copies anything between cursor and `from` first. */
  replace(from: number, to: number, replacement: string): this {
    this.copyTo(from);
    if (to < from) throw new RangeError(`TextRewriter: replace ${from}..${to} is reversed`);
    const removedCp = countCodePointsIn(this.source, from, to);
    const outCp = countCodePoints(replacement);
    this.parts.push(replacement);
    this.reserve(outCp);
    const base = this.cursorCp;
    for (let k = 0; k < outCp; k++) {
      if (outCp === removedCp) {
        this.lo[this.written] = base + k;
        this.hi[this.written] = base + k + 1;
      } else {
        this.lo[this.written] = base;
        this.hi[this.written] = base + removedCp;
      }
      this.written++;
    }
    this.cursor = to;
    this.cursorCp += removedCp;
    return this;
  }

  /**
   * Replaces source [from, to) (UTF-16) with `replacement`, whose code point k maps to the source range
   * [from + ranges[2k], from + ranges[2k+1]) given in code points relative to `from` (an aligned
   * conversion knows which input characters each output character came from).
   */
  replaceMapped(from: number, to: number, replacement: string, ranges: ArrayLike<number>): this {
    this.copyTo(from);
    const removedCp = countCodePointsIn(this.source, from, to);
    const outCp = countCodePoints(replacement);
    if (ranges.length !== 2 * outCp) throw new Error('TextRewriter.replaceMapped: one range per output code point');
    this.parts.push(replacement);
    this.reserve(outCp);
    const base = this.cursorCp;
    for (let k = 0; k < outCp; k++) {
      const a = ranges[2 * k]!;
      const b = ranges[2 * k + 1]!;
      if (a < 0 || b < a || b > removedCp) throw new RangeError(`TextRewriter.replaceMapped: range ${a}..${b} outside 0..${removedCp}`);
      this.lo[this.written] = base + a;
      this.hi[this.written] = base + b;
      this.written++;
    }
    this.cursor = to;
    this.cursorCp += removedCp;
    return this;
  }

  /** Drops source [from, to). */
  drop(from: number, to: number): this {
    return this.replace(from, to, '');
  }

  /** Inserts text at the cursor that has no source (maps to an empty range at the cursor). */
  insert(text: string): this {
    const n = countCodePoints(text);
    this.parts.push(text);
    this.reserve(n);
    for (let k = 0; k < n; k++) {
      this.lo[this.written] = this.cursorCp;
      this.hi[this.written] = this.cursorCp;
      this.written++;
    }
    return this;
  }

  /** Copies the rest of the source and returns the derived text with its map to the source. */
  finish(): { text: string; map: OffsetMap } {
    this.copyTo(this.source.length);
    return {
      text: this.parts.join(''),
      map: new OffsetMap(this.lo.slice(0, this.written), this.hi.slice(0, this.written), this.cursorCp),
    };
  }

  private reserve(extra: number): void {
    const need = this.written + extra;
    if (need <= this.lo.length) return;
    const size = Math.max(need, this.lo.length * 2);
    const lo = new Int32Array(size);
    const hi = new Int32Array(size);
    lo.set(this.lo.subarray(0, this.written));
    hi.set(this.hi.subarray(0, this.written));
    this.lo = lo;
    this.hi = hi;
  }
}

export function countCodePoints(text: string): number {
  return countCodePointsIn(text, 0, text.length);
}

/** Code points in text[from, to) (UTF-16 indices); a lone surrogate counts as one. */
export function countCodePointsIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
