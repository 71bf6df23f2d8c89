import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractFacts } from '../core/document';
import { toRecord } from '../core/record';
import { restoreDocument, resumeStage } from '../batch/restore';
import { processText } from '../pipeline/pipeline';
import { pipeline } from './extract-helpers';

/**
 * The table layer is stored with the document: a run that resumes after the tables stage (reprocess after
 * a rule change) restores the tables and makes the same table facts.
 */
describe('tables when a run resumes', () => {
  for (const fromStage of ['sentences', 'segment', 'extract']) {
    it(`resuming at ${fromStage} gives the same facts`, () => {
      const raw = readFileSync(path.join(__dirname, 'fixtures', 'tables', 'product.html'), 'utf8');
      const { doc, facts } = processText(raw, 'product', pipeline);
      const record = toRecord(doc, pipeline.stageKeys(doc.source.sha256, doc.norm!.text));
      const start = resumeStage(pipeline.stages, fromStage);
      const resumed = pipeline.process(restoreDocument(structuredClone(record), pipeline.stages, start), start);
      expect(resumed.tables).toEqual(doc.tables);
      expect(contractFacts(resumed)).toEqual(facts);
      expect(facts.filter((f) => f.rule.startsWith('table.')).length).toBe(18);
    });
  }
});
