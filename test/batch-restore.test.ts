import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from '../corpus/read';
import { restoreDocument, resumeStage } from '../batch/restore';
import { runTask } from '../batch/task';
import { newDocument } from '../core/document';
import { Pipeline } from '../pipeline/pipeline';
import type { DocumentRecord } from '../core/record';
import { tempDir, writeFixtureCorpus } from './batch-fixtures';

/**
 * Resuming at a stage from a stored record must give what a full run gives: the layers before it come
 * back exactly (tokens from their stored boundaries, the notes of the cached stages kept).
 */
describe('restoring a stored document and resuming at any stage', () => {
  const tmp = tempDir();
  const pipeline = new Pipeline();
  let records: DocumentRecord[];

  beforeAll(() => {
    const corpus = writeFixtureCorpus(tmp.file('corpus'));
    records = [];
    for (const name of readdirSync(corpus).sort()) {
      for (const item of readFile(path.join(corpus, name))) {
        if (item.kind === 'error') throw new Error(item.error.cause);
        const { doc } = item;
        records.push(runTask(pipeline, { kind: 'read', source: doc.source, raw: doc.raw, meta: doc.meta }));
      }
    }
  });
  afterAll(() => tmp.cleanup());

  const withoutTimings = ({ timings: _timings, ...rest }: DocumentRecord) => rest;

  it('has documents with facts, tokens and stage notes to restore', () => {
    expect(records.length).toBe(12);
    expect(records.every((r) => r.facts.length > 0 && r.tokens.length > 0)).toBe(true);
    expect(records.some((r) => r.messages.some((m) => m.stage === 'normalise'))).toBe(true);
    expect(records.some((r) => r.messages.some((m) => m.stage === 'metadata'))).toBe(true);
  });

  for (const stage of ['clean', 'normalise', 'metadata', 'sentences', 'segment', 'extract']) {
    it(`resuming at '${stage}' gives the record of a full run`, () => {
      for (const record of records) {
        // Through structured cloning, as a record reaches a worker thread.
        const resumed = runTask(pipeline, { kind: 'resume', record: structuredClone(record), fromStage: stage });
        expect(withoutTimings(resumed), `${record.source.id} from ${stage}`).toEqual(withoutTimings(record));
      }
    });
  }

  it('runs only the stages from the one resumed at', () => {
    const record = records[0]!;
    const resumed = runTask(pipeline, { kind: 'resume', record, fromStage: 'segment' });
    // The scope layer is not stored: extraction, which reads it, runs after the scope stage runs again.
    const ran = Object.entries(resumed.timings ?? {})
      .filter(([, ms]) => ms > 0)
      .map(([stage]) => stage);
    expect(ran.sort()).toEqual(['extract', 'scope', 'segment']);
  });

  it('resumes at clean when normalise must run again: the clean layer is not stored', () => {
    expect(resumeStage(pipeline.stages, 'normalise')).toBe('clean');
    // The tables stage after metadata reads the clean text too; from sentences on, every layer is stored.
    expect(resumeStage(pipeline.stages, 'metadata')).toBe('clean');
    expect(resumeStage(pipeline.stages, 'sentences')).toBe('sentences');
    expect(resumeStage(pipeline.stages, 'extract')).toBe('scope');
    expect(() => restoreDocument(records[0]!, pipeline.stages, 'normalise')).toThrow(/cannot resume at 'normalise'/);
  });

  it('restores tokens as the segmenter made them', () => {
    for (const record of records) {
      const doc = restoreDocument(record, pipeline.stages, 'scope');
      const fresh = pipeline.process(newDocument(record.source, record.raw));
      expect(doc.tokens, record.source.id).toEqual(fresh.tokens);
    }
  });

  it('refuses a stage the pipeline does not have', () => {
    expect(() => restoreDocument(records[0]!, pipeline.stages, 'no-such-stage')).toThrow(/no stage 'no-such-stage'/);
  });
});
