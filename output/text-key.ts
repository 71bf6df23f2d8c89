import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * The key of a document's stored texts (table texts, migration 010): sha256 of the raw text, the
 * normalised text, the encoded offset map and the token blob, each after its length, so that no two
 * different sets of layers give the same input to the hash. Documents with the same key share one row.
 */
export function textKey(raw: string, normText: string, normMap: Uint8Array, tokens: Uint8Array | null): string {
  const hash = createHash('sha256');
  const part = (bytes: Uint8Array | string | null) => {
    const buffer = bytes === null ? null : typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    hash.update(buffer === null ? 'null;' : `${buffer.byteLength};`);
    if (buffer) hash.update(buffer);
  };
  part(raw);
  part(normText);
  part(normMap);
  part(tokens);
  return hash.digest('hex');
}

/** Makes textKey and textHash callable in SQL (text_key(raw, norm_text, norm_map, tokens), text_hash(text)): what migrations 010 and 011 key texts with. */
export function registerTextKey(db: Database.Database): void {
  db.function('text_key', { deterministic: true }, (raw, normText, normMap, tokens) =>
    textKey(String(raw), String(normText), normMap as Uint8Array, (tokens as Uint8Array | null) ?? null),
  );
  db.function('text_hash', { deterministic: true }, (text) => textHash(String(text)));
}

/**
 * A 48-bit hash of a sentence text (sentence_texts.hash, migration 011): what finds a stored text
 * without an index over the texts; equal hashes are compared by text, so it need not be cryptographic.
 * FNV-1a over the UTF-16 code units in two 24-bit halves with different offsets, plain arithmetic on
 * numbers: a run hashes every sentence it stores, and this is several times cheaper than a digest.
 */
export function textHash(text: string): number {
  let high = 0x9dc5d1;
  let low = 0x811c9d;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    high = Math.imul(high ^ unit, 0x01000193) >>> 8;
    low = Math.imul(low ^ (unit >>> 3), 0x01000193) & 0xffffff;
  }
  return (high & 0xffffff) * 0x1000000 + low;
}
