import type Database from 'better-sqlite3';
import path from 'node:path';
import { UserError } from './errors';
import { FACT_DATA_COLUMNS, selectFacts } from './facts-query';

/** Code points of original text shown on each side of a fact's span. */
export const CONTEXT_CHARS = 80;

/** Everything about one fact an analyst checks it by: its fields, its sentence, its original characters, its file. */
export interface FactDetail {
  fields: Record<string, unknown>;
  sentence: string;
  /** The original decoded text around [raw_start, raw_end): before, the span itself, after. */
  raw: { before: string; span: string; after: string };
  /** The input file, absolute when the run stored it so (relative paths are relative to where that run started). */
  path: string;
  /** 1-based record number inside a multi-record file; null for a file of one document. */
  record: number | null;
}

export function factDetail(db: Database.Database, id: number): FactDetail {
  const row = db.prepare('SELECT doc, sentence FROM facts WHERE id = ?').get(id) as { doc: string; sentence: number } | undefined;
  if (!row) throw new UserError(`no fact ${id} in this database`);
  const set = selectFacts(db, { doc: row.doc, status: 'all', polarity: 'all', includeDuplicates: true }, FACT_DATA_COLUMNS);
  const idAt = set.columns.indexOf('id');
  const values = [...set.rows].find((r) => r[idAt] === id)!;
  const fields = Object.fromEntries(set.columns.map((c, i) => [c, values[i]]));
  const sentence = db.prepare('SELECT text FROM sentences WHERE doc = ? AND ordinal = ?').pluck().get(row.doc, row.sentence) as string;
  // substr counts characters (code points), like raw_start and raw_end.
  const raw = db
    .prepare(
      `SELECT substr(d.raw, max(1, f.raw_start + 1 - :n), min(f.raw_start, :n)) AS before,
              substr(d.raw, f.raw_start + 1, f.raw_end - f.raw_start) AS span,
              substr(d.raw, f.raw_end + 1, :n) AS after
       FROM facts f JOIN document_texts d ON d.id = f.doc WHERE f.id = :id`,
    )
    .get({ id, n: CONTEXT_CHARS }) as FactDetail['raw'];
  const stored = fields.path as string;
  return { fields, sentence, raw, path: stored, record: (fields.record as number | null) ?? null };
}

/** The detail as readable text, the span marked with `mark`. */
export function formatFactDetail(detail: FactDetail, mark: { open: string; close: string }): string {
  const width = Math.max(...Object.keys(detail.fields).map((k) => k.length));
  const lines = Object.entries(detail.fields).map(([key, value]) => `${key.padEnd(width)}  ${value === null ? '—' : String(value)}`);
  const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');
  lines.push('', 'sentence:', `  ${oneLine(detail.sentence)}`);
  lines.push('', `original text around raw_start..raw_end:`);
  lines.push(`  …${oneLine(detail.raw.before)}${mark.open}${detail.raw.span}${mark.close}${oneLine(detail.raw.after)}…`);
  lines.push('', `file: ${detail.path}${detail.record === null ? '' : `, record ${detail.record}`}`);
  if (!path.isAbsolute(detail.path))
    lines.push('  (a relative path, as an older qmine stored it: relative to the folder that run started in)');
  return lines.join('\n') + '\n';
}
