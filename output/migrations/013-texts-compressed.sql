-- Bytes stored (issue 14): a document's raw text, normalised text and tokens compressed. They were 14.1
-- of the shared corpus's 64.2 MB, and zlib makes them 40 % of their UTF-8 bytes (tokens 35 %).
--
-- texts: each long column as the `sqlite3` shell's sqlar_compress makes it (zlib of its bytes, or the
--   bytes themselves when that is not shorter: output/text-codec.ts) beside the number of bytes it
--   unpacks to; norm_map is left as it is (small, and already packed). The key stays that of the
--   unpacked texts (text_key), so documents, merges and reprocessing find the same rows.
-- document_texts gives the plain text as before, through sqlar_uncompress(X, SZ): qmine
--   registers it on every connection, the `sqlite3` shell has it built in; elsewhere (Python, Datasette)
--   zlib.decompress(X) when length(X) < SZ, else X, reads the same.
-- The view names texts: dropped while the table is rebuilt, made again below.
DROP VIEW document_texts;

CREATE TABLE texts_packed (
  key          TEXT PRIMARY KEY,   -- text_key(raw, norm_text, norm_map, tokens) of the unpacked texts
  raw          BLOB NOT NULL,      -- decoded original text (an HTML page's source), UTF-8, packed
  raw_bytes    INTEGER NOT NULL CHECK (raw_bytes >= 0),
  norm_text    BLOB NOT NULL,      -- normalised text (what facts and sentences point into), UTF-8, packed
  norm_bytes   INTEGER NOT NULL CHECK (norm_bytes >= 0),
  norm_map     BLOB NOT NULL,      -- OffsetMap norm → raw (output/map-codec.ts)
  tokens       BLOB,               -- jieba tokens of norm_text (core/token-blob.ts), packed; NULL: segment again
  tokens_bytes INTEGER CHECK ((tokens IS NULL) = (tokens_bytes IS NULL))
);
INSERT INTO texts_packed (rowid, key, raw, raw_bytes, norm_text, norm_bytes, norm_map, tokens, tokens_bytes)
  SELECT rowid, key, sqlar_compress(CAST(raw AS BLOB)), length(CAST(raw AS BLOB)), sqlar_compress(CAST(norm_text AS BLOB)),
    length(CAST(norm_text AS BLOB)), norm_map, sqlar_compress(tokens), length(tokens)
  FROM texts ORDER BY rowid;
DROP TABLE texts;
-- documents.text_key names the table by name, and finds the new one (foreign keys are off while migrating).
PRAGMA legacy_alter_table = ON;
ALTER TABLE texts_packed RENAME TO texts;
PRAGMA legacy_alter_table = OFF;

CREATE VIEW document_texts AS
SELECT d.id, CAST(sqlar_uncompress(t.raw, t.raw_bytes) AS TEXT) AS raw, CAST(sqlar_uncompress(t.norm_text, t.norm_bytes) AS TEXT) AS norm_text,
       t.norm_map, sqlar_uncompress(t.tokens, t.tokens_bytes) AS tokens
FROM documents d JOIN texts t ON t.key = d.text_key;
