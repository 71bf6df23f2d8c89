-- Bytes stored (issue 14): each distinct sentence text once, and the full-text index over those only.
-- In the shared corpus 44 000 distinct texts stood in 87 000 sentences (copies of a report, repeated
-- headings and formulas), and the trigram index, larger than the texts themselves, indexed each copy.
--
-- sentence_texts: every distinct sentence text, with text_hash(text) (output/text-key.ts) to find one
--   without an index over the texts themselves. Its ids are the rowids of the full-text index
--   sentences_fts (external content; datasette: the FTS table of sentence_texts). A row no sentence names
--   any more goes with the write that left it alone (output/store.ts), and from the index by trigger.
-- sentence_spans: what sentences held but the text (facts' foreign key follows the table to its new
--   name), with text_id naming its text.
-- sentences is now a view of the two, with the same columns as the table had, then text_id: every
--   query of sentences reads as before; a search through the index matches text_id.
DROP TRIGGER sentences_fts_delete;
DROP TRIGGER sentences_fts_update;
DROP TABLE sentences_fts;

CREATE TABLE sentence_texts (
  id   INTEGER PRIMARY KEY,  -- rowid of the full-text index
  hash INTEGER NOT NULL,     -- text_hash(text)
  text TEXT NOT NULL
);
INSERT INTO sentence_texts (hash, text) SELECT text_hash(text), text FROM sentences GROUP BY text ORDER BY min(id);
CREATE INDEX sentence_texts_hash ON sentence_texts (hash);

-- Renamed with the schema kept in step, so that facts' foreign key names sentence_spans; then rebuilt
-- without the text, and the rebuilt table given the name without touching the rest of the schema (the
-- analysts' views, which name sentences.text, are made again from views.sql by the next open).
PRAGMA legacy_alter_table = OFF;
ALTER TABLE sentences RENAME TO sentence_spans;
CREATE TABLE sentence_spans_new (
  id        INTEGER PRIMARY KEY,
  doc       TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal   INTEGER NOT NULL CHECK (ordinal >= 0),  -- 0-based order in the document (facts.sentence)
  start     INTEGER NOT NULL CHECK (start >= 0),
  end       INTEGER NOT NULL CHECK (end >= start),
  raw_start INTEGER NOT NULL CHECK (raw_start >= 0),
  raw_end   INTEGER NOT NULL CHECK (raw_end >= raw_start),
  text_id   INTEGER NOT NULL REFERENCES sentence_texts (id),
  UNIQUE (doc, ordinal)
);
INSERT INTO sentence_spans_new (id, doc, ordinal, start, end, raw_start, raw_end, text_id)
  SELECT s.id, s.doc, s.ordinal, s.start, s.end, s.raw_start, s.raw_end, t.id
  FROM sentence_spans s JOIN sentence_texts t ON t.hash = text_hash(s.text) AND t.text = s.text
  ORDER BY s.id;
DROP TABLE sentence_spans;
PRAGMA legacy_alter_table = ON;
ALTER TABLE sentence_spans_new RENAME TO sentence_spans;
PRAGMA legacy_alter_table = OFF;
CREATE INDEX sentence_spans_text ON sentence_spans (text_id);

CREATE VIEW sentences AS
SELECT s.id, s.doc, s.ordinal, s.start, s.end, s.raw_start, s.raw_end, t.text, s.text_id
FROM sentence_spans s JOIN sentence_texts t ON t.id = s.text_id;

CREATE VIRTUAL TABLE sentences_fts USING fts5 (text, content="sentence_texts", content_rowid="id", tokenize="trigram");
-- Indexed by insert, not 'rebuild': with no texts (a new database) FTS5 is then not opened at all, and
-- keeps no cached state that an index built elsewhere and copied in (Store.installSentenceIndex) would
-- leave stale on this connection.
INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentence_texts;
CREATE TRIGGER sentence_texts_fts_delete AFTER DELETE ON sentence_texts BEGIN
  INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

DELETE FROM meta WHERE key = 'views_sha256';
