import type Database from 'better-sqlite3';
import { StoreError } from './errors';
import { HISTORY_FIELDS, type HistoryContent } from './fact-history';
import { Store } from './store';
import { formatTable } from './text-table';

/**
 * What changed in the facts between two runs (`qmine diff`, and the end of `qmine reprocess`), read from
 * fact_history: the facts of the database after run R are the versions live at R.
 */

export interface HistoryFact extends HistoryContent {
  doc: string;
  fact_key: string;
}

export interface RunDiffGroup {
  type: string;
  rule: string;
  added: number;
  removed: number;
  changed: number;
}

/** What changed between two runs, each fact as `F`: a HistoryFact (`diffRuns`) or a HistoryEntry (`diffRunEntries`). */
export interface RunDiffOf<F> {
  from: number;
  to: number;
  added: F[];
  removed: F[];
  /** Same document and key, different content. */
  changed: { before: F; after: F }[];
  /** Counts by type and rule (a changed fact counts under its new type and rule). */
  groups: RunDiffGroup[];
  /** Ids of the documents with any added, removed or changed fact. */
  documents: string[];
}

export type RunDiff = RunDiffOf<HistoryFact>;

/** A version in fact_history without its content: enough to count a diff; `loadHistoryFact` reads the rest. */
export interface HistoryEntry {
  id: number;
  doc: string;
  fact_key: string;
  type: string;
  rule: string;
}

export interface RunRange {
  /** Default: the run before `to` (0, the empty database, before the first run). */
  from?: number;
  /** Default: the latest run. */
  to?: number;
}

/**
 * The facts that differ between the database as run `from` left it and as run `to` left it. `from` may
 * be 0 (the empty database); with from > to the diff runs backwards.
 */
export function diffRuns(source: Store | Database.Database, range: RunRange = {}): RunDiff {
  const db = source instanceof Store ? source.db : source;
  const entries = diffRunEntries(db, range);
  // Every version listed was added or removed between the two runs: one read of their contents.
  const [low, high] = entries.from < entries.to ? [entries.from, entries.to] : [entries.to, entries.from];
  const rows = db
    .prepare<[number, number, number, number], [number, string]>(
      'SELECT id, content FROM fact_history WHERE (added_run > ? AND added_run <= ?) OR (removed_run > ? AND removed_run <= ?)',
    )
    .raw(true)
    .all(low, high, low, high);
  const contents = new Map(rows);
  const load = (entry: HistoryEntry): HistoryFact => ({
    doc: entry.doc,
    fact_key: entry.fact_key,
    ...(JSON.parse(contents.get(entry.id)!) as HistoryContent),
  });
  return {
    ...entries,
    added: entries.added.map(load),
    removed: entries.removed.map(load),
    changed: entries.changed.map(({ before, after }) => ({ before: load(before), after: load(after) })),
  };
}

/**
 * `diffRuns` without the facts' content: the same lists in the same order, counts and documents, read
 * without parsing a JSON object per fact, so that a diff of every fact (run 0 to 1) is cheap to count
 * and page; `historyFactLoader` reads the facts of the page shown.
 */
export function diffRunEntries(source: Store | Database.Database, range: RunRange = {}): RunDiffOf<HistoryEntry> {
  const db = source instanceof Store ? source.db : source;
  const runExists = db.prepare<[number], 1>('SELECT 1 FROM runs WHERE id = ?').pluck();
  const to = range.to ?? (db.prepare('SELECT max(id) FROM runs').pluck().get() as number | null);
  if (to === null) throw new StoreError('no runs in this database yet');
  const from = range.from ?? (db.prepare('SELECT max(id) FROM runs WHERE id < ?').pluck().get(to) as number | null) ?? 0;
  for (const run of [from, to]) {
    if (run !== 0 && !runExists.get(run)) throw new StoreError(`no run ${run} in this database`);
  }
  if (from > to) {
    const forward = diffRunEntries(db, { from: to, to: from });
    return summarise(
      from,
      to,
      forward.removed,
      forward.added,
      forward.changed.map(({ before, after }) => ({ before: after, after: before })),
    );
  }
  // Only versions whose life starts or ends between the two runs can differ.
  const gone = db
    .prepare<[number, number, number], HistoryEntry>(
      'SELECT id, doc, fact_key, type, rule FROM fact_history WHERE added_run <= ? AND removed_run > ? AND removed_run <= ? ORDER BY doc, id',
    )
    .all(from, from, to);
  const came = db
    .prepare<[number, number, number], HistoryEntry>(
      'SELECT id, doc, fact_key, type, rule FROM fact_history WHERE added_run > ? AND added_run <= ? AND (removed_run IS NULL OR removed_run > ?) ORDER BY doc, id',
    )
    .all(from, to, to);
  const sameContent = db
    .prepare<[number, number], 1>('SELECT 1 FROM fact_history a, fact_history b WHERE a.id = ? AND b.id = ? AND a.content = b.content')
    .pluck();
  const removedByKey = new Map(gone.map((row) => [`${row.doc}\0${row.fact_key}`, row]));
  const added: HistoryEntry[] = [];
  const changed: { before: HistoryEntry; after: HistoryEntry }[] = [];
  for (const row of came) {
    const key = `${row.doc}\0${row.fact_key}`;
    const old = removedByKey.get(key);
    if (!old) {
      added.push(row);
      continue;
    }
    removedByKey.delete(key);
    if (!sameContent.get(old.id, row.id)) changed.push({ before: old, after: row });
  }
  return summarise(from, to, added, [...removedByKey.values()], changed);
}

/** Reads a version's content: `diffRunEntries` gives the entries, this the facts of those shown. */
export function historyFactLoader(db: Database.Database): (entry: HistoryEntry) => HistoryFact {
  const content = db.prepare<[number], string>('SELECT content FROM fact_history WHERE id = ?').pluck();
  return (entry) => ({ doc: entry.doc, fact_key: entry.fact_key, ...(JSON.parse(content.get(entry.id)!) as HistoryContent) });
}

function summarise<F extends { doc: string; type: string; rule: string }>(
  from: number,
  to: number,
  added: F[],
  removed: F[],
  changed: { before: F; after: F }[],
): RunDiffOf<F> {
  const groups = new Map<string, RunDiffGroup>();
  const group = (f: F) => {
    const key = `${f.type}\0${f.rule}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { type: f.type, rule: f.rule, added: 0, removed: 0, changed: 0 }));
    return g;
  };
  for (const f of added) group(f).added++;
  for (const f of removed) group(f).removed++;
  for (const { after } of changed) group(after).changed++;
  const documents = new Set([...added, ...removed, ...changed.map((c) => c.after)].map((f) => f.doc));
  return {
    from,
    to,
    added,
    removed,
    changed,
    groups: [...groups.values()].sort((a, b) => a.type.localeCompare(b.type) || a.rule.localeCompare(b.rule)),
    documents: [...documents].sort(),
  };
}

/** Counts: a line of totals, then a table by type and rule. */
export function formatDiffSummary(diff: RunDiff): string {
  const head = `facts from run ${diff.from} to run ${diff.to}: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed in ${diff.documents.length} ${diff.documents.length === 1 ? 'document' : 'documents'}\n`;
  if (diff.groups.length === 0) return head;
  const rows = diff.groups.map((g) => [g.type, g.rule, `+${g.added}`, `-${g.removed}`, `~${g.changed}`]);
  return head + formatTable(['type', 'rule', 'added', 'removed', 'changed'], rows, { rightAligned: [false, false, true, true, true] });
}

function describeFact(f: HistoryFact): string {
  const amount = f.value === null ? (f.name ?? '') : `${f.value}${f.unit === null ? '' : ` ${f.unit}`}`;
  return `${f.doc}  ${f.type} ${f.metric}: ${amount}  「${f.text}」 [${f.rule}]`;
}

/** One line per fact: `+` added, `-` removed, `~` changed with the fields that changed; at most `limit` of each. */
export function formatDiffDetails(diff: RunDiff, limit = Infinity): string {
  const lines: string[] = [];
  const section = <T>(items: T[], line: (item: T) => string) => {
    for (const item of items.slice(0, limit)) lines.push(line(item));
    if (items.length > limit) lines.push(`  … ${items.length - limit} more`);
  };
  section(diff.added, (f) => `+ ${describeFact(f)}`);
  section(diff.removed, (f) => `- ${describeFact(f)}`);
  section(diff.changed, ({ before, after }) => {
    const fields = HISTORY_FIELDS.filter((k) => before[k] !== after[k]).map(
      (k) => `${k} ${JSON.stringify(before[k])} → ${JSON.stringify(after[k])}`,
    );
    return `~ ${describeFact(after)}  (${fields.join(', ')})`;
  });
  return lines.length ? lines.join('\n') + '\n' : '';
}
