-- Bytes stored (issue 14): each distinct document text once. A report reposted on several sites, or a
-- file that is also a record of a collection, came with its raw text, normalised text, offset map and
-- tokens stored again per copy: in the shared corpus 85 of 327 documents are exact copies of another,
-- 45 % of those columns' bytes.
--
-- texts: the long columns of documents, keyed by text_key(raw, norm_text, norm_map, tokens), a sha256 of
--   all four (output/text-key.ts; the function is registered on every connection that opens the database
--   for writing). Two documents share a row only when every layer is the same, so a copy that is
--   segmented differently (a user dictionary changed between the runs that stored them) keeps its own.
--   A row no document names any more goes with the write that left it alone (output/store.ts).
-- documents.text_key names its row; the view document_texts gives every document's texts by its id, as
--   the columns of documents did (id, raw, norm_text, norm_map, tokens).
-- Merging parts copies texts as a table keyed by content: the same text from two parts is kept once.
PRAGMA legacy_alter_table = ON;  -- the views name documents; they are left as they are, and find the new table

CREATE TABLE texts (
  key       TEXT PRIMARY KEY,      -- text_key(raw, norm_text, norm_map, tokens)
  raw       TEXT NOT NULL,         -- decoded original text (an HTML page's source)
  norm_text TEXT NOT NULL,         -- normalised text: what facts and sentences point into
  norm_map  BLOB NOT NULL,         -- OffsetMap norm → raw (output/map-codec.ts)
  tokens    BLOB                   -- jieba tokens of norm_text (core/token-blob.ts); NULL: segment again
);
INSERT OR IGNORE INTO texts (key, raw, norm_text, norm_map, tokens)
  SELECT text_key(raw, norm_text, norm_map, tokens), raw, norm_text, norm_map, tokens FROM documents ORDER BY rowid;

CREATE TABLE documents_new (
  id                  TEXT PRIMARY KEY,
  path                TEXT NOT NULL,
  record              INTEGER,
  sha256              TEXT NOT NULL,
  encoding            TEXT NOT NULL,
  format              TEXT NOT NULL,
  mojibake            INTEGER NOT NULL CHECK (mojibake IN (0, 1)),
  title               TEXT,
  date                TEXT,
  url                 TEXT,
  site                TEXT,
  author              TEXT,
  region              TEXT,
  region_code         TEXT,
  year                TEXT,
  duplicate_of        TEXT,
  fingerprint_exact   TEXT,
  fingerprint_simhash TEXT,
  fingerprint_length  INTEGER CHECK (fingerprint_length IS NULL OR fingerprint_length >= 0),
  stage_keys          TEXT NOT NULL CHECK (json_valid(stage_keys)),
  run                 INTEGER NOT NULL REFERENCES runs (id),
  input_order         INTEGER CHECK (input_order IS NULL OR input_order >= 0),
  tables              TEXT CHECK (tables IS NULL OR json_valid(tables)),
  text_key            TEXT NOT NULL REFERENCES texts (key)
);
INSERT INTO documents_new (rowid, id, path, record, sha256, encoding, format, mojibake, title, date, url, site, author, region,
    region_code, year, duplicate_of, fingerprint_exact, fingerprint_simhash, fingerprint_length, stage_keys, run, input_order,
    tables, text_key)
  SELECT rowid, id, path, record, sha256, encoding, format, mojibake, title, date, url, site, author, region, region_code, year,
    duplicate_of, fingerprint_exact, fingerprint_simhash, fingerprint_length, stage_keys, run, input_order, tables,
    text_key(raw, norm_text, norm_map, tokens)
  FROM documents;
DROP TABLE documents;
ALTER TABLE documents_new RENAME TO documents;
CREATE INDEX documents_region ON documents (region);
CREATE INDEX documents_year ON documents (year);
CREATE INDEX documents_duplicate_of ON documents (duplicate_of);
CREATE INDEX documents_fingerprint_exact ON documents (fingerprint_exact);
CREATE INDEX documents_sha256 ON documents (sha256);
CREATE INDEX documents_text_key ON documents (text_key);

CREATE VIEW document_texts AS
SELECT d.id, t.raw, t.norm_text, t.norm_map, t.tokens FROM documents d JOIN texts t ON t.key = d.text_key;
PRAGMA legacy_alter_table = OFF;
