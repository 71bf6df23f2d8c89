import type Database from 'better-sqlite3';
import type { FactCategory, FactType } from '../core/document';
import { UserError } from './errors';
import { FACT_FIELDS } from './fact-fields';
import { containsPattern } from './like';
import { POLARITY_SQL, type RatePolarity } from './rate-polarity';
import type { RowSet } from './row-output';

/** Which figures: achieved ones (the default), targets, or both. */
export const STATUS_CHOICES = ['actual', 'target', 'all'] as const;
export type StatusChoice = (typeof STATUS_CHOICES)[number];
export const POLARITY_CHOICES = ['pass', 'failure', 'share', 'other', 'all'] as const;
export type PolarityChoice = RatePolarity | 'all';

export interface FactFilter {
  /** One type or several. */
  type?: FactType | FactType[];
  category?: FactCategory;
  /**
   * A region by name or GB/T 2260 code, with the divisions inside it: `吉林`, `吉林省` and `220000` find the
   * same facts (吉林省's, 长春市's, 吉林市's, …); `000000` or `全国` the nationwide ones.
   */
  region?: string;
  /** The year the figure refers to (the fact's period). */
  year?: string;
  /** Part of the metric: 合格率. */
  metric?: string;
  /** A document id, exactly. */
  doc?: string;
  /** actual (default), target or all. */
  status?: StatusChoice;
  /** Rates: pass, failure, share, other or all; the default is pass for --category pass_rate, else all. */
  polarity?: PolarityChoice;
  limit?: number;
  includeDuplicates?: boolean;
}

/** What a listing or summary of facts leaves out by default, said in its header. */
export function filterHeader(filter: FactFilter): string {
  const status = filter.status ?? 'actual';
  const parts = [
    status === 'all' ? 'actual figures and targets' : status === 'actual' ? 'actual figures (--status target|all for targets)' : 'targets',
  ];
  const polarity = effectivePolarity(filter);
  if (polarity !== 'all') parts.push(`${polarity} rates only (--polarity all for failure rates and shares)`);
  if (!filter.includeDuplicates) parts.push('duplicate documents left out');
  return parts.join('; ');
}

/** pass for the pass_rate category unless asked otherwise: an average of 合格率 and 不合格率 means nothing. */
export function effectivePolarity(filter: FactFilter): PolarityChoice {
  return filter.polarity ?? (filter.category === 'pass_rate' ? 'pass' : 'all');
}

/** Columns a listing can show, each an SQL expression over facts `f` and documents `d`. */
const COLUMN_SQL: Record<string, string> = {
  id: 'f.id',
  ...Object.fromEntries(FACT_FIELDS.map((field) => [field, `f.${field}`])),
  polarity: POLARITY_SQL,
  title: 'd.title',
  path: 'd.path',
  record: 'd.record',
  doc_region: 'd.region',
  doc_year: 'd.year',
};
export const FACT_COLUMNS = Object.keys(COLUMN_SQL);

/** The columns `qmine facts` shows in its table; the other formats carry every field of FACT_DATA_COLUMNS. */
export const FACT_TABLE_COLUMNS = [
  'id',
  'doc',
  'period',
  'region',
  'type',
  'metric',
  'subject',
  'name',
  'value',
  'unit',
  'bound',
  'status',
  'polarity',
  'text',
] as const;

/** The fields of csv, json and jsonl listings and of the facts export: the contract's, then id, polarity, the document. */
export const FACT_DATA_COLUMNS = [...FACT_FIELDS, 'id', 'polarity', 'title', 'path', 'record'] as const;

interface Where {
  sql: string;
  params: unknown[];
}

function factWhere(db: Database.Database, filter: FactFilter): Where {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (condition: string, value: unknown) => {
    where.push(condition);
    params.push(value);
  };
  const types = filter.type === undefined ? [] : Array.isArray(filter.type) ? filter.type : [filter.type];
  if (types.length) {
    where.push(`f.type IN (${types.map(() => '?').join(', ')})`);
    params.push(...types);
  }
  if (filter.category) add('f.category = ?', filter.category);
  if (filter.region) {
    const region = regionCondition(db, filter.region);
    where.push(region.condition);
    params.push(...region.params);
  }
  if (filter.year) add('f.period = ?', filter.year);
  if (filter.metric) add("f.metric LIKE ? ESCAPE '\\'", containsPattern(filter.metric));
  if (filter.doc !== undefined) {
    if (!db.prepare('SELECT 1 FROM documents WHERE id = ?').get(filter.doc))
      throw new UserError(`no document '${filter.doc}' in this database`);
    add('f.doc = ?', filter.doc);
  }
  const status = filter.status ?? 'actual';
  if (status !== 'all') add('f.status = ?', status);
  const polarity = effectivePolarity(filter);
  // By default facts without a polarity (a count of failed batches) stay; a polarity asked for by name keeps only its rates.
  if (polarity !== 'all') add(filter.polarity ? `${POLARITY_SQL} = ?` : `coalesce(${POLARITY_SQL} = ?, 1)`, polarity);
  // The unary + keeps SQLite from driving the join from documents_duplicate_of: walking facts_doc instead
  // yields the rows in document order, so ORDER BY f.doc, … sorts one document at a time and the first row
  // (of a page, or of a 2 MB download) comes without sorting every fact first. Same rows either way.
  if (!filter.includeDuplicates) where.push('+d.duplicate_of IS NULL');
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

function columnSql(name: string): string {
  const sql = COLUMN_SQL[name];
  if (sql === undefined) throw new UserError(`no column '${name}' (columns: ${FACT_COLUMNS.join(', ')})`);
  return sql;
}

/** Facts matching every given filter, ordered by document and position; duplicates left out unless asked. */
export function selectFacts(db: Database.Database, filter: FactFilter, columns: readonly string[] = FACT_DATA_COLUMNS): RowSet {
  const where = factWhere(db, filter);
  const statement = db
    .prepare(
      `SELECT ${columns.map((c) => `${columnSql(c)} AS "${c}"`).join(', ')} FROM facts f JOIN documents d ON d.id = f.doc
       ${where.sql} ORDER BY f.doc, f.start, f.end, f.id LIMIT ?`,
    )
    .raw(true);
  return { columns: [...columns], rows: statement.iterate(...where.params, filter.limit ?? -1) as Iterable<unknown[]> };
}

export const AGGREGATES = ['count', 'sum', 'avg', 'min', 'max'] as const;
export type Aggregate = (typeof AGGREGATES)[number];
/** What facts can be grouped by. */
export const GROUP_COLUMNS = [
  'region',
  'period',
  'type',
  'category',
  'metric',
  'subject',
  'name',
  'unit',
  'status',
  'polarity',
  'doc',
  'title',
];

export interface Summary {
  /** Columns to group by, in order (region,period). */
  groupBy: string[];
  /** count (default), or sum, avg, min or max of the value. */
  agg?: Aggregate;
  /** One of groupBy (added to it when missing) spread into columns, one per value. */
  pivot?: string;
}

/**
 * Facts grouped and aggregated: one row per group with the aggregate of `value` and the number of facts
 * (`facts`), or with `pivot` a cross table: the other group columns down, one column per value of the pivot
 * column across (sorted; NULL as —), the aggregate in the cells. avg is rounded to 2 decimals.
 */
export function summariseFacts(db: Database.Database, filter: FactFilter, summary: Summary): RowSet {
  const groupBy = [...summary.groupBy];
  if (summary.pivot && !groupBy.includes(summary.pivot)) groupBy.push(summary.pivot);
  if (groupBy.length === 0) throw new UserError('--group-by needs at least one column');
  for (const column of groupBy) {
    if (!GROUP_COLUMNS.includes(column)) throw new UserError(`cannot group by '${column}' (one of ${GROUP_COLUMNS.join(', ')})`);
  }
  const agg = summary.agg ?? 'count';
  const value = agg === 'count' ? 'count(*)' : agg === 'avg' ? 'round(avg(f.value), 2)' : `${agg}(f.value)`;
  const where = factWhere(db, filter);
  const keys = groupBy.map((c, i) => `${columnSql(c)} AS g${i}`);
  const rows = db
    .prepare(
      `SELECT ${keys.join(', ')}, ${value} AS agg, count(*) AS n FROM facts f JOIN documents d ON d.id = f.doc ${where.sql}
       GROUP BY ${groupBy.map((_, i) => `g${i}`).join(', ')} ORDER BY ${groupBy.map((_, i) => `g${i} IS NULL, g${i}`).join(', ')}`,
    )
    .raw(true)
    .all(...where.params) as unknown[][];
  const label = agg === 'count' ? 'facts' : `${agg}_value`;
  if (!summary.pivot) {
    const columns = agg === 'count' ? [...groupBy, 'facts'] : [...groupBy, label, 'facts'];
    return { columns, rows: rows.map((r) => (agg === 'count' ? r.slice(0, groupBy.length + 1) : r)) };
  }
  return pivot(rows, groupBy, groupBy.indexOf(summary.pivot));
}

/** Spreads the pivot column's values across: one row per combination of the other group columns. */
function pivot(rows: unknown[][], groupBy: string[], at: number): RowSet {
  const down = groupBy.map((_, i) => i).filter((i) => i !== at);
  const across = [...new Set(rows.map((r) => r[at]))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0,
  );
  const table = new Map<string, unknown[]>();
  for (const row of rows) {
    const key = JSON.stringify(down.map((i) => row[i]));
    let line = table.get(key);
    if (!line) {
      line = [...down.map((i) => row[i]), ...across.map(() => null)];
      table.set(key, line);
    }
    line[down.length + across.indexOf(row[at])] = row[groupBy.length];
  }
  return { columns: [...down.map((i) => groupBy[i]!), ...across.map((v) => (v === null ? '—' : String(v)))], rows: [...table.values()] };
}

/** `220000` → `22%`, `220200` → `2202%`, a county's code → itself: a division and everything inside it. */
function codePrefix(code: string): string {
  if (code === '000000') return code;
  if (code.endsWith('0000')) return `${code.slice(0, 2)}%`;
  if (code.endsWith('00')) return `${code.slice(0, 4)}%`;
  return code;
}

/**
 * The facts of a region given by code, or by (part of) its name: a name stands for the codes the stored facts
 * give the regions so named, so `吉林` finds the facts of 吉林省 and of every place in it that have a code,
 * and those of a region so named that have none.
 */
function regionCondition(db: Database.Database, region: string): { condition: string; params: unknown[] } {
  const codes = /^\d{6}$/.test(region)
    ? [region]
    : (db
        .prepare("SELECT DISTINCT region_code FROM facts WHERE region_code IS NOT NULL AND region LIKE ? ESCAPE '\\'")
        .pluck()
        .all(containsPattern(region)) as string[]);
  const prefixes = [...new Set(codes.map(codePrefix))];
  // A prefix inside another one adds nothing (吉林市's 2202% inside 吉林省's 22%).
  const broadest = prefixes.filter(
    (p) => !prefixes.some((other) => other !== p && other.endsWith('%') && p.startsWith(other.slice(0, -1))),
  );
  const byCode = broadest.map(() => 'f.region_code LIKE ?');
  if (/^\d{6}$/.test(region)) return { condition: `(${byCode.join(' OR ')})`, params: broadest };
  return { condition: `(${[...byCode, "f.region LIKE ? ESCAPE '\\'"].join(' OR ')})`, params: [...broadest, containsPattern(region)] };
}
