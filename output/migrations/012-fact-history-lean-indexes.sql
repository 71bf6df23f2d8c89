-- Bytes stored (issue 14): two indexes of fact_history that held what others already give.
-- fact_history_live (doc, for live versions) goes: fact_history_key (doc, fact_key) finds a document's
--   versions as fast, and each document has few removed ones.
-- fact_history_removed indexes removed versions only: every live version (most rows) has NULL there,
--   and the diffs look for removed versions by run, never for live ones through this index.
DROP INDEX fact_history_live;
DROP INDEX fact_history_removed;
CREATE INDEX fact_history_removed ON fact_history (removed_run) WHERE removed_run IS NOT NULL;
