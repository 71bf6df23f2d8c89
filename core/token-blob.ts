import type { CodePointIndex } from './code-points';
import type { Token } from './document';

/**
 * How a document's tokens are stored (documents.tokens): their boundaries and tags, not their words,
 * which are slices of the normalised text. JSON `[["word","tag"],…]` per sentence took more bytes than
 * the sentences' text itself (28 MB for 11 MB of text over the shared corpus); this takes about two
 * bytes a token, and gives back each token's exact span without searching for its word.
 *
 * Layout (every integer an unsigned LEB128 varint):
 *   format (1)
 *   tag count, then each tag as its UTF-8 byte length and bytes, in order of first use
 *   per token: length × 2 + (1 if a gap precedes it), the gap if flagged, the tag's index
 * Lengths and gaps are code points of the normalised text; a gap is the text skipped since the end of
 * the previous token (white space, which the segmenter leaves out), from offset 0 for the first token.
 */

const FORMAT = 1;

export function encodeTokens(tokens: readonly Token[], index: CodePointIndex): Uint8Array {
  const tagIds = new Map<string, number>();
  const body = new ByteWriter(tokens.length * 3 + 16);
  let at = 0;
  for (const token of tokens) {
    const start = index.toCodePoint(token.start);
    const end = index.toCodePoint(token.end);
    if (start < at || end < start) throw new Error(`tokens overlap or go backwards at code point ${start}`);
    const gap = start - at;
    body.varint((end - start) * 2 + (gap > 0 ? 1 : 0));
    if (gap > 0) body.varint(gap);
    let id = tagIds.get(token.tag);
    if (id === undefined) tagIds.set(token.tag, (id = tagIds.size));
    body.varint(id);
    at = end;
  }
  const head = new ByteWriter(64);
  head.varint(FORMAT);
  head.varint(tagIds.size);
  const encoder = new TextEncoder();
  for (const tag of tagIds.keys()) {
    const bytes = encoder.encode(tag);
    head.varint(bytes.length);
    head.bytes(bytes);
  }
  const out = new Uint8Array(head.length + body.length);
  out.set(head.view(), 0);
  out.set(body.view(), head.length);
  return out;
}

/** The tokens of `encodeTokens`, with UTF-16 spans and words of the text `index` was made from. */
export function decodeTokens(blob: Uint8Array, index: CodePointIndex): Token[] {
  const tokens: Token[] = [];
  readTokens(blob, index, (start, end, tag) => tokens.push({ start, end, word: index.text.slice(start, end), tag }));
  return tokens;
}

/** Only the words of `encodeTokens`, in order: what the keyword ranking counts (no object per token). */
export function tokenWords(blob: Uint8Array, index: CodePointIndex): string[] {
  const words: string[] = [];
  readTokens(blob, index, (start, end) => words.push(index.text.slice(start, end)));
  return words;
}

/** Calls `each` with every token's UTF-16 span and tag, in order. */
function readTokens(blob: Uint8Array, index: CodePointIndex, each: (start: number, end: number, tag: string) => void): void {
  const reader = new ByteReader(blob);
  const format = reader.varint();
  if (format !== FORMAT) throw new Error(`stored tokens: unknown format ${format}`);
  const tags: string[] = [];
  const decoder = new TextDecoder();
  for (let n = reader.varint(); n > 0; n--) tags.push(decoder.decode(reader.bytes(reader.varint())));
  let at = 0;
  while (!reader.done) {
    const head = reader.varint();
    if (head & 1) at += reader.varint();
    const end = at + Math.floor(head / 2);
    const tag = tags[reader.varint()];
    if (tag === undefined || end > index.length) throw new Error('stored tokens: damaged (a tag or a span out of range)');
    each(index.toUtf16(at), index.toUtf16(end), tag);
    at = end;
  }
}

class ByteWriter {
  private buffer: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.buffer = new Uint8Array(capacity);
  }

  varint(value: number): void {
    this.reserve(5);
    while (value >= 0x80) {
      this.buffer[this.length++] = (value & 0x7f) | 0x80;
      value = Math.floor(value / 128);
    }
    this.buffer[this.length++] = value;
  }

  bytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private reserve(more: number): void {
    if (this.length + more <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + more));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}

class ByteReader {
  private at = 0;

  constructor(private readonly blob: Uint8Array) {}

  get done(): boolean {
    return this.at >= this.blob.length;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= this.blob.length) throw new Error('stored tokens: damaged (truncated)');
      const byte = this.blob[this.at++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
  }

  bytes(length: number): Uint8Array {
    if (this.at + length > this.blob.length) throw new Error('stored tokens: damaged (truncated)');
    const out = this.blob.subarray(this.at, this.at + length);
    this.at += length;
    return out;
  }
}
