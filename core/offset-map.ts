/**
 * Offsets between a derived text and the text it was derived from, in code points.
 *
 * Every text-changing step (HTML extraction, boilerplate removal, pinyin removal, width folding,
 * traditional→simplified) produces its new text together with an OffsetMap; maps compose, so a span
 * of the normalised text maps back to the raw decoded text in one call.
 *
 * Representation: for each code point i of the derived text, the half-open range [lo[i], hi[i]) of the
 * source text it came from. An inserted character has lo == hi. lo never decreases; hi never decreases
 * over the characters that have a source.
 */
export class OffsetMap {
  constructor(
    readonly lo: Int32Array,
    readonly hi: Int32Array,
    /** Length of the source text in code points. */
    readonly sourceLength: number,
  ) {
    if (lo.length !== hi.length) throw new Error('OffsetMap: lo and hi differ in length');
  }

  /** Length of the derived text in code points. */
  get targetLength(): number {
    return this.lo.length;
  }

  static identity(length: number): OffsetMap {
    const lo = new Int32Array(length);
    const hi = new Int32Array(length);
    for (let i = 0; i < length; i++) {
      lo[i] = i;
      hi[i] = i + 1;
    }
    return new OffsetMap(lo, hi, length);
  }

  /** Source position of a boundary in the derived text (0..targetLength). */
  positionToSource(position: number): number {
    if (position < 0 || position > this.targetLength) {
      throw new RangeError(`OffsetMap: position ${position} outside 0..${this.targetLength}`);
    }
    return position < this.targetLength ? this.lo[position]! : this.sourceLength;
  }

  /** Source span [start, end) of the derived span [start, end). */
  spanToSource(start: number, end: number): [number, number] {
    if (end < start) throw new RangeError(`OffsetMap: span end ${end} before start ${start}`);
    if (end === start) {
      const p = this.positionToSource(start);
      return [p, p];
    }
    if (start < 0 || end > this.targetLength) {
      throw new RangeError(`OffsetMap: span ${start}..${end} outside 0..${this.targetLength}`);
    }
    const from = this.lo[start]!;
    return [from, Math.max(this.endOf(start, end), from)];
  }

  /**
   * Source end of the derived span [start, end): the end of its last character that has a source. Edits
   * never reorder text, so that is the furthest; an inserted character at the end (lo == hi) only marks
   * a position, which inside a replaced group can lie before the group's end.
   */
  private endOf(start: number, end: number): number {
    let last = end - 1;
    while (last > start && this.lo[last] === this.hi[last]) last--;
    return this.hi[last]!;
  }

  /**
   * Composes two maps: `this` maps a middle text to a source text, `inner` maps a target text to the
   * middle text; the result maps the target text straight to the source text.
   */
  compose(inner: OffsetMap): OffsetMap {
    if (inner.sourceLength !== this.targetLength) {
      throw new Error(`OffsetMap.compose: inner map's source (${inner.sourceLength}) is not this map's target (${this.targetLength})`);
    }
    const n = inner.targetLength;
    const lo = new Int32Array(n);
    const hi = new Int32Array(n);
    const middleLength = this.targetLength;
    // spanToSource inlined: this runs once per character of every document.
    for (let i = 0; i < n; i++) {
      const start = inner.lo[i]!;
      const end = inner.hi[i]!;
      if (end === start) {
        const p = start < middleLength ? this.lo[start]! : this.sourceLength;
        lo[i] = p;
        hi[i] = p;
      } else {
        const from = this.lo[start]!;
        const to = this.lo[end - 1] === this.hi[end - 1] ? this.endOf(start, end) : this.hi[end - 1]!;
        lo[i] = from;
        hi[i] = to > from ? to : from;
      }
    }
    return new OffsetMap(lo, hi, this.sourceLength);
  }

  /** Whether this map is the identity (each code point maps to itself in a text of the same length). */
  isIdentity(): boolean {
    if (this.sourceLength !== this.targetLength) return false;
    for (let i = 0; i < this.lo.length; i++) if (this.lo[i] !== i || this.hi[i] !== i + 1) return false;
    return true;
  }

  /** Serialised form for storage: [sourceLength, lo..., hi...] as little-endian int32. */
  toBuffer(): Buffer {
    const n = this.targetLength;
    const out = new Int32Array(1 + 2 * n);
    out[0] = this.sourceLength;
    out.set(this.lo, 1);
    out.set(this.hi, 1 + n);
    return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  }

  static fromBuffer(buffer: Uint8Array): OffsetMap {
    const copy = new Uint8Array(buffer.byteLength);
    copy.set(buffer);
    const all = new Int32Array(copy.buffer, 0, copy.byteLength / 4);
    const n = (all.length - 1) / 2;
    if (!Number.isInteger(n)) throw new Error('OffsetMap.fromBuffer: corrupt buffer');
    return new OffsetMap(all.slice(1, 1 + n), all.slice(1 + n), all[0]!);
  }
}
