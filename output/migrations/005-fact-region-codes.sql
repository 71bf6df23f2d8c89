-- Each fact's region by its GB/T 2260 code as well as its name (issue 18), so that analysts find a
-- region's facts whichever way they name it (`qmine facts --region 吉林` and `--region 220000` alike) and
-- a province's query can take in its prefectures and counties by code prefix. `000000` is 全国; NULL is
-- no region, another country, or a place that is no administrative division. Facts stored before this
-- version have NULL until their documents are processed again.
ALTER TABLE facts ADD COLUMN region_code TEXT CHECK (region_code IS NULL OR region_code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]');
CREATE INDEX facts_region_code ON facts (region_code);
