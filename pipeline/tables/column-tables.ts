/**
 * Tables flattened column by column: statistical yearbooks and market reports print a series with the years
 * across, and a scraper reading the page a column at a time leaves the corner cell (`指标`), the row labels each
 * on a line of its own (`锅炉：万台`, a unit after a colon), then per column its header, a period (`2019年`,
 * `一季度`), followed by one figure per row label. Read back as the table it is: a row per label, its figures
 * under the period columns (dictionaries/tables/flat-headers.json `columnFlattened` says the shape, with examples).
 *
 * The shape is read only where nothing else reads the lines and it cannot be a run of ordinary short lines:
 * two period columns at least, each holding exactly as many cells as there are row labels (two at least),
 * the labels words and no periods; only a last column the page cut off may hold fewer.
 */
import type { TextSpan } from '../../core/document';
import { isPeriodLabel } from './cell-kinds';
import { cellLineRuns, isShortCell, valuesAfter, type CellLine } from './cell-lines';
import type { ColumnFlattened, FlatHeaderShapes } from './flat-headers';
import type { RawRow, RawTable } from './raw-table';
import type { TextLine } from '../text/text-lines';

const MIN_ROWS = 2;
const MIN_COLUMNS = 2;

interface Cell extends CellLine {
  period: boolean;
}

export interface ColumnTable {
  table: RawTable;
  from: number;
  to: number;
}

export function findColumnTables(lines: readonly TextLine[], taken: ReadonlySet<number>, shapes: FlatHeaderShapes): ColumnTable[] {
  const shape = shapes.columnFlattened;
  // A unit after a colon closing a row label (`锅炉：万台`) is no mark of a sentence here.
  const isCell = (text: string) => isShortCell(text, shape.labelUnit);
  const runs = cellLineRuns({ lines, taken, border: shapes.cellBorder, isCell });
  return runs.flatMap((run) =>
    tablesOfRun(
      run.map((cell) => ({ ...cell, period: isPeriodLabel(cell.text) })),
      shape,
    ),
  );
}

/** The tables of a run of cell lines, each where its first period column starts the shape. */
function tablesOfRun(cells: readonly Cell[], shape: ColumnFlattened): ColumnTable[] {
  const found: ColumnTable[] = [];
  let at = 0;
  while (at < cells.length) {
    const table = cells[at]!.period ? tableAt(cells, at, shape) : null;
    if (!table) {
      at++;
      continue;
    }
    found.push(table.found);
    at = table.next;
  }
  return found;
}

/** The table whose first period column is headed by cell `first`, or null when the cells around it have not the shape. */
function tableAt(cells: readonly Cell[], first: number, shape: ColumnFlattened): { found: ColumnTable; next: number } | null {
  const rows = valuesAfter(cells, first);
  if (rows < MIN_ROWS || first < rows) return null;
  const labels = cells.slice(first - rows, first);
  if (labels.some((c) => c.kind !== 'label' || c.period)) return null;
  // The columns: a period header, then one cell per label; the last may be cut off where the page ends.
  const columns: { header: Cell; values: Cell[] }[] = [];
  let at = first;
  while (cells[at]?.period) {
    const count = valuesAfter(cells, at);
    const values = cells.slice(at + 1, at + 1 + count);
    if (count === 0 || count > rows || !values.some((c) => c.kind === 'number')) break;
    if (count < rows && at + 1 + count < cells.length) break;
    columns.push({ header: cells[at]!, values });
    at += 1 + count;
    if (count < rows) break;
  }
  if (columns.filter((c) => c.values.length === rows).length < MIN_COLUMNS) return null;
  const before = cells[first - rows - 1];
  const corner = before && before.kind === 'label' && shape.cornerHeader.test(before.text) ? before : null;
  const spans = (cell: Cell | null | undefined) => (cell ? [cell.span] : []);
  const rawRows: RawRow[] = [
    rowOf([spans(corner), ...columns.map((c) => spans(c.header))]),
    ...labels.map((label, r) => rowOf([spans(label), ...columns.map((c) => spans(c.values[r]))])),
  ];
  const top = corner ?? labels[0]!;
  const stretch = (a: Cell, b: Cell): TextSpan => ({ start: a.span.start, end: b.span.end });
  const stretches = [stretch(top, labels[labels.length - 1]!), ...columns.map((c) => stretch(c.header, c.values[c.values.length - 1]!))];
  const last = cells[at - 1]!;
  return {
    found: {
      table: { kind: 'flat', start: top.span.start, end: last.span.end, rows: rawRows, stretches },
      from: top.index,
      to: last.index + 1,
    },
    next: at,
  };
}

function rowOf(cells: TextSpan[][]): RawRow {
  const all = cells.flat();
  return { start: Math.min(...all.map((s) => s.start)), end: Math.max(...all.map((s) => s.end)), cells };
}
