import type Database from 'better-sqlite3';
import type { Fact } from '../core/document';
import { FACT_FIELDS } from './fact-fields';

/**
 * Fact versions across runs (table fact_history): written with every document a run stores, read by
 * `diffRuns` (diff.ts) to say which facts a run added, removed or changed.
 */

/**
 * The fields of a fact that history does not keep: the document (the history row has it), the
 * normalised-text offsets (they move when normalisation changes; the raw ones do not), and region_code,
 * which follows from region (left out so that histories recorded before it stay comparable). A field
 * added to Fact enters history unless it is listed here.
 */
const NOT_IN_HISTORY = ['doc', 'start', 'end', 'sentence', 'region_code'] as const;

/** A fact's content as history keeps it: the contract fields without those above. */
export type HistoryContent = Omit<Fact, (typeof NOT_IN_HISTORY)[number]>;

/**
 * Stable identity of each fact inside its document: type and raw span (the raw text does not move when
 * normalisation or rules change), with `#n` for the n-th fact of one type on one span.
 */
export function factKeys(facts: readonly Fact[]): string[] {
  const seen = new Map<string, number>();
  return facts.map((f) => {
    const base = `${f.type}@${f.raw_start}-${f.raw_end}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

/** The fields of HistoryContent, in FACT_FIELDS' order: the order stored content lists them (the stored JSON depends on it). */
export const HISTORY_FIELDS = FACT_FIELDS.filter(
  (field): field is Exclude<(typeof FACT_FIELDS)[number], (typeof NOT_IN_HISTORY)[number]> =>
    !(NOT_IN_HISTORY as readonly string[]).includes(field),
);

export function historyContent(f: Fact): string {
  const content = Object.fromEntries(HISTORY_FIELDS.map((field) => [field, f[field]])) as HistoryContent;
  return JSON.stringify(content);
}

interface LiveVersion {
  id: number;
  fact_key: string;
  content: string;
  added_run: number;
}

/** Keeps fact_history in step with the facts a run stores for a document. Call inside the batch's transaction. */
export class FactHistoryWriter {
  private readonly live: Database.Statement<[string], LiveVersion>;
  private readonly close: Database.Statement<[number, number]>;
  private readonly drop: Database.Statement<[number]>;
  private readonly add: Database.Statement<[string, string, string, string, string, number]>;

  constructor(db: Database.Database) {
    this.live = db.prepare('SELECT id, fact_key, content, added_run FROM fact_history WHERE doc = ? AND removed_run IS NULL');
    this.close = db.prepare('UPDATE fact_history SET removed_run = ? WHERE id = ?');
    this.drop = db.prepare('DELETE FROM fact_history WHERE id = ?');
    this.add = db.prepare('INSERT INTO fact_history (doc, fact_key, type, rule, content, added_run) VALUES (?, ?, ?, ?, ?, ?)');
  }

  /** Records that after run `runId` document `doc` has exactly `facts` (with their `keys`). */
  update(doc: string, runId: number, facts: readonly Fact[], keys: readonly string[]): void {
    const before = new Map(this.live.all(doc).map((v) => [v.fact_key, v]));
    facts.forEach((fact, i) => {
      const key = keys[i]!;
      const content = historyContent(fact);
      const old = before.get(key);
      if (old && old.content === content) {
        before.delete(key);
        return;
      }
      this.add.run(doc, key, fact.type, fact.rule, content, runId);
    });
    // Whatever is left was removed or replaced; a version added by this same run never existed between runs.
    for (const old of before.values()) {
      if (old.added_run === runId) this.drop.run(old.id);
      else this.close.run(runId, old.id);
    }
  }
}
