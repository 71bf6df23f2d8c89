import type Database from 'better-sqlite3';
import { selectFacts } from '../output/facts-query';
import { provinceOfCode, provinceOfRegion } from './provinces';

/**
 * The numbers of the overview page and of `qmine report`. Every figure about facts is taken from the
 * facts that output/facts-query.ts (`qmine facts`) selects with no filter, so duplicates and any default
 * the command applies are left out here too; only facts stated as actual (not targets) are charted.
 */

export interface CountRow {
  key: string | null;
  count: number;
}

export interface Cell {
  region: string;
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

interface FactLine {
  doc: string;
  type: string;
  category: string;
  metric: string;
  value: number | null;
  unit: string | null;
  status: string;
  period: string | null;
  region: string | null;
}

const FACT_COLUMNS = ['doc', 'type', 'category', 'metric', 'value', 'unit', 'status', 'period', 'region'] as const;

function counted(map: Map<string | null, number>): CountRow[] {
  return [...map].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));
}

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

export function readOverview(db: Database.Database, choice: Partial<MapChoice> = {}): OverviewData {
  const docCounts = (column: 'year' | 'region') =>
    db
      .prepare(
        `SELECT ${column} AS key, count(*) AS count FROM documents WHERE duplicate_of IS NULL GROUP BY ${column} ORDER BY count DESC, key`,
      )
      .all() as CountRow[];
  const total = db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  const duplicates = db.prepare('SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL').pluck().get() as number;
  const docProvince = new Map(
    (db.prepare('SELECT id, region_code FROM documents WHERE region_code IS NOT NULL').all() as { id: string; region_code: string }[]).map(
      (d) => [d.id, provinceOfCode(d.region_code)],
    ),
  );

  const byType = new Map<string | null, number>();
  const byCategory = new Map<string | null, number>();
  const byPair = new Map<string, number>();
  const metrics = new Map<string | null, number>();
  const cells = new Map<string, { sum: number; count: number }>();
  const years = new Map<string, YearFigures>();
  const metric = choice.metric?.trim() || '合格率';
  const mapType = choice.type || 'rate';
  const mapFacts: FactLine[] = [];
  let factTotal = 0;

  for (const row of selectFacts(db, {}, FACT_COLUMNS).rows) {
    const f = asFactLine(row);
    factTotal++;
    bump(byType, f.type);
    bump(byCategory, f.category);
    bump(byPair, `${f.type}\0${f.category}`);
    bump(metrics, f.metric);
    if (f.status !== 'actual' || f.value === null) continue;
    const value = Number(f.value);
    if (f.type === 'rate' && f.category === 'pass_rate' && f.period) {
      const key = `${f.region ?? NO_REGION}\0${f.period}`;
      const cell = cells.get(key) ?? { sum: 0, count: 0 };
      cell.sum += value;
      cell.count++;
      cells.set(key, cell);
    }
    if (f.category === 'enforcement' && f.period) {
      const year = years.get(f.period) ?? { year: f.period, cases: 0, caseFacts: 0, money: 0, moneyFacts: 0 };
      if (f.type === 'count' && f.unit !== null && CASE_UNITS.includes(f.unit)) {
        year.cases += value;
        year.caseFacts++;
      } else if (f.type === 'amount' && f.unit === MONEY_UNIT) {
        year.money += value;
        year.moneyFacts++;
      }
      if (year.caseFacts || year.moneyFacts) years.set(f.period, year);
    }
    if (f.type === mapType && f.metric.includes(metric)) mapFacts.push(f);
  }

  const mapYears = counted(
    new Map(
      countBy(
        mapFacts.filter((f) => f.period),
        (f) => f.period!,
      ),
    ),
  );
  const year = choice.year === undefined ? (mapYears[0]?.key ?? null) : choice.year;
  const provinces = new Map<string, ProvinceValue>();
  for (const f of mapFacts) {
    if (year !== null && f.period !== year) continue;
    const province = f.region ? provinceOfRegion(f.region) : (docProvince.get(f.doc) ?? null);
    if (!province) continue;
    const entry = provinces.get(province.code) ?? { code: province.code, name: province.name, mean: 0, count: 0 };
    entry.mean += Number(f.value);
    entry.count++;
    provinces.set(province.code, entry);
  }

  return {
    documents: { total, duplicates, byYear: docCounts('year'), byRegion: docCounts('region') },
    facts: {
      total: factTotal,
      byType: counted(byType),
      byCategory: counted(byCategory),
      byTypeAndCategory: [...byPair]
        .map(([key, count]) => {
          const [type, category] = key.split('\0') as [string, string];
          return { type, category, count };
        })
        .sort((a, b) => b.count - a.count),
    },
    passRates: [...cells]
      .map(([key, { sum, count }]) => {
        const [region, year] = key.split('\0') as [string, string];
        return { region, year, mean: round(sum / count), count };
      })
      .sort((a, b) => a.region.localeCompare(b.region) || a.year.localeCompare(b.year)),
    enforcement: [...years.values()].sort((a, b) => a.year.localeCompare(b.year)),
    topMetrics: counted(metrics).slice(0, TOP_METRICS),
    map: {
      metric,
      type: mapType,
      year,
      years: mapYears.map((y) => y.key!).sort(),
      provinces: [...provinces.values()].map((p) => ({ ...p, mean: round(p.mean / p.count) })).sort((a, b) => a.code.localeCompare(b.code)),
    },
  };
}

function asFactLine(row: unknown[]): FactLine {
  const [doc, type, category, metric, value, unit, status, period, region] = row as [
    string,
    string,
    string,
    string,
    number | null,
    string | null,
    string,
    string | null,
    string | null,
  ];
  return { doc, type, category, metric, value, unit, status, period, region };
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) bump(out, key(item));
  return out;
}

/** Means to 4 decimals: enough for a percentage, and the same number on the page and in a test. */
export function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
