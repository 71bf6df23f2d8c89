/**
 * Cell lines: what every reader of a table flattened into text starts from. A scraper that loses a table's markup
 * leaves each cell on a line of its own; such a line is short and holds no mark of a sentence. The readers of
 * the flattened layouts (flat-tables.ts a header then rows, column-tables.ts a column at a time, headless-rows.ts
 * rows with no header) each take the runs of such lines no other reader took and look for their own shape in them.
 */
import type { TextSpan } from '../../core/document';
import { cellKind, type CellKind } from './cell-kinds';
import type { CellBorder } from './flat-headers';
import { cellSpan, isRowSeparator } from './pipe-cells';
import type { TextLine } from '../text/text-lines';

/** Longest line taken as a cell. */
export const MAX_CELL = 24;
/** A mark no cell holds: a line with one is a sentence. */
export const SENTENCE_MARK = /[。；;，,！？!?：:]/;
/** A comma grouping a figure's thousands (`48,751`) is part of the figure, no mark of a sentence. */
const THOUSANDS = /(?<=\d)[,，](?=\d{3}(?!\d))/g;

/**
 * A line short enough for a cell with no mark of a sentence. `allowed` is a part a layout lets a cell hold though
 * it has a mark (a unit after a colon closing a row label: `锅炉：万台`).
 */
export function isShortCell(text: string, allowed?: RegExp): boolean {
  if (text.length === 0 || text.length > MAX_CELL) return false;
  const marks = allowed ? text.replace(allowed, '') : text;
  return !SENTENCE_MARK.test(marks.replace(THOUSANDS, ''));
}

export interface CellLine {
  /** The line's index among the document's lines. */
  index: number;
  span: TextSpan;
  text: string;
  kind: CellKind;
}

export interface CellRunsInput {
  lines: readonly TextLine[];
  /** Lines another reader already took: they end a run. */
  taken: ReadonlySet<number>;
  border: CellBorder;
  isCell: (text: string) => boolean;
}

/**
 * The runs of consecutive cell lines. A scraped page may close each cell with a border mark (`2019年 |`) and part
 * rows by lines of marks, and leave blank lines between cells: those are skipped; a line taken or no cell ends a run.
 */
export function cellLineRuns({ lines, taken, border, isCell }: CellRunsInput): CellLine[][] {
  const runs: CellLine[][] = [];
  let run: CellLine[] = [];
  const close = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  lines.forEach((line, index) => {
    if (taken.has(index)) return close();
    if (isRowSeparator(line.text, border)) return;
    const span = cellSpan(line.text, border);
    const text = line.text.slice(span.start, span.end);
    if (text === '') return;
    if (!isCell(text)) return close();
    run.push({ index, span: { start: line.start + span.start, end: line.start + span.end }, text, kind: cellKind(text) });
  });
  close();
  return runs;
}

/** A figure or a dash for none. */
export const isValue = (cell: CellLine | undefined): boolean => !!cell && (cell.kind === 'number' || cell.kind === 'blank');

/** How many figures or dashes follow cell `at` before the next label. */
export function valuesAfter(cells: readonly CellLine[], at: number): number {
  let k = at + 1;
  while (isValue(cells[k])) k++;
  return k - at - 1;
}
