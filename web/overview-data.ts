import type Database from 'better-sqlite3';
import { containsPattern } from '../output/like';
import { matchingFactIds } from './facts-data';
import { POLARITY_SQL } from '../output/rate-polarity';

/**
 * The numbers of the overview page and of `qmine report`. Every figure about facts is taken from the
 * facts that output/facts-query.ts (`qmine facts`) selects with no filter (their ids, aggregated in SQL), so duplicates and any default
 * the command applies are left out here too; only facts stated as actual (not targets) are charted.
 */

export interface CountRow {
  key: string | null;
  count: number;
}

export interface Cell {
  /** The province (by the GB/T 2260 code of the fact's region: 长春市's rates count for 吉林省), 全国, or (未注明). */
  region: string;
  /** Its GB/T 2260 code (000000 for 全国); null for (未注明). */
  code: string | null;
  year: string;
  /** Mean of the stated values. */
  mean: number;
  count: number;
}

export interface YearFigures {
  year: string;
  /** Sum of the case counts stated (起, 件). */
  cases: number;
  caseFacts: number;
  /** Sum of the money stated, in 元. */
  money: number;
  moneyFacts: number;
}

export interface ProvinceValue {
  /** GB/T 2260 code of the province (440000). */
  code: string;
  name: string;
  mean: number;
  count: number;
}

export interface MapChoice {
  /** Part of the metric, as `qmine facts --metric`. */
  metric: string;
  /** One type, so that rates are not averaged with their changes. */
  type: string;
  /** null: every year. */
  year: string | null;
}

export interface OverviewData {
  documents: { total: number; duplicates: number; byYear: CountRow[]; byRegion: CountRow[] };
  facts: {
    total: number;
    byType: CountRow[];
    byCategory: CountRow[];
    byTypeAndCategory: { type: string; category: string; count: number }[];
  };
  passRates: Cell[];
  enforcement: YearFigures[];
  topMetrics: CountRow[];
  map: MapChoice & { years: string[]; provinces: ProvinceValue[] };
}

export const CASE_UNITS = ['起', '件'];
export const MONEY_UNIT = '元';
const TOP_METRICS = 15;
const NO_REGION = '(未注明)';
/** The province of a fact's region by its GB/T 2260 code (the table regions); NULL without a code. */
const PROVINCE_CODE = "substr(f.region_code, 1, 2) || '0000'";
const PROVINCE_NAME = `(SELECT r.name FROM regions r WHERE r.code = ${PROVINCE_CODE})`;

function counted(map: Map<string | null, number>): CountRow[] {
  return [...map].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));
}

/** Everything but the map. `ids`: the facts counted, as selectFacts picks them with no filter. */
export function readOverviewCounts(db: Database.Database, ids: readonly number[]): Omit<OverviewData, 'map'> {
  const docCounts = (column: 'year' | 'region') =>
    db
      .prepare(
        `SELECT ${column} AS key, count(*) AS count FROM documents WHERE duplicate_of IS NULL GROUP BY ${column} ORDER BY count DESC, key`,
      )
      .all() as CountRow[];
  const total = db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  const duplicates = db.prepare('SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL').pluck().get() as number;

  const json = JSON.stringify(ids);
  const chosen = 'f.id IN (SELECT value FROM json_each(@ids))';
  const actual = `${chosen} AND f.status = 'actual' AND f.value IS NOT NULL`;
  const pairs = db
    .prepare(
      `SELECT f.type, f.category, count(*) AS count FROM facts f WHERE ${chosen}
       GROUP BY f.type, f.category ORDER BY count DESC, f.type, f.category`,
    )
    .all({ ids: json }) as { type: string; category: string; count: number }[];
  const sumBy = (key: 'type' | 'category') => {
    const map = new Map<string | null, number>();
    for (const pair of pairs) map.set(pair[key], (map.get(pair[key]) ?? 0) + pair.count);
    return counted(map);
  };
  const topMetrics = db
    .prepare(
      `SELECT f.metric AS key, count(*) AS count FROM facts f WHERE ${chosen}
       GROUP BY f.metric ORDER BY count DESC, f.metric LIMIT ${TOP_METRICS}`,
    )
    .all({ ids: json }) as CountRow[];
  // Pass levels only (not 不合格率 or shares), by province in code order (全国 first, then 北京 … 新疆), one
  // cell per single year.
  const passRates = (
    db
      .prepare(
        `SELECT coalesce(${PROVINCE_NAME}, @none) AS region, ${PROVINCE_CODE} AS code, f.period AS year, avg(f.value) AS mean, count(*) AS count FROM facts f
         WHERE ${actual} AND f.type = 'rate' AND f.category = 'pass_rate' AND ${POLARITY_SQL} = 'pass'
           AND f.period GLOB '[0-9][0-9][0-9][0-9]'
         GROUP BY ${PROVINCE_CODE}, f.period ORDER BY ${PROVINCE_CODE} IS NULL, ${PROVINCE_CODE}, f.period`,
      )
      .all({ ids: json, none: NO_REGION }) as Cell[]
  ).map((cell) => ({ ...cell, mean: round(cell.mean) }));
  const isCase = `f.type = 'count' AND f.unit IN (SELECT value FROM json_each(@caseUnits))`;
  const isMoney = `f.type = 'amount' AND f.unit = @money`;
  const enforcement = db
    .prepare(
      `SELECT f.period AS year, total(CASE WHEN ${isCase} THEN f.value END) AS cases, count(CASE WHEN ${isCase} THEN 1 END) AS caseFacts,
              total(CASE WHEN ${isMoney} THEN f.value END) AS money, count(CASE WHEN ${isMoney} THEN 1 END) AS moneyFacts
       FROM facts f WHERE ${actual} AND f.category = 'enforcement' AND f.period IS NOT NULL
       GROUP BY f.period HAVING caseFacts + moneyFacts > 0 ORDER BY f.period`,
    )
    .all({ ids: json, caseUnits: JSON.stringify(CASE_UNITS), money: MONEY_UNIT }) as YearFigures[];

  return {
    documents: { total, duplicates, byYear: docCounts('year'), byRegion: docCounts('region') },
    facts: {
      total: pairs.reduce((sum, p) => sum + p.count, 0),
      byType: sumBy('type'),
      byCategory: sumBy('category'),
      byTypeAndCategory: pairs,
    },
    passRates,
    enforcement,
    topMetrics,
  };
}

/** The map: the mean value by province of the facts of one type whose metric contains the given text, in one year. */
export function readMap(db: Database.Database, ids: readonly number[], choice: Partial<MapChoice> = {}): OverviewData['map'] {
  const actual = `f.id IN (SELECT value FROM json_each(@ids)) AND f.status = 'actual' AND f.value IS NOT NULL`;
  const metric = choice.metric?.trim() || '合格率';
  const mapType = choice.type || 'rate';
  // The fact's own region, else its document's, by code; 全国 and regions abroad or unknown are no province.
  const mapFacts = db
    .prepare(
      `SELECT f.period, f.value, p.code, p.name FROM facts f JOIN documents d ON d.id = f.doc
       JOIN regions p ON p.code = substr(coalesce(f.region_code, CASE WHEN f.region IS NULL THEN d.region_code END), 1, 2) || '0000'
       WHERE ${actual} AND f.type = @type AND f.metric LIKE @metric ESCAPE '\\' AND p.level = 'province'`,
    )
    .all({ ids: JSON.stringify(ids), type: mapType, metric: containsPattern(metric) }) as MapFact[];
  const mapYears = counted(
    countBy(
      mapFacts.filter((f) => f.period),
      (f) => f.period!,
    ),
  );
  // By default the year with the most provinces drawn (the latest of equals): a map of one province says little.
  const year = choice.year === undefined ? busiestYear(mapFacts) : choice.year;
  const provinces = new Map<string, ProvinceValue>();
  for (const f of mapFacts) {
    if (year !== null && f.period !== year) continue;
    const entry = provinces.get(f.code) ?? { code: f.code, name: f.name, mean: 0, count: 0 };
    entry.mean += f.value;
    entry.count++;
    provinces.set(f.code, entry);
  }

  return {
    metric,
    type: mapType,
    year,
    years: mapYears.map((y) => y.key!).sort(),
    provinces: [...provinces.values()].map((p) => ({ ...p, mean: round(p.mean / p.count) })).sort((a, b) => a.code.localeCompare(b.code)),
  };
}

/**
 * The overview's numbers. Which facts count is decided by selectFacts (their ids); SQLite aggregates them,
 * far faster than passing every row through JavaScript.
 */
export function readOverview(db: Database.Database, choice: Partial<MapChoice> = {}): OverviewData {
  const ids = matchingFactIds(db, {});
  return { ...readOverviewCounts(db, ids), map: readMap(db, ids, choice) };
}

interface MapFact {
  period: string | null;
  value: number;
  /** The province's GB/T 2260 code and name. */
  code: string;
  name: string;
}

function busiestYear(facts: MapFact[]): string | null {
  const provincesByYear = new Map<string, Set<string>>();
  for (const f of facts) {
    if (!f.period) continue;
    provincesByYear.set(f.period, (provincesByYear.get(f.period) ?? new Set()).add(f.code));
  }
  let best: [string, number] | null = null;
  for (const [year, codes] of provincesByYear)
    if (!best || codes.size > best[1] || (codes.size === best[1] && year > best[0])) best = [year, codes.size];
  return best?.[0] ?? null;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}

/** Means to 4 decimals: enough for a percentage, and the same number on the page and in a test. */
export function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
