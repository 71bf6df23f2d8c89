import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toRecord } from '../core/record';
import { openDatabase } from '../output/database';
import { searchSentences } from '../output/search';
import { Store } from '../output/store';
import { processText } from '../pipeline/pipeline';
import { pipeline } from './extract-helpers';
import { tempDir, TEST_RUN } from './output-fixtures';

/** A table row is a sentence in the store: full-text search finds it by a word of it, with its facts. */
describe('table rows in full-text search', () => {
  it('finds the row of 唐山市 with its three figures', () => {
    const tmp = tempDir();
    try {
      const raw = readFileSync(path.join(__dirname, 'fixtures', 'tables', 'box.txt'), 'utf8');
      const { doc } = processText(raw, 'box', pipeline);
      const dbFile = tmp.file('tables.db');
      const store = Store.open(dbFile);
      store.saveDocuments(store.beginRun(TEST_RUN), [toRecord(doc, pipeline.stageKeys(doc.source.sha256, doc.norm!.text))]);
      store.close();
      const db = openDatabase(dbFile, { readonly: true });
      const result = searchSentences(db, '唐山市');
      db.close();
      expect(result.total).toBe(1);
      expect(result.hits[0]!.text).toContain('90.0');
      expect(result.hits[0]!.facts.map((f) => [f.metric, f.value, f.unit])).toEqual([
        ['抽查企业数', 17, '家'],
        ['抽查批次', 20, '批次'],
        ['抽样合格率', 90, '%'],
      ]);
    } finally {
      tmp.cleanup();
    }
  });
});
