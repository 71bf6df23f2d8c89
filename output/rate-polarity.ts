import type Database from 'better-sqlite3';
import { Dictionaries } from '../core/dictionaries';

/** The lexicon that tells a pass level from a failure level or a share (its header says how). */
export const RATE_POLARITY_FILE = 'lexicons/rate-polarity.tsv';

export const RATE_POLARITIES = ['pass', 'failure', 'share', 'other'] as const;
export type RatePolarity = (typeof RATE_POLARITIES)[number];

export interface PolarityCue {
  cue: string;
  polarity: Exclude<RatePolarity, 'other'>;
  /** A metric this cue decides, run as a test. */
  example: string;
}

export function loadPolarityCues(dictionaries: Dictionaries = new Dictionaries()): PolarityCue[] {
  return dictionaries.parseOnce(RATE_POLARITY_FILE, (text) =>
    text
      .split('\n')
      .map((line, i) => [line.replace(/\r$/, ''), i + 1] as const)
      .filter(([line]) => line.trim() !== '' && !line.startsWith('#'))
      .map(([line, n]) => {
        const [cue, polarity, example = ''] = line.split('\t');
        if (!cue || !['pass', 'failure', 'share'].includes(polarity ?? '')) {
          throw new Error(`dictionary ${RATE_POLARITY_FILE}:${n}: expected cue <TAB> pass|failure|share <TAB> example`);
        }
        return { cue, polarity: polarity as PolarityCue['polarity'], example };
      }),
  );
}

/**
 * The SQL expression giving a fact's polarity, for a fact table aliased `f`: for a rate, and for a change
 * of a pass_rate metric, the polarity of the first cue found in the metric, else 'other'; NULL for the
 * other facts. The views (output/views.sql) spell out the same expression; a test keeps the two equal.
 */
export const POLARITY_SQL = `CASE WHEN f.type = 'rate' OR (f.type = 'change' AND f.category = 'pass_rate') THEN coalesce((SELECT c.polarity FROM rate_polarity_cues c WHERE instr(f.metric, c.cue) > 0 ORDER BY c.rank LIMIT 1), 'other') END`;

/** Copies the lexicon's cues into rate_polarity_cues when the lexicon changed since the last copy. */
export function refreshPolarityCues(db: Database.Database, dictionaries: Dictionaries = new Dictionaries()): void {
  // A database kept at an older schema version (tests do) has no such table.
  if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'rate_polarity_cues'").get()) return;
  const hash = dictionaries.hash(RATE_POLARITY_FILE);
  if (db.prepare("SELECT value FROM meta WHERE key = 'rate_polarity_sha256'").pluck().get() === hash) return;
  const cues = loadPolarityCues(dictionaries);
  db.transaction(() => {
    db.exec('DELETE FROM rate_polarity_cues');
    const insert = db.prepare('INSERT INTO rate_polarity_cues (rank, cue, polarity) VALUES (?, ?, ?)');
    cues.forEach((c, i) => insert.run(i + 1, c.cue, c.polarity));
    db.prepare(
      "INSERT INTO meta (key, value) VALUES ('rate_polarity_sha256', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ).run(hash);
  })();
}
