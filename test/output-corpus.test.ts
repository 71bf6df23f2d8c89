// The analysts' questions over a database of the seed reports of ../shared/corpus, read in place.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFile } from '../corpus/read';
import { Pipeline } from '../pipeline/pipeline';
import { toRecord } from '../core/record';
import { readOnlyQuery } from '../output/query';
import { searchSentences } from '../output/search';
import { Store } from '../output/store';
import { tempDir, TEST_RUN } from './output-fixtures';
import { describeShared, HAS_SHARED } from './shared-material';

const SEEDS = path.resolve(__dirname, '..', '..', 'shared', 'corpus', 'seeds');
const SEED_FILES = ['000_dd95faeabfea5de3', '001_89be426e7c975824', '002_9c78c00f42dfebba', '003_d3d6f289842401a2', '004_7624235b4c0c48e9'];

let tmp: ReturnType<typeof tempDir>;
let store: Store;

beforeAll(() => {
  if (!HAS_SHARED) return;
  tmp = tempDir();
  const file = tmp.file('seeds.db');
  const writer = Store.open(file);
  const pipeline = new Pipeline();
  const run = writer.beginRun({ ...TEST_RUN, dictionaryHashes: pipeline.dictionaryHashes() });
  for (const name of SEED_FILES) {
    for (const item of readFile(path.join(SEEDS, `${name}.txt`))) {
      if (item.kind === 'error') throw new Error(item.error.cause);
      const doc = pipeline.process(item.doc);
      writer.saveDocuments(run, [toRecord(doc, pipeline.stageKeys(doc.source.sha256))]);
    }
  }
  writer.finishRun(run, { processed: SEED_FILES.length });
  writer.close();
  store = Store.open(file, { readonly: true });
});
afterAll(() => {
  store?.close();
  tmp?.cleanup();
});

describeShared('the seed reports in the database', () => {
  it('answers "pass rates of 吉林" with the 87.9% of 2008 and its sentence', () => {
    const result = readOnlyQuery(store.db, "SELECT value, period, region, sentence_text FROM pass_rates WHERE region LIKE '%吉林%'");
    const rows = [...result.rows] as [number, string, string, string][];
    const rate = rows.find(([value]) => value === 87.9);
    expect(rate, JSON.stringify(rows)).toBeDefined();
    expect(rate![1]).toBe('2008');
    expect(rate![3]).toContain('87.9%');
  });

  it('finds sentences for 合格率 (trigram index) and 质监 (two characters)', () => {
    for (const query of ['合格率', '质监']) {
      const result = searchSentences(store.db, query, { limit: 5 });
      expect(result.hits.length, query).toBeGreaterThan(0);
      for (const hit of result.hits) expect(hit.text).toContain(query);
    }
    const jilin = searchSentences(store.db, '合格率 87.9');
    expect(jilin.hits.some((hit) => hit.doc === '002_9c78c00f42dfebba' && hit.facts.some((f) => f.value === 87.9))).toBe(true);
  });
});
