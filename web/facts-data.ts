import type Database from 'better-sqlite3';
import { FACT_FIELDS } from '../output/fact-fields';
import { selectFacts, type FactFilter } from '../output/facts-query';
import { HttpError } from './http-errors';
import type { Paging } from './paging';

/**
 * One page of the facts a filter selects. Which facts match is decided by output/facts-query.ts
 * (selectFacts, the function behind `qmine facts`), asked for their ids; this module only orders and
 * pages those ids, so the web follows every change of the command's filters and defaults.
 */

export const SORTABLE = ['position', 'doc', 'period', 'region', 'type', 'category', 'metric', 'value'] as const;
export type SortKey = (typeof SORTABLE)[number];

export interface FactSort {
  key: SortKey;
  descending: boolean;
}

export function readSort(params: URLSearchParams): FactSort {
  const key = params.get('sort') || 'position';
  if (!(SORTABLE as readonly string[]).includes(key)) throw new HttpError(400, `sort must be one of ${SORTABLE.join(', ')}`);
  return { key: key as SortKey, descending: params.get('order') === 'desc' };
}

export type FactRow = { id: number; title: string | null } & Record<(typeof FACT_FIELDS)[number], unknown>;

/** Ids of the facts `qmine facts` lists for this filter, in its order. */
export function matchingFactIds(db: Database.Database, filter: FactFilter): number[] {
  const ids: number[] = [];
  for (const row of selectFacts(db, { ...filter, limit: undefined }, ['id']).rows) ids.push(row[0] as number);
  return ids;
}

/** One page of the facts `ids` (matchingFactIds of the filter), ordered by `sort`. */
export function factsPage(
  db: Database.Database,
  ids: readonly number[],
  sort: FactSort,
  paging: Paging,
): { total: number; rows: FactRow[] } {
  let pageIds: number[];
  if (sort.key === 'position' && !sort.descending) {
    pageIds = ids.slice(paging.offset, paging.offset + paging.limit);
  } else {
    // The column comes from SORTABLE, never from the request's text; the values are parameters.
    const column = sort.key === 'position' ? 'f.doc' : `f.${sort.key}`;
    const direction = sort.descending ? 'DESC' : 'ASC';
    const position = `f.doc ${sort.key === 'position' ? direction : 'ASC'}, f.start ${sort.key === 'position' ? direction : 'ASC'}, f.end, f.id`;
    pageIds = db
      .prepare(
        `SELECT f.id FROM facts f WHERE f.id IN (SELECT value FROM json_each(?))
         ORDER BY ${column} ${direction} NULLS LAST, ${position} LIMIT ? OFFSET ?`,
      )
      .pluck()
      .all(JSON.stringify(ids), paging.limit, paging.offset) as number[];
  }
  return { total: ids.length, rows: factsByIds(db, pageIds) };
}

/** The facts of the given ids in that order, every contract field plus the id and the document's title. */
export function factsByIds(db: Database.Database, ids: readonly number[]): FactRow[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT f.id, d.title, ${FACT_FIELDS.map((c) => `f.${c}`).join(', ')}
       FROM facts f JOIN documents d ON d.id = f.doc WHERE f.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as FactRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)!).filter(Boolean);
}
