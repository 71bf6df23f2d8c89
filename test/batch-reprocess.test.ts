import { CodePointIndex } from '../core/code-points';
import { decodeTokens } from '../core/token-blob';
import { copyFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffRuns, type HistoryFact } from '../output/diff';
import { historyContent } from '../output/fact-history';
import { Store } from '../output/store';
import { reprocess } from '../batch/reprocess';
import { runCorpus } from '../batch/run-corpus';
import type { Fact } from '../core/document';
import {
  copyDictionaries,
  dropIncreaseFromChangeRule,
  NEW_WORD,
  snapshot,
  tempDir,
  withNewWord,
  writeFixtureCorpus,
  type Snapshot,
} from './batch-fixtures';

const tmp = tempDir();
let corpus: string;
let original: string;
let withWord: string;
let withRule: string;
/** A database after a full run with the unchanged dictionaries, copied by each test that changes one. */
let baseline: string;
let baselineSnapshot: Snapshot;

const run = (db: string, dictionariesDir: string) => runCorpus({ db, inputs: [corpus], jobs: 1, dictionariesDir, codeVersion: 'test' });
const rerun = (db: string, dictionariesDir: string) => reprocess({ db, jobs: 1, dictionariesDir, codeVersion: 'test' });

function copyOfBaseline(name: string): string {
  const file = tmp.file(name);
  copyFileSync(baseline, file);
  return file;
}

beforeAll(async () => {
  corpus = writeFixtureCorpus(tmp.file('corpus'));
  original = copyDictionaries(tmp.file('dictionaries'));
  withWord = copyDictionaries(tmp.file('dictionaries-word'), withNewWord);
  withRule = copyDictionaries(tmp.file('dictionaries-rule'), dropIncreaseFromChangeRule);
  baseline = tmp.file('baseline.db');
  const summary = await run(baseline, original);
  expect(summary.processed).toBe(12);
  baselineSnapshot = snapshot(baseline);
});
afterAll(() => tmp.cleanup());

describe('reprocess after a word is added to the user dictionary', () => {
  let db: string;
  let summary: Awaited<ReturnType<typeof reprocess>>;
  let after: Snapshot;

  beforeAll(async () => {
    db = copyOfBaseline('word.db');
    summary = await rerun(db, withWord);
    after = snapshot(db);
  });

  /** Documents whose text has the new word: they must be segmented again; the others may be (one key for all) or not (keys per document). */
  const withTheWord = () => baselineSnapshot.documents.filter((d) => String(d.norm_text).includes(NEW_WORD)).map((d) => d.id as string);

  it('resumes at segmentation and runs only segmentation, scope and extraction', () => {
    expect(withTheWord().length).toBe(4);
    expect([12, withTheWord().length]).toContain(summary.processed);
    expect(summary.resumedAt).toEqual({ segment: summary.processed });
    expect(summary.unchanged).toBe(12 - summary.processed);
    // Transient stages (their layer is not stored: the tables) run again before the one resumed at.
    const ran = Object.entries(summary.stageMs)
      .filter(([, ms]) => ms > 0)
      .map(([stage]) => stage);
    expect(ran.sort()).toEqual(['extract', 'scope', 'segment']);
  });

  it('leaves the cached layers as they were and changes only the keys of segmentation and extraction', () => {
    const cachedStages = ['clean', 'normalise', 'metadata', 'sentences'];
    after.documents.forEach((doc, i) => {
      const before = baselineSnapshot.documents[i]!;
      // The tokens are the segmentation's layer: they change only where the word is.
      const { stage_keys: keysAfter, tokens: tokensAfter, ...restAfter } = doc;
      const { stage_keys: keysBefore, tokens: tokensBefore, ...restBefore } = before;
      expect(restAfter).toEqual(restBefore);
      if (!withTheWord().includes(doc.id as string)) expect(tokensAfter).toEqual(tokensBefore);
      const [a, b] = [JSON.parse(keysAfter as string), JSON.parse(keysBefore as string)] as Record<string, string>[];
      for (const stage of cachedStages) expect(a![stage]).toBe(b![stage]);
      if (withTheWord().includes(doc.id as string)) for (const stage of ['segment', 'extract']) expect(a![stage]).not.toBe(b![stage]);
    });
    expect(after.sentences).toEqual(baselineSnapshot.sentences);
  });

  it('segments the new word as one token where the text has it', () => {
    const hasWord = (s: Snapshot) =>
      s.documents.filter((row) =>
        decodeTokens(row.tokens as Uint8Array, new CodePointIndex(row.norm_text as string)).some((t) => t.word === NEW_WORD),
      ).length;
    expect(hasWord(baselineSnapshot)).toBe(0);
    expect(hasWord(after)).toBeGreaterThan(0);
  });

  it('stores exactly what a fresh full run with the changed dictionaries stores', async () => {
    const fresh = tmp.file('word-fresh.db');
    await run(fresh, withWord);
    expect(after).toEqual(snapshot(fresh));
  });

  it('then does nothing, says so, and records no run', async () => {
    const store = Store.open(db);
    const runs = store.runs().length;
    store.close();
    const again = await rerun(db, withWord);
    expect(again).toMatchObject({ runId: 0, processed: 0, unchanged: 12, resumedAt: {} });
    expect(again.derived?.refreshed).toBe(false);
    const reopened = Store.open(db, { readonly: true });
    expect(reopened.runs().length).toBe(runs);
    reopened.close();
    expect(snapshot(db)).toEqual(after);
  });
});

describe('reprocess after one rule pattern changes', () => {
  let db: string;
  let runId: number;
  let before: Snapshot;
  let after: Snapshot;

  beforeAll(async () => {
    db = copyOfBaseline('rule.db');
    before = snapshot(db);
    const summary = await rerun(db, withRule);
    expect(summary.resumedAt).toEqual({ extract: 12 });
    runId = summary.runId;
    after = snapshot(db);
  });

  const keyOf = (f: { doc?: unknown; fact_key?: unknown }) => `${String(f.doc)} ${String(f.fact_key)}`;
  const content = (row: Record<string, unknown>) => historyContent(row as unknown as Fact);
  const asDiffRow = (f: HistoryFact) =>
    `${keyOf(f)} ${historyContent({ ...f, doc: f.doc, start: 0, end: 0, sentence: 0, region_code: null })}`;
  const asFactRow = (row: Record<string, unknown>) => `${keyOf(row)} ${content(row)}`;

  it('reports in the diff exactly the facts that differ between the stored states', () => {
    const old = new Map(before.facts.map((f) => [keyOf(f), f]));
    const now = new Map(after.facts.map((f) => [keyOf(f), f]));
    const removed = before.facts
      .filter((f) => !now.has(keyOf(f)))
      .map(asFactRow)
      .sort();
    const added = after.facts
      .filter((f) => !old.has(keyOf(f)))
      .map(asFactRow)
      .sort();
    const changed = after.facts
      .filter((f) => old.has(keyOf(f)) && content(old.get(keyOf(f))!) !== content(f))
      .map(asFactRow)
      .sort();

    const store = Store.open(db, { readonly: true });
    const diff = diffRuns(store, { from: 1, to: runId });
    store.close();
    expect(diff.removed.map(asDiffRow).sort()).toEqual(removed);
    expect(diff.added.map(asDiffRow).sort()).toEqual(added);
    expect(diff.changed.map((c) => asDiffRow(c.after)).sort()).toEqual(changed);
    expect(diff.documents).toEqual([...new Set([...removed, ...added, ...changed].map((row) => row.split(' ')[0]!))].sort());
  });

  it('touches exactly the facts the rule made from an increase (增加)', () => {
    const store = Store.open(db, { readonly: true });
    const diff = diffRuns(store, { from: 1, to: runId });
    store.close();
    const expectedGone = before.facts
      .filter((f) => f.rule === 'change.absolute' && String(f.text).includes('增加'))
      .map(keyOf)
      .sort();
    expect(expectedGone.length).toBeGreaterThanOrEqual(4);
    const gone = [...diff.removed, ...diff.changed.map((c) => c.before)].map(keyOf).sort();
    expect(gone).toEqual(expectedGone);
    // What replaces each is a fact of another rule on the same numeral.
    for (const fact of [...diff.added, ...diff.changed.map((c) => c.after)]) {
      expect(fact.rule).not.toBe('change.absolute');
      const replaced = before.facts.find(
        (f) =>
          f.doc === fact.doc &&
          expectedGone.includes(keyOf(f)) &&
          (f.raw_start as number) < fact.raw_end &&
          fact.raw_start < (f.raw_end as number),
      );
      expect(replaced, `${fact.doc}: ${fact.text}`).toBeDefined();
    }
    // The decreases the rule still reads are untouched.
    const decreases = (s: Snapshot) => s.facts.filter((f) => f.rule === 'change.absolute' && String(f.text).includes('减少'));
    expect(decreases(after)).toEqual(decreases(before));
  });

  it('stores the facts of a fresh full run with the changed rule', async () => {
    const fresh = tmp.file('rule-fresh.db');
    await run(fresh, withRule);
    expect(after).toEqual(snapshot(fresh));
  });
});

describe('derived data after a command stopped before refreshing it', () => {
  it('is recomputed by the next command, even one with nothing to re-run', async () => {
    const db = copyOfBaseline('stale.db');
    // What a run killed after storing a batch leaves: a repost stored without its duplicate mark.
    const store = Store.open(db);
    const runId = store.beginRun({ command: 'run', codeVersion: 'test', dictionaryHashes: {} });
    const [repost] = [...store.loadRecords(['city-2012-repost'])];
    store.saveDocuments(runId, [{ ...repost!, duplicateOf: null }]);
    store.close();
    const stale = snapshot(db);
    expect(stale.documents.find((d) => d.id === 'city-2012-repost')!.duplicate_of).toBeNull();

    const summary = await rerun(db, original);
    expect(summary.runId).toBe(0);
    expect(summary.derived).toMatchObject({ refreshed: true, duplicates: 2, keywordDocuments: 10 });
    const repaired = snapshot(db);
    expect(repaired.documents).toEqual(baselineSnapshot.documents);
    expect(repaired.keywords).toEqual(baselineSnapshot.keywords);
  });

  it('keeps keywords for every document that is not a duplicate', () => {
    const docs = baselineSnapshot.documents
      .filter((d) => d.duplicate_of === null)
      .map((d) => d.id)
      .sort();
    expect([...new Set(baselineSnapshot.keywords.map((k) => k.doc))].sort()).toEqual(docs);
    expect(baselineSnapshot.documents.filter((d) => d.duplicate_of !== null).map((d) => [d.id, d.duplicate_of])).toEqual([
      ['city-2012-repost', 'city-2012-report'],
      ['zz-city-2012-copy', 'city-2012-report'],
    ]);
  });
});

describe('run over a corpus already stored', () => {
  it('skips every document whose bytes and keys are unchanged, and re-runs all with --force', async () => {
    const db = copyOfBaseline('again.db');
    const again = await run(db, original);
    expect(again).toMatchObject({ processed: 0, unchanged: 12 });
    expect(again.derived?.refreshed).toBe(false);
    expect(snapshot(db)).toEqual(baselineSnapshot);

    const forced = await runCorpus({ db, inputs: [corpus], jobs: 1, dictionariesDir: original, codeVersion: 'test', force: true });
    expect(forced).toMatchObject({ processed: 12, unchanged: 0, duplicates: 2 });
    expect(snapshot(db)).toEqual(baselineSnapshot);
  });
});
