/**
 * Offsets between a derived text and the text it was derived from, in code points.
 *
 * Every text-changing step (HTML extraction, boilerplate removal, pinyin removal, width folding,
 * traditional→simplified) produces its new text together with an OffsetMap; maps compose, so a span
 * of the normalised text maps back to the raw decoded text in one call.
 *
 * Representation: for each code point i of the derived text, the half-open range [lo[i], hi[i]) of the
 * source text it came from. An inserted character has no source (hi <= lo): lo is where a span that starts
 * with it starts, hi where a span that ends with it ends. The two differ only when composition puts the
 * character next to text an earlier step deleted: it lies somewhere in that gap, so a span starting with it
 * starts after the deleted text and one ending with it ends before it. Keeping both edges (not one point)
 * is what makes composition associative. lo never decreases; hi never decreases over the characters that
 * have a source.
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

  /** Source position of a boundary in the derived text (0..targetLength), as the start of what follows it. */
  positionToSource(position: number): number {
    if (position < 0 || position > this.targetLength) {
      throw new RangeError(`OffsetMap: position ${position} outside 0..${this.targetLength}`);
    }
    return this.startAt(position);
  }

  /**
   * Source span [start, end) of the derived span [start, end). An empty span is a position: a point in the
   * source, or the whole group when it lies inside a group of characters that replaced one source range.
   */
  spanToSource(start: number, end: number): [number, number] {
    if (end < start) throw new RangeError(`OffsetMap: span end ${end} before start ${start}`);
    if (start < 0 || end > this.targetLength) {
      throw new RangeError(`OffsetMap: span ${start}..${end} outside 0..${this.targetLength}`);
    }
    const from = this.startAt(start);
    const to = this.endBefore(end);
    return [from, to > from ? to : from];
  }

  /** Where a span starting at boundary `position` starts in the source. */
  private startAt(position: number): number {
    return position < this.targetLength ? this.lo[position]! : this.sourceLength;
  }

  /**
   * Where a span ending at boundary `position` ends in the source: the furthest any character before it
   * reaches. Characters with a source never reach back, so the walk stops at the last of them; inserted
   * characters after it can reach further (an insertion after deleted text) or less far (inside a
   * replaced group).
   */
  private endBefore(position: number): number {
    let end = 0;
    for (let j = position - 1; j >= 0; j--) {
      const hi = this.hi[j]!;
      if (hi > end) end = hi;
      if (hi > this.lo[j]!) break;
    }
    return end;
  }

  /**
   * Composes two maps: `this` maps a middle text to a source text, `inner` maps a target text to the
   * middle text; the result maps the target text straight to the source text. Each character starts where
   * its middle start starts and ends where its middle end ends, so (a∘b)∘c and a∘(b∘c) agree.
   */
  compose(inner: OffsetMap): OffsetMap {
    if (inner.sourceLength !== this.targetLength) {
      throw new Error(`OffsetMap.compose: inner map's source (${inner.sourceLength}) is not this map's target (${this.targetLength})`);
    }
    const n = inner.targetLength;
    const lo = new Int32Array(n);
    const hi = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      lo[i] = this.startAt(inner.lo[i]!);
      hi[i] = this.endBefore(inner.hi[i]!);
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
