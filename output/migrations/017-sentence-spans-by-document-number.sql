-- Bytes stored (issue 14): a sentence names its document by number, not by id. The document id (a text:
-- 12 characters on average in the shared corpus, 27 in the bench's copies `dir__name_r1`) stood in every
-- one of the 86 000 sentences twice, in sentence_spans and in its index by text: 6.3 MB of the shared
-- corpus's 42.8, 9.4 MB of the bench's 48.7.
--
-- documents.number: INTEGER PRIMARY KEY, the rowid it always had (storage order: the order documents were
--   first stored), now a column of its own so that nothing (VACUUM included) renumbers it; id stays
--   unique and what facts, keywords and messages name.
-- sentence_spans.document: the document's number, in place of doc; the key is (document, ordinal).
-- facts lose their foreign key (doc, sentence) to the spans, which no longer hold doc: the store checks
--   that each fact names a sentence of its document before it writes (output/store.ts checkRecord), and
--   replaces a document's facts and sentences together.
-- sentences (the view) gives doc, by joining documents: its columns are those it had.
PRAGMA legacy_alter_table = ON;  -- the views name documents and facts; they find the new tables by name

DROP VIEW sentences;
DROP INDEX sentence_spans_text;

CREATE TABLE documents_new (
  number              INTEGER PRIMARY KEY,   -- storage order; what sentence_spans.document names
  id                  TEXT NOT NULL UNIQUE,
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
INSERT INTO documents_new (number, id, path, record, sha256, encoding, format, mojibake, title, date, url, site, author, region,
    region_code, year, duplicate_of, fingerprint_exact, fingerprint_simhash, fingerprint_length, stage_keys, run, input_order,
    tables, text_key)
  SELECT rowid, id, path, record, sha256, encoding, format, mojibake, title, date, url, site, author, region, region_code, year,
    duplicate_of, fingerprint_exact, fingerprint_simhash, fingerprint_length, stage_keys, run, input_order, tables, text_key
  FROM documents ORDER BY rowid;

CREATE TABLE sentence_spans_new (
  document  INTEGER NOT NULL REFERENCES documents (number) ON DELETE CASCADE,
  ordinal   INTEGER NOT NULL CHECK (ordinal >= 0),  -- 0-based order in the document (facts.sentence)
  start     INTEGER NOT NULL CHECK (start >= 0),
  end       INTEGER NOT NULL CHECK (end >= start),
  raw_start INTEGER NOT NULL CHECK (raw_start >= 0),
  raw_end   INTEGER NOT NULL CHECK (raw_end >= raw_start),
  text_id   INTEGER NOT NULL REFERENCES sentence_texts (id),
  PRIMARY KEY (document, ordinal)
) WITHOUT ROWID;
INSERT INTO sentence_spans_new (document, ordinal, start, end, raw_start, raw_end, text_id)
  SELECT d.number, s.ordinal, s.start, s.end, s.raw_start, s.raw_end, s.text_id
  FROM sentence_spans s JOIN documents_new d ON d.id = s.doc ORDER BY d.number, s.ordinal;

CREATE TABLE facts_new (
  id          INTEGER PRIMARY KEY,
  doc         TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  type        TEXT NOT NULL CHECK (type IN ('rate', 'count', 'amount', 'change', 'brand', 'standard', 'policy')),
  category    TEXT NOT NULL CHECK (category IN ('pass_rate', 'enforcement', 'sampling', 'brand', 'standard',
                'certification', 'metrology', 'special_equipment', 'food_safety', 'training', 'publicity', 'finance', 'other')),
  metric      TEXT NOT NULL,
  value       NUMERIC,                         -- integers stay integers, 87.9 stays real
  unit        TEXT,
  bound       TEXT CHECK (bound IS NULL OR bound IN ('exact', 'approx', 'at_least', 'more_than', 'at_most', 'less_than')),
  status      TEXT NOT NULL CHECK (status IN ('actual', 'target')),
  period      TEXT,
  region      TEXT,
  subject     TEXT,
  name        TEXT,
  text        TEXT NOT NULL,
  start       INTEGER NOT NULL CHECK (start >= 0),
  end         INTEGER NOT NULL CHECK (end >= start),
  raw_start   INTEGER NOT NULL CHECK (raw_start >= 0),
  raw_end     INTEGER NOT NULL CHECK (raw_end >= raw_start),
  rule        TEXT NOT NULL,
  sentence    INTEGER NOT NULL,                -- sentences.ordinal of the sentence the fact is in
  run         INTEGER NOT NULL REFERENCES runs (id),
  fact_key    TEXT NOT NULL,                   -- stable identity inside the document (fact_history.fact_key)
  region_code TEXT CHECK (region_code IS NULL OR region_code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]')
);
INSERT INTO facts_new (id, doc, type, category, metric, value, unit, bound, status, period, region, subject, name, text, start, end,
    raw_start, raw_end, rule, sentence, run, fact_key, region_code)
  SELECT id, doc, type, category, metric, value, unit, bound, status, period, region, subject, name, text, start, end,
    raw_start, raw_end, rule, sentence, run, fact_key, region_code
  FROM facts ORDER BY id;

DROP TABLE facts;
DROP TABLE sentence_spans;
DROP TABLE documents;
ALTER TABLE documents_new RENAME TO documents;
ALTER TABLE sentence_spans_new RENAME TO sentence_spans;
ALTER TABLE facts_new RENAME TO facts;
PRAGMA legacy_alter_table = OFF;

CREATE INDEX documents_region ON documents (region);
CREATE INDEX documents_year ON documents (year);
CREATE INDEX documents_duplicate_of ON documents (duplicate_of);
CREATE INDEX documents_fingerprint_exact ON documents (fingerprint_exact);
CREATE INDEX documents_sha256 ON documents (sha256);
CREATE INDEX documents_text_key ON documents (text_key);
CREATE INDEX sentence_spans_text ON sentence_spans (text_id);
CREATE INDEX facts_doc ON facts (doc, sentence);
CREATE INDEX facts_type ON facts (type, category);
CREATE INDEX facts_category ON facts (category);
CREATE INDEX facts_region ON facts (region);
CREATE INDEX facts_period ON facts (period);
CREATE INDEX facts_metric ON facts (metric);
CREATE INDEX facts_rule ON facts (rule);
CREATE INDEX facts_region_code ON facts (region_code);

CREATE VIEW sentences AS
SELECT d.id AS doc, s.ordinal, s.start, s.end, s.raw_start, s.raw_end, t.text, s.text_id
FROM sentence_spans s JOIN documents d ON d.number = s.document JOIN sentence_texts t ON t.id = s.text_id;

DELETE FROM meta WHERE key = 'views_sha256';
