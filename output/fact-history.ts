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
  /** The content, read before the document's facts were replaced (a NULL stored content filled in from its fact). */
  content: string;
  added_run: number;
}

/**
 * Keeps fact_history (table fact_versions, migration 014) in step with the facts a run stores for a
 * document. A live version's content is stored NULL when the view fact_contents makes the same JSON
 * of its fact, so it is not kept twice; a version that stops being live gets its content back. Call
 * liveVersions before the document's facts are replaced, then update after the new ones are stored,
 * both inside the batch's transaction.
 */
export class FactHistoryWriter {
  private readonly live: Database.Statement<[string], { id: number; fact_key: string; content: string | null; added_run: number }>;
  private readonly contents: Database.Statement<[string], { fact_key: string; content: string }>;
  private readonly close: Database.Statement<[number, string, number]>;
  private readonly restore: Database.Statement<[string, number]>;
  private readonly drop: Database.Statement<[number]>;
  private readonly add: Database.Statement<[string, string, string, string, string | null, number]>;

  constructor(db: Database.Database) {
    this.live = db.prepare('SELECT id, fact_key, content, added_run FROM fact_versions WHERE doc = ? AND removed_run IS NULL');
    this.contents = db.prepare('SELECT fact_key, content FROM fact_contents WHERE doc = ?');
    this.close = db.prepare('UPDATE fact_versions SET removed_run = ?, content = ? WHERE id = ?');
    this.restore = db.prepare('UPDATE fact_versions SET content = ? WHERE id = ?');
    this.drop = db.prepare('DELETE FROM fact_versions WHERE id = ?');
    this.add = db.prepare('INSERT INTO fact_versions (doc, fact_key, type, rule, content, added_run) VALUES (?, ?, ?, ?, ?, ?)');
  }

  /** The live versions of a document's facts with their content: read while its facts are still stored. */
  liveVersions(doc: string): LiveVersion[] {
    const live = this.live.all(doc);
    // The document's contents in one read, not one look-up per version (what the view fact_history does).
    const stored = live.some((v) => v.content === null) ? this.storedContents(doc) : null;
    return live.map((v) => ({ ...v, content: v.content ?? stored!.get(v.fact_key)! }));
  }

  /** The content fact_contents makes of each stored fact of the document, by fact key. */
  private storedContents(doc: string): Map<string, string> {
    return new Map(this.contents.all(doc).map((row) => [row.fact_key, row.content]));
  }

  /** Records that after run `runId` document `doc` has exactly `facts` (with their `keys`), stored in facts already. */
  update(doc: string, runId: number, facts: readonly Fact[], keys: readonly string[], live: readonly LiveVersion[]): void {
    const before = new Map(live.map((v) => [v.fact_key, v]));
    const stored = this.storedContents(doc);
    facts.forEach((fact, i) => {
      const key = keys[i]!;
      const content = historyContent(fact);
      // NULL when the fact's row gives the same JSON: fact_history reads it from there.
      const kept = stored.get(key) === content ? null : content;
      const old = before.get(key);
      if (old && old.content === content) {
        before.delete(key);
        // The same content, so its row gives what it gave before; stored again if it does not (never, but cheap to be sure).
        if (kept !== null) this.restore.run(content, old.id);
        return;
      }
      this.add.run(doc, key, fact.type, fact.rule, kept, runId);
    });
    // Whatever is left was removed or replaced; a version added by this same run never existed between runs.
    for (const old of before.values()) {
      if (old.added_run === runId) this.drop.run(old.id);
      else this.close.run(runId, old.content, old.id);
    }
  }
}
