import { copyFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentCharacters } from '../batch/dedupe';
import { Store } from '../output/store';
import { rankCorpusKeywords, rankCountedKeywords } from '../batch/corpus-keywords';
import { refreshDerivedData } from '../batch/derived';
import { reprocess } from '../batch/reprocess';
import { runCorpus } from '../batch/run-corpus';
import { runTask } from '../batch/task';
import { CodePointIndex } from '../core/code-points';
import { decodeTokens } from '../core/token-blob';
import { Dictionaries } from '../core/dictionaries';
import { rankKeywords } from './natural-keywords';
import { Pipeline } from '../pipeline/pipeline';
import { countWords, countWordsInOrder, wordCountsOf } from '../core/word-counts';
import { copyDictionaries, NEW_WORD, tempDir, withNewWord, writeFixtureCorpus } from './batch-fixtures';

const STOPWORDS = new Set(['我们', '进一步']);
const VOCABULARY = [
  '质量',
  '监督',
  '抽查',
  '合格率',
  '计量',
  '标准化',
  '我们',
  '进一步',
  '1260',
  '2012',
  '，',
  '质',
  'GB',
  'constructor',
  '__proto__',
  '__key',
];

describe('countWordsInOrder', () => {
  it('gives the words and counts of the counting object, in its key order', () => {
    const word = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', '2012', '0', '01', '4294967294', '4294967295', '-1', '质量', ''),
      fc.string({ maxLength: 3 }),
      fc.nat({ max: 300 }).map(String),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (words) => {
        expect(countWordsInOrder(words)).toEqual(wordCountsOf(countWords(words)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('rankCountedKeywords over counted words', () => {
  it('gives what rankCorpusKeywords and natural (rankKeywords) give over the words', () => {
    const corpus = fc
      .array(fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 40 }), { minLength: 1, maxLength: 10 })
      .map((list) => list.map((words, i) => ({ id: `d${i}`, words })));
    fc.assert(
      fc.property(corpus, fc.integer({ min: 1, max: 8 }), (docs, limit) => {
        const stored = docs.map((d) => ({ id: d.id, ...wordCountsOf(countWords(d.words)) }));
        const actual = [...rankCountedKeywords(() => stored, limit, STOPWORDS).entries()];
        expect(actual).toEqual([...rankCorpusKeywords(docs, limit, STOPWORDS).entries()]);
        // natural cannot take '__proto__' as a term (its documents are plain objects).
        if (docs.every((d) => !d.words.includes('__proto__'))) expect(actual).toEqual([...rankKeywords(docs, limit, STOPWORDS).entries()]);
      }),
      { numRuns: 200 },
    );
  });

  it('reads the documents twice and keeps only the vocabulary in between', () => {
    let reads = 0;
    const ranked = rankCountedKeywords(
      () => {
        reads++;
        return [
          { id: 'a', words: ['计量', '质量'], counts: [3, 1] },
          { id: 'b', words: ['质量'], counts: [1] },
        ];
      },
      5,
      STOPWORDS,
    );
    expect(reads).toBe(2);
    expect(ranked.get('a')).toEqual([
      { word: '计量', weight: 3 * (1 + Math.log(2 / 2)) },
      { word: '质量', weight: 1 + Math.log(2 / 3) },
    ]);
  });
});

describe('the derived data from stored fingerprint lengths and tokens', () => {
  const tmp = tempDir('qmine-derived-');
  let dictionariesDir: string;
  let dictionaries: Dictionaries;
  let baseline: string;

  beforeAll(async () => {
    const corpus = writeFixtureCorpus(tmp.file('corpus'));
    dictionariesDir = copyDictionaries(tmp.file('dictionaries'));
    dictionaries = new Dictionaries(dictionariesDir);
    baseline = tmp.file('baseline.db');
    await runCorpus({ db: baseline, inputs: [corpus], jobs: 1, dictionariesDir, codeVersion: 'test' });
  });
  afterAll(() => tmp.cleanup());

  /** Runs `check` on a copy of the baseline database, which it closes afterwards. */
  function withCopy(name: string, check: (store: Store) => void): void {
    const file = tmp.file(name);
    copyFileSync(baseline, file);
    const store = Store.open(file);
    try {
      check(store);
    } finally {
      store.close();
    }
  }

  const derived = (store: Store) => ({
    marks: store.db.prepare('SELECT id, duplicate_of FROM documents ORDER BY rowid').all(),
    keywords: store.db.prepare('SELECT doc, rank, word, weight FROM keywords ORDER BY doc, rank').all(),
  });

  /** Forgets the derived data and what it was computed from, so that the refresh must decide everything again. */
  function forgetDerived(store: Store): void {
    store.db.exec("UPDATE documents SET duplicate_of = NULL; DELETE FROM keywords; DELETE FROM meta WHERE key = 'derived_signature'");
  }

  /** The words of every stored document, from its token blob and normalised text. */
  const storedWords = (store: Store, id: string) => {
    const row = store.db.prepare('SELECT norm_text, tokens FROM document_texts WHERE id = ?').get(id) as {
      norm_text: string;
      tokens: Buffer;
    };
    return decodeTokens(row.tokens, new CodePointIndex(row.norm_text)).map((t) => t.word);
  };

  it('stores for every document the length its fingerprints hashed and tokens that spell its sentences', () =>
    withCopy('stored.db', (store) => {
      const rows = store.db
        .prepare('SELECT d.id, t.norm_text, d.fingerprint_length FROM documents d JOIN document_texts t ON t.id = d.id')
        .all() as {
        id: string;
        norm_text: string;
        fingerprint_length: number | null;
      }[];
      expect(rows.length).toBe(12);
      for (const row of rows) {
        expect(row.fingerprint_length, row.id).toBe(contentCharacters(row.norm_text).length);
        const sentences = store.db.prepare('SELECT text FROM sentences WHERE doc = ? ORDER BY ordinal').pluck().all(row.id) as string[];
        expect(storedWords(store, row.id).join(''), row.id).toBe(sentences.join('').replace(/\s+/g, ''));
      }
    }));

  const cases: [string, string][] = [
    ['without fingerprint lengths', 'UPDATE documents SET fingerprint_length = NULL'],
    ['without fingerprints at all', 'UPDATE documents SET fingerprint_length = NULL, fingerprint_exact = NULL, fingerprint_simhash = NULL'],
    ['with every other document without them', 'UPDATE documents SET fingerprint_length = NULL WHERE rowid % 2 = 0'],
  ];
  cases.forEach(([what, update], i) => {
    it(`gives the same duplicate marks and keywords for documents stored ${what}`, () =>
      withCopy(`nulls-${i}.db`, (store) => {
        const expected = derived(store);
        expect(expected.keywords.length).toBeGreaterThan(0);
        expect(expected.marks.filter((m) => (m as { duplicate_of: string | null }).duplicate_of !== null).length).toBe(2);
        store.db.exec(update);
        forgetDerived(store);
        expect(refreshDerivedData(store, dictionaries, 0)).toMatchObject({ refreshed: true, duplicates: 2, keywordDocuments: 10 });
        expect(derived(store)).toEqual(expected);
      }));
  });

  it('gives the same after a refresh from the stored columns as the run did', () =>
    withCopy('refresh.db', (store) => {
      const expected = derived(store);
      forgetDerived(store);
      refreshDerivedData(store, dictionaries, 0);
      expect(derived(store)).toEqual(expected);
    }));

  it('loads the length and tokens back into the record, and a resumed record keeps them right', () =>
    withCopy('records.db', (store) => {
      const pipeline = new Pipeline(undefined, dictionaries);
      for (const record of store.loadRecords()) {
        const row = store.db
          .prepare('SELECT d.fingerprint_length, t.tokens FROM documents d JOIN document_texts t ON t.id = d.id WHERE d.id = ?')
          .get(record.source.id) as {
          fingerprint_length: number;
          tokens: Buffer;
        };
        expect(record.fingerprint?.length).toBe(row.fingerprint_length);
        expect(Buffer.from(record.tokens)).toEqual(row.tokens);
        const resumed = runTask(pipeline, { kind: 'resume', record: structuredClone(record), fromStage: 'extract' });
        expect(Buffer.from(resumed.tokens)).toEqual(row.tokens);
        expect(resumed.fingerprint).toEqual(record.fingerprint);
      }
    }));

  it('counts the new tokens of documents segmented again by reprocess', async () => {
    const file = tmp.file('reprocessed.db');
    copyFileSync(baseline, file);
    const summary = await reprocess({
      db: file,
      jobs: 1,
      dictionariesDir: copyDictionaries(tmp.file('dictionaries-word'), withNewWord),
      codeVersion: 'test',
    });
    expect(Object.keys(summary.resumedAt)).toEqual(['segment']);
    const store = Store.open(file);
    try {
      const ids = store.db.prepare('SELECT id FROM documents').pluck().all() as string[];
      expect(ids.filter((id) => storedWords(store, id).includes(NEW_WORD)).length).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  });
});
