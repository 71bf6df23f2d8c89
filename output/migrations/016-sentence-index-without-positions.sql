-- Bytes stored (issue 14): the trigram index of the sentence texts without positions and sizes. It was the
-- largest thing stored (12.3 of the shared corpus's 48 MB): for every trigram, each text it occurs in and
-- every position there, and each text's length in trigrams.
--
-- sentences_fts: the same external-content trigram index over sentence_texts, made with detail=none (each
--   trigram lists the texts it occurs in, no positions: 3.5 MB less) and columnsize=0 (no table of
--   lengths, which only ranking reads: 0.4 MB less). Searches ask it with LIKE instead of MATCH:
--   `text LIKE '%质量监督%'` finds the texts holding every trigram of the term through the index, then
--   FTS5 checks the pattern against the text itself, so a term is found where it occurs as a whole (as a
--   phrase MATCH did), ASCII letters in any case. A phrase MATCH of more than one trigram is an error on
--   such an index ("phrase queries are not supported"): output/search.ts and the datasette query use LIKE.
--   Terms of 1–2 characters have no trigram: LIKE over the sentences, as before.
DROP TRIGGER sentence_texts_fts_delete;
DROP TABLE sentences_fts;
CREATE VIRTUAL TABLE sentences_fts USING fts5 (text, content="sentence_texts", content_rowid="id", tokenize="trigram", detail=none,
  columnsize=0);
-- Indexed by insert, not 'rebuild' (see migration 011: no FTS5 state cached for an index copied in later).
INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentence_texts;
CREATE TRIGGER sentence_texts_fts_delete AFTER DELETE ON sentence_texts BEGIN
  INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
