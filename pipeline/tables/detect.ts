/**
 * The tables of a document, in every form scrapers leave: drawn with lines, aligned in columns (HTML
 * tables reach the text this way, one row a line with cells between tabs), rows of a label and figures
 * between single spaces, flattened one cell a line (row by row, or column by column, or row by row with no header).
 * Found on the clean text, where the columns still line up (normalisation drops spaces between Chinese
 * and digits), and placed on the normalised text.
 */
import type { Document, Table, TextSpan } from '../../core/document';
import { findAlignedTables } from './aligned-tables';
import { findLooseTables } from './loose-tables';
import { findKeyedTables } from './keyed-rows';
import { findBoxTables } from './box-tables';
import { findFlatTables } from './flat-tables';
import { findColumnTables } from './column-tables';
import { findHeadlessTables } from './headless-rows';
import type { CellBorder, FlatHeaderShapes } from './flat-headers';
import { SpanProjector } from '../text/span-projector';
import { buildTable } from './structure';
import { splitLines, trimmed } from '../text/text-lines';
import { CodePointIndex } from '../../core/code-points';
import { cellSpan, isRowSeparator } from './pipe-cells';

/** Longest caption: the tail of a longer line before a table (its last sentence) says what the table is. */
const MAX_CAPTION = 120;

export function findTables(doc: Document, html: boolean, flatHeaders: FlatHeaderShapes): Table[] {
  const clean = doc.clean;
  const norm = doc.norm;
  if (!clean || !norm) return [];
  const lines = splitLines(clean.text, indentInRaw(doc));
  const found = findBoxTables(lines);
  const taken = new Set<number>();
  const take = (list: { from: number; to: number }[]) => {
    for (const { from, to } of list) for (let i = from; i < to; i++) taken.add(i);
  };
  take(found);
  const aligned = findAlignedTables(lines, taken);
  take(aligned);
  const loose = findLooseTables(lines, taken);
  take(loose);
  const keyed = findKeyedTables(lines, taken);
  take(keyed);
  const flat = findFlatTables(lines, taken, flatHeaders);
  take(flat);
  // Last: a table flattened column by column is read only where no reading of its lines by rows holds, and a
  // table on its side with no header row only where no reading with a header does.
  const columns = findColumnTables(lines, taken, flatHeaders);
  take(columns);
  found.push(...aligned, ...loose, ...keyed, ...flat, ...columns, ...findHeadlessTables(lines, taken, flatHeaders));

  const project = new SpanProjector(clean, norm);
  const tables: Table[] = [];
  for (const { table: raw } of found) {
    const tabbed = raw.kind === 'aligned' && clean.text.slice(raw.start, raw.end).includes('\t');
    const table = buildTable(raw, html && tabbed ? 'html' : raw.kind, project, norm.text, flatHeaders);
    if (!table) continue;
    table.caption ??= captionBefore(norm.text, table.start, flatHeaders.cellBorder);
    tables.push(table);
  }
  return tables.sort((a, b) => a.start - b.start);
}

/**
 * The indentation a clean line had in the raw text, which the cleaning drops: where columns are aligned
 * with spaces, a line that starts under the second column must still start there; where cells are
 * separated by tabs, a row whose first cells are empty starts with tabs.
 */
function indentInRaw(doc: Document): (start: number) => string {
  const clean = doc.clean!;
  const raw = doc.raw;
  const rawIndex = new CodePointIndex(raw);
  return (start) => {
    const at = rawIndex.toUtf16(clean.span(start, start + 1).rawStart);
    let from = at;
    while (from > 0 && /[ \t\u3000\u00a0]/.test(raw[from - 1]!)) from--;
    return from === 0 || raw[from - 1] === '\n' || raw[from - 1] === '\r' ? raw.slice(from, at) : '';
  };
}

/** The last non-blank line before `start`, or its last sentence when it is long. */
function captionBefore(text: string, start: number, border: CellBorder): TextSpan | null {
  // The normalisation joins a caption without a full stop to the header row under it (`…抽检结果食品类别…`):
  // the words before the table on its own line are then the caption.
  const own = trimmed(text, text.lastIndexOf('\n', start - 1) + 1, start);
  if (own.end > own.start) return own.end - own.start <= MAX_CAPTION ? own : trimmed(text, own.end - MAX_CAPTION, own.end);
  let end = text.lastIndexOf('\n', start - 1);
  while (end > 0) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    // A scraped table closes its caption row with a pipe and may part it from the header by a line of pipes.
    const raw = text.slice(from, end);
    const content = cellSpan(raw, border);
    const line = isRowSeparator(raw, border) ? { start: from, end: from } : { start: from + content.start, end: from + content.end };
    if (line.end > line.start) {
      if (line.end - line.start <= MAX_CAPTION) return line;
      const stop = Math.max(text.lastIndexOf('。', line.end - 2), text.lastIndexOf('，', line.end - 2));
      return trimmed(text, Math.max(stop + 1, line.end - MAX_CAPTION), line.end);
    }
    end = from - 1;
  }
  return null;
}
