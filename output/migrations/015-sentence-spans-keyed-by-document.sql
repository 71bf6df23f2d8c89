-- Bytes stored (issue 14): sentence_spans keyed by what identifies a sentence, (doc, ordinal), without a
-- rowid of its own. The rowid table kept every row twice: once by its id, once in the unique index on
-- (doc, ordinal) that facts' foreign key needs, with the document id (a text) in both. Over the shared
-- corpus the index was 2.6 MB beside the table's 3.7 MB, 4.2 MB beside 5.1 MB where document ids are
-- longer (the bench's copies, `name_r1`).
--
-- sentence_spans: the same columns but id, as a WITHOUT ROWID table whose primary key is (doc, ordinal):
--   the one B-tree answers facts' foreign key, a document's sentences in order, and one sentence.
--   Nothing read the id: sentences were always found by document and ordinal, and texts by text_id.
-- sentences (the view) loses id with it; its other columns are those it had.
DROP VIEW sentences;
DROP INDEX sentence_spans_text;

CREATE TABLE sentence_spans_new (
  doc       TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal   INTEGER NOT NULL CHECK (ordinal >= 0),  -- 0-based order in the document (facts.sentence)
  start     INTEGER NOT NULL CHECK (start >= 0),
  end       INTEGER NOT NULL CHECK (end >= start),
  raw_start INTEGER NOT NULL CHECK (raw_start >= 0),
  raw_end   INTEGER NOT NULL CHECK (raw_end >= raw_start),
  text_id   INTEGER NOT NULL REFERENCES sentence_texts (id),
  PRIMARY KEY (doc, ordinal)
) WITHOUT ROWID;
INSERT INTO sentence_spans_new (doc, ordinal, start, end, raw_start, raw_end, text_id)
  SELECT doc, ordinal, start, end, raw_start, raw_end, text_id FROM sentence_spans ORDER BY doc, ordinal;
DROP TABLE sentence_spans;
-- facts' foreign key names sentence_spans by name, and finds the new table (foreign keys are off while migrating).
PRAGMA legacy_alter_table = ON;
ALTER TABLE sentence_spans_new RENAME TO sentence_spans;
PRAGMA legacy_alter_table = OFF;
CREATE INDEX sentence_spans_text ON sentence_spans (text_id);

CREATE VIEW sentences AS
SELECT s.doc, s.ordinal, s.start, s.end, s.raw_start, s.raw_end, t.text, s.text_id
FROM sentence_spans s JOIN sentence_texts t ON t.id = s.text_id;

DELETE FROM meta WHERE key = 'views_sha256';
