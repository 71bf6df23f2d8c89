import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { readFile } from '../corpus/read';
import { contractFacts, type Fact } from '../core/document';
import { formatReport, loadGold, scoreFacts } from '../output/eval';
import { pipeline } from './extract-helpers';
import { describeShared } from './shared-material';

const SHARED = path.resolve(__dirname, '..', '..', 'shared');

/** The acceptance figures of issue 5 on the shared dev gold set (documents read in place). */
describeShared('extraction on ../shared/gold/dev.jsonl', () => {
  it('reaches P and R >= 0.90 overall and >= 0.95 for rate', () => {
    const { gold, docs } = loadGold(path.join(SHARED, 'gold', 'dev.jsonl'));
    const wanted = new Set(docs);
    const facts: Fact[] = [];
    let read = 0;
    for (const folder of readdirSync(path.join(SHARED, 'corpus'))) {
      const dir = path.join(SHARED, 'corpus', folder);
      if (
        !readdirSync(path.join(SHARED, 'corpus'), { withFileTypes: true })
          .find((d) => d.name === folder)
          ?.isDirectory()
      )
        continue;
      for (const file of readdirSync(dir)) {
        if (!wanted.has(file.replace(/\.[^.]+$/, ''))) continue;
        for (const item of readFile(path.join(dir, file))) {
          if (item.kind !== 'document') continue;
          facts.push(...contractFacts(pipeline.process(item.doc)));
          read++;
        }
      }
    }
    expect(read).toBe(wanted.size);
    const report = scoreFacts(facts, gold, { docs });
    const summary = formatReport(report, true);
    expect(report.overall.precision, summary).toBeGreaterThanOrEqual(0.9);
    expect(report.overall.recall, summary).toBeGreaterThanOrEqual(0.9);
    expect(report.byType.rate!.precision, summary).toBeGreaterThanOrEqual(0.95);
    expect(report.byType.rate!.recall, summary).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
