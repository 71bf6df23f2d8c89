/**
 * Converts between UTF-16 indices (what JavaScript strings and regular expressions use) and code point
 * offsets (what the database and the export contract use). Texts without astral characters, nearly all
 * of them, take the identity fast path.
 */
export class CodePointIndex {
  /** utf16ToCp[i] = code point offset of UTF-16 index i; null when the text has no surrogate pairs. */
  private readonly utf16ToCp: Int32Array | null;
  private readonly cpToUtf16: Int32Array | null;
  readonly length: number;

  constructor(readonly text: string) {
    if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
      this.utf16ToCp = null;
      this.cpToUtf16 = null;
      this.length = text.length;
      return;
    }
    const toCp = new Int32Array(text.length + 1);
    const back: number[] = [];
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      toCp[i] = cp;
      back.push(i);
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          toCp[i] = cp; // the low surrogate belongs to the same code point
        }
      }
      cp++;
    }
    toCp[text.length] = cp;
    back.push(text.length);
    this.utf16ToCp = toCp;
    this.cpToUtf16 = Int32Array.from(back);
    this.length = cp;
  }

  toCodePoint(utf16: number): number {
    return this.utf16ToCp ? this.utf16ToCp[utf16]! : utf16;
  }

  toUtf16(codePoint: number): number {
    return this.cpToUtf16 ? this.cpToUtf16[codePoint]! : codePoint;
  }

  /** The substring between two code point offsets. */
  slice(startCp: number, endCp: number): string {
    return this.text.slice(this.toUtf16(startCp), this.toUtf16(endCp));
  }
}
