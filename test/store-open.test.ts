import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BASELINE_VERSION,
  checkWritableDatabase,
  loadMigrations,
  openDatabase,
  QMINE_APPLICATION_ID,
  type Migration,
} from '../output/database';
import { Store, StoreError } from '../output/store';
import { sampleRecords, tempDir, TEST_RUN } from './output-fixtures';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

/** The migrations qmine ships, and one more after them that the tests add. */
const shipped = loadMigrations();
const latest = BASELINE_VERSION + shipped.length;
const next = latest + 1;
const nextName = (what: string) => `${String(next).padStart(3, '0')}-${what}.sql`;
const addNotes: Migration = { version: next, name: nextName('add-fact-notes'), sql: 'ALTER TABLE facts ADD COLUMN note TEXT;' };
const withNotes = [...shipped, addNotes];

describe('opening a database', () => {
  it('creates a qmine database that identifies itself', () => {
    const file = tmp.file('new.db');
    Store.open(file, { codeVersion: '1.2.3' }).close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(QMINE_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(db.prepare('SELECT key, value FROM meta WHERE key IN (?, ?) ORDER BY key').all('application', 'created_by')).toEqual([
      { key: 'application', value: 'qmine' },
      { key: 'created_by', value: '1.2.3' },
    ]);
    db.close();
  });

  it('refuses a missing file when read-only, and does not create it', () => {
    const file = tmp.file('missing.db');
    expect(() => Store.open(file, { readonly: true })).toThrow(StoreError);
    expect(() => Store.open(file, { readonly: true })).toThrow(/no such database/);
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a file that is not SQLite, leaving it unchanged', () => {
    const file = tmp.file('notes.db');
    writeFileSync(file, '这不是数据库 just some text that is long enough to look like a header…\n'.repeat(20));
    const before = readFileSync(file);
    for (const readonly of [true, false]) expect(() => Store.open(file, { readonly })).toThrow(/is not a SQLite database/);
    expect(readFileSync(file)).toEqual(before);
  });

  it('refuses a SQLite database made by another program, leaving it unchanged', () => {
    const file = tmp.file('other.db');
    const other = new Database(file);
    other.exec('CREATE TABLE things (x); INSERT INTO things VALUES (1)');
    other.close();
    const before = readFileSync(file);
    for (const readonly of [true, false]) expect(() => Store.open(file, { readonly })).toThrow(/not a qmine database/);
    expect(readFileSync(file)).toEqual(before);
  });

  it('refuses a database of a newer schema version', () => {
    const file = tmp.file('newer.db');
    openDatabase(file, { migrations: withNotes }).close();
    for (const readonly of [true, false])
      expect(() => Store.open(file, { readonly })).toThrow(new RegExp(`schema version ${next}, newer than this qmine's ${latest}`));
  });

  it('upgrades an older database when opened for writing, keeping its data', () => {
    const file = tmp.file('older.db');
    const store = Store.open(file);
    store.saveDocuments(store.beginRun(TEST_RUN), sampleRecords());
    store.close();
    expect(() => openDatabase(file, { readonly: true, migrations: withNotes })).toThrow(
      new RegExp(`older than this qmine's ${next}: open it for writing once`),
    );
    const upgraded = openDatabase(file, { migrations: withNotes });
    expect(upgraded.pragma('user_version', { simple: true })).toBe(next);
    expect(upgraded.prepare('SELECT count(*) FROM facts WHERE note IS NULL').pluck().get()).toBe(7);
    upgraded.close();
    // Once upgraded, a read-only open with the same migrations works.
    openDatabase(file, { readonly: true, migrations: withNotes }).close();
  });

  it('lets a writer check, before writing, that it can open an older database (reprocess upgrades it), and nothing else', () => {
    const older = tmp.file('older.db');
    Store.open(older).close();
    const before = readFileSync(older);
    expect(() => checkWritableDatabase(older, withNotes)).not.toThrow();
    expect(readFileSync(older)).toEqual(before);
    const newer = tmp.file('newer.db');
    openDatabase(newer, { migrations: withNotes }).close();
    expect(() => checkWritableDatabase(newer)).toThrow(/newer than this qmine's/);
    expect(() => checkWritableDatabase(tmp.file('missing.db'))).toThrow(/no such database/);
    const empty = tmp.file('empty.db');
    writeFileSync(empty, '');
    expect(() => checkWritableDatabase(empty)).toThrow(/empty file, not a qmine database/);
    const other = tmp.file('other.db');
    const otherDb = new Database(other);
    otherDb.exec('CREATE TABLE things (x)');
    otherDb.close();
    expect(() => checkWritableDatabase(other)).toThrow(/not a qmine database/);
  });

  it('upgrades a baseline database with the shipped migrations, and it stores and finds as a new one does', () => {
    const file = tmp.file('baseline.db');
    openDatabase(file, { migrations: [] }).close();
    const store = Store.open(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(latest);
    store.saveDocuments(store.beginRun(TEST_RUN), sampleRecords());
    const found = store.db.prepare('SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?').pluck().get('"合格率"') as number;
    const fresh = Store.open(tmp.file('fresh-for-comparison.db'));
    fresh.saveDocuments(fresh.beginRun(TEST_RUN), sampleRecords());
    expect(found).toBeGreaterThan(0);
    expect(found).toBe(fresh.db.prepare('SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?').pluck().get('"合格率"'));
    expect(() => store.db.prepare("INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    fresh.close();
    store.close();
  });

  it('upgrades tokens stored as JSON (version 3) by dropping the segment key, so that the next run segments again', () => {
    const file = tmp.file('v3.db');
    const tokensMigration = shipped.findIndex((m) => m.name.includes('compact-tokens'));
    const v3 = openDatabase(file, { migrations: shipped.slice(0, tokensMigration) });
    v3.prepare('INSERT INTO runs (id, command, started_at, code_version, dictionary_hashes) VALUES (1, ?, ?, ?, ?)').run(
      'run',
      'x',
      't',
      '{}',
    );
    v3.prepare(
      `INSERT INTO documents (id, path, sha256, encoding, format, mojibake, raw, clean_text, clean_map, norm_text, norm_map, stage_keys, run, word_counts)
       VALUES ('d', '/d.txt', 'h', 'utf-8', 'text', 0, '质量监督', '质量监督', x'00', '质量监督', x'00', ?, 1, '{"质量":1}')`,
    ).run(JSON.stringify({ clean: 'c', normalise: 'n', segment: 's', extract: 'e' }));
    v3.prepare(
      `INSERT INTO sentences (doc, ordinal, start, end, raw_start, raw_end, text, tokens) VALUES ('d', 0, 0, 4, 0, 4, '质量监督', ?)`,
    ).run('[["质量","n"],["监督","vn"]]');
    v3.close();
    const store = Store.open(file);
    expect(store.documentState('d')?.stageKeys).toEqual({ clean: 'c', normalise: 'n', extract: 'e' });
    expect(store.db.prepare("SELECT tokens FROM document_texts WHERE id = 'd'").pluck().get()).toBeNull();
    const columns = (table: string) => store.db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table);
    expect(columns('sentences')).not.toContain('tokens');
    expect(columns('documents')).not.toContain('clean_text');
    expect(store.db.prepare("SELECT text FROM sentences WHERE doc = 'd'").pluck().all()).toEqual(['质量监督']);
    store.close();
  });

  it('leaves the version unchanged when a migration fails', () => {
    const file = tmp.file('failing.db');
    Store.open(file).close();
    const broken: Migration = {
      version: next,
      name: nextName('broken'),
      sql: 'ALTER TABLE facts ADD COLUMN note TEXT; ALTER TABLE nowhere ADD COLUMN x;',
    };
    expect(() => openDatabase(file, { migrations: [...shipped, broken] })).toThrow(
      new RegExp(`cannot upgrade the database to version ${next} \\(${broken.name}\\)`),
    );
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(db.prepare("SELECT count(*) FROM pragma_table_info('facts') WHERE name = 'note'").pluck().get()).toBe(0);
    db.close();
  });

  it('builds a new database by the same path as an upgrade: baseline then migrations', () => {
    const file = tmp.file('fresh.db');
    const db = openDatabase(file, { migrations: withNotes });
    expect(db.pragma('user_version', { simple: true })).toBe(next);
    expect(db.prepare("SELECT count(*) FROM pragma_table_info('facts') WHERE name = 'note'").pluck().get()).toBe(1);
    db.close();
  });

  it('ships migrations that are consecutive from the baseline', () => {
    expect(() => loadMigrations()).not.toThrow();
  });

  it('recreates the views when views.sql changed, and leaves them alone otherwise', () => {
    const file = tmp.file('views.db');
    Store.open(file).close();
    const db = new Database(file);
    db.exec("DROP VIEW brands; UPDATE meta SET value = 'stale' WHERE key = 'views_sha256'");
    db.close();
    const reopened = Store.open(file);
    expect(reopened.db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'view' AND name = 'brands'").pluck().get()).toBe(1);
    const version = reopened.db.pragma('schema_version', { simple: true });
    reopened.close();
    const again = Store.open(file);
    expect(again.db.pragma('schema_version', { simple: true })).toBe(version);
    again.close();
  });

  it('refuses writes through a read-only store', () => {
    const file = tmp.file('ro.db');
    Store.open(file).close();
    const ro = Store.open(file, { readonly: true });
    expect(() => ro.beginRun(TEST_RUN)).toThrow(/readonly/);
    ro.close();
  });
});
