-- The GB/T 2260 divisions (issue 18), copied in from core/divisions.ts by the first writable open after
-- the list changed (output/regions.ts, meta.regions_sha256), so that views and summaries name a fact's
-- province from its region_code in plain SQL (Datasette, the sqlite3 shell): a fact of 长春市 (220100)
-- counts for 吉林省 (220000). `000000` is 全国 (level 'country'); `province_code` is a division's
-- province (its own for a province, 000000 for 全国).
CREATE TABLE regions (
  code          TEXT PRIMARY KEY CHECK (code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'),
  name          TEXT NOT NULL,
  level         TEXT NOT NULL CHECK (level IN ('country', 'province', 'prefecture', 'county')),
  parent_code   TEXT,
  province_code TEXT NOT NULL
) WITHOUT ROWID;
