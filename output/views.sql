-- Views for analysts. Recreated when qmine opens the database for writing and this file changed
-- (meta.views_sha256), so they change without a migration. Every view of facts leaves out duplicate
-- documents (documents.duplicate_of IS NOT NULL): a report reposted on two sites counts once.
-- document_list shows every document.
--
-- `region` and `period` are the fact's own (from its sentence, else from its document); `region_code` is
-- the region's GB/T 2260 code (000000 全国; NULL: none, abroad, or no division), `province_code` and
-- `province` the province it lies in (长春市 220100 → 220000 吉林省; 全国 stays 全国), from the table
-- `regions`: group by province_code to count a city's facts for its province;
-- `doc_region`, `doc_year`, `title`, `date`, `path` describe the document; `sentence_text` is the whole
-- sentence the fact was found in; `fact_id` is facts.id.
--
-- Actual figures only: pass_rates, enforcement, brands, standards and policies show what was achieved
-- (status = 'actual'); the targets (力争, 确保, plans) are in the view `targets`, and facts_in_context
-- holds both, with `status` to tell them apart.
--
-- `polarity` (rates, and changes of pass-rate metrics; NULL for other facts): 'pass' for a level of things
-- that pass (合格率), 'failure' for a level of things that fail (不合格率, 超标率), 'share' for a part of a
-- whole (占…), 'other' for the rest; decided by the cues of dictionaries/lexicons/rate-polarity.tsv
-- (table rate_polarity_cues), first cue found in the metric. The same expression is POLARITY_SQL in
-- output/rate-polarity.ts.

DROP VIEW IF EXISTS facts_in_context;
CREATE VIEW facts_in_context AS
SELECT f.id AS fact_id, f.doc, f.type, f.category, f.metric, f.value, f.unit, f.bound, f.status,
       CASE WHEN f.type = 'rate' OR (f.type = 'change' AND f.category = 'pass_rate') THEN coalesce((SELECT c.polarity FROM rate_polarity_cues c WHERE instr(f.metric, c.cue) > 0 ORDER BY c.rank LIMIT 1), 'other') END AS polarity,
       f.period, f.region, f.region_code,
       substr(f.region_code, 1, 2) || '0000' AS province_code,
       (SELECT r.name FROM regions r WHERE r.code = substr(f.region_code, 1, 2) || '0000') AS province,
       f.subject, f.name, f.text, f.start, f.end, f.raw_start, f.raw_end, f.rule,
       f.sentence, s.text AS sentence_text,
       d.title, d.date, d.region AS doc_region, d.year AS doc_year, d.url, d.path, d.record
FROM facts f
JOIN documents d ON d.id = f.doc AND d.duplicate_of IS NULL
JOIN sentences s ON s.doc = f.doc AND s.ordinal = f.sentence;

-- Pass levels (合格率, 达标率, 检定率 …) achieved: rates of polarity 'pass', actual figures. Failure levels
-- (不合格率) and shares are in facts_in_context (polarity), targets in `targets`.
DROP VIEW IF EXISTS pass_rates;
CREATE VIEW pass_rates AS
SELECT fact_id, doc, region, region_code, province_code, province, period, metric, subject, value, bound, status, polarity, text, sentence_text,
       title, date, doc_region, path, rule
FROM facts_in_context
WHERE type = 'rate' AND category = 'pass_rate' AND polarity = 'pass' AND status = 'actual';

-- Pass rate by province and year: the mean, lowest and highest pass level of each province (its cities'
-- and counties' figures included) in each single year, with the number of figures and documents; 全国 as a
-- province of its own; rows in the order of the national statistics (province code). Figures whose region
-- has no code and cumulative spans (2006-2010) are left out.
DROP VIEW IF EXISTS pass_rate_by_province_year;
CREATE VIEW pass_rate_by_province_year AS
SELECT province_code, province, period AS year, round(avg(value), 2) AS mean, min(value) AS lowest,
       max(value) AS highest, count(*) AS facts, count(DISTINCT doc) AS documents
FROM pass_rates
WHERE province_code IS NOT NULL AND period GLOB '[0-9][0-9][0-9][0-9]'
GROUP BY province_code, period
ORDER BY province_code, period;

-- Targets: every figure stated as a goal (力争, 确保, 目标, plans), with its sentence.
DROP VIEW IF EXISTS targets;
CREATE VIEW targets AS
SELECT fact_id, doc, region, region_code, province_code, province, period, type, category, metric, subject, name, value, unit, bound, polarity, text,
       sentence_text, title, date, doc_region, path, rule
FROM facts_in_context
WHERE status = 'target';

-- Enforcement figures achieved: cases, inspections, goods seized, money involved, and their changes.
DROP VIEW IF EXISTS enforcement;
CREATE VIEW enforcement AS
SELECT fact_id, doc, region, region_code, province_code, province, period, type, metric, subject, value, unit, bound, status, text, sentence_text,
       title, date, doc_region, path, rule
FROM facts_in_context
WHERE category = 'enforcement' AND status = 'actual';

-- Named brands, famous products and geographical-indication products (actual); `scheme` is the programme
-- (地理标志保护产品, 甘肃名牌产品 …).
DROP VIEW IF EXISTS brands;
CREATE VIEW brands AS
SELECT fact_id, doc, region, region_code, province_code, province, period, name, metric AS scheme, subject, status, text, sentence_text,
       title, date, doc_region, path, rule
FROM facts_in_context
WHERE type = 'brand' AND status = 'actual';

-- Standards: named standards (a code such as GB/T 19580-2012 or a title in 《》) and counts of
-- standards made or revised (申报地方标准25项), actual.
DROP VIEW IF EXISTS standards;
CREATE VIEW standards AS
SELECT fact_id, doc, region, region_code, province_code, province, period, type, name, metric, value, unit, bound, status, text, sentence_text,
       title, date, doc_region, path, rule
FROM facts_in_context
WHERE (type = 'standard' OR category = 'standard') AND status = 'actual';

-- Laws, regulations, plans and other official documents named in 《》 (actual mentions).
DROP VIEW IF EXISTS policies;
CREATE VIEW policies AS
SELECT fact_id, doc, region, region_code, province_code, province, period, name, metric, status, text, sentence_text, title, date, doc_region, path, rule
FROM facts_in_context
WHERE type = 'policy' AND status = 'actual';

-- One line per document without the long text columns: what was read, what it is about, how much was found.
DROP VIEW IF EXISTS document_list;
CREATE VIEW document_list AS
SELECT d.id AS doc, d.title, d.date, d.region, d.year, d.site, d.format, d.encoding, d.path, d.record,
       d.duplicate_of,
       (SELECT count(*) FROM sentences s WHERE s.doc = d.id) AS sentences,
       (SELECT count(*) FROM facts f WHERE f.doc = d.id) AS facts,
       d.run
FROM documents d;
