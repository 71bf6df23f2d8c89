import type Database from 'better-sqlite3';
import type { FactCategory, FactType } from '../core/document';
import { UserError } from './errors';
import { FACT_FIELDS } from './fact-fields';
import { containsPattern } from './like';
import type { RowSet } from './row-output';

export interface FactFilter {
  type?: FactType;
  category?: FactCategory;
  /** Part of the fact's region: 吉林 matches 吉林省 and 吉林市. */
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
  if (filter.region) add("f.region LIKE ? ESCAPE '\\'", containsPattern(filter.region));
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
