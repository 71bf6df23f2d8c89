import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMigrations, openDatabase } from '../output/database';
import { searchSentences } from '../output/search';
import { Store } from '../output/store';
import { sampleRecords, tempDir, TEST_RUN } from './output-fixtures';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

/** The schema before migrations 015–017: sentence spans named their document by id, the index kept positions. */
const BEFORE_SPANS_BY_NUMBER = 14;

/** Two documents stored at version 14 by SQL, 'later' before 'earlier' (storage order is not id order). */
function databaseOfVersion14(file: string): void {
  const db = openDatabase(file, { migrations: loadMigrations().filter((m) => m.version <= BEFORE_SPANS_BY_NUMBER) });
  db.exec(`
    INSERT INTO runs (id, command, started_at, code_version, dictionary_hashes) VALUES (1, 'run', '2026-01-01T00:00:00Z', 'test', '{}');
    INSERT INTO texts (key, raw, raw_bytes, norm_text, norm_bytes, norm_map, tokens, tokens_bytes)
      VALUES ('k', CAST('x' AS BLOB), 1, CAST('x' AS BLOB), 1, X'00', NULL, NULL);
    INSERT INTO documents (id, path, sha256, encoding, format, mojibake, stage_keys, run, text_key)
      VALUES ('later', '/in/later.txt', 's1', 'utf-8', 'text', 0, '{}', 1, 'k'), ('earlier', '/in/earlier.txt', 's2', 'utf-8', 'text', 0, '{}', 1, 'k');
    INSERT INTO sentence_texts (id, hash, text) VALUES
      (1, text_hash('全省抽样合格率为96.5%。'), '全省抽样合格率为96.5%。'), (2, text_hash('查处质监案件12起。'), '查处质监案件12起。');
    INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentence_texts;
    INSERT INTO sentence_spans (id, doc, ordinal, start, end, raw_start, raw_end, text_id) VALUES
      (1, 'later', 0, 0, 15, 0, 15, 1), (2, 'later', 1, 15, 25, 15, 25, 2), (3, 'earlier', 0, 0, 15, 0, 15, 1);
    INSERT INTO facts (doc, type, category, metric, value, unit, bound, status, text, start, end, raw_start, raw_end, rule, sentence, run, fact_key)
      VALUES ('later', 'count', 'enforcement', '案件', 12, '起', 'exact', 'actual', '案件12起', 19, 24, 19, 24, 'count.cases', 1, 1, 'count@19-24');
  `);
  db.close();
}

describe('upgrading a database whose sentences named their document by id (migrations 015–017)', () => {
  it('keeps every sentence, fact and search result, and numbers documents in storage order', () => {
    const file = tmp.file('v14.db');
    databaseOfVersion14(file);
    const store = Store.open(file);
    const db = store.db;
    expect(db.prepare('SELECT number, id FROM documents ORDER BY number').raw().all()).toEqual([
      [1, 'later'],
      [2, 'earlier'],
    ]);
    expect(db.prepare('SELECT doc, ordinal, start, end, text FROM sentences ORDER BY doc, ordinal').raw().all()).toEqual([
      ['earlier', 0, 0, 15, '全省抽样合格率为96.5%。'],
      ['later', 0, 0, 15, '全省抽样合格率为96.5%。'],
      ['later', 1, 15, 25, '查处质监案件12起。'],
    ]);
    expect(
      db.prepare('SELECT f.doc, s.text FROM facts f JOIN sentences s ON s.doc = f.doc AND s.ordinal = f.sentence').raw().all(),
    ).toEqual([['later', '查处质监案件12起。']]);
    const where = (query: string) => searchSentences(db, query).hits.map((h) => `${h.doc}#${h.sentence}`);
    expect(where('抽样合格率')).toEqual(['earlier#0', 'later#0']);
    expect(where('质监')).toEqual(['later#1']);
    expect(where('合格率 案件')).toEqual([]);
    expect(() => db.prepare("INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    // And it stores as a new database does.
    store.saveDocuments(store.beginRun(TEST_RUN), sampleRecords());
    expect(db.prepare("SELECT number FROM documents WHERE id = 'earlier'").pluck().get()).toBe(2);
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(2 + sampleRecords().length);
    store.close();
  });
});
