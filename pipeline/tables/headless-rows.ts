/**
 * Tables on their side flattened row by row with no header row: a sampling plan or a rating scale is printed as
 * rows naming measures (`批量`, `抽样数量`, `判定数`) across unnamed columns, and a scraper leaves each row's label on
 * a line, then its figures one a line, the next row's label, as many figures again. Read back as the table it is:
 * a row per label, its figures in the columns; with no column header, each label is the metric of its figures
 * (table-facts.ts reads a table whose columns name nothing as a table on its side).
 *
 * The shape is read only on lines no other reader took, and only where it cannot be an ordinary run of short
 * lines: two rows at least (flat-headers.json `headlessRows` says how many, and how many figures a row), every row
 * a label naming a measure followed by exactly as many figures as the others, and the figures not all serial
 * numbers (1, 2, 3 in every row: a numbered list).
 */
import { cellLineRuns, isShortCell, isValue, valuesAfter, type CellLine } from './cell-lines';
import { isPeriodLabel } from './cell-kinds';
import type { FlatHeaderShapes, HeadlessRows } from './flat-headers';
import type { RawRow, RawTable } from './raw-table';
import type { TextLine } from '../text/text-lines';

type Cell = CellLine;

export interface HeadlessTable {
  table: RawTable;
  from: number;
  to: number;
}

export function findHeadlessTables(lines: readonly TextLine[], taken: ReadonlySet<number>, shapes: FlatHeaderShapes): HeadlessTable[] {
  const runs = cellLineRuns({ lines, taken, border: shapes.cellBorder, isCell: (text) => isShortCell(text) });
  return runs.flatMap((run) => tablesOfRun(run, shapes.headlessRows));
}

/** A row label of the shape: words naming a measure, no period. */
function isMeasureLabel(cell: Cell | undefined, shape: HeadlessRows): boolean {
  return !!cell && cell.kind === 'label' && !isPeriodLabel(cell.text) && shape.measureLabel.test(cell.text.replace(/\s+/g, ''));
}

interface Row {
  label: Cell;
  values: Cell[];
}

/** The tables of a run of cell lines: each block of rows of one width, a label then its figures. */
function tablesOfRun(cells: readonly Cell[], shape: HeadlessRows): HeadlessTable[] {
  const found: HeadlessTable[] = [];
  let at = 0;
  while (at < cells.length) {
    const width = isMeasureLabel(cells[at], shape) ? valuesAfter(cells, at) : 0;
    if (width < shape.minValues) {
      at++;
      continue;
    }
    const rows: Row[] = [];
    let next = at;
    while (isMeasureLabel(cells[next], shape) && valuesAfter(cells, next) === width) {
      const values = cells.slice(next + 1, next + 1 + width);
      if (!values.some((c) => c.kind === 'number')) break;
      rows.push({ label: cells[next]!, values });
      next += 1 + width;
    }
    // Figures right before the first label make it a cell of some larger grid no reader took: left as it is.
    if (rows.length < shape.minRows || rows.every((r) => isSerialRow(r.values)) || isValue(cells[at - 1])) {
      at = Math.max(next, at + 1);
      continue;
    }
    found.push(tableOf(rows));
    at = next;
  }
  return found;
}

/** 1, 2, 3 …: numbers that count lines or items, not a measure. */
function isSerialRow(values: readonly Cell[]): boolean {
  return values.every((c, k) => /^\d{1,3}$/.test(c.text.trim()) && Number(c.text.trim()) === k + 1);
}

function tableOf(rows: readonly Row[]): HeadlessTable {
  const rawRows: RawRow[] = rows.map(({ label, values }) => ({
    start: label.span.start,
    end: values[values.length - 1]!.span.end,
    cells: [[label.span], ...values.map((v) => [v.span])],
  }));
  const first = rows[0]!.label;
  const lastRow = rows[rows.length - 1]!;
  const last = lastRow.values[lastRow.values.length - 1]!;
  return {
    table: { kind: 'flat', start: first.span.start, end: last.span.end, rows: rawRows },
    from: first.index,
    to: last.index + 1,
  };
}
