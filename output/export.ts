import type Database from 'better-sqlite3';
import { selectFacts } from './facts-query';
import type { RowSet } from './row-output';

/** What `qmine export --table` accepts: the facts in contract form, the tables, and the analysts' views. */
export const EXPORT_TABLES = [
  'facts',
  'documents',
  'sentences',
  'keywords',
  'document_messages',
  'runs',
  'ingest_errors',
  'fact_history',
  'facts_in_context',
  'pass_rates',
  'enforcement',
  'brands',
  'standards',
  'policies',
  'targets',
  'document_list',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

/**
 * The rows of an export. `facts` are in the contract's shape (shared/spec/facts.md: its field names in
 * its order, `doc` the document id, plus `sentence`), then the fact's `id` (`qmine show ID`), its
 * `polarity`, and the document's `title`, `path` and `record`; actual figures and targets (`status`),
 * ordered by document and position, leaving out duplicate documents unless `includeDuplicates`. Any other
 * table or view is exported whole, as stored (BLOB columns come out base64).
 */
export function exportRows(db: Database.Database, table: ExportTable, options: { includeDuplicates?: boolean } = {}): RowSet {
  if (!(EXPORT_TABLES as readonly string[]).includes(table)) throw new Error(`export: unknown table '${table}'`);
  if (table === 'facts') return selectFacts(db, { status: 'all', polarity: 'all', includeDuplicates: options.includeDuplicates });
  const statement = db.prepare(`SELECT * FROM ${table}`).raw(true);
  return { columns: statement.columns().map((c) => c.name), rows: statement.iterate() as Iterable<unknown[]> };
}
