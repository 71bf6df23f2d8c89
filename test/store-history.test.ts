import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diffRunEntries, diffRuns, formatDiffDetails, formatDiffSummary, historyFactLoader } from '../output/diff';
import { factKeys, historyContent } from '../output/fact-history';
import { Store } from '../output/store';
import { buildRecord, sampleRecords, tempDir, TEST_RUN } from './output-fixtures';

let tmp: ReturnType<typeof tempDir>;
let store: Store;
beforeEach(() => {
  tmp = tempDir();
  store = Store.open(tmp.file('h.db'));
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

const SENTENCES = ['全省产品抽样合格率为90.5%，比上年提高1.2个百分点。', '查处案件300起。'];

describe('fact history and run diffs', () => {
  it('gives facts on one span distinct, stable keys', () => {
    const record = buildRecord(
      'k',
      ['合格率为90%。'],
      [
        { sentence: 0, text: '合格率为90%' },
        { sentence: 0, text: '合格率为90%', metric: '另一个' },
        { sentence: 0, text: '合格率为90%', type: 'change' },
      ],
    );
    expect(factKeys(record.facts)).toEqual(['rate@0-7', 'rate@0-7#2', 'change@0-7']);
  });

  it("stores a live version's content once, in facts, and gives it back to the version when it is replaced", () => {
    const facts = [
      { sentence: 0, text: '合格率为90.5%', value: 90.5 },
      { sentence: 1, text: '案件300起', type: 'count' as const, category: 'enforcement' as const, value: 300, unit: '起' },
      // A real that SQL's %.15g writes otherwise than JSON.stringify: its JSON is kept.
      { sentence: 1, text: '300起', type: 'count' as const, category: 'enforcement' as const, value: 1e-7, unit: '起' },
    ];
    const first = buildRecord('d1', SENTENCES, facts);
    const run1 = store.beginRun(TEST_RUN);
    store.saveDocuments(run1, [first]);
    const stored = () => store.db.prepare('SELECT fact_key, content, removed_run FROM fact_versions ORDER BY id').all();
    expect(stored().map((v) => (v as { content: string | null }).content)).toEqual([null, null, historyContent(first.facts[2]!)]);
    const history = () => store.db.prepare('SELECT content FROM fact_history WHERE removed_run IS NULL ORDER BY id').pluck().all();
    expect(history()).toEqual(first.facts.map(historyContent));

    const second = buildRecord('d1', SENTENCES, [{ ...facts[0]!, metric: '产品抽样合格率' }, facts[1]!, facts[2]!]);
    const run2 = store.beginRun(TEST_RUN);
    store.saveDocuments(run2, [second]);
    const closed = store.db.prepare('SELECT content FROM fact_versions WHERE removed_run = ?').pluck().all(run2);
    expect(closed).toEqual([historyContent(first.facts[0]!)]);
    expect(history()).toEqual([second.facts[1], second.facts[2], second.facts[0]].map((f) => historyContent(f!)));
    expect(diffRuns(store, { from: run1, to: run2 }).changed.map((c) => [c.before.metric, c.after.metric])).toEqual([
      ['抽样合格率', '产品抽样合格率'],
    ]);
  });

  it('lists the facts a run added, removed and changed, by type and rule', () => {
    const run1 = store.beginRun(TEST_RUN);
    store.saveDocuments(run1, [
      buildRecord('d1', SENTENCES, [
        { sentence: 0, text: '合格率为90.5%', value: 90.5 },
        { sentence: 1, text: '案件300起', type: 'count', category: 'enforcement', value: 300, unit: '起', rule: 'count.cases' },
      ]),
      buildRecord('d2', ['合格率为80%。'], [{ sentence: 0, text: '合格率为80%', value: 80 }]),
    ]);
    const run2 = store.beginRun(TEST_RUN);
    store.saveDocuments(run2, [
      buildRecord('d1', SENTENCES, [
        { sentence: 0, text: '合格率为90.5%', value: 90.5, metric: '产品抽样合格率' },
        { sentence: 0, text: '提高1.2个百分点', type: 'change', value: 1.2, unit: 'pp', rule: 'change.pp' },
      ]),
    ]);

    const diff = diffRuns(store, { from: run1, to: run2 });
    expect(diff.added.map((f) => [f.doc, f.type, f.value, f.rule])).toEqual([['d1', 'change', 1.2, 'change.pp']]);
    expect(diff.removed.map((f) => [f.doc, f.type, f.value])).toEqual([['d1', 'count', 300]]);
    expect(diff.changed.map((c) => [c.before.metric, c.after.metric])).toEqual([['抽样合格率', '产品抽样合格率']]);
    expect(diff.groups).toEqual([
      { type: 'change', rule: 'change.pp', added: 1, removed: 0, changed: 0 },
      { type: 'count', rule: 'count.cases', added: 0, removed: 1, changed: 0 },
      { type: 'rate', rule: 'rate.test', added: 0, removed: 0, changed: 1 },
    ]);
    expect(diff.documents).toEqual(['d1']);

    // Backwards, the same differences the other way round.
    const back = diffRuns(store, { from: run2, to: run1 });
    expect(back.added.map((f) => f.type)).toEqual(['count']);
    expect(back.removed.map((f) => f.type)).toEqual(['change']);
    expect(back.changed[0]!.after.metric).toBe('抽样合格率');

    // From the empty database, everything live after run 2 is added.
    const all = diffRuns(store, { from: 0, to: run2 });
    expect(all.added).toHaveLength(3);
    expect(all.removed).toHaveLength(0);

    // The entries (the web page's diff, facts read per page) list the same versions, counted the same way.
    const load = historyFactLoader(store.db);
    for (const [from, to] of [
      [run1, run2],
      [run2, run1],
      [0, run2],
      [0, run1],
    ] as const) {
      const full = diffRuns(store, { from, to });
      const entries = diffRunEntries(store, { from, to });
      expect({ ...entries, added: entries.added.map(load), removed: entries.removed.map(load) }).toEqual({
        ...full,
        changed: entries.changed,
      });
      expect(entries.changed.map(({ before, after }) => ({ before: load(before), after: load(after) }))).toEqual(full.changed);
    }
  });

  it('reports nothing when a run stores the same facts again', () => {
    const run1 = store.beginRun(TEST_RUN);
    store.saveDocuments(run1, sampleRecords());
    const run2 = store.beginRun(TEST_RUN);
    store.saveDocuments(run2, sampleRecords());
    const diff = diffRuns(store, { from: run1, to: run2 });
    expect([diff.added, diff.removed, diff.changed, diff.groups]).toEqual([[], [], [], []]);
    expect(store.db.prepare('SELECT count(*) FROM fact_history').pluck().get()).toBe(7);
  });

  it('ignores a fact that came and went between the two runs, and a document stored twice in one run', () => {
    const run1 = store.beginRun(TEST_RUN);
    store.saveDocuments(run1, [buildRecord('d', ['合格率为80%。'], [{ sentence: 0, text: '合格率为80%', value: 80 }])]);
    const run2 = store.beginRun(TEST_RUN);
    store.saveDocuments(run2, [buildRecord('d', ['合格率为80%。'], [{ sentence: 0, text: '合格率为80%', value: 81 }])]);
    store.saveDocuments(run2, [buildRecord('d', ['合格率为80%。'], [{ sentence: 0, text: '合格率为80%', value: 82 }])]);
    const run3 = store.beginRun(TEST_RUN);
    store.saveDocuments(run3, [buildRecord('d', ['合格率为80%。'], [{ sentence: 0, text: '合格率为80%', value: 80 }])]);
    expect(diffRuns(store, { from: run1, to: run3 }).changed).toEqual([]);
    expect(diffRuns(store, { from: run1, to: run2 }).changed.map((c) => [c.before.value, c.after.value])).toEqual([[80, 82]]);
    expect(store.db.prepare('SELECT count(*) FROM fact_history').pluck().get()).toBe(3);
  });

  it('refuses a run that does not exist, or a database without runs', () => {
    expect(() => diffRuns(store)).toThrow(/no runs in this database yet/);
    expect(() => diffRuns(store, { from: 0, to: 4 })).toThrow(/no run 4/);
  });

  it('compares the latest run with the one before by default, and prints a summary and details', () => {
    const run1 = store.beginRun(TEST_RUN);
    store.saveDocuments(run1, [buildRecord('d', SENTENCES, [{ sentence: 0, text: '合格率为90.5%', value: 90.5 }])]);
    expect(diffRuns(store)).toMatchObject({ from: 0, to: run1 });
    const run2 = store.beginRun(TEST_RUN);
    store.saveDocuments(run2, [
      buildRecord('d', SENTENCES, [
        { sentence: 0, text: '合格率为90.5%', value: 90.5, period: '2010' },
        { sentence: 1, text: '案件300起', type: 'count', category: 'enforcement', value: 300, unit: '起', rule: 'count.cases' },
      ]),
    ]);
    const diff = diffRuns(store);
    expect([diff.from, diff.to]).toEqual([run1, run2]);
    expect(formatDiffSummary(diff)).toBe(
      [
        `facts from run ${run1} to run ${run2}: 1 added, 0 removed, 1 changed in 1 document`,
        'type   rule         added  removed  changed',
        '-----  -----------  -----  -------  -------',
        'count  count.cases     +1       -0       ~0',
        'rate   rate.test       +0       -0       ~1',
        '',
      ].join('\n'),
    );
    expect(formatDiffDetails(diff)).toBe(
      [
        '+ d  count 抽样合格率: 300 起  「案件300起」 [count.cases]',
        '~ d  rate 抽样合格率: 90.5 %  「合格率为90.5%」 [rate.test]  (period "2009" → "2010")',
        '',
      ].join('\n'),
    );
  });

  it('lists the stored state of every document for reprocessing', () => {
    store.saveDocuments(store.beginRun(TEST_RUN), sampleRecords());
    expect(store.documentStates().map((s) => [s.id, s.sha256, s.stageKeys.clean])).toEqual([
      ['doc_a', 'sha-doc_a', 'k-clean-doc_a'],
      ['doc_b', 'sha-doc_b', 'k-clean-doc_b'],
      ['doc_a_copy', 'sha-doc_a_copy', 'k-clean-doc_a_copy'],
    ]);
  });
});
