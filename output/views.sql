-- Views for analysts. Recreated when qmine opens the database for writing and this file changed
-- (meta.views_sha256), so they change without a migration. Every view of facts leaves out duplicate
-- documents (documents.duplicate_of IS NOT NULL): a report reposted on two sites counts once.
-- document_list shows every document.
--
-- `region` and `period` are the fact's own (from its sentence, else from its document);
-- `doc_region`, `doc_year`, `title`, `date` describe the document; `sentence_text` is the whole sentence
-- the fact was found in; `fact_id` is facts.id.

DROP VIEW IF EXISTS facts_in_context;
CREATE VIEW facts_in_context AS
SELECT f.id AS fact_id, f.doc, f.type, f.category, f.metric, f.value, f.unit, f.bound, f.status,
       f.period, f.region, f.subject, f.name, f.text, f.start, f.end, f.raw_start, f.raw_end, f.rule,
       f.sentence, s.text AS sentence_text,
       d.title, d.date, d.region AS doc_region, d.year AS doc_year, d.url, d.path
FROM facts f
JOIN documents d ON d.id = f.doc AND d.duplicate_of IS NULL
JOIN sentences s ON s.doc = f.doc AND s.ordinal = f.sentence;

-- Pass rates and other compliance rates (合格率, 达标率, 检定率 …) stated as a level.
DROP VIEW IF EXISTS pass_rates;
CREATE VIEW pass_rates AS
SELECT fact_id, doc, region, period, metric, subject, value, bound, status, text, sentence_text,
       title, date, doc_region, rule
FROM facts_in_context
WHERE type = 'rate' AND category = 'pass_rate';

-- Enforcement figures: cases, inspections, goods seized, money involved, and their changes.
DROP VIEW IF EXISTS enforcement;
CREATE VIEW enforcement AS
SELECT fact_id, doc, region, period, type, metric, subject, value, unit, bound, status, text, sentence_text,
       title, date, doc_region, rule
FROM facts_in_context
WHERE category = 'enforcement';

-- Named brands, famous products and geographical-indication products; `scheme` is the programme
-- (地理标志保护产品, 甘肃名牌产品 …).
DROP VIEW IF EXISTS brands;
CREATE VIEW brands AS
SELECT fact_id, doc, region, period, name, metric AS scheme, subject, status, text, sentence_text,
       title, date, doc_region, rule
FROM facts_in_context
WHERE type = 'brand';

-- Standards: named standards (a code such as GB/T 19580-2012 or a title in 《》) and counts of
-- standards made or revised (申报地方标准25项).
DROP VIEW IF EXISTS standards;
CREATE VIEW standards AS
SELECT fact_id, doc, region, period, type, name, metric, value, unit, bound, status, text, sentence_text,
       title, date, doc_region, rule
FROM facts_in_context
WHERE type = 'standard' OR category = 'standard';

-- Laws, regulations, plans and other official documents named in 《》.
DROP VIEW IF EXISTS policies;
CREATE VIEW policies AS
SELECT fact_id, doc, region, period, name, metric, status, text, sentence_text, title, date, doc_region, rule
FROM facts_in_context
WHERE type = 'policy';

-- One line per document without the long text columns: what was read, what it is about, how much was found.
DROP VIEW IF EXISTS document_list;
CREATE VIEW document_list AS
SELECT d.id AS doc, d.title, d.date, d.region, d.year, d.site, d.format, d.encoding, d.path, d.record,
       d.duplicate_of,
       (SELECT count(*) FROM sentences s WHERE s.doc = d.id) AS sentences,
       (SELECT count(*) FROM facts f WHERE f.doc = d.id) AS facts,
       d.run
FROM documents d;
