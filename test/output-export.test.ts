import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerExport } from '../cli/commands/export';
import { csvField, csvRecord, parseCsv } from '../output/csv';
import { EXPORT_TABLES, exportRows, type ExportTable } from '../output/export';
import { FACT_FIELDS } from '../output/fact-fields';
import { writeRows, type RowFormat } from '../output/row-output';
import { Store } from '../output/store';
import { TextSink } from '../output/text-sink';
import { buildRecord, Capture, runCli, sampleRecords, standInKeywords, tempDir, TEST_RUN } from './output-fixtures';

let tmp: ReturnType<typeof tempDir>;
let dbFile: string;
let store: Store;

beforeAll(() => {
  tmp = tempDir();
  dbFile = tmp.file('export.db');
  store = Store.open(dbFile);
  const run = store.beginRun(TEST_RUN);
  // Text that CSV must quote: commas, quotes, line breaks; an empty string next to NULLs.
  const awkward = buildRecord(
    'awkward',
    ['他说:"抽检合格率为77.5%",比上年,高。', '第二行\r\n合格率为66%。'],
    [
      { sentence: 0, text: '抽检合格率为77.5%",比上年', value: 77.5, subject: '', name: null },
      { sentence: 1, text: '合格率为66%', value: 66, subject: '纸制品,塑料' },
    ],
  );
  store.saveDocuments(run, [...sampleRecords(), awkward]);
  standInKeywords(store, [...sampleRecords(), awkward]);
  store.saveErrors(run, [{ path: '/x/a "b".html', record: null, cause: 'line one\nline two' }]);
  store.finishRun(run, { processed: 4 });
});
afterAll(() => {
  store.close();
  tmp.cleanup();
});

async function exportText(table: ExportTable, format: RowFormat): Promise<string> {
  const out = new Capture();
  const sink = new TextSink(out);
  await writeRows(sink, exportRows(store.db, table), format);
  await sink.close();
  return out.text;
}

/** Declared SQLite types of the exported columns: those of the table, or of `facts` for the contract form. */
function declaredTypes(table: ExportTable, columns: string[]): string[] {
  const info = store.db.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(table) as { name: string; type: string }[];
  const types = new Map(info.map((c) => [c.name, c.type]));
  return columns.map((c) => types.get(c) ?? '');
}

/**
 * Re-imports exported rows as `sqlite3 .import` would: into a table with the same declared types, so
 * that type affinity turns numeric text back into numbers; BLOB columns are decoded from base64.
 */
function reimport(table: ExportTable, columns: string[], rows: unknown[][]): unknown[][] {
  const db = new Database(':memory:');
  const types = declaredTypes(table, columns);
  db.exec(`CREATE TABLE imported (${columns.map((c, i) => `"${c}" ${types[i]}`).join(', ')})`);
  const insert = db.prepare(`INSERT INTO imported VALUES (${columns.map(() => '?').join(', ')})`);
  for (const row of rows) insert.run(row.map((v, i) => (types[i] === 'BLOB' && typeof v === 'string' ? Buffer.from(v, 'base64') : v)));
  const back = db.prepare('SELECT * FROM imported').raw(true).all() as unknown[][];
  db.close();
  return back;
}

describe('export', () => {
  it.each(['facts', 'documents', 'sentences', 'keywords', 'runs', 'ingest_errors', 'fact_history', 'document_messages'] as const)(
    'CSV and JSON Lines of %s re-import to the same rows',
    async (table) => {
      const original = exportRows(store.db, table);
      const rows = [...original.rows];
      expect(rows.length).toBeGreaterThan(0);

      const [header, ...records] = parseCsv(await exportText(table, 'csv'));
      expect(header).toEqual(original.columns);
      expect(reimport(table, original.columns, records)).toEqual(rows);

      const lines = (await exportText(table, 'jsonl')).split('\n');
      expect(lines.pop()).toBe('');
      const objects = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(objects.map((o) => Object.keys(o))).toEqual(objects.map(() => original.columns));
      expect(
        reimport(
          table,
          original.columns,
          objects.map((o) => original.columns.map((c) => o[c])),
        ),
      ).toEqual(rows);
    },
  );

  it('exports facts in the contract form, leaving out duplicate documents by default', async () => {
    const facts = (await exportText('facts', 'jsonl'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    // The contract's fields in its order, then the fact's id and polarity and where its document came from.
    expect(Object.keys(facts[0]!)).toEqual([...FACT_FIELDS, 'id', 'polarity', 'title', 'path', 'record']);
    expect(facts.some((f) => f.doc === 'doc_a_copy')).toBe(false);
    expect(facts.find((f) => f.value === 1234)).toMatchObject({
      doc: 'doc_a',
      type: 'count',
      unit: '起',
      bound: 'exact',
      start: 25,
      end: 40,
      raw_start: 25,
      raw_end: 40,
    });
    const all = [...exportRows(store.db, 'facts', { includeDuplicates: true }).rows];
    expect(all).toHaveLength(facts.length + 1);
  });

  it('exports every table and view it offers', () => {
    for (const table of EXPORT_TABLES) expect(() => [...exportRows(store.db, table).rows]).not.toThrow();
  });

  it('quotes CSV as RFC 4180 says', () => {
    expect(csvRecord(['plain', 'a,b', 'say "hi"', 'two\nlines', '', null])).toBe('plain,"a,b","say ""hi""","two\nlines","",\r\n');
    expect(csvField('合格率')).toBe('合格率');
    expect(parseCsv('a,"b,""c""",\r\n"x\r\ny",,""\n')).toEqual([
      ['a', 'b,"c"', null],
      ['x\r\ny', null, ''],
    ]);
    expect(() => parseCsv('"open')).toThrow(/not closed/);
  });

  it('qmine export writes nothing but data on stdout', async () => {
    const { stdout, stderr, exitCode } = await runCli(registerExport, ['export', '--db', dbFile, '--format', 'jsonl']);
    expect([exitCode, stderr]).toEqual([0, '']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length).toBe([...exportRows(store.db, 'facts').rows].length);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const csv = await runCli(registerExport, ['export', '--db', dbFile, '--format', 'csv', '--table', 'pass_rates']);
    expect(parseCsv(csv.stdout)[0]![0]).toBe('fact_id');
  });

  it('qmine export --out writes the file whole, and nothing when it fails', async () => {
    const out = tmp.file('facts.csv');
    const done = await runCli(registerExport, ['export', '--db', dbFile, '--format', 'csv', '--out', out]);
    expect(done.exitCode).toBe(0);
    expect(done.stdout).toBe('');
    expect(done.stderr).toMatch(/rows of facts → /);
    expect(readFileSync(out, 'utf8')).toBe(await exportText('facts', 'csv'));

    const missing = tmp.file('missing.csv');
    const failed = await runCli(registerExport, ['export', '--db', tmp.file('no.db'), '--format', 'csv', '--out', missing]);
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toMatch(/^qmine export: .*no such database\n$/);
    expect(existsSync(missing)).toBe(false);
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an unknown format or table with one line and a non-zero exit', async () => {
    for (const args of [
      ['--format', 'xml'],
      ['--table', 'secrets'],
    ]) {
      const { stdout, stderr, exitCode } = await runCli(registerExport, ['export', '--db', dbFile, ...args]);
      expect(exitCode).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/is invalid. Allowed choices are/);
    }
  });
});
