/**
 * Table rows as sentences: a row is one sentence (so full-text search finds it, and its facts hang on
 * it), whether the splitter cut it into cells (a table flattened one cell a line) or not.
 */
import type { Sentence, Table } from '../../core/document';

export function rowsAsSentences(sentences: readonly Sentence[], tables: readonly Table[]): Sentence[] {
  if (tables.length === 0) return [...sentences];
  const rows = tables.flatMap((t) => t.rows).filter((r) => r.end > r.start);
  const inRow = (s: Sentence) => rows.some((r) => s.start < r.end && s.end > r.start);
  const kept = sentences.filter((s) => !inRow(s)).map((s) => ({ start: s.start, end: s.end }));
  const merged = [...kept, ...rows.map((r) => ({ start: r.start, end: r.end }))].sort((a, b) => a.start - b.start);
  return merged.map((s, order) => ({ ...s, order }));
}
