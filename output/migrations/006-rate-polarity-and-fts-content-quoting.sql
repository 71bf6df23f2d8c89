-- Rate polarity (issue 13): the cues of dictionaries/lexicons/rate-polarity.tsv, copied in by the first
-- writable open after the lexicon changed (output/rate-polarity.ts, meta.rate_polarity_sha256), so that the
-- views can tell a pass level from a failure level or a share in plain SQL (Datasette, the sqlite3 shell).
-- `rank` is the cue's line order: the first cue found in a metric decides.
CREATE TABLE rate_polarity_cues (
  rank     INTEGER PRIMARY KEY,
  cue      TEXT NOT NULL,
  polarity TEXT NOT NULL CHECK (polarity IN ('pass', 'failure', 'share'))
);

-- The full-text index declared as content="sentences" (double quotes, no spaces), the form sqlite-utils
-- and Datasette look for when they detect a table's full-text index (`sqlite-utils search db sentences
-- 合格率`). Same index, rebuilt from the sentences; the update and delete triggers name it and stay.
DROP TABLE sentences_fts;
CREATE VIRTUAL TABLE sentences_fts USING fts5 (text, content="sentences", content_rowid="id", tokenize="trigram");
INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild');
