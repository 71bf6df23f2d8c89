/**
 * Table rows as sentences: a row is one sentence (so full-text search finds it, and its facts hang on
 * it), whether the splitter cut it into cells (a table flattened one cell a line) or not. A line inside the table
 * that the table did not take as a row (a row with a cell more or less than its neighbours) stays a sentence of its
 * own: the splitter may have run it together with a row, and dropping that sentence whole would lose the line.
 */
import type { Sentence, Table } from '../../core/document';

export function rowsAsSentences(sentences: readonly Sentence[], tables: readonly Table[], text: string): Sentence[] {
  if (tables.length === 0) return [...sentences];
  const rows = tables
    .flatMap((t) => t.rows)
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const kept: { start: number; end: number }[] = [];
  for (const s of sentences) {
    const over = rows.filter((r) => s.start < r.end && s.end > r.start);
    if (over.length === 0) kept.push({ start: s.start, end: s.end });
    else kept.push(...outsideRows(s, over, text));
  }
  const merged = [...kept, ...rows.map((r) => ({ start: r.start, end: r.end }))].sort((a, b) => a.start - b.start);
  return merged.map((s, order) => ({ ...s, order }));
}

/** The parts of a sentence no row covers, without the spaces and line breaks around them. */
function outsideRows(s: Sentence, rows: readonly { start: number; end: number }[], text: string): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let from = s.start;
  const push = (to: number) => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) parts.push({ start: a, end: b });
  };
  for (const r of rows) {
    if (r.start > from) push(Math.min(r.start, s.end));
    from = Math.max(from, r.end);
  }
  if (s.end > from) push(s.end);
  return parts;
}
