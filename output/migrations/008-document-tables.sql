-- The tables layer (issue 17) stored with its document: JSON of core/document.ts Table[], offsets in code
-- points of norm_text; NULL when the document has no table. Without it, a stage after the tables stage
-- (extraction) could resume only by finding the tables again from the clean text, which is not stored,
-- so every reprocess after a rule change re-ran the whole pipeline. Documents stored before this version
-- have NULL: their tables are found again the next time a stage before extraction runs for them.
ALTER TABLE documents ADD COLUMN tables TEXT CHECK (tables IS NULL OR json_valid(tables));
