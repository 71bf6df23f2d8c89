import { deflateSync, inflateSync } from 'node:zlib';
import type Database from 'better-sqlite3';

/**
 * How the table texts stores a document's long columns (migration 013): zlib (RFC 1950) of the bytes,
 * or the bytes themselves when that is not shorter, beside their length. It is the convention of
 * SQLite's own archive format (sqlar) and of the `sqlite3` shell's functions sqlar_compress(X) and
 * sqlar_uncompress(X, SZ), so the view document_texts, which reads them back with
 * sqlar_uncompress, works in that shell as it does here; Python reads the same with zlib.decompress.
 * Texts compress to 40 % of their UTF-8 bytes, tokens to 35 %.
 */
export interface Packed {
  data: Buffer;
  /** Bytes of the unpacked value. */
  bytes: number;
}

/** The UTF-8 bytes of a text, packed. */
export function packText(text: string): Packed {
  return packBytes(Buffer.from(text, 'utf8'));
}

export function packBytes(bytes: Uint8Array): Packed {
  const compressed = deflateSync(bytes);
  const data = compressed.byteLength < bytes.byteLength ? compressed : Buffer.from(bytes);
  return { data, bytes: bytes.byteLength };
}

/** The bytes of a packed value: as they are when their length is the unpacked length, else inflated. */
export function unpackBytes(data: Uint8Array, bytes: number): Buffer {
  if (bytes <= 0 || data.byteLength === bytes) return Buffer.from(data);
  return inflateSync(data);
}

/**
 * Registers sqlar_compress(X) and sqlar_uncompress(X, SZ) as the `sqlite3` shell defines them (NULL
 * gives NULL; a value that is not a blob is taken as its UTF-8 bytes): what migration 013 packs the
 * stored texts with and the view document_texts reads them with.
 */
export function registerTextCodec(db: Database.Database): void {
  const asBytes = (value: unknown): Uint8Array =>
    value instanceof Uint8Array ? value : Buffer.from(typeof value === 'string' ? value : String(value), 'utf8');
  db.function('sqlar_compress', { deterministic: true }, (value) => (value === null ? null : packBytes(asBytes(value)).data));
  db.function('sqlar_uncompress', { deterministic: true }, (value, size) =>
    value === null ? null : unpackBytes(asBytes(value), Number(size)),
  );
}
