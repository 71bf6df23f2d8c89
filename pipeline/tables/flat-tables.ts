/**
 * Tables flattened one cell a line (copied from Word or a PDF): a run of short lines that reads as k header
 * cells, then rows of k cells, each row a label followed by figures. The width k is the one that
 * explains the most lines; a few short lines before the header (a caption) are tried as its start.
 */
import { cellKind, isBareYear, type CellKind } from './cell-kinds';
import type { RawTable } from './raw-table';
import { trimmed, type TextLine } from './text-lines';

/** Longest line taken as a cell. */
const MAX_CELL = 24;
const SENTENCE_MARK = /[。；;，,！？!?：:]/;
const MAX_COLUMNS = 12;
const MIN_ROWS = 2;
/** Short lines before the header tried as the table's start (captions, notes). */
const MAX_LEAD = 3;

interface Cell {
  line: TextLine;
  kind: CellKind;
}

function isCellLine(line: TextLine): boolean {
  const t = line.text.trim();
  return t.length > 0 && t.length <= MAX_CELL && !SENTENCE_MARK.test(t);
}

export function findFlatTables(lines: readonly TextLine[], taken: ReadonlySet<number>): { table: RawTable; from: number; to: number }[] {
  const found: { table: RawTable; from: number; to: number }[] = [];
  let i = 0;
  while (i < lines.length) {
    const cells: Cell[] = [];
    const index: number[] = [];
    let j = i;
    for (; j < lines.length && !taken.has(j); j++) {
      const line = lines[j]!;
      if (line.text.trim() === '') continue; // blank lines between cells
      if (!isCellLine(line)) break;
      cells.push({ line, kind: cellKind(line.text) });
      index.push(j);
    }
    // Try the run from each cell on: short lines before a table (headings, a caption) are passed over.
    let from = 0;
    while (from < cells.length) {
      const best = bestLayout(cells, from);
      if (!best) {
        from++;
        continue;
      }
      const used = cells.slice(best.lead, best.lead + best.width * (best.rows + 1));
      const rows = [];
      for (let r = 0; r <= best.rows; r++) {
        const row = used.slice(r * best.width, (r + 1) * best.width);
        rows.push({
          start: row[0]!.line.start,
          end: row[row.length - 1]!.line.end,
          cells: row.map((c) => {
            const span = trimmed(c.line.text, 0, c.line.text.length);
            return c.kind === 'blank' ? [] : [{ start: c.line.start + span.start, end: c.line.start + span.end }];
          }),
        });
      }
      let next = best.lead + best.width * (best.rows + 1);
      const total = totalsRow(cells, next, best);
      if (total) {
        // Its label spans the label columns: empty cells under the others, its figures under the figures.
        const { width, labels } = best;
        const figures = cells.slice(next + 1, next + 1 + width - labels);
        const span = (c: Cell) => {
          const t = trimmed(c.line.text, 0, c.line.text.length);
          return c.kind === 'blank' ? [] : [{ start: c.line.start + t.start, end: c.line.start + t.end }];
        };
        rows.push({
          start: total.line.start,
          end: figures[figures.length - 1]!.line.end,
          cells: [span(total), ...Array.from({ length: labels - 1 }, () => []), ...figures.map(span)],
        });
        next += 1 + width - labels;
      }
      const end = cells[next - 1]!.line.end;
      found.push({
        table: { kind: 'flat', start: used[0]!.line.start, end, rows },
        from: index[best.lead]!,
        to: index[next - 1]! + 1,
      });
      from = next;
    }
    i = Math.max(j, i + 1);
  }
  return found;
}

interface Layout {
  lead: number;
  width: number;
  /** Cells naming each row (a serial number, a label). */
  labels: number;
  rows: number;
  score: number;
}

/** The lead and width explaining the most cells: a header of labels, then rows of a label and figures. */
function bestLayout(cells: readonly Cell[], from: number): Layout | null {
  let best: Layout | null = null;
  for (let lead = from; lead <= from + MAX_LEAD; lead++) {
    for (let width = 2; width <= MAX_COLUMNS; width++) {
      const header = cells.slice(lead, lead + width);
      if (header.length < width || header.some((c) => c.kind !== 'label')) continue;
      const labels = labelColumns(cells.slice(lead + width, lead + 2 * width));
      let rows = 0;
      for (let at = lead + width; labels > 0 && at + width <= cells.length; at += width) {
        if (!isDataRow(cells.slice(at, at + width), labels)) break;
        rows++;
      }
      if (rows < MIN_ROWS) continue;
      // A figure left right after the table means the rows were cut in the wrong place.
      const score = rows * width - (cells[lead + width * (rows + 1)]?.kind === 'number' ? width : 0);
      if (!best || score > best.score) best = { lead, width, labels, rows, score };
    }
  }
  return best;
}

/**
 * A totals row after the rows whose label spans the label columns, so the flattening left one cell where
 * the other rows have a serial number and a name (`合计` then its figures): its label cell, or null.
 */
function totalsRow(cells: readonly Cell[], at: number, layout: Layout): Cell | null {
  if (layout.labels < 2) return null;
  const row = cells.slice(at, at + 1 + layout.width - layout.labels);
  if (row.length < 1 + layout.width - layout.labels) return null;
  return isDataRow(row, 1) && !/^\s*\d/.test(row[0]!.line.text) ? row[0]! : null;
}

/** Leading cells of a row that name it: labels, after an optional serial number (`1`, `2`, …). */
function labelColumns(row: readonly Cell[]): number {
  let k = row[0]?.kind === 'number' && /^\s*\d{1,3}\s*$/.test(row[0].line.text) ? 1 : 0;
  while (k < row.length && row[k]!.kind === 'label') k++;
  return k > 0 && row[k - 1]!.kind === 'label' && k < row.length ? k : 0;
}

/** `labels` cells naming the row (a serial number may open them), then figures or nothing, one figure at least. */
function isDataRow(row: readonly Cell[], labels: number): boolean {
  if (labels === 1 && row[0]!.kind === 'number') return false;
  if (labels > 1 && row[0]!.kind === 'number' && !/^\s*\d{1,3}\s*$/.test(row[0]!.line.text)) return false;
  for (let k = 1; k < labels; k++) if (row[k]!.kind === 'number') return false;
  const rest = row.slice(labels);
  // A year-shaped figure (`2085`) among the row's figures is one of them.
  const figures = rest.some((c) => c.kind === 'number');
  return figures && rest.every((c) => c.kind !== 'label' || isBareYear(c.line.text));
}
