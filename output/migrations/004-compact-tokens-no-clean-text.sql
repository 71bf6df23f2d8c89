-- Bytes stored (issue 14): the database of the shared corpus was 11 × its input, more than half of it
-- text stored twice over. This version keeps each thing once.
--
-- documents.tokens: every token of the normalised text as boundaries and tag ids in one blob per
--   document (core/token-blob.ts, about two bytes a token), instead of sentences.tokens, JSON
--   [["word","tag"],…] per sentence, which took 28 MB for 11 MB of sentence text. Words are slices of
--   norm_text, so the blob gives every token's exact span back.
-- documents.word_counts goes: the keyword ranking at the end of a run counts words from the tokens.
-- documents.clean_text and clean_map go: the clean layer is made again from `raw` by the clean stage
--   when a stage after it must run again (batch/restore.ts resumeStage); nothing else read them.
-- document_messages.position goes: no stage ever set it.
--
-- Tokens stored before this version cannot be turned into the blob in SQL: those documents lose their
-- segment key, so the next `qmine run` or `qmine reprocess` segments them again (giving the same tokens).
ALTER TABLE documents ADD COLUMN tokens BLOB;
UPDATE documents SET stage_keys = json_remove(stage_keys, '$.segment');
ALTER TABLE sentences DROP COLUMN tokens;
ALTER TABLE documents DROP COLUMN word_counts;
ALTER TABLE documents DROP COLUMN clean_text;
ALTER TABLE documents DROP COLUMN clean_map;
ALTER TABLE document_messages DROP COLUMN position;
