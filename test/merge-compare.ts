// What "a merge equals a single run" compares: every table a run stores, row by row in id (storage)
// order, leaving out only the run ids (a merge keeps each shard's run, a single run has one) and the
// ingest errors' ids. Shared by the merge tests and the Slurm integration test (test/slurm/compare.ts).
import Database from 'better-sqlite3';

/** Columns that name a run: they differ between a merge and a single run by design. */
const RUN_COLUMNS = new Set(['run', 'added_run', 'removed_run']);

const TABLES: { table: string; order: string }[] = [
  { table: 'documents', order: 'rowid' },
  { table: 'texts', order: 'key' },
  { table: 'sentences', order: 'doc, ordinal' },
  { table: 'sentence_texts', order: 'id' },
  { table: 'facts', order: 'id' },
  { table: 'fact_history', order: 'id' },
  { table: 'keywords', order: 'doc, rank' },
  { table: 'document_messages', order: 'doc, ordinal' },
];

/** Each table's rows (without run columns) as JSON lines, in storage order. */
export function storedContent(file: string): Record<string, string[]> {
  const db = new Database(file, { readonly: true });
  try {
    const content: Record<string, string[]> = {};
    for (const { table, order } of TABLES) {
      const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]).filter(
        (c) => !RUN_COLUMNS.has(c),
      );
      const rows = db
        .prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY ${order}`)
        .raw(true)
        .all() as unknown[][];
      content[table] = rows.map((row) =>
        JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value)),
      );
    }
    content.ingest_errors = (
      db.prepare('SELECT path, record, cause FROM ingest_errors ORDER BY path, record').raw(true).all() as unknown[][]
    ).map((row) => JSON.stringify(row));
    return content;
  } finally {
    db.close();
  }
}

/** The duplicate marks, document by document in storage order. */
export function duplicateMarks(file: string): [string, string | null][] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT id, duplicate_of FROM documents ORDER BY rowid').raw(true).all() as [string, string | null][];
  } finally {
    db.close();
  }
}
