import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFile } from '../corpus/read';
import { contractFacts, type Fact } from '../core/document';
import { formatReport, loadGold, scoreFacts } from '../output/eval';
import { pipeline } from './extract-helpers';

// Reads ../shared/gold/dev-v11.jsonl and its documents in ../shared/corpus in place: skipped without them.
const SHARED = path.resolve(__dirname, '..', '..', 'shared');
const GOLD = path.join(SHARED, 'gold', 'dev-v11.jsonl');

/**
 * Context accuracy reached on the dev gold of contract v1.1 (issue 18), per field on matched facts. The
 * floors are the figures measured when they were set, so that a change that loses context fails here.
 */
// Set again on branch ctx2 (19:25 UTC 2026-12-05) to its figures: main at 2010d73 measured period 0.892,
// region 0.841, subject 0.642, category 0.841 here, below the floors set before the merges of issues 14-17.
// Subject and category raised on branch s4-subject (21:15 UTC) to its figures: subject 0.749, category 0.902.
// Region raised on branch s5-region4 (00:35 UTC 2026-12-06) to its figure: region 0.881 (period 0.904, status 0.970).
// Region raised on branch s6-region (02:25 UTC 2026-12-06) to its figure: region 0.888 (period 0.904).
// Raised on main at the end of the seventh session (06:05 UTC 2026-12-06) to its figures: period 0.914, region
// 0.903, subject 0.853, category 0.923, status 0.971.
// Region raised on branch s8-region2 (07:50 UTC 2026-12-06) to its figure: region 0.912 (403/442). With the brands
// of s8-brand2 merged, 450 facts match (8 more brands, 6 of them with the gold region): main measures region 0.909
// (409/450), period 0.913, subject 0.856, category 0.933; floors set to those (08:10 UTC). With the one-unit
// sampling count matched (451 facts, its subject not the gold's), main measures at the end of the eighth session
// period 0.914, region 0.909, subject 0.854, category 0.931, status 0.971.
// Raised on main in the ninth session (11:15 UTC 2026-12-06) to its figures: period 0.925, region 0.911,
// subject 0.865, category 0.931, status 0.971.
// Raised on main at the end of the tenth session (14:10 UTC 2026-12-06), with eval pairing each fact with its own gold
// first, to its figures: period 0.942, region 0.918, subject 0.869, category 0.936, status 0.985 (452 facts).
// Subject lowered to 0.85 (the acceptance) in session 16: works, honours and aggregates counted as such name no
// subject (subjects.json works, honours, aggregateMeasures), as independent gold has it on sets 9–20 (194 fixed to 23
// broken); dev's gold names them in 8 lines (消费品 of 社会消费品零售总额 ×3, 名牌 ×2, 地理标志产品, 养老服务中心,
// 快递物流中心): 0.872 → 0.854.
const FLOORS = { period: 0.94, region: 0.91, subject: 0.85, category: 0.93, status: 0.98 };

describe.skipIf(!existsSync(GOLD))('context on ../shared/gold/dev-v11.jsonl', () => {
  it('keeps the context accuracy reached per field', () => {
    const { gold, docs } = loadGold(GOLD);
    const wanted = new Set(docs);
    const facts: Fact[] = [];
    const corpus = path.join(SHARED, 'corpus');
    for (const folder of readdirSync(corpus)) {
      const dir = path.join(corpus, folder);
      if (!statSync(dir).isDirectory()) continue;
      for (const file of readdirSync(dir)) {
        if (!wanted.has(file.replace(/\.[^.]+$/, ''))) continue;
        for (const item of readFile(path.join(dir, file))) {
          if (item.kind === 'document') facts.push(...contractFacts(pipeline.process(item.doc)));
        }
      }
    }
    expect(docs?.length).toBe(24);
    const report = scoreFacts(facts, gold, { docs });
    expect(report.overall.matchedGold).toBeGreaterThan(300);
    const summary = formatReport(report, false);
    console.log(summary.slice(summary.indexOf('context accuracy')));
    for (const [field, floor] of Object.entries(FLOORS)) {
      expect(report.context[field as keyof typeof FLOORS].accuracy, `${field}\n${summary}`).toBeGreaterThanOrEqual(floor);
    }
  }, 120_000);
});
