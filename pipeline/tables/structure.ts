/**
 * From a detected grid to a table on the document: cells mapped to the normalised text, the header rows
 * (the rows above the first figure), the header columns (the labels left of the figures, a serial number
 * column with them), and for every cell the header cells that govern it. An empty header cell under
 * nothing takes its text from the left when a lower header row splits the column (a spanning header);
 * an empty row label takes the one above (a spanning label).
 */
import type { Table, TableCell, TableKind, TextSpan } from '../../core/document';
import { cellKind, gridKinds, isBareYearLabel, type CellKind } from './cell-kinds';
import type { SpanProjector } from '../text/span-projector';
import type { RawTable } from './raw-table';

/** How the table stage reads header cells: the ending of a whole header (`数`, `率`, `(家)`, `情况`). */
export interface HeaderShape {
  wholeHeader: RegExp;
  /** The header of a label column of years (`年度`). */
  yearColumnHeader: RegExp;
}

export function buildTable(raw: RawTable, kind: TableKind, project: SpanProjector, normText: string, shape: HeaderShape): Table | null {
  const columns = raw.rows[0]?.cells.length ?? 0;
  const cells: TableCell[] = [];
  const texts: string[][] = [];
  raw.rows.forEach((row, r) => {
    texts.push([]);
    row.cells.forEach((spans, c) => {
      const parts = spans.map((s) => project.toNorm(s)).filter((s) => s.end > s.start);
      texts[r]!.push(parts.map((p) => normText.slice(p.start, p.end)).join(''));
      cells.push({ row: r, col: c, parts, header: false, columnHeaders: [], rowHeaders: [] });
    });
  });
  const kinds: CellKind[] = gridKinds(texts).flat();
  const at = (r: number, c: number) => r * columns + c;
  const kindAt = (r: number, c: number) => kinds[at(r, c)]!;
  const rowCount = raw.rows.length;

  let headerRows = 0;
  while (headerRows < rowCount && !range(1, columns).some((c) => kindAt(headerRows, c) === 'number')) headerRows++;
  if (headerRows === rowCount) return null;
  const bodyRows = range(headerRows, rowCount);
  const noFigures = (c: number) => bodyRows.every((r) => kindAt(r, c) !== 'number');
  let headerColumns = noFigures(0) || isSerial(bodyRows.map((r) => textOf(cells[at(r, 0)]!, normText))) ? 1 : 0;
  // A column of bare years (`2019`, ROC `106`) under a year column's header (`年度`) names the rows.
  const yearColumn = (c: number) =>
    range(0, headerRows).some((r) => shape.yearColumnHeader.test(texts[r]![c] ?? '')) &&
    bodyRows.every((r) => texts[r]![c]!.trim() === '' || isBareYearLabel(texts[r]![c]!));
  while (headerColumns < columns && (noFigures(headerColumns) || yearColumn(headerColumns))) headerColumns++;
  if (headerColumns >= columns) return null;

  for (const cell of cells) cell.header = cell.row < headerRows || cell.col < headerColumns;
  const filled = (r: number, c: number) => cells[at(r, c)]!.parts.length > 0;
  // Each row's span is where its own cells lie, before a wrapped header cell's lower piece joins the one above; a
  // table flattened column by column gives the stretches its text holds together instead (raw-table.ts).
  const rows: TextSpan[] =
    raw.stretches?.map((s) => project.toNorm(s)) ??
    raw.rows.map((row, r) => {
      const parts = cells.slice(at(r, 0), at(r + 1, 0)).flatMap((cell) => cell.parts);
      const start = Math.min(...parts.map((p) => p.start));
      const end = Math.max(...parts.map((p) => p.end));
      return parts.length > 0 ? { start, end } : project.toNorm({ start: row.start, end: row.end });
    });
  joinWrappedHeaders({ cells, columns, headerRows, texts, shape });
  // A first row of one cell over a wider table is its title (`2009年各地区抽查情况`): the caption.
  const titled = headerRows > 1 && columns > 2 && range(0, columns).filter((c) => filled(0, c)).length === 1;
  const title = titled ? cells.slice(0, columns).find((cell) => cell.parts.length > 0)! : null;
  // Column headers: top down; an empty one over a split column takes the spanning cell to its left.
  const columnHeaders: number[][] = range(0, columns).map((c) => {
    const path: number[] = [];
    for (let r = titled ? 1 : 0; r < headerRows; r++) {
      if (filled(r, c)) path.push(at(r, c));
      else if (c > headerColumns && range(r + 1, headerRows).some((below) => filled(below, c))) {
        let left = c - 1;
        while (left >= headerColumns && !filled(r, left)) left--;
        if (left >= headerColumns) path.push(at(r, left));
      }
    }
    return path;
  });
  const lastLabel: (number | null)[] = range(0, headerColumns).map(() => null);
  for (const r of bodyRows) {
    const rowHeaders: number[] = [];
    for (let c = 0; c < headerColumns; c++) {
      if (filled(r, c)) lastLabel[c] = at(r, c);
      // An empty label left of a filled one is spanned from above (`粮食加工品` over its products); one
      // right of the row's last label is spanned from the left (`总计` across two label columns).
      else if (!range(c + 1, headerColumns).some((right) => filled(r, right))) lastLabel[c] = null;
      const label = lastLabel[c];
      if (label !== null && label !== undefined) rowHeaders.push(label);
    }
    for (let c = 0; c < columns; c++) {
      const cell = cells[at(r, c)]!;
      cell.columnHeaders = columnHeaders[c]!;
      if (c >= headerColumns) cell.rowHeaders = rowHeaders;
    }
  }
  const span = project.toNorm({ start: raw.start, end: raw.end });
  const caption = title ? { start: title.parts[0]!.start, end: title.parts[title.parts.length - 1]!.end } : null;
  return { kind, start: span.start, end: span.end, caption, rows, columns, headerRows, headerColumns, cells };
}

interface HeaderGrid {
  cells: TableCell[];
  columns: number;
  headerRows: number;
  texts: string[][];
  shape: HeaderShape;
}

/**
 * A header cell a narrow column wrapped over two rows of the header (`抽查企业` over `数(家)`, `比上年增` over
 * `长(%)`, `案件数(` over `起)`) is one cell: the upper piece does not end like a whole header, or leaves a
 * bracket open, or the lower piece is words in brackets (`抽查批次` over `(不合格)`), and no cell of its row spans
 * other columns. Its lower piece joins it, so the header reads whole.
 */
function joinWrappedHeaders({ cells, columns, headerRows, texts, shape }: HeaderGrid): void {
  const cell = (r: number, c: number) => cells[r * columns + c]!;
  const filled = (r: number, c: number) => cell(r, c).parts.length > 0;
  // A cell with an empty neighbour to its right over a filled one spans that column (a group header).
  const spans = (r: number, c: number) => c + 1 < columns && !filled(r, c + 1) && range(r + 1, headerRows).some((b) => filled(b, c + 1));
  // A row with a group over several columns is a row of groups (`江苏` over its cities, `天津` over `天津市`), not halves.
  const groupRow = range(0, headerRows).map((r) => range(0, columns).some((c) => filled(r, c) && spans(r, c)));
  for (let c = 0; c < columns; c++)
    for (let r = 0; r + 1 < headerRows; r++) {
      if (groupRow[r]) continue;
      const upper = texts[r]![c]!.replace(/[\s\u3000]+/g, '');
      if (!filled(r, c) || !filled(r + 1, c) || spans(r, c)) continue;
      const open = (upper.match(/[(（]/g)?.length ?? 0) > (upper.match(/[)）]/g)?.length ?? 0);
      // Words in brackets alone under a header qualify it (`(家)`, `(不合格)`): they close the cell above too.
      const bracketed = /^[(（][^()（）]+[)）]$/.test(texts[r + 1]![c]!.replace(/[\s\u3000]+/g, ''));
      if (!open && !bracketed && shape.wholeHeader.test(upper)) continue;
      const lower = cell(r + 1, c);
      cell(r, c).parts.push(...lower.parts);
      texts[r]![c] += texts[r + 1]![c]!;
      texts[r + 1]![c] = '';
      lower.parts = [];
    }
}

export function textOf(cell: TableCell, normText: string): string {
  return cell.parts.map((p) => normText.slice(p.start, p.end)).join('');
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** Label rows a serial number column may end with (totals: `合计`, `其中：…`). */
const MAX_TRAILING_LABELS = 2;

/** 1, 2, 3, …: a serial number column, which labels rows rather than measuring anything. */
function isSerial(texts: readonly string[]): boolean {
  const filled = texts.map((t) => t.trim()).filter((t) => t !== '');
  // A totals row may span the serial column (`合计` under 1, 2, 3): the numbers above it still count.
  let last = filled.length;
  while (last > 0 && cellKind(filled[last - 1]!) === 'label' && filled.length - last < MAX_TRAILING_LABELS) last--;
  const numbers = filled.slice(0, last);
  return numbers.length >= 2 && numbers.every((t, k) => /^\d{1,3}$/.test(t) && (k === 0 || Number(t) > Number(numbers[k - 1])));
}
