import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractFacts } from '../core/document';
import { toRecord } from '../core/record';
import { restoreDocument } from '../batch/restore';
import { processText } from '../pipeline/pipeline';
import { pipeline } from './extract-helpers';

/**
 * The table layer is not stored: a run that resumes after the tables stage (reprocess after a rule
 * change) finds the tables again from the stored texts and makes the same table facts.
 */
describe('tables when a run resumes', () => {
  for (const fromStage of ['sentences', 'segment', 'extract']) {
    it(`resuming at ${fromStage} gives the same facts`, () => {
      const raw = readFileSync(path.join(__dirname, 'fixtures', 'tables', 'product.html'), 'utf8');
      const { doc, facts } = processText(raw, 'product', pipeline);
      const record = toRecord(doc, pipeline.stageKeys(doc.source.sha256, doc.norm!.text));
      const resumed = pipeline.process(restoreDocument(record, pipeline.stages, fromStage), fromStage);
      expect(resumed.tables).toEqual(doc.tables);
      expect(contractFacts(resumed)).toEqual(facts);
      expect(facts.filter((f) => f.rule.startsWith('table.')).length).toBe(18);
    });
  }
});
