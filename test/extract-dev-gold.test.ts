import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { readFile } from '../corpus/read';
import { contractFacts, type Fact } from '../core/document';
import { formatReport, loadGold, scoreFacts, type EvalReport } from '../output/eval';
import { pipeline } from './extract-helpers';
import { describeShared } from './shared-material';

// Reads ../shared/gold and ../shared/corpus in place: skipped (saying so) when ../shared is not beside the repository.
const SHARED = path.resolve(__dirname, '..', '..', 'shared');

/** Runs the pipeline over the documents of `docsFile` (read in place) and scores the facts against `file`. */
function scoreGold(file: string, docsFile: string): { report: EvalReport; summary: string } {
  const { gold } = loadGold(path.join(SHARED, 'gold', file));
  const docs = readFileSync(path.join(SHARED, 'gold', docsFile), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const wanted = new Set(docs);
  const facts: Fact[] = [];
  let read = 0;
  for (const entry of readdirSync(path.join(SHARED, 'corpus'), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(SHARED, 'corpus', entry.name);
    for (const name of readdirSync(dir)) {
      if (!wanted.has(name.replace(/\.[^.]+$/, ''))) continue;
      for (const item of readFile(path.join(dir, name))) {
        if (item.kind !== 'document') continue;
        facts.push(...contractFacts(pipeline.process(item.doc)));
        read++;
      }
    }
  }
  expect(read).toBe(wanted.size);
  const report = scoreFacts(facts, gold, { docs });
  return { report, summary: formatReport(report, true) };
}

describeShared('extraction on the shared dev gold', () => {
  // Gold of contract v1: per-unit quantities (元/平方米), multiples as amounts and named brands are v1.1
  // facts it does not hold, so precision against it is lower by those; recall and rates are the measure.
  it('../shared/gold/dev.jsonl (contract v1): R >= 0.95 overall, P >= 0.85; rate P and R >= 0.95', () => {
    const { report, summary } = scoreGold('dev.jsonl', 'dev-docs.txt');
    expect(report.overall.precision, summary).toBeGreaterThanOrEqual(0.85);
    expect(report.overall.recall, summary).toBeGreaterThanOrEqual(0.95);
    expect(report.byType.rate!.precision, summary).toBeGreaterThanOrEqual(0.95);
    expect(report.byType.rate!.recall, summary).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  // What issue 16 reached (before it: P 0.885, R 0.710; amount R 0.42, brand R 0.07). The acceptance is 0.95
  // for every type; these floors only keep what was reached from slipping (brand raised on s8-brand2 to P 0.977, R 0.913).
  it('../shared/gold/dev-v11.jsonl (contract v1.1): P >= 0.94, R >= 0.86; per type as reached', () => {
    const { report, summary } = scoreGold('dev-v11.jsonl', 'dev-docs-v11.txt');
    expect(report.overall.precision, summary).toBeGreaterThanOrEqual(0.94);
    expect(report.overall.recall, summary).toBeGreaterThanOrEqual(0.86);
    const floors: Record<string, [number, number]> = {
      amount: [0.97, 0.97],
      brand: [0.97, 0.91],
      change: [0.97, 0.97],
      count: [0.96, 0.94],
      policy: [0.85, 0.85],
      rate: [0.99, 0.99],
      standard: [0.95, 0.95],
    };
    for (const [type, [precision, recall]] of Object.entries(floors)) {
      expect(report.byType[type]!.precision, `${type}\n${summary}`).toBeGreaterThanOrEqual(precision);
      expect(report.byType[type]!.recall, `${type}\n${summary}`).toBeGreaterThanOrEqual(recall);
    }
  }, 60_000);
});
