import type Database from 'better-sqlite3';
import { UserError } from './errors';
import type { RowSet } from './row-output';

/**
 * Runs one SQL statement of an analyst's on a read-only connection. A statement that would change the
 * database is refused before it runs (the connection would refuse it too); a malformed one becomes a
 * UserError carrying SQLite's one-line reason.
 */
export function readOnlyQuery(db: Database.Database, sql: string): RowSet {
  if (sql.trim() === '') throw new UserError('no SQL statement given');
  let statement: Database.Statement;
  try {
    statement = db.prepare(sql);
  } catch (error) {
    throw new UserError(`SQL error: ${(error as Error).message}`);
  }
  if (!statement.readonly) {
    throw new UserError(`refused: qmine query only reads, and ${writeVerb(sql)} would change the database`);
  }
  if (!statement.reader) {
    statement.run();
    return { columns: [], rows: [] };
  }
  statement.raw(true);
  return { columns: statement.columns().map((c) => c.name), rows: statement.iterate() as Iterable<unknown[]> };
}

const WRITE_VERBS = /\b(insert|update|delete|replace|upsert|drop|create|alter|vacuum|analyze|reindex|pragma|attach|detach)\b/i;

/** The verb that makes a statement a write (DELETE in `WITH old AS (…) DELETE …`), for the refusal. */
function writeVerb(sql: string): string {
  const code = sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'|"(?:[^"]|"")*"/g, ' ');
  return WRITE_VERBS.exec(code)?.[1]?.toUpperCase() ?? 'this statement';
}
