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
