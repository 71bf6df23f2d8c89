import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * The key of a document's stored texts (table texts, migration 009): sha256 of the raw text, the
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

/** Makes textKey callable in SQL as text_key(raw, norm_text, norm_map, tokens): what migration 009 keys texts with. */
export function registerTextKey(db: Database.Database): void {
  db.function('text_key', { deterministic: true }, (raw, normText, normMap, tokens) =>
    textKey(String(raw), String(normText), normMap as Uint8Array, (tokens as Uint8Array | null) ?? null),
  );
}
