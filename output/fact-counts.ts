import type Database from 'better-sqlite3';

/** The facts of a database counted the ways a run summary needs them. */
export interface StoredFactCounts {
  /** Every fact stored, the facts of duplicate documents included. */
  stored: number;
  /** Facts of documents that are not duplicates: what the views, `qmine facts` and the exports show. */
  live: number;
  liveByType: Record<string, number>;
  /** Fact versions the given run added (fact_history.added_run): 0 after a run that changed nothing. */
  newInRun: number;
}

export function storedFactCounts(db: Database.Database, runId: number): StoredFactCounts {
  const stored = db.prepare('SELECT count(*) FROM facts').pluck().get() as number;
  const byType = db
    .prepare(
      `SELECT f.type, count(*) FROM facts f JOIN documents d ON d.id = f.doc WHERE d.duplicate_of IS NULL
       GROUP BY f.type ORDER BY count(*) DESC, f.type`,
    )
    .raw(true)
    .all() as [string, number][];
  const newInRun = db.prepare('SELECT count(*) FROM fact_history WHERE added_run = ?').pluck().get(runId) as number;
  return { stored, live: byType.reduce((n, [, count]) => n + count, 0), liveByType: Object.fromEntries(byType), newInRun };
}
