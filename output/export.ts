import type Database from 'better-sqlite3';
import { FACT_FIELDS } from './fact-fields';
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
  'document_list',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export const EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The rows of an export. `facts` are in the contract's shape (shared/spec/facts.md: its field names in
 * its order, `doc` the document id, plus `sentence`), ordered by document and position, leaving out
 * duplicate documents unless `includeDuplicates`. Any other table or view is exported whole, as stored
 * (BLOB columns come out base64).
 */
export function exportRows(db: Database.Database, table: ExportTable, options: { includeDuplicates?: boolean } = {}): RowSet {
  if (!(EXPORT_TABLES as readonly string[]).includes(table)) throw new Error(`export: unknown table '${table}'`);
  const sql =
    table === 'facts'
      ? `SELECT ${FACT_FIELDS.map((f) => `f.${f}`).join(', ')} FROM facts f
         ${options.includeDuplicates ? '' : 'JOIN documents d ON d.id = f.doc AND d.duplicate_of IS NULL'}
         ORDER BY f.doc, f.start, f.end, f.id`
      : `SELECT * FROM ${table}`;
  const statement = db.prepare(sql).raw(true);
  return { columns: statement.columns().map((c) => c.name), rows: statement.iterate() as Iterable<unknown[]> };
}
