import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { registerQuery } from '../cli/commands/query';
import { openDatabase } from '../output/database';
import { readOnlyQuery } from '../output/query';
import { runCli, tempDir, sampleDatabase } from './output-fixtures';

const dbFile = sampleDatabase('query.db');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

const counts = () => {
  const db = new Database(dbFile, { readonly: true });
  const result = ['documents', 'facts', 'sentences'].map((t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get());
  db.close();
  return result;
};

describe('qmine query', () => {
  it.each([
    ['DELETE FROM facts', 'DELETE'],
    ['DROP TABLE facts', 'DROP'],
    ['drop view pass_rates', 'DROP'],
    ["UPDATE facts SET value = 0 WHERE type = 'rate'", 'UPDATE'],
    ["INSERT INTO meta VALUES ('x', 'y')", 'INSERT'],
    ['WITH old AS (SELECT id FROM facts) DELETE FROM facts WHERE id IN old', 'DELETE'],
    ['/* tidy */ CREATE TABLE notes (x)', 'CREATE'],
    ['PRAGMA user_version = 7', 'PRAGMA'],
    ['VACUUM', 'VACUUM'],
  ])('refuses %s with one clear line and leaves the database as it was', async (sql, verb) => {
    const before = counts();
    const { stdout, stderr, exitCode } = await runCli(registerQuery, ['query', '--db', dbFile, sql]);
    expect(exitCode).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`qmine query: refused: qmine query only reads, and ${verb} would change the database\n`);
    expect(counts()).toEqual(before);
  });

  it('runs on a connection that cannot write even what the check lets through', () => {
    const db = openDatabase(dbFile, { readonly: true });
    expect(db.readonly).toBe(true);
    expect(() => db.prepare('DELETE FROM facts').run()).toThrow(/readonly/);
    db.close();
  });

  it.each([
    ['SELEC * FROM facts', /^qmine query: SQL error: near "SELEC": syntax error\n$/],
    ['SELECT * FROM nowhere', /^qmine query: SQL error: no such table: nowhere\n$/],
    ['SELECT 1; SELECT 2', /^qmine query: SQL error: The supplied SQL string contains more than one statement\n$/],
    ['   ', /^qmine query: no SQL statement given\n$/],
  ])('reports malformed SQL %j in one line', async (sql, message) => {
    const { stdout, stderr, exitCode } = await runCli(registerQuery, ['query', '--db', dbFile, sql]);
    expect([exitCode, stdout]).toEqual([1, '']);
    expect(stderr).toMatch(message);
  });

  it('reports a missing, a non-SQLite and a non-qmine database in one line, creating and changing nothing', async () => {
    const text = tmp.file('notes.txt');
    writeFileSync(text, 'not a database at all, just some notes '.repeat(30));
    const other = tmp.file('other.db');
    const db = new Database(other);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const otherBytes = readFileSync(other);
    for (const [file, message] of [
      [tmp.file('absent.db'), /no such database/],
      [text, /is not a SQLite database/],
      [other, /is a SQLite database but not a qmine database/],
    ] as const) {
      const { stdout, stderr, exitCode } = await runCli(registerQuery, ['query', '--db', file, 'SELECT 1']);
      expect([exitCode, stdout]).toEqual([1, '']);
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(readFileSync(other)).toEqual(otherBytes);
    expect(() => readFileSync(tmp.file('absent.db'))).toThrow();
  });

  it('prints a table by default and csv, jsonl or json on request', async () => {
    const sql = 'SELECT doc, value, metric FROM pass_rates ORDER BY doc';
    const table = await runCli(registerQuery, ['query', '--db', dbFile, sql]);
    expect(table.exitCode).toBe(0);
    expect(table.stdout).toBe(
      [
        'doc    value  metric',
        '-----  -----  ------------------',
        'doc_a   90.5  工业产品抽样合格率',
        'doc_b     95  食品抽检合格率',
        '(2 rows)',
        '',
      ].join('\n'),
    );
    expect((await runCli(registerQuery, ['query', '--db', dbFile, '--format', 'csv', sql])).stdout).toBe(
      'doc,value,metric\r\ndoc_a,90.5,工业产品抽样合格率\r\ndoc_b,95,食品抽检合格率\r\n',
    );
    expect((await runCli(registerQuery, ['query', '--db', dbFile, '--format', 'jsonl', sql])).stdout.split('\n')[0]).toBe(
      '{"doc":"doc_a","value":90.5,"metric":"工业产品抽样合格率"}',
    );
    expect(JSON.parse((await runCli(registerQuery, ['query', '--db', dbFile, '--format', 'json', sql])).stdout)).toHaveLength(2);
  });

  it('keeps columns of the same name apart', () => {
    const db = openDatabase(dbFile, { readonly: true });
    const result = readOnlyQuery(db, 'SELECT f.doc, d.id AS doc FROM facts f JOIN documents d ON d.id = f.doc LIMIT 1');
    expect(result.columns).toEqual(['doc', 'doc']);
    expect([...result.rows]).toEqual([['doc_a', 'doc_a']]);
    db.close();
  });
});
