import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMigrations, openDatabase, QMINE_APPLICATION_ID, type Migration } from '../output/database';
import { Store, StoreError } from '../output/store';
import { sampleRecords, tempDir, TEST_RUN } from './output-fixtures';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const addNotes: Migration = { version: 2, name: '002-add-fact-notes.sql', sql: 'ALTER TABLE facts ADD COLUMN note TEXT;' };

describe('opening a database', () => {
  it('creates a qmine database that identifies itself', () => {
    const file = tmp.file('new.db');
    Store.open(file, { codeVersion: '1.2.3' }).close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(QMINE_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
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
    other.exec("CREATE TABLE things (x); INSERT INTO things VALUES (1)");
    other.close();
    const before = readFileSync(file);
    for (const readonly of [true, false]) expect(() => Store.open(file, { readonly })).toThrow(/not a qmine database/);
    expect(readFileSync(file)).toEqual(before);
  });

  it('refuses a database of a newer schema version', () => {
    const file = tmp.file('newer.db');
    openDatabase(file, { migrations: [addNotes] }).close();
    for (const readonly of [true, false]) expect(() => Store.open(file, { readonly })).toThrow(/schema version 2, newer than this qmine's 1/);
  });

  it('upgrades an older database when opened for writing, keeping its data', () => {
    const file = tmp.file('older.db');
    const store = Store.open(file);
    store.saveDocuments(store.beginRun(TEST_RUN), sampleRecords());
    store.close();
    expect(() => openDatabase(file, { readonly: true, migrations: [addNotes] })).toThrow(/older than this qmine's 2: open it for writing once/);
    const upgraded = openDatabase(file, { migrations: [addNotes] });
    expect(upgraded.pragma('user_version', { simple: true })).toBe(2);
    expect(upgraded.prepare('SELECT count(*) FROM facts WHERE note IS NULL').pluck().get()).toBe(7);
    upgraded.close();
    // Once upgraded, a read-only open with the same migrations works.
    openDatabase(file, { readonly: true, migrations: [addNotes] }).close();
  });

  it('leaves the version unchanged when a migration fails', () => {
    const file = tmp.file('failing.db');
    Store.open(file).close();
    const broken: Migration = { version: 2, name: '002-broken.sql', sql: 'ALTER TABLE facts ADD COLUMN note TEXT; ALTER TABLE nowhere ADD COLUMN x;' };
    expect(() => openDatabase(file, { migrations: [broken] })).toThrow(/cannot upgrade the database to version 2 \(002-broken.sql\)/);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM pragma_table_info('facts') WHERE name = 'note'").pluck().get()).toBe(0);
    db.close();
  });

  it('builds a new database by the same path as an upgrade: baseline then migrations', () => {
    const file = tmp.file('fresh.db');
    const db = openDatabase(file, { migrations: [addNotes] });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
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
