import { createHash } from 'node:crypto';
import type { CodePointIndex } from '../../core/code-points';
import type { Token } from '../../core/document';
import { decodeTokens, encodeTokens } from '../../core/token-blob';

/**
 * The tokens of texts segmented earlier in this thread, by their normalised text and sentence spans:
 * what the segmenter's output depends on besides its dictionaries (one cache per segmenter). Over the
 * shared corpus nearly half the text belongs to documents whose normalised text another document has
 * too (a report in a dump and as a page of its own), and segmentation is the dearest stage. Kept as
 * the stored token blobs (core/token-blob.ts: about two bytes a token), which give back the same tokens.
 */
export class SegmentCache {
  private readonly blobs = new Map<string, Uint8Array>();
  private bytes = 0;

  /** `maxBytes`: the blobs kept; the oldest go first past it. */
  constructor(private readonly maxBytes = DEFAULT_MAX_BYTES) {}

  /** The tokens segmenting `index.text` at `ranges` gives, made by `segment` unless cached. */
  tokens(index: CodePointIndex, ranges: readonly { start: number; end: number }[], segment: () => Token[]): Token[] {
    const key = cacheKey(index.text, ranges);
    const blob = this.blobs.get(key);
    if (blob) return decodeTokens(blob, index);
    const tokens = segment();
    const encoded = encodeTokens(tokens, index);
    // Kept only when it gives back these very tokens (a token edge inside a surrogate pair would not).
    if (sameTokens(decodeTokens(encoded, index), tokens)) this.keep(key, encoded);
    return tokens;
  }

  private keep(key: string, blob: Uint8Array): void {
    if (blob.byteLength > this.maxBytes) return;
    this.blobs.set(key, blob);
    this.bytes += blob.byteLength;
    for (const [oldest, old] of this.blobs) {
      if (this.bytes <= this.maxBytes) break;
      this.blobs.delete(oldest);
      this.bytes -= old.byteLength;
    }
  }
}

/** 32 MB: fifteen times the shared corpus's token blobs, a few per cent of a pipeline thread's memory. */
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

function sameTokens(a: readonly Token[], b: readonly Token[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.start !== y.start || x.end !== y.end || x.word !== y.word || x.tag !== y.tag) return false;
  }
  return true;
}

function cacheKey(text: string, ranges: readonly { start: number; end: number }[]): string {
  const spans = new Int32Array(ranges.length * 2);
  ranges.forEach((r, i) => {
    spans[2 * i] = r.start;
    spans[2 * i + 1] = r.end;
  });
  return createHash('sha256').update(text).update(new Uint8Array(spans.buffer)).digest('base64');
}
