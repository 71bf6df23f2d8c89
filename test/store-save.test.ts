import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../core/record';
import { Store } from '../output/store';
import { buildRecord, sampleRecords, tempDir, TEST_RUN } from './output-fixtures';

let tmp: ReturnType<typeof tempDir>;
let store: Store;

beforeEach(() => {
  tmp = tempDir();
  store = Store.open(tmp.file('q.db'));
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

/** Records as they come back from the store: maps are Buffers. */
function comparable(record: DocumentRecord): unknown {
  return {
    ...record,
    norm: { ...record.norm, map: Buffer.from(record.norm.map) },
    tokens: Buffer.from(record.tokens),
  };
}

function count(table: string, doc?: string): number {
  const where = doc === undefined ? '' : ` WHERE doc = '${doc}'`;
  return store.db.prepare(`SELECT count(*) FROM ${table}${where}`).pluck().get() as number;
}

describe('Store: saving and loading documents', () => {
  it('loads back exactly the records it saved', () => {
    const run = store.beginRun(TEST_RUN);
    const records = sampleRecords();
    store.saveDocuments(run, records);
    const loaded = [...store.loadRecords()];
    expect(loaded.map(comparable)).toEqual(records.map(comparable));
    expect([...store.loadRecords(['doc_b'])].map((r) => r.source.id)).toEqual(['doc_b']);
  });

  it('turns on WAL mode and foreign keys', () => {
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('replaces a stored document with its new sentences, facts and tokens, leaving no trace of the old ones or of its keywords', () => {
    const run1 = store.beginRun(TEST_RUN);
    store.saveDocuments(run1, sampleRecords());
    store.replaceKeywords(new Map([['doc_a', [{ word: '抽样', weight: 1 }]]]));
    const run2 = store.beginRun(TEST_RUN);
    const shorter = buildRecord('doc_a', ['全省纤维制品抽样合格率为88.8%。'], [{ sentence: 0, text: '合格率为88.8%', value: 88.8 }]);
    store.saveDocuments(run2, [shorter]);
    expect(count('sentences', 'doc_a')).toBe(1);
    expect(count('facts', 'doc_a')).toBe(1);
    // Keywords are ranked again over the whole database at the end of the run.
    expect(store.db.prepare("SELECT word FROM keywords WHERE doc = 'doc_a'").pluck().all()).toEqual([]);
    expect([...store.loadRecords(['doc_a'])][0]!.tokens).toEqual(Buffer.from(shorter.tokens));
    expect(store.db.prepare("SELECT run FROM documents WHERE id = 'doc_a'").pluck().get()).toBe(run2);
    // The full-text index follows: the old sentence is gone, the new one is found.
    const fts = store.db.prepare(`SELECT count(*) FROM sentences_fts WHERE text LIKE '%' || ? || '%'`).pluck();
    expect(fts.get('立案查处')).toBe(0);
    expect(fts.get('纤维制品')).toBe(1);
    expect(count('facts', 'doc_b')).toBe(3);
    // A replaced document keeps its place: duplicate detection reads fingerprints in the order documents were first seen.
    expect(store.documentIds()).toEqual(['doc_a', 'doc_b', 'doc_a_copy']);
  });

  it('leaves unchanged sentences in place and re-indexes only the changed ones', () => {
    const sentences = ['全省抽样合格率为90%。', '查处案件12起。', '培训人员300人次。'];
    const run1 = store.beginRun(TEST_RUN);
    store.saveDocuments(run1, [buildRecord('d', sentences, [{ sentence: 0, text: '合格率为90%', value: 90 }])]);
    const rows = () =>
      store.db.prepare("SELECT ordinal, text, text_id FROM sentences WHERE doc = 'd' ORDER BY ordinal").all() as {
        text_id: number;
        ordinal: number;
        text: string;
      }[];
    const before = rows();
    const run2 = store.beginRun(TEST_RUN);
    store.saveDocuments(run2, [
      buildRecord(
        'd',
        [sentences[0]!, '查处案件15起。'],
        [{ sentence: 1, text: '案件15起', type: 'count', category: 'enforcement', value: 15, unit: '起' }],
      ),
    ]);
    const after = rows();
    expect(after.map((r) => [r.ordinal, r.text])).toEqual([
      [0, sentences[0]],
      [1, '查处案件15起。'],
    ]);
    expect(after[0]!.text_id).toBe(before[0]!.text_id);
    const fts = (q: string) =>
      store.db.prepare(`SELECT rowid FROM sentences_fts WHERE text LIKE '%' || ? || '%' ORDER BY rowid`).pluck().all(q);
    // The index is over sentence texts (each stored once): its rowids are text ids.
    expect(fts('案件15起')).toEqual([after[1]!.text_id]);
    expect(fts('案件12起')).toEqual([]);
    expect(fts('人员300')).toEqual([]);
    expect(fts('合格率')).toEqual([after[0]!.text_id]);
    // FTS5's own check that the index matches the sentences table (throws when they differ).
    expect(() => store.db.prepare("INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    expect(
      store.db.prepare('SELECT ordinal, value FROM facts f JOIN sentences s ON s.doc = f.doc AND s.ordinal = f.sentence').raw().all(),
    ).toEqual([[1, 15]]);
  });

  it('keeps the full-text index exact when one batch stores a document several times, growing and shrinking', () => {
    const run = store.beginRun(TEST_RUN);
    const three = buildRecord('d', ['全省抽样合格率为90%。', '查处案件12起。', '培训人员300人次。'], []);
    const one = buildRecord('d', ['查处案件15起。'], []);
    const two = buildRecord('d', ['全省抽样合格率为91%。', '检验机构28家。'], []);
    store.saveDocuments(run, [three, one, two, buildRecord('e', ['另一文件的检验机构30家。'], [])]);
    const fts = (q: string) =>
      store.db
        .prepare(
          "SELECT s.doc || ':' || s.ordinal FROM sentences_fts f JOIN sentences s ON s.text_id = f.rowid WHERE f.text LIKE '%' || ? || '%' ORDER BY s.doc, s.ordinal",
        )
        .pluck()
        .all(q);
    expect(fts('合格率为91')).toEqual(['d:0']);
    expect(fts('检验机构')).toEqual(['d:1', 'e:0']);
    expect(fts('案件1')).toEqual([]);
    expect(fts('人员300')).toEqual([]);
    expect(() => store.db.prepare("INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
  });

  it('writes nothing of a batch in which one record is invalid', () => {
    const run1 = store.beginRun(TEST_RUN);
    store.saveDocuments(run1, [sampleRecords()[0]!]);
    const before = store.db.prepare('SELECT * FROM facts ORDER BY id').all();
    const historyBefore = count('fact_history');
    const run2 = store.beginRun(TEST_RUN);
    const changedA = buildRecord('doc_a', ['全省抽样合格率为70%。'], [{ sentence: 0, text: '合格率为70%', value: 70 }]);
    const newC = buildRecord('doc_c', ['新文件的合格率为60%。'], [{ sentence: 0, text: '合格率为60%', value: 60 }]);
    const invalid = buildRecord('doc_bad', ['合格率为50%。'], [{ sentence: 0, text: '合格率为50%', value: 50 }]);
    (invalid.facts[0] as { type: string }).type = 'percentage';
    expect(() => store.saveDocuments(run2, [newC, changedA, invalid])).toThrow(/CHECK constraint/);
    expect(store.documentIds()).toEqual(['doc_a']);
    expect(store.db.prepare('SELECT * FROM facts ORDER BY id').all()).toEqual(before);
    expect(count('sentences')).toBe(3);
    expect(store.db.prepare(`SELECT count(*) FROM sentences_fts WHERE text LIKE '%' || ? || '%'`).pluck().get('新文件')).toBe(0);
    expect(count('fact_history')).toBe(historyBefore);
  });

  it.each<[string, (r: DocumentRecord) => void, RegExp]>([
    ['a fact in a sentence that does not exist', (r) => void (r.facts[0]!.sentence = 9), /no sentence 9 in the document/],
    ['a fractional offset', (r) => void (r.facts[0]!.start = 1.5), /offsets must be integers/],
    ['a value that is not a number', (r) => void (r.facts[0]!.value = Number.NaN), /not a finite number/],
    ['a fact of another document', (r) => void (r.facts[0]!.doc = 'elsewhere'), /names document 'elsewhere'/],
    ['a missing metric', (r) => void ((r.facts[0] as { metric: unknown }).metric = null), /NOT NULL/],
    ['two sentences of the same order', (r) => void (r.sentences[1]!.order = 0), /two sentences have the same order/],
    ['an offset map that is not one', (r) => void (r.norm.map = new Uint8Array(3)), /norm layer's offset map is not an OffsetMap buffer/],
  ])('rejects a record with %s', (_, spoil, message) => {
    const run = store.beginRun(TEST_RUN);
    const [good, bad] = sampleRecords();
    spoil(bad!);
    expect(() => store.saveDocuments(run, [good!, bad!])).toThrow(message);
    expect(store.documentIds()).toEqual([]);
  });

  it('reports document state and fingerprints for skipping and duplicate detection', () => {
    const run = store.beginRun(TEST_RUN);
    store.saveDocuments(run, sampleRecords());
    expect(store.documentState('doc_b')).toEqual({
      sha256: 'sha-doc_b',
      stageKeys: { clean: 'k-clean-doc_b', extract: 'k-extract-doc_b' },
    });
    expect(store.documentState('nope')).toBeNull();
    expect(store.fingerprints()).toEqual([
      { id: 'doc_a', exact: 'exact-doc_a', simhash: '0123456789abcdef' },
      { id: 'doc_b', exact: 'exact-doc_b', simhash: '0123456789abcdef' },
      { id: 'doc_a_copy', exact: 'exact-doc_a_copy', simhash: '0123456789abcdef' },
    ]);
  });

  it('records runs and ingest errors', () => {
    const run = store.beginRun({ ...TEST_RUN, options: { jobs: 2 } });
    store.saveErrors(run, [
      { path: '/x/broken.html', record: null, cause: 'cannot decode' },
      { path: '/x/dump.csv', record: 7, cause: 'empty text' },
    ]);
    expect(store.runs()[0]).toMatchObject({ id: run, status: 'running', finishedAt: null, options: { jobs: 2 } });
    store.finishRun(run, { processed: 3 }, 'interrupted');
    expect(store.runs()[0]).toMatchObject({ status: 'interrupted', counts: { processed: 3 }, dictionaryHashes: { 'rules.jsonl': 'abc' } });
    expect(store.db.prepare('SELECT path, record, cause FROM ingest_errors WHERE run = ? ORDER BY id').all(run)).toEqual([
      { path: '/x/broken.html', record: null, cause: 'cannot decode' },
      { path: '/x/dump.csv', record: 7, cause: 'empty text' },
    ]);
    expect(() => store.finishRun(999, {})).toThrow(/no run 999/);
  });

  it('keeps integer values integers and percentages real', () => {
    store.saveDocuments(store.beginRun(TEST_RUN), sampleRecords());
    expect(store.db.prepare("SELECT typeof(value) FROM facts WHERE unit = '起'").pluck().get()).toBe('integer');
    expect(store.db.prepare('SELECT typeof(value) FROM facts WHERE value = 90.5 LIMIT 1').pluck().get()).toBe('real');
  });
});

/** What another connection sees: only committed documents. */
function committedIds(): string[] {
  const reader = Store.open(tmp.file('q.db'), { readonly: true });
  try {
    return reader.documentIds();
  } finally {
    reader.close();
  }
}

function tableDump(target: Store): unknown[] {
  return ['documents', 'sentences', 'facts', 'fact_history', 'keywords', 'document_messages'].map((table) =>
    target.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).raw().all(),
  );
}

describe('Store: documents added one at a time to a batch', () => {
  it('stores exactly what saveDocuments stores, visible to others once committed', () => {
    const run = store.beginRun(TEST_RUN);
    const records = sampleRecords();
    for (const record of records) store.addToBatch(run, record);
    expect(committedIds()).toEqual([]);
    store.commitBatch();
    expect(committedIds()).toEqual(records.map((r) => r.source.id));

    const other = Store.open(tmp.file('other.db'));
    try {
      other.saveDocuments(other.beginRun(TEST_RUN), sampleRecords());
      expect(tableDump(store)).toEqual(tableDump(other));
    } finally {
      other.close();
    }
  });

  it('rolls the whole open batch back when a record is invalid, and starts afresh after', () => {
    const run = store.beginRun(TEST_RUN);
    const [first, second] = sampleRecords();
    store.addToBatch(run, first!);
    store.commitBatch();
    store.addToBatch(run, second!);
    const invalid = buildRecord('doc_bad', ['合格率为50%。'], [{ sentence: 0, text: '合格率为50%', value: 50 }]);
    (invalid.facts[0] as { type: string }).type = 'percentage';
    expect(() => store.addToBatch(run, invalid)).toThrow(/CHECK constraint/);
    expect(store.db.inTransaction).toBe(false);
    expect(store.documentIds()).toEqual(['doc_a']);
    store.addToBatch(run, second!);
    store.commitBatch();
    expect(store.documentIds()).toEqual(['doc_a', 'doc_b']);
  });

  it('names a sentence text stored by a rolled-back batch by the id it is stored with again', () => {
    const run = store.beginRun(TEST_RUN);
    const shared = '全省纤维制品抽样合格率为88.8%。';
    const invalid = buildRecord('doc_bad', [shared], [{ sentence: 0, text: '合格率为88.8%', value: 88.8 }]);
    (invalid.facts[0] as { type: string }).type = 'percentage';
    expect(() => store.addToBatch(run, invalid)).toThrow(/CHECK constraint/);
    store.addToBatch(run, buildRecord('doc_c', ['另一句话。', shared]));
    store.commitBatch();
    const ids = store.db.prepare('SELECT id, text FROM sentence_texts ORDER BY id').all() as { id: number; text: string }[];
    expect(ids.map((row) => row.text)).toEqual(['另一句话。', shared]);
    expect(store.db.prepare("SELECT text_id FROM sentences WHERE doc = 'doc_c' ORDER BY ordinal").pluck().all()).toEqual(
      ids.map((r) => r.id),
    );
  });

  it('stores a sentence text again after the document that alone named it was replaced without it', () => {
    const run = store.beginRun(TEST_RUN);
    const gone = '这句话只有一个文件有。';
    store.saveDocuments(run, [buildRecord('doc_a', [gone, '第二句。'])]);
    store.saveDocuments(run, [buildRecord('doc_a', ['第二句。'])]);
    expect(store.db.prepare('SELECT count(*) FROM sentence_texts WHERE text = ?').pluck().get(gone)).toBe(0);
    store.saveDocuments(run, [buildRecord('doc_b', [gone])]);
    const stored = store.db.prepare("SELECT text FROM sentences WHERE doc = 'doc_b'").pluck().all();
    expect(stored).toEqual([gone]);
    expect(store.db.prepare(`SELECT count(*) FROM sentences_fts WHERE text LIKE '%' || ? || '%'`).pluck().get('只有一个')).toBe(1);
  });

  it('keeps nothing of a batch still open when the store is closed', () => {
    const run = store.beginRun(TEST_RUN);
    store.addToBatch(run, sampleRecords()[0]!);
    store.close();
    store = Store.open(tmp.file('q.db'));
    expect(store.documentIds()).toEqual([]);
    store.commitBatch(); // nothing open: does nothing
    expect(store.db.inTransaction).toBe(false);
  });
});
