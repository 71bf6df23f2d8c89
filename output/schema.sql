-- qmine database schema: the baseline, version 1.
--
-- A qmine database is an ordinary SQLite file: it opens in the sqlite3 shell, DB Browser or Datasette.
-- It identifies itself twice: PRAGMA application_id = 1902995822 (the bytes 'qmin') and the row
-- ('application', 'qmine') of the `meta` table; PRAGMA user_version is the schema version.
--
-- Versioning: this file is frozen once released. A new database runs this file and then every file of
-- output/migrations/ in order (NNN-what.sql brings the schema to version NNN); an existing database runs
-- the migrations above its user_version. The views (output/views.sql) are recreated by the first open for
-- writing after views.sql changed (meta.views_sha256), so changing a view needs no migration.
--
-- Offsets are code points (not UTF-16 units), end exclusive: `start`/`end` in the normalised text
-- (documents.norm_text), `raw_start`/`raw_end` in the original decoded text (documents.raw).
-- Column names of `facts` are those of the fact contract (shared/spec/facts.md); `doc` is documents.id.

-- Identity and bookkeeping of the database itself: application, created_at, created_by (code version),
-- views_sha256 (the views.sql the views were made from).
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- One row per command that wrote to the database (run, reprocess). A run killed before it finished
-- stays 'running'; one stopped by SIGINT/SIGTERM is 'interrupted'.
CREATE TABLE runs (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: fact_history orders runs by id
  command           TEXT NOT NULL,                      -- 'run', 'reprocess', …
  started_at        TEXT NOT NULL,                      -- ISO 8601, UTC
  finished_at       TEXT,
  status            TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'interrupted')),
  code_version      TEXT NOT NULL,                      -- qmine package version
  dictionary_hashes TEXT NOT NULL CHECK (json_valid(dictionary_hashes)),  -- {"file": sha256} of lexicons and rules read
  options           TEXT CHECK (options IS NULL OR json_valid(options)),  -- the command's options, JSON
  counts            TEXT CHECK (counts IS NULL OR json_valid(counts))     -- {"processed": n, "facts_rate": n, …}
);

-- One row per document (a file, or a record of a dump or a multi-record file).
CREATE TABLE documents (
  id                  TEXT PRIMARY KEY,      -- file name without extension, or the record's id: the facts' `doc`
  path                TEXT NOT NULL,         -- path of the input file
  record              INTEGER,               -- 1-based record number inside a multi-record file; NULL for a single file
  sha256              TEXT NOT NULL,         -- of the bytes the document came from
  encoding            TEXT NOT NULL,         -- encoding the bytes were decoded with
  format              TEXT NOT NULL,         -- text, html, sogou-xml, jsonl, csv
  mojibake            INTEGER NOT NULL CHECK (mojibake IN (0, 1)),
  title               TEXT,
  date                TEXT,                  -- ISO YYYY-MM-DD or a prefix of it
  url                 TEXT,
  site                TEXT,
  author              TEXT,
  region              TEXT,                  -- full region name the document is about (吉林省)
  region_code         TEXT,                  -- GB/T 2260 code, when known
  year                TEXT,                  -- the year the report is about
  raw                 TEXT NOT NULL,         -- decoded original text (an HTML page's source)
  clean_text          TEXT NOT NULL,         -- article text after HTML extraction and boilerplate removal
  clean_map           BLOB NOT NULL,         -- OffsetMap clean → raw: OffsetMap.toBuffer() (int32 LE [rawLength, lo…, hi…]),
                                             -- each int32 minus the previous one, raw-deflated (output/map-codec.ts)
  norm_text           TEXT NOT NULL,         -- normalised (simplified, width-folded) text: what facts point into
  norm_map            BLOB NOT NULL,         -- OffsetMap norm → raw, stored as clean_map
  duplicate_of        TEXT,                  -- id of the earlier document this one repeats (no foreign key: that one may be replaced)
  fingerprint_exact   TEXT,                  -- hash of the normalised text
  fingerprint_simhash TEXT,                  -- 64-bit simhash (hex) for near duplicates
  stage_keys          TEXT NOT NULL CHECK (json_valid(stage_keys)),  -- {"stage": cache key}
  run                 INTEGER NOT NULL REFERENCES runs (id)          -- the run that stored this version
);
CREATE INDEX documents_region ON documents (region);
CREATE INDEX documents_year ON documents (year);
CREATE INDEX documents_duplicate_of ON documents (duplicate_of);
CREATE INDEX documents_fingerprint_exact ON documents (fingerprint_exact);
CREATE INDEX documents_sha256 ON documents (sha256);

-- Sentences of the normalised text, with their jieba tokens.
CREATE TABLE sentences (
  id        INTEGER PRIMARY KEY,             -- rowid of the full-text index
  doc       TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal   INTEGER NOT NULL CHECK (ordinal >= 0),  -- 0-based order in the document (facts.sentence)
  start     INTEGER NOT NULL CHECK (start >= 0),
  end       INTEGER NOT NULL CHECK (end >= start),
  raw_start INTEGER NOT NULL CHECK (raw_start >= 0),
  raw_end   INTEGER NOT NULL CHECK (raw_end >= raw_start),
  text      TEXT NOT NULL,
  tokens    TEXT NOT NULL CHECK (json_valid(tokens)),  -- [["word", "jieba tag"], …] in order
  UNIQUE (doc, ordinal)
);

-- Full-text index of sentences. The trigram tokenizer matches any substring of 3 or more characters,
-- which suits Chinese (the default tokenizer would take a whole run of Chinese as one token); shorter
-- queries fall back to LIKE over sentences.text (output/search.ts).
CREATE VIRTUAL TABLE sentences_fts USING fts5 (text, content = 'sentences', content_rowid = 'id', tokenize = 'trigram');
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text ON sentences WHEN old.text IS NOT new.text BEGIN
  INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;

-- The current facts: every field of the fact contract, plus where and by which run each was made.
CREATE TABLE facts (
  id        INTEGER PRIMARY KEY,
  doc       TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  type      TEXT NOT NULL CHECK (type IN ('rate', 'count', 'amount', 'change', 'brand', 'standard', 'policy')),
  category  TEXT NOT NULL CHECK (category IN ('pass_rate', 'enforcement', 'sampling', 'brand', 'standard',
              'certification', 'metrology', 'special_equipment', 'food_safety', 'training', 'publicity', 'finance', 'other')),
  metric    TEXT NOT NULL,
  value     NUMERIC,                           -- integers stay integers, 87.9 stays real
  unit      TEXT,
  bound     TEXT CHECK (bound IS NULL OR bound IN ('exact', 'approx', 'at_least', 'more_than', 'at_most', 'less_than')),
  status    TEXT NOT NULL CHECK (status IN ('actual', 'target')),
  period    TEXT,
  region    TEXT,
  subject   TEXT,
  name      TEXT,
  text      TEXT NOT NULL,
  start     INTEGER NOT NULL CHECK (start >= 0),
  end       INTEGER NOT NULL CHECK (end >= start),
  raw_start INTEGER NOT NULL CHECK (raw_start >= 0),
  raw_end   INTEGER NOT NULL CHECK (raw_end >= raw_start),
  rule      TEXT NOT NULL,
  sentence  INTEGER NOT NULL,                  -- sentences.ordinal of the sentence the fact is in
  run       INTEGER NOT NULL REFERENCES runs (id),
  fact_key  TEXT NOT NULL,                     -- stable identity inside the document (fact_history.fact_key)
  FOREIGN KEY (doc, sentence) REFERENCES sentences (doc, ordinal) ON DELETE CASCADE
);
CREATE INDEX facts_doc ON facts (doc, sentence);
CREATE INDEX facts_type ON facts (type, category);
CREATE INDEX facts_category ON facts (category);
CREATE INDEX facts_region ON facts (region);
CREATE INDEX facts_period ON facts (period);
CREATE INDEX facts_metric ON facts (metric);
CREATE INDEX facts_rule ON facts (rule);

-- Every version of every fact, so that runs can be compared (qmine diff). A version is live from the
-- run that added it up to, not including, the run that removed it (NULL: still live). The facts of a
-- database after run R are the versions with added_run <= R AND (removed_run IS NULL OR removed_run > R).
-- fact_key is stable across runs: type, raw span and, for several facts of one type on one span, their
-- order; a fact whose content changes keeps its key, so a diff can tell 'changed' from 'added + removed'.
CREATE TABLE fact_history (
  id          INTEGER PRIMARY KEY,
  doc         TEXT NOT NULL,                   -- no foreign key: history outlives the document version
  fact_key    TEXT NOT NULL,
  type        TEXT NOT NULL,
  rule        TEXT NOT NULL,
  -- The fact's contract fields as JSON, keys in contract order, without doc and without the offsets in
  -- the normalised text (start, end, sentence), which move whenever normalisation changes.
  content     TEXT NOT NULL CHECK (json_valid(content)),
  added_run   INTEGER NOT NULL REFERENCES runs (id),
  removed_run INTEGER REFERENCES runs (id),
  CHECK (removed_run IS NULL OR removed_run > added_run)
);
CREATE INDEX fact_history_key ON fact_history (doc, fact_key);
CREATE INDEX fact_history_live ON fact_history (doc) WHERE removed_run IS NULL;
CREATE INDEX fact_history_added ON fact_history (added_run);
CREATE INDEX fact_history_removed ON fact_history (removed_run);

-- Per-document keywords, best first.
CREATE TABLE keywords (
  doc    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  rank   INTEGER NOT NULL CHECK (rank >= 1),
  word   TEXT NOT NULL,
  weight REAL NOT NULL,
  PRIMARY KEY (doc, rank)
) WITHOUT ROWID;
CREATE INDEX keywords_word ON keywords (word);

-- Warnings and notes the stages left on a document.
CREATE TABLE document_messages (
  doc      TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal  INTEGER NOT NULL,
  stage    TEXT NOT NULL,
  level    TEXT NOT NULL CHECK (level IN ('info', 'warning', 'error')),
  text     TEXT NOT NULL,
  position INTEGER,                            -- UTF-16 position in the layer the stage worked on
  rule     TEXT,
  PRIMARY KEY (doc, ordinal)
) WITHOUT ROWID;

-- Files or records that could not be read or processed.
CREATE TABLE ingest_errors (
  id     INTEGER PRIMARY KEY,
  run    INTEGER NOT NULL REFERENCES runs (id),
  path   TEXT NOT NULL,
  record INTEGER,                              -- 1-based record number inside a multi-record file
  cause  TEXT NOT NULL
);
CREATE INDEX ingest_errors_run ON ingest_errors (run);
