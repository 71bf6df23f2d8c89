/**
 * Cells an HTML table scraped to text leaves one a line, each closed by a border mark (`398 |`, `398|`), its
 * rows parted by lines of marks only (`||||`, the empty cells of a row): the mark is the cell's border, not its
 * content. A lone mark is an empty cell (`|` under a totals row's label that spans two columns); a line of two
 * marks or more parts rows and holds no cell. The marks are dictionaries/tables/flat-headers.json's `cellBorder`.
 */
import type { CellBorder } from './flat-headers';
import { trimmed } from '../text/text-lines';

/** Whether the line only parts rows of border-closed cells. */
export function isRowSeparator(text: string, border: CellBorder): boolean {
  return border.separator.test(text);
}

/** The content of a cell line, without the spaces at either end and the mark closing it. */
export function cellSpan(text: string, border: CellBorder): { start: number; end: number } {
  const span = trimmed(text, 0, text.length);
  const mark = border.closing.exec(text.slice(span.start, span.end));
  return mark ? trimmed(text, span.start, span.start + mark.index) : span;
}

/** The text of a cell line without its closing mark. */
export function cellText(text: string, border: CellBorder): string {
  const { start, end } = cellSpan(text, border);
  return text.slice(start, end);
}

/** A line of the run: its index, and the cell text on it (empty for a lone mark). */
export interface RunLine {
  index: number;
  text: string;
}

/** Lone marks a run needs before its marks are read as borders on lines of their own. */
const MIN_OWN_LINE_MARKS = 4;

/**
 * Whether the run's marks stand on lines of their own after the cells they close (`糕点`, `|`, `120`, `|`), a
 * scrape that put each border on its own line: no cell line closes itself with a mark, and lone marks are
 * many. A cell's text may then wrap over several lines (`抽检`, `批次`, `|`): the lines before a mark are
 * one cell.
 */
export function bordersOnOwnLines(lines: readonly string[], border: CellBorder): boolean {
  let lone = 0;
  for (const text of lines) {
    if (text.trim() === '' || isRowSeparator(text, border)) continue;
    if (cellText(text, border) === '') lone++;
    else if (border.closing.test(text)) return false;
  }
  return lone >= MIN_OWN_LINE_MARKS;
}

/** A bracket left open at the end of a line: the cell goes on on the next (`县(市、` / `区)`). */
const OPEN_BRACKET = /[(（][^)）]*$/;

/**
 * The lines before a run's first mark: a cell each (a caption, the first header cell), except that a line
 * leaving a bracket open is one cell with the lines after it.
 */
function firstCells(lines: readonly RunLine[]): RunLine[][] {
  const cells: RunLine[][] = [];
  let open = false;
  for (const line of lines) {
    if (open) cells[cells.length - 1]!.push(line);
    else cells.push([line]);
    const text = cells[cells.length - 1]!.map((one) => one.text).join('');
    open = OPEN_BRACKET.test(text);
  }
  return cells;
}

/**
 * The cells of a run whose borders stand on lines of their own: the lines since the last mark make one
 * cell (wrapped), a mark right after a mark is an empty cell. Lines before the first mark (a caption, the
 * first header cell) are a cell each unless a bracket wraps (see firstCells); lines after the last are a cell each.
 * Each cell is the list of its lines (an empty cell: its lone mark).
 */
export function borderedCells(lines: readonly RunLine[]): RunLine[][] {
  const cells: RunLine[][] = [];
  let pending: RunLine[] = [];
  let seenMark = false;
  for (const line of lines) {
    if (line.text !== '') {
      pending.push(line);
      continue;
    }
    if (pending.length === 0) cells.push([line]);
    else if (seenMark) cells.push(pending);
    else cells.push(...firstCells(pending));
    pending = [];
    seenMark = true;
  }
  cells.push(...pending.map((one) => [one]));
  return cells;
}
