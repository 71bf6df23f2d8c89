import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../output/store';
import { buildRecord, sampleRecords, tempDir, TEST_RUN } from './output-fixtures';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

/** The facts table's index definitions, by name. */
function factIndexes(store: Store): Record<string, string> {
  const rows = store.db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'facts' AND sql IS NOT NULL ORDER BY name")
    .all() as { name: string; sql: string }[];
  return Object.fromEntries(rows.map((r) => [r.name, r.sql]));
}

/** Every stored fact, in a fixed order, and what the planner uses to find facts of one type. */
function factsAndPlan(store: Store): { facts: unknown[]; plan: string } {
  const facts = store.db.prepare('SELECT * FROM facts ORDER BY doc, id').raw().all();
  const plan = (store.db.prepare("EXPLAIN QUERY PLAN SELECT * FROM facts WHERE type = 'rate'").all() as { detail: string }[])
    .map((r) => r.detail)
    .join('; ');
  return { facts, plan };
}

const records = () => [...sampleRecords(), buildRecord('doc_d', ['全省食品抽样合格率为97.1%。', '查处违法案件12起。'])];

describe("the facts' indexes of a run into an empty database", () => {
  it('are dropped while it stores, but the one by document, and built again at the end as they were', () => {
    const direct = Store.open(tmp.file('direct.db'));
    const before = factIndexes(direct);
    direct.saveDocuments(direct.beginRun(TEST_RUN), records());
    const expected = factsAndPlan(direct);
    direct.close();
    expect(Object.keys(before).length).toBeGreaterThan(2);
    expect(expected.plan).toContain('facts_type');

    const store = Store.open(tmp.file('deferred.db'));
    expect(store.deferFactIndexes()).toBe(true);
    expect(Object.keys(factIndexes(store))).toEqual(['facts_doc']);
    expect(store.deferFactIndexes()).toBe(false);
    store.saveDocuments(store.beginRun(TEST_RUN), records());
    store.restoreFactIndexes();
    expect(factIndexes(store)).toEqual(before);
    expect(factsAndPlan(store)).toEqual(expected);
    expect(store.metaValue('fact_indexes_deferred')).toBeNull();
    store.close();
  });

  it('are built again by the next open for writing when the run died before its end', () => {
    const store = Store.open(tmp.file('died.db'));
    const before = factIndexes(store);
    expect(store.deferFactIndexes()).toBe(true);
    store.saveDocuments(store.beginRun(TEST_RUN), records());
    store.close();
    const reopened = Store.open(tmp.file('died.db'));
    expect(factIndexes(reopened)).toEqual(before);
    expect(reopened.metaValue('fact_indexes_deferred')).toBeNull();
    reopened.close();
  });

  it('are left alone in a database that has facts', () => {
    const store = Store.open(tmp.file('stored.db'));
    store.saveDocuments(store.beginRun(TEST_RUN), records());
    const before = factIndexes(store);
    expect(store.deferFactIndexes()).toBe(false);
    expect(factIndexes(store)).toEqual(before);
    store.close();
  });
});
