-- Bytes stored and rows read (issue 14): the database of the shared corpus was 11 × its input, more
-- than half of it text stored twice over, and every look at a document's state read its texts.
--
-- documents.tokens: every token of the normalised text as boundaries and tag ids in one blob per
--   document (core/token-blob.ts, about two bytes a token), instead of sentences.tokens, JSON
--   [["word","tag"],…] per sentence, which took 28 MB for 11 MB of sentence text. Words are slices of
--   norm_text, so the blob gives every token's exact span back.
-- documents.word_counts goes: the keyword ranking at the end of a run counts words from the tokens.
-- documents.clean_text and clean_map go: the clean layer is made again from `raw` by the clean stage
--   when a stage after it must run again (batch/restore.ts resumeStage); nothing else read them.
-- document_messages.position goes: no stage ever set it.
-- documents is rebuilt with its long columns (raw, norm_text, norm_map, tokens) last: SQLite reads a
--   row's columns in order, through the overflow pages of the long ones, so the state of every
--   document (stage keys, marks) is now read without reading its texts.
--
-- Tokens stored before this version cannot be turned into the blob in SQL: those documents lose their
-- segment key, so the next `qmine run` or `qmine reprocess` segments them again (giving the same tokens).
PRAGMA legacy_alter_table = ON;  -- the views name documents; they are left as they are, and find the new table

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
  raw                 TEXT NOT NULL,         -- decoded original text (an HTML page's source)
  norm_text           TEXT NOT NULL,         -- normalised text: what facts and sentences point into
  norm_map            BLOB NOT NULL,         -- OffsetMap norm → raw (output/map-codec.ts)
  tokens              BLOB                   -- jieba tokens of norm_text (core/token-blob.ts); NULL: segment again
);
INSERT INTO documents_new (rowid, id, path, record, sha256, encoding, format, mojibake, title, date, url, site, author, region,
    region_code, year, duplicate_of, fingerprint_exact, fingerprint_simhash, fingerprint_length, stage_keys, run, input_order, raw,
    norm_text, norm_map, tokens)
  SELECT rowid, id, path, record, sha256, encoding, format, mojibake, title, date, url, site, author, region, region_code, year,
    duplicate_of, fingerprint_exact, fingerprint_simhash, fingerprint_length, json_remove(stage_keys, '$.segment'), run,
    input_order, raw, norm_text, norm_map, NULL
  FROM documents;
DROP TABLE documents;
ALTER TABLE documents_new RENAME TO documents;
CREATE INDEX documents_region ON documents (region);
CREATE INDEX documents_year ON documents (year);
CREATE INDEX documents_duplicate_of ON documents (duplicate_of);
CREATE INDEX documents_fingerprint_exact ON documents (fingerprint_exact);
CREATE INDEX documents_sha256 ON documents (sha256);

ALTER TABLE sentences DROP COLUMN tokens;
ALTER TABLE document_messages DROP COLUMN position;
PRAGMA legacy_alter_table = OFF;
