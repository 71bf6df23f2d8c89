import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SentenceIndexFile } from '../output/sentence-index-file';
import { Store } from '../output/store';
import { buildRecord, sampleRecords, tempDir, TEST_RUN } from './output-fixtures';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const TERMS = ['合格率', '抽样合格率为', '地理标志保护产品', '违法案件'];

/** How many sentences each term finds, and FTS5's own check of the index against the sentences. */
function searchable(store: Store): number[] {
  store.db.prepare("INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)").run();
  return found(store);
}

/** How many sentences each term finds through the index (LIKE: it keeps no positions, migration 016). */
function found(store: Store): number[] {
  return TERMS.map((t) => store.db.prepare(`SELECT count(*) FROM sentences_fts WHERE text LIKE '%' || ? || '%'`).pluck().get(t) as number);
}

const records = () => [...sampleRecords(), buildRecord('doc_d', ['全省食品抽样合格率为97.1%。', '查处违法案件12起。'])];

describe('the full-text index built in a file of its own', () => {
  it('is, once installed, the index the store builds itself', () => {
    const direct = Store.open(tmp.file('direct.db'));
    direct.saveDocuments(direct.beginRun(TEST_RUN), records());
    const expected = searchable(direct);
    direct.close();
    expect(expected.every((n) => n > 0)).toBe(true);

    const store = Store.open(tmp.file('deferred.db'));
    expect(store.deferSentenceIndex()).toBe(true);
    const file = SentenceIndexFile.create(tmp.file('deferred.db-fts-build'));
    const run = store.beginRun(TEST_RUN);
    const handed: string[] = [];
    for (const batch of [records().slice(0, 2), records().slice(2)]) {
      store.saveDocuments(run, batch);
      const fresh = store.takeNewSentences()!;
      expect(fresh.ids.length).toBe(fresh.texts.length);
      handed.push(...fresh.texts);
      file.add(fresh.ids, fresh.texts);
    }
    // Each distinct sentence text handed out once (the index is over sentence texts).
    expect(handed).toEqual([...new Set(records().flatMap((r) => r.sentences.map((s) => s.text)))]);
    file.close();
    expect(found(store)).toEqual(TERMS.map(() => 0));
    store.installSentenceIndex(tmp.file('deferred.db-fts-build'));
    expect(searchable(store)).toEqual(expected);
    expect(store.metaValue('sentences_fts_incomplete')).toBeNull();
    // From now on the store indexes in its own transactions again.
    store.saveDocuments(run, [buildRecord('doc_e', ['新增抽样合格率为88%。'])]);
    expect(store.takeNewSentences()).toBeNull();
    expect(searchable(store)[0]).toBe(expected[0]! + 1);
    store.close();
  });

  it('is refused for a database that has documents', () => {
    const store = Store.open(tmp.file('q.db'));
    store.saveDocuments(store.beginRun(TEST_RUN), sampleRecords());
    expect(store.deferSentenceIndex()).toBe(false);
    expect(store.takeNewSentences()).toBeNull();
    store.close();
  });

  it('is rebuilt from the sentences by the next open when the run died before installing it', () => {
    const direct = Store.open(tmp.file('direct.db'));
    direct.saveDocuments(direct.beginRun(TEST_RUN), records());
    const expected = searchable(direct);
    direct.close();
    const file = tmp.file('died.db');
    const store = Store.open(file);
    expect(store.deferSentenceIndex()).toBe(true);
    store.saveDocuments(store.beginRun(TEST_RUN), records());
    store.close();
    const reopened = Store.open(file);
    expect(reopened.metaValue('sentences_fts_incomplete')).toBeNull();
    expect(searchable(reopened)).toEqual(expected);
    reopened.close();
  });
});
