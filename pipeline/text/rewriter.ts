import { OffsetMap } from './offset-map';

/**
 * Builds a derived text from a source string by a left-to-right sequence of copies and replacements,
 * recording the OffsetMap as it goes. Positions passed in are UTF-16 indices of the source string
 * (what regular expressions give); the map it produces is in code points.
 *
 * A replacement with the same number of code points as the text it replaces maps character by
 * character (width folding, character-level script conversion); otherwise every output character maps
 * to the whole replaced range.
 */
export class TextRewriter {
  private readonly parts: string[] = [];
  private readonly lo: number[] = [];
  private readonly hi: number[] = [];
  /** Current read position in the source, UTF-16 units. */
  private cursor = 0;
  /** Current read position in the source, code points. */
  private cursorCp = 0;

  constructor(private readonly source: string) {}

  get position(): number {
    return this.cursor;
  }

  /** Copies the source unchanged up to `until` (UTF-16 index). */
  copyTo(until: number): this {
    if (until < this.cursor) throw new RangeError(`TextRewriter: copyTo(${until}) behind cursor ${this.cursor}`);
    if (until === this.cursor) return this;
    const piece = this.source.slice(this.cursor, until);
    this.parts.push(piece);
    for (let i = 0; i < piece.length; i++) {
      const code = piece.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < piece.length) i++;
      this.lo.push(this.cursorCp);
      this.hi.push(this.cursorCp + 1);
      this.cursorCp++;
    }
    this.cursor = until;
    return this;
  }

  /** Replaces source [from, to) (UTF-16) with `replacement`; copies anything between cursor and `from` first. */
  replace(from: number, to: number, replacement: string): this {
    this.copyTo(from);
    if (to < from) throw new RangeError(`TextRewriter: replace ${from}..${to} is reversed`);
    const removed = this.source.slice(from, to);
    const removedCp = countCodePoints(removed);
    const outCp = countCodePoints(replacement);
    this.parts.push(replacement);
    if (outCp === removedCp) {
      for (let k = 0; k < outCp; k++) {
        this.lo.push(this.cursorCp + k);
        this.hi.push(this.cursorCp + k + 1);
      }
    } else {
      for (let k = 0; k < outCp; k++) {
        this.lo.push(this.cursorCp);
        this.hi.push(this.cursorCp + removedCp);
      }
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
    for (let k = 0; k < n; k++) {
      this.lo.push(this.cursorCp);
      this.hi.push(this.cursorCp);
    }
    return this;
  }

  /** Copies the rest of the source and returns the derived text with its map to the source. */
  finish(): { text: string; map: OffsetMap } {
    this.copyTo(this.source.length);
    return {
      text: this.parts.join(''),
      map: new OffsetMap(Int32Array.from(this.lo), Int32Array.from(this.hi), this.cursorCp),
    };
  }
}

export function countCodePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
