-- What the end-of-run derived data (pipeline/batch/derived.ts: duplicate marks and TF-IDF keywords over
-- all documents) needs of each document, computed by the pipeline threads when the document is processed
-- (pipeline/batch/task.ts), so that the single writer no longer re-reads every normalised text and
-- re-parses every sentence's tokens at the end of a run (measured over the shared corpus: the step took
-- 0.8 s, now 0.2–0.4 s). Documents stored before this version have NULL in both and are read the old way
-- (norm_text, sentences.tokens) until they are processed again.
--
-- fingerprint_length: characters the fingerprints hashed (corpus/dedupe.ts contentCharacters(norm_text),
--   in UTF-16 units): near-duplicate matching skips texts shorter than NEAR_MIN_LENGTH.
-- word_counts: {"word": count, …} of every token of every sentence (sentences.tokens), words in order of
--   first use. Not filtered by keyword candidates or stop words: those can change without the document
--   being processed again.
ALTER TABLE documents ADD COLUMN fingerprint_length INTEGER CHECK (fingerprint_length IS NULL OR fingerprint_length >= 0);
ALTER TABLE documents ADD COLUMN word_counts TEXT CHECK (word_counts IS NULL OR json_valid(word_counts));
