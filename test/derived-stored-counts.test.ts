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
import { Dictionaries } from '../core/dictionaries';
import { rankKeywords } from '../pipeline/keywords';
import { Pipeline } from '../pipeline/pipeline';
import type { SentenceRecord } from '../core/record';
import { countWords, parseWordCounts, wordCountsJson } from '../core/word-counts';
import { copyDictionaries, NEW_WORD, tempDir, withNewWord, writeFixtureCorpus } from './batch-fixtures';

const sentence = (order: number, words: string[]): SentenceRecord => ({
  order,
  start: 0,
  end: 0,
  rawStart: 0,
  rawEnd: 0,
  text: words.join(''),
  tokens: words.map((word) => ({ word, tag: 'n' })),
});

/** Words that are awkward as object keys or in JSON: escapes, lone surrogates, integer-like keys, prototype names. */
const AWKWARD = [
  '__proto__',
  'constructor',
  '__key',
  '2012',
  '0',
  '"引号"',
  'back\\slash',
  'tab\there',
  '\ud800',
  '\udc00x',
  '\u2028',
  '质量',
  '',
];
const word = fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 }));

describe('stored word counts (documents.word_counts)', () => {
  it('count every token of every sentence, words in order of first use', () => {
    const json = wordCountsJson([sentence(0, ['质量', '，', '监督']), sentence(1, ['质量', '2012', '。']), sentence(2, [])]);
    expect(json).toBe('{"2012":1,"质量":2,"，":1,"监督":1,"。":1}');
  });

  it('are written exactly as JSON.stringify writes the counting object, array-index keys first', () => {
    const indexLike = fc.oneof(
      fc.nat({ max: 5000 }).map(String),
      fc.constantFrom('4294967294', '4294967295', '01', '-1', '1.5', '99999999999'),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(word, indexLike), { maxLength: 40 }), fc.nat({ max: 3 }), (words, cut) => {
        const sentences = [sentence(0, words.slice(0, cut)), sentence(1, words.slice(cut))];
        expect(wordCountsJson(sentences)).toBe(JSON.stringify(countWords(words)));
      }),
      { numRuns: 500 },
    );
  });

  it('read back as the words and counts of their JSON object, in its key order', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), (words) => {
        const json = wordCountsJson([sentence(0, words)]);
        const parsed = parseWordCounts(json);
        const object = JSON.parse(json) as Record<string, number>;
        expect(parsed.words).toEqual(Object.keys(object));
        expect(parsed.counts).toEqual(Object.keys(object).map((w) => object[w]));
        expect(Object.fromEntries(parsed.words.map((w, i) => [w, parsed.counts[i]]))).toEqual({ ...countWords(words) });
      }),
      { numRuns: 300 },
    );
  });

  it('read JSON in another form (spaces, a fraction) through JSON.parse', () => {
    expect(parseWordCounts('{ "质量" : 2, "监督": 1 }')).toEqual({ words: ['质量', '监督'], counts: [2, 1] });
    expect(parseWordCounts('{"质量":1.5}')).toEqual({ words: ['质量'], counts: [1.5] });
    expect(parseWordCounts('{}')).toEqual({ words: [], counts: [] });
  });
});

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

describe('rankCountedKeywords over stored word counts', () => {
  it('gives what rankCorpusKeywords and natural (rankKeywords) give over the words', () => {
    const corpus = fc
      .array(fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 40 }), { minLength: 1, maxLength: 10 })
      .map((list) => list.map((words, i) => ({ id: `d${i}`, words })));
    fc.assert(
      fc.property(corpus, fc.integer({ min: 1, max: 8 }), (docs, limit) => {
        const stored = docs.map((d) => ({ id: d.id, ...parseWordCounts(wordCountsJson([sentence(0, d.words)])) }));
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

describe('the derived data from stored counts and lengths, and from texts and tokens', () => {
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

  it('stores for every document the length its fingerprints hashed and the counts of its stored tokens', () =>
    withCopy('stored.db', (store) => {
      const rows = store.db.prepare('SELECT id, norm_text, fingerprint_length, word_counts FROM documents').all() as {
        id: string;
        norm_text: string;
        fingerprint_length: number | null;
        word_counts: string | null;
      }[];
      expect(rows.length).toBe(12);
      for (const row of rows) {
        expect(row.fingerprint_length, row.id).toBe(contentCharacters(row.norm_text).length);
        expect(JSON.parse(row.word_counts!), row.id).toEqual({ ...countWords(store.tokenWords(row.id)) });
      }
    }));

  const cases: [string, string][] = [
    ['without word counts and lengths', 'UPDATE documents SET word_counts = NULL, fingerprint_length = NULL'],
    [
      'without fingerprints at all',
      'UPDATE documents SET word_counts = NULL, fingerprint_length = NULL, fingerprint_exact = NULL, fingerprint_simhash = NULL',
    ],
    ['with every other document without them', 'UPDATE documents SET word_counts = NULL, fingerprint_length = NULL WHERE rowid % 2 = 0'],
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

  it('loads the length and word counts back into the record, and a resumed record keeps them right', () =>
    withCopy('records.db', (store) => {
      const pipeline = new Pipeline(undefined, dictionaries);
      for (const record of store.loadRecords(undefined, { tokensAsJson: true })) {
        const row = store.db.prepare('SELECT fingerprint_length, word_counts FROM documents WHERE id = ?').get(record.source.id) as {
          fingerprint_length: number;
          word_counts: string;
        };
        expect(record.fingerprint?.length).toBe(row.fingerprint_length);
        expect(record.wordCounts).toBe(row.word_counts);
        const resumed = runTask(pipeline, { kind: 'resume', record: structuredClone(record), fromStage: 'extract' });
        expect(resumed.wordCounts).toBe(record.wordCounts);
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
      const rows = store.db.prepare('SELECT id, word_counts FROM documents').all() as { id: string; word_counts: string }[];
      for (const row of rows) expect(JSON.parse(row.word_counts), row.id).toEqual({ ...countWords(store.tokenWords(row.id)) });
      expect(rows.filter((row) => NEW_WORD in (JSON.parse(row.word_counts) as Record<string, number>)).length).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  });
});
