import type Database from 'better-sqlite3';
import type { FactCategory, FactType } from '../core/document';
import { UserError } from './errors';
import { FACT_FIELDS } from './fact-fields';
import { containsPattern } from './like';
import type { RowSet } from './row-output';

export interface FactFilter {
  type?: FactType;
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
  limit?: number;
  includeDuplicates?: boolean;
}

/** The columns `qmine facts` shows in its table; the other formats carry every contract field. */
export const FACT_TABLE_COLUMNS = [
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
  'text',
] as const;

/** Facts matching every given filter, in contract form, ordered by document and position; duplicates left out unless asked. */
export function selectFacts(db: Database.Database, filter: FactFilter, columns: readonly string[] = FACT_FIELDS): RowSet {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (condition: string, value: unknown) => {
    where.push(condition);
    params.push(value);
  };
  if (filter.type) add('f.type = ?', filter.type);
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
  if (!filter.includeDuplicates) where.push('d.duplicate_of IS NULL');
  const statement = db
    .prepare(
      `SELECT ${columns.map((c) => `f.${c}`).join(', ')} FROM facts f JOIN documents d ON d.id = f.doc
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY f.doc, f.start, f.end, f.id LIMIT ?`,
    )
    .raw(true);
  return { columns: [...columns], rows: statement.iterate(...params, filter.limit ?? -1) as Iterable<unknown[]> };
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
