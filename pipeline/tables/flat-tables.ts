/**
 * Tables flattened one cell a line (copied from Word or a PDF): a run of short lines that reads as k header
 * cells, then rows of k cells, each row a label followed by figures. The width k is the one that
 * explains the most lines; a few short lines before the header (a caption) are tried as its start. A
 * header of more than k lines (units under it, cells wrapped, cells spanning columns) is read by
 * flat-headers.ts.
 */
import { cellKind, isBareYear, isBareYearLabel, type CellKind } from './cell-kinds';
import { readFlatHeader, type FlatHeaderShapes, type HeaderRows } from './flat-headers';
import type { RawRow, RawTable } from './raw-table';
import { borderedCells, bordersOnOwnLines, cellSpan, cellText, isRowSeparator, type RunLine } from './pipe-cells';
import type { TextLine } from '../text/text-lines';
import { isShortCell } from './cell-lines';

const MAX_COLUMNS = 12;
const MIN_ROWS = 2;
/** Short lines before the header tried as the table's start (captions, notes). */
const MAX_LEAD = 3;

interface Cell {
  line: TextLine;
  kind: CellKind;
  /** The cell's text without the border mark a scraped table closes it with (`398 |`), and where it lies in the line. */
  text: string;
  span: { start: number; end: number };
  /** Further lines of a cell wrapped over several (its borders on lines of their own). */
  more: readonly Cell[];
}

/** The cell one line holds. */
function lineCell(line: TextLine, shapes: FlatHeaderShapes): Cell {
  const span = cellSpan(line.text, shapes.cellBorder);
  const text = line.text.slice(span.start, span.end);
  return { line, kind: cellKind(text), text, span, more: [] };
}

/** One cell of the lines given (a cell wrapped over several lines reads as their words run together). */
function cellOf(parts: readonly Cell[]): Cell {
  if (parts.length === 1) return parts[0]!;
  const text = parts.map((p) => p.text).join('');
  return { ...parts[0]!, kind: cellKind(text), text, more: parts.slice(1) };
}

/** The lines a cell stands on. */
const linesOf = (cell: Cell): Cell[] => [cell, ...cell.more];

export function findFlatTables(
  lines: readonly TextLine[],
  taken: ReadonlySet<number>,
  shapes: FlatHeaderShapes,
): { table: RawTable; from: number; to: number }[] {
  const found: { table: RawTable; from: number; to: number }[] = [];
  let i = 0;
  while (i < lines.length) {
    const run: RunLine[] = [];
    let j = i;
    for (; j < lines.length && !taken.has(j); j++) {
      const line = lines[j]!;
      // Blank lines between cells, lines of border marks between rows of a scraped table.
      if (line.text.trim() === '' || isRowSeparator(line.text, shapes.cellBorder)) continue;
      const text = cellText(line.text, shapes.cellBorder);
      // A lone border mark is an empty cell.
      if (text !== '' && !isShortCell(text)) break;
      run.push({ index: j, text });
    }
    found.push(...tablesOfRun(run, lines, shapes));
    i = Math.max(j, i + 1);
  }
  return found;
}

type Found = { table: RawTable; from: number; to: number };

/**
 * The tables of a run of cell lines. Where marks stand on lines of their own after the cells they close, the
 * lines before each mark are one cell. Where cells close themselves (`398 |`), a lone mark is an empty cell
 * (`|` under a totals row's label spanning two columns) or a border parting rows (`|` after each row): the
 * reading whose tables take more of the run wins.
 */
function tablesOfRun(run: readonly RunLine[], lines: readonly TextLine[], shapes: FlatHeaderShapes): Found[] {
  if (
    bordersOnOwnLines(
      run.map((r) => lines[r.index]!.text),
      shapes.cellBorder,
    )
  )
    return tablesOfCells(borderedCells(run), lines, shapes);
  const asCells = tablesOfCells(
    run.map((r) => [r]),
    lines,
    shapes,
  );
  if (!run.some((r) => r.text === '')) return asCells;
  const asBorders = tablesOfCells(
    run.filter((r) => r.text !== '').map((r) => [r]),
    lines,
    shapes,
  );
  const covered = (list: Found[]) => list.reduce((sum, f) => sum + f.to - f.from, 0);
  return covered(asBorders) > covered(asCells) ? asBorders : asCells;
}

/** The tables of a run's cells, each the lines it stands on. */
function tablesOfCells(grouped: readonly (readonly RunLine[])[], lines: readonly TextLine[], shapes: FlatHeaderShapes): Found[] {
  const found: Found[] = [];
  const cells: Cell[] = grouped.map((group) => cellOf(group.map((r) => lineCell(lines[r.index]!, shapes))));
  const index = grouped.map((group) => group[group.length - 1]!.index);
  // Try the run from each cell on: short lines before a table (headings, a caption) are passed over.
  let from = 0;
  while (from < cells.length) {
    const best = bestLayout(cells, from, shapes);
    if (!best) {
      from++;
      continue;
    }
    const rows: RawRow[] = best.headerRows.map((row) => rowOf(row.map((lines) => lines.flatMap((i) => linesOf(cells[best.lead + i]!)))));
    for (const row of best.body) rows.push(rowOf(row.map((c) => (c ? linesOf(c) : []))));
    let next = best.end;
    const total = totalsRow(cells, next, best);
    if (total) {
      // Its label spans the label columns: empty cells under the others, its figures under the figures.
      const { width, labels } = best;
      const figures = cells.slice(next + 1, next + 1 + width - labels);
      rows.push(rowOf([linesOf(total), ...Array.from({ length: labels - 1 }, () => []), ...figures.map(linesOf)]));
      next += 1 + width - labels;
    }
    const cut = cutOffRow(cells, next, best, index, lines);
    if (cut) {
      rows.push(rowOf([...cut.map(linesOf), ...Array.from({ length: best.width - cut.length }, () => [])]));
      next += cut.length;
    }
    const last = linesOf(cells[next - 1]!);
    const end = last[last.length - 1]!.line.end;
    found.push({
      table: { kind: 'flat', start: cells[best.lead]!.line.start, end, rows },
      from: index[best.lead]!,
      to: index[next - 1]! + 1,
    });
    from = next;
  }
  return found;
}

/**
 * A last row the page cut off (its labels and its first figures, then the end of the page): it keeps the cells it
 * has, the columns after them empty, as a box-drawn table's last row cut inside a cell and a table flattened column by
 * column's last column do. Only where nothing but blank lines follows it in the document.
 */
function cutOffRow(
  cells: readonly Cell[],
  at: number,
  layout: Layout,
  index: readonly number[],
  lines: readonly TextLine[],
): Cell[] | null {
  const rest = cells.slice(at);
  if (rest.length <= layout.labels || rest.length >= layout.width || !isDataRow(rest, layout.labels)) return null;
  const lastLine = index[cells.length - 1]!;
  return lines.slice(lastLine + 1).every((line) => line.text.trim() === '') ? rest : null;
}

/** A row of cells, each made of the lines given for it (none for an empty cell, several for a wrapped one). */
function rowOf(cellLines: readonly (readonly Cell[])[]): RawRow {
  const all = cellLines.flat();
  return {
    start: Math.min(...all.map((c) => c.line.start)),
    end: Math.max(...all.map((c) => c.line.end)),
    cells: cellLines.map((lines) =>
      lines.filter((c) => c.kind !== 'blank').map((c) => ({ start: c.line.start + c.span.start, end: c.line.start + c.span.end })),
    ),
  };
}

interface Layout {
  lead: number;
  width: number;
  /** The body rows, each a cell per column (null: a group cell written once in a row above). */
  body: (Cell | null)[][];
  /** The index of the cell after the body. */
  end: number;
  /** Lines of the header, and how they make its rows (one row of `width` lines when nothing else is read). */
  header: number;
  headerRows: HeaderRows;
  /** Cells naming each row (a serial number, a label). */
  labels: number;
  rows: number;
  score: number;
}

/**
 * The lead, width and header explaining the most cells: a header of labels, then rows of a label and
 * figures. A header of more lines than columns counts only when flat-headers.ts reads it; at equal
 * score the earlier start wins (the lines before a plain header are then the start of a longer one).
 */
function bestLayout(cells: readonly Cell[], from: number, shapes: FlatHeaderShapes): Layout | null {
  let best: Layout | null = null;
  for (let lead = from; lead <= from + MAX_LEAD; lead++) {
    for (let width = 2; width <= MAX_COLUMNS; width++) {
      const spanned = spannedSerialLayout(cells, lead, width);
      if (spanned && (!best || spanned.score > best.score)) best = spanned;
      for (let header = width; header <= 2 * width; header++) {
        const headerCells = cells.slice(lead, lead + header);
        if (headerCells.length < header || headerCells.some((c) => c.kind !== 'label')) break;
        const start = lead + header;
        // Under a year column's header (`年度`, first or after a serial number's) a bare year (`2019`, ROC `106`) names its row.
        const years = yearColumn(headerCells, shapes);
        const labels = labelColumns(cells.slice(start, start + width), years);
        let { body, end: at } = bodyRows(cells, start, width, labels, true, years);
        // Groups are two at least (one group over every row is the caption's business): else the rows are all whole.
        if (body.filter((row) => !row.includes(null)).length < MIN_GROUPS)
          ({ body, end: at } = bodyRows(cells, start, width, labels, false, years));
        const rows = body.length;
        if (rows < MIN_ROWS) continue;
        const headerRows =
          header === width
            ? [headerCells.map((_, c) => [c])]
            : readFlatHeader({ pieces: headerCells.map((c) => c.text), width, labels, shapes })?.rows;
        if (!headerRows) continue;
        // A figure left right after the table means the rows were cut in the wrong place.
        const score = at - start - (cells[at]?.kind === 'number' ? width : 0);
        if (!best || score > best.score) best = { lead, width, body, end: at, header, headerRows, labels, rows, score };
      }
    }
  }
  return best;
}

/** A header cell naming the serial number column (`序号`, `编号`, `序`, `No.`). */
const SERIAL_HEADER = /^(?:序\s*[号號]|序|[编編]\s*[号號]|No\.?)$/i;

/**
 * A one-row header whose first cell spans a serial number column and the label column after it (`食品种类`
 * over `1` and `粮食加工品`): one header cell fewer than the rows have, the serial column's header empty. The
 * header may be closed by an empty cell (a border written twice where the header row ends).
 */
function spannedSerialLayout(cells: readonly Cell[], lead: number, width: number): Layout | null {
  const header = width - 1;
  const headerCells = cells.slice(lead, lead + header);
  if (headerCells.length < header || headerCells.some((c) => c.kind !== 'label')) return null;
  if (SERIAL_HEADER.test(headerCells[0]!.text)) return null;
  const closed = cells[lead + header]?.kind === 'blank' ? 1 : 0;
  const start = lead + header + closed;
  const labels = labelColumns(cells.slice(start, start + width), -1);
  if (labels < 2 || !isSerial(cells[start]!)) return null;
  const { body, end } = bodyRows(cells, start, width, labels, false, -1);
  // Each row opened by its serial number (a totals row by an empty cell).
  if (body.length < MIN_ROWS || !body.every((row) => row[0] && (isSerial(row[0]) || row[0].kind === 'blank'))) return null;
  const headerRows: HeaderRows = [[[], ...headerCells.map((_, c) => [c])]];
  const score = end - start - (cells[end]?.kind === 'number' ? width : 0);
  return { lead, width, body, end, header: header + closed, headerRows, labels, rows: body.length, score };
}

/** Groups a table whose group cells were written once must show (see rowAt). */
const MIN_GROUPS = 2;

/** The body rows from cell `start` on, rows whose group cell was written once among them when `grouped`. */
function bodyRows(
  cells: readonly Cell[],
  start: number,
  width: number,
  labels: number,
  grouped: boolean,
  years: number,
): { body: (Cell | null)[][]; end: number } {
  const body: (Cell | null)[][] = [];
  let at = start;
  const next = () => rowAt({ cells, at, width, labels, grouped, years });
  for (let row = labels > 0 ? next() : null; row; row = next()) {
    body.push(row.cells);
    at += row.length;
  }
  return { body, end: at };
}

interface RowQuery {
  cells: readonly Cell[];
  at: number;
  width: number;
  labels: number;
  grouped: boolean;
  /** The label column of years (see yearLabel), or -1. */
  years: number;
}

/**
 * The body row starting at cell `at`, or null when none starts there: `width` cells, or one fewer where the
 * row's group cell (`江苏` over its cities, `粮食加工品` over its kinds: the first label column after a serial
 * number, when a label column follows it) was merged with the row above and flattened once, before it.
 */
function rowAt({ cells, at, width, labels, grouped, years }: RowQuery): { cells: (Cell | null)[]; length: number } | null {
  const full = cells.slice(at, at + width);
  if (full.length === width && isDataRow(full, labels, years)) return { cells: full, length: width };
  if (!grouped) return null;
  const group = cells[at]?.kind === 'number' && isSerial(cells[at]!) ? 1 : 0;
  if (labels - group < 2) return null;
  const short = cells.slice(at, at + width - 1);
  if (short.length < width - 1 || !isDataRow(short, labels - 1)) return null;
  return { cells: [...short.slice(0, group), null, ...short.slice(group)], length: width - 1 };
}

/**
 * A totals row after the rows whose label spans the label columns, so the flattening left one cell where
 * the other rows have a serial number and a name (`合计` then its figures): its label cell, or null.
 */
function totalsRow(cells: readonly Cell[], at: number, layout: Layout): Cell | null {
  if (layout.labels < 2) return null;
  const row = cells.slice(at, at + 1 + layout.width - layout.labels);
  if (row.length < 1 + layout.width - layout.labels) return null;
  return isDataRow(row, 1) && !/^\d/.test(row[0]!.text) ? row[0]! : null;
}

/** Leading cells of a row that name it: labels, after an optional serial number (`1`, `2`, …). */
function labelColumns(row: readonly Cell[], years: number): number {
  let k = row[0]?.kind === 'number' && isSerial(row[0]) && years !== 0 ? 1 : 0;
  if (k === years && row[k] && yearLabel(row[k]!)) k++;
  while (k < row.length && row[k]!.kind === 'label') k++;
  return k > 0 && (row[k - 1]!.kind === 'label' || k - 1 === years) && k < row.length ? k : 0;
}

/** The label column of years: the first, or the second after a serial number's; -1 when there is none. */
function yearColumn(headerCells: readonly Cell[], shapes: FlatHeaderShapes): number {
  if (shapes.yearColumnHeader.test(headerCells[0]!.text)) return 0;
  return headerCells.length > 1 && shapes.yearColumnHeader.test(headerCells[1]!.text) ? 1 : -1;
}

/** A bare year under a year column's header: `2019`, or a year of the ROC calendar (`106`) on a Taiwan page. */
function yearLabel(cell: Cell): boolean {
  return isBareYearLabel(cell.text);
}

/** `labels` cells naming the row (a serial number may open them), then figures or nothing, one figure at least. */
function isDataRow(row: readonly Cell[], labels: number, years = -1): boolean {
  for (let k = 0; k < labels; k++) {
    const cell = row[k]!;
    if (k === years) {
      if (!yearLabel(cell)) return false;
    } else if (cell.kind === 'number' && !(k === 0 && labels > 1 && isSerial(cell))) return false;
  }
  const rest = row.slice(labels);
  // A year-shaped figure (`2085`) among the row's figures is one of them.
  const figures = rest.some((c) => c.kind === 'number');
  return figures && rest.every((c) => c.kind !== 'label' || isBareYear(c.text));
}

/** A serial number opening a row (`1`, `2`, …). */
function isSerial(cell: Cell): boolean {
  return /^\d{1,3}$/.test(cell.text);
}
