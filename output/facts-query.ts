import type Database from 'better-sqlite3';
import type { FactCategory, FactType } from '../core/document';
import { UserError } from './errors';
import { FACT_FIELDS } from './fact-fields';
import { containsPattern } from './like';
import { POLARITY_SQL, type RatePolarity } from './rate-polarity';
import { codeRange, regionCondition, resolveRegion } from './regions';
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
   * same facts (吉林省's, 长春市's, 吉林市's, …); `000000` or `全国` the nationwide ones; a name typed in
   * traditional script is normalised by the caller (長春 → 长春).
   */
  region?: string;
  /** With `region`: only the facts of that division itself, not of the places inside it. */
  regionExact?: boolean;
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
  const region = regionHeader(filter);
  if (region) parts.push(region);
  return parts.join('; ');
}

/** pass for the pass_rate category unless asked otherwise: an average of 合格率 and 不合格率 means nothing. */
export function effectivePolarity(filter: FactFilter): PolarityChoice {
  return filter.polarity ?? (filter.category === 'pass_rate' ? 'pass' : 'all');
}

/** A division's name by code, from the table of GB/T 2260 divisions (output/regions.ts). */
const nameOfCode = (code: string) => `(SELECT r.name FROM regions r WHERE r.code = ${code})`;
const PROVINCE_CODE_SQL = "substr(f.region_code, 1, 2) || '0000'";
const PREFECTURE_CODE_SQL = `(SELECT r.code FROM regions r WHERE r.code = substr(f.region_code, 1, 4) || '00' AND r.level = 'prefecture')`;

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
  // The province the fact's region lies in, by code (长春市 220100 → 220000 吉林省).
  province_code: PROVINCE_CODE_SQL,
  province: nameOfCode(PROVINCE_CODE_SQL),
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
    const region = regionCondition({
      codeColumn: 'f.region_code',
      nameColumn: 'f.region',
      region: filter.region,
      exact: filter.regionExact,
    });
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

/**
 * How a summary groups by a column: `key` groups and sorts (a region by its GB/T 2260 code, so provinces
 * come in the order of the national statistics, 北京 … 新疆, 全国 first), `show` is what the table says
 * (an expression of the group's rows).
 */
interface GroupColumn {
  key: string;
  show: string;
}
const GROUP_SQL: Record<string, GroupColumn> = {
  // One group per GB/T 2260 code (吉林 and 吉林省 are one region), named as the facts name it (甘南州); a
  // region without a code by its name.
  region: { key: "coalesce(f.region_code, 'name:' || f.region)", show: 'min(f.region)' },
  region_code: { key: 'f.region_code', show: 'f.region_code' },
  // The province a fact's region lies in (长春市 220100 → 吉林省); 全国 stays 全国; no code → —.
  province: { key: PROVINCE_CODE_SQL, show: nameOfCode(PROVINCE_CODE_SQL) },
  province_code: { key: PROVINCE_CODE_SQL, show: PROVINCE_CODE_SQL },
  // The prefecture (地级) a fact's region lies in: a county's, or its own; — for a province or 全国.
  prefecture: { key: PREFECTURE_CODE_SQL, show: nameOfCode(PREFECTURE_CODE_SQL) },
  // The period when it is one year; a cumulative span (2006-2010) belongs to no single year (—).
  year: {
    key: "CASE WHEN f.period GLOB '[0-9][0-9][0-9][0-9]' THEN f.period END",
    show: "CASE WHEN f.period GLOB '[0-9][0-9][0-9][0-9]' THEN f.period END",
  },
  ...Object.fromEntries(
    ['period', 'type', 'category', 'metric', 'subject', 'name', 'unit', 'status', 'polarity', 'doc', 'title'].map((c) => [
      c,
      { key: columnSql(c), show: columnSql(c) },
    ]),
  ),
};
/** What facts can be grouped by. */
export const GROUP_COLUMNS = Object.keys(GROUP_SQL);

export interface Summary {
  /** Columns to group by, in order (province,year). */
  groupBy: string[];
  /** count (default), or sum, avg, min or max of the value. */
  agg?: Aggregate;
  /** One of groupBy (added to it when missing) spread into columns, one per value. */
  pivot?: string;
}

/**
 * Facts grouped and aggregated: one row per group with the aggregate of `value` and the number of facts
 * (`facts`), or with `pivot` a cross table: the other group columns down, one column per value of the pivot
 * column across (in its sort order; NULL as —), the aggregate in the cells. avg is rounded to 2 decimals.
 * Groups are sorted by their keys (regions by code), NULL last.
 */
export function summariseFacts(db: Database.Database, filter: FactFilter, summary: Summary): RowSet {
  const groupBy = [...summary.groupBy];
  if (summary.pivot && !groupBy.includes(summary.pivot)) groupBy.push(summary.pivot);
  if (groupBy.length === 0) throw new UserError('--group-by needs at least one column');
  const columns = groupBy.map((column) => {
    const sql = GROUP_SQL[column];
    if (!sql) throw new UserError(`cannot group by '${column}' (one of ${GROUP_COLUMNS.join(', ')})`);
    return sql;
  });
  const agg = summary.agg ?? 'count';
  const value = agg === 'count' ? 'count(*)' : agg === 'avg' ? 'round(avg(f.value), 2)' : `${agg}(f.value)`;
  const where = factWhere(db, filter);
  const n = groupBy.length;
  const rows = db
    .prepare(
      `SELECT ${columns.map((c, i) => `${c.show} AS g${i}`).join(', ')}, ${columns.map((c, i) => `${c.key} AS k${i}`).join(', ')},
              ${value} AS agg, count(*) AS n FROM facts f JOIN documents d ON d.id = f.doc ${where.sql}
       GROUP BY ${columns.map((_, i) => `k${i}`).join(', ')} ORDER BY ${columns.map((_, i) => `k${i} IS NULL, k${i}`).join(', ')}`,
    )
    .raw(true)
    .all(...where.params) as unknown[][];
  const groups: Group[] = rows.map((r) => ({ shown: r.slice(0, n), keys: r.slice(n, 2 * n), agg: r[2 * n], facts: r[2 * n + 1] }));
  if (!summary.pivot) {
    const label = agg === 'count' ? 'facts' : `${agg}_value`;
    return {
      columns: agg === 'count' ? [...groupBy, 'facts'] : [...groupBy, label, 'facts'],
      rows: groups.map((g) => (agg === 'count' ? [...g.shown, g.facts] : [...g.shown, g.agg, g.facts])),
    };
  }
  return pivot(groups, groupBy, groupBy.indexOf(summary.pivot));
}

interface Group {
  shown: unknown[];
  keys: unknown[];
  agg: unknown;
  facts: unknown;
}

/** Spreads the pivot column's values across (in key order): one row per combination of the other group columns. */
function pivot(groups: Group[], groupBy: string[], at: number): RowSet {
  const down = groupBy.map((_, i) => i).filter((i) => i !== at);
  const labels = new Map<unknown, unknown>();
  for (const g of groups) labels.set(g.keys[at], g.shown[at]);
  const across = [...labels.keys()].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0,
  );
  const table = new Map<string, unknown[]>();
  for (const g of groups) {
    const key = JSON.stringify(down.map((i) => g.keys[i]));
    let line = table.get(key);
    if (!line) {
      line = [...down.map((i) => g.shown[i]), ...across.map(() => null)];
      table.set(key, line);
    }
    line[down.length + across.indexOf(g.keys[at])] = g.agg;
  }
  const label = (key: unknown) => {
    const shown = labels.get(key);
    return shown === null || shown === undefined ? '—' : String(shown);
  };
  return { columns: [...down.map((i) => groupBy[i]!), ...across.map(label)], rows: [...table.values()] };
}

/** How a region filter was understood, for the listing's header. */
export function regionHeader(filter: FactFilter): string | null {
  if (!filter.region) return null;
  const divisions = resolveRegion(filter.region);
  if (!divisions.length) return `region: no GB/T 2260 division is named ${filter.region}; facts whose region name contains it`;
  const names = divisions.map((d) => `${d.name} ${d.code}`).join(', ');
  const inside = divisions.some((d) => codeRange(d.code)[0] !== codeRange(d.code)[1]);
  return `region: ${names}${filter.regionExact || !inside ? ' only' : ' and the places in it (--region-exact for it alone)'}`;
}
