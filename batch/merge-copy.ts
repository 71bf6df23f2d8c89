import type Database from 'better-sqlite3';
import { UserError } from '../output/errors';

/**
 * How each table of a part is copied into the merged database, in SQL (ATTACH + INSERT … SELECT). The
 * columns come from the schema, so a column added by a migration is carried without a change here; a
 * table only names the columns it computes: new ids in a single run's order, run ids remapped.
 *
 * In the SELECTs, `t` is the part's row, `o` the document's row of temp.merge_order (its rank in the
 * merged storage order, and where its sentences and facts start), `h` its row of temp.merge_history.
 */
interface TablePlan {
  table: string;
  /** Column → SQL expression; the other columns are copied as they are. */
  computed: Record<string, string>;
  /** Join that gives `o` or `h` (omitted: the table is not per document). */
  join?: string;
  /** Order rows are inserted in: that of their new ids, which keeps inserts at the end of the B-tree. */
  order: string;
}

const RUN = (column: string) => `(SELECT r.new_id FROM temp.merge_runs r WHERE r.part = $part AND r.old_id = t.${column})`;
const BY_DOCUMENT = 'JOIN temp.merge_order o ON o.part = $part AND o.doc = t.doc';

/** Tables that hold what a run stored, in the order they are copied (documents before what refers to them). */
const PLANS: TablePlan[] = [
  {
    table: 'documents',
    computed: { run: RUN('run'), number: 'o.rank' },
    join: 'JOIN temp.merge_order o ON o.part = $part AND o.doc = t.id',
    order: 'o.rank',
  },
  {
    table: 'sentence_spans',
    computed: {
      document: 'o.rank',
      text_id: '(SELECT m.new_id FROM temp.merge_text_ids m WHERE m.part = $part AND m.old_id = t.text_id)',
    },
    // Spans name their document by number (migration 017), the merged one its rank; inserted in key order.
    join: 'JOIN part.documents pd ON pd.number = t.document JOIN temp.merge_order o ON o.part = $part AND o.doc = pd.id',
    order: 'o.rank, t.ordinal',
  },
  {
    table: 'facts',
    computed: { id: 'o.fact_base + row_number() OVER (PARTITION BY t.doc ORDER BY t.id)', run: RUN('run') },
    join: BY_DOCUMENT,
    order: '1',
  },
  {
    table: 'fact_versions',
    computed: {
      id: 'h.base + row_number() OVER (PARTITION BY t.doc ORDER BY t.id)',
      added_run: RUN('added_run'),
      removed_run: RUN('removed_run'),
    },
    join: 'JOIN temp.merge_history h ON h.part = $part AND h.doc = t.doc',
    order: '1',
  },
  { table: 'document_messages', computed: {}, order: 't.doc, t.ordinal' },
  {
    table: 'ingest_errors',
    computed: { id: '(SELECT coalesce(max(id), 0) FROM main.ingest_errors) + row_number() OVER (ORDER BY t.id)', run: RUN('run') },
    order: '1',
  },
];

/**
 * Tables not copied: bookkeeping of the merged database itself (meta), runs (copied first, to map their
 * ids), sentence texts (stored once over all parts first: batch/merge-sentence-texts.ts), and what is
 * computed once over the whole after the copy (keywords, the full-text index).
 */
const NOT_COPIED = new Set(['meta', 'runs', 'sentence_texts', 'keywords']);

/** Columns of a table in a schema ('main' or the attached part). */
export function columnsOf(db: Database.Database, schema: string, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?, ?)`).pluck().all(table, schema) as string[]).map(String);
}

/** Ordinary tables of the merged schema (no virtual tables, none of their shadow tables, no SQLite internals). */
function tablesOf(db: Database.Database): string[] {
  const rows = db.prepare("SELECT name, sql FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
    name: string;
    sql: string;
  }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name);
  return rows.map((r) => r.name).filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
}

/** The attached part must have the merged table's columns (the same schema version guarantees it). */
function sharedColumns(db: Database.Database, table: string, partFile: string): string[] {
  const main = columnsOf(db, 'main', table);
  const part = new Set(columnsOf(db, 'part', table));
  const missing = main.filter((c) => !part.has(c));
  if (missing.length > 0) throw new UserError(`${partFile}: table ${table} has no column ${missing.join(', ')}: is it of another schema?`);
  return main;
}

/**
 * Copies the runs of the part attached as `part` after those already merged, and records their new ids
 * in temp.merge_runs.
 */
export function copyRuns(db: Database.Database, part: number, partFile: string): void {
  db.prepare(
    `INSERT INTO temp.merge_runs (part, old_id, new_id)
     SELECT ?, id, (SELECT coalesce(max(id), 0) FROM main.runs) + row_number() OVER (ORDER BY id) FROM part.runs`,
  ).run(part);
  const columns = sharedColumns(db, 'runs', partFile).filter((c) => c !== 'id');
  db.prepare(
    `INSERT INTO main.runs (id, ${columns.join(', ')})
     SELECT r.new_id, ${columns.map((c) => `t.${c}`).join(', ')} FROM part.runs t JOIN temp.merge_runs r ON r.part = ? AND r.old_id = t.id
     ORDER BY r.new_id`,
  ).run(part);
}

/** Copies every table of the part attached as `part` by the plans, and the tables no plan knows as they are. */
export function copyTables(db: Database.Database, part: number, partFile: string): void {
  const planned = new Set(PLANS.map((p) => p.table));
  for (const plan of PLANS) copyTable(db, plan, part, partFile);
  const partTables = new Set(db.prepare("SELECT name FROM part.sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  for (const table of tablesOf(db)) {
    if (planned.has(table) || NOT_COPIED.has(table) || !partTables.has(table)) continue;
    // A table added later that no plan knows yet: rows the same in every part (a lookup table) are kept once.
    copyTable(db, { table, computed: {}, order: '1' }, part, partFile, 'INSERT OR IGNORE');
  }
}

function copyTable(db: Database.Database, plan: TablePlan, part: number, partFile: string, insert = 'INSERT'): void {
  const columns = sharedColumns(db, plan.table, partFile);
  const values = columns.map((c) => plan.computed[c] ?? `t.${c}`);
  const sql = `${insert} INTO main.${plan.table} (${columns.join(', ')})
    SELECT ${values.join(', ')} FROM part.${plan.table} t ${plan.join ?? ''} ORDER BY ${plan.order}`;
  const statement = db.prepare(sql);
  if (sql.includes('$part')) statement.run({ part });
  else statement.run();
}
