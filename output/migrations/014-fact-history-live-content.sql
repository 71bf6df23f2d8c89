-- Bytes stored (issue 14): a live fact's content not stored twice. fact_history kept every version's
-- content as JSON, the live ones (most rows: all of them after one run) beside the same fields in facts:
-- 6.6 of the shared corpus's 56 MB.
--
-- fact_versions: fact_history's table, with content NULL for a live version whose content is what the
--   view fact_contents (views.sql) makes of its fact's row, the same JSON byte for byte (checked when
--   stored: a fact whose fields SQL writes otherwise, a real like 1e-7, keeps its JSON). A version gets
--   its content back when it stops being live (output/fact-history.ts).
-- fact_history is a view with the table's columns, content filled in: every query of it
--   reads as before.
CREATE TABLE fact_versions (
  id          INTEGER PRIMARY KEY,
  doc         TEXT NOT NULL,                   -- no foreign key: history outlives the document version
  fact_key    TEXT NOT NULL,
  type        TEXT NOT NULL,
  rule        TEXT NOT NULL,
  -- The fact's contract fields as JSON, keys in contract order, without doc and without the offsets in
  -- the normalised text (start, end, sentence), which move whenever normalisation changes. NULL: the
  -- live fact's (fact_contents), for a live version only.
  content     TEXT CHECK (content IS NULL OR json_valid(content)),
  added_run   INTEGER NOT NULL REFERENCES runs (id),
  removed_run INTEGER REFERENCES runs (id),
  CHECK (removed_run IS NULL OR removed_run > added_run),
  CHECK (content IS NOT NULL OR removed_run IS NULL)
);
INSERT INTO fact_versions (id, doc, fact_key, type, rule, content, added_run, removed_run)
  SELECT h.id, h.doc, h.fact_key, h.type, h.rule,
    CASE WHEN h.removed_run IS NULL AND h.content IS (
      SELECT json_object('type', f.type, 'category', f.category, 'metric', f.metric,
          'value', CASE typeof(f.value) WHEN 'real' THEN json(printf('%.15g', f.value)) ELSE f.value END,
          'unit', f.unit, 'bound', f.bound, 'status', f.status, 'period', f.period, 'region', f.region, 'subject', f.subject,
          'name', f.name, 'text', f.text, 'raw_start', f.raw_start, 'raw_end', f.raw_end, 'rule', f.rule)
        FROM facts f WHERE f.doc = h.doc AND f.fact_key = h.fact_key)
    THEN NULL ELSE h.content END,
    h.added_run, h.removed_run
  FROM fact_history h ORDER BY h.id;
DROP TABLE fact_history;
CREATE INDEX fact_versions_key ON fact_versions (doc, fact_key);
CREATE INDEX fact_versions_added ON fact_versions (added_run);
CREATE INDEX fact_versions_removed ON fact_versions (removed_run) WHERE removed_run IS NOT NULL;

-- Each fact's content as fact_history keeps it (output/fact-history.ts historyContent: the contract fields
-- without doc, start, end, sentence and region_code, as JSON in contract order).
CREATE VIEW fact_contents AS
SELECT f.doc, f.fact_key,
       json_object('type', f.type, 'category', f.category, 'metric', f.metric,
         'value', CASE typeof(f.value) WHEN 'real' THEN json(printf('%.15g', f.value)) ELSE f.value END,
         'unit', f.unit, 'bound', f.bound, 'status', f.status, 'period', f.period, 'region', f.region, 'subject', f.subject,
         'name', f.name, 'text', f.text, 'raw_start', f.raw_start, 'raw_end', f.raw_end, 'rule', f.rule) AS content
FROM facts f;

-- Every version of every fact (qmine diff), with the table's columns; content filled in from the live fact.
CREATE VIEW fact_history AS
SELECT v.id, v.doc, v.fact_key, v.type, v.rule,
       coalesce(v.content, (SELECT c.content FROM fact_contents c WHERE c.doc = v.doc AND c.fact_key = v.fact_key)) AS content,
       v.added_run, v.removed_run
FROM fact_versions v;
