/**
 * Rows a scraper wrote without the cells that span them from above. An HTML table whose first column groups
 * its rows (`日用品(6种)` over three product rows, a rowspan) comes out of some scrapers as pipe rows whose
 * later rows lack that cell: their cells stand one column to the left and the row is padded at its end with
 * an empty cell (`| 服装 | 48 | 44 | 91.7% | |` under `| 类别 | 产品 | 批次 | 合格 | 合格率 |`). Read as they
 * stand, every figure falls under its left neighbour's header (a 合格率 read as 合格批次). Such a row is
 * moved right by its empty cells at the end when that puts each of its cells under a column of the same
 * kind (words under labels, figures under figures) and where it stands it does not.
 */
import { cellKind, type CellKind } from './cell-kinds';

/** The table as its pipe rows gave it: each row's cell texts, every row as wide as the table. */
export interface ShiftInput {
  rows: readonly (readonly string[])[];
}

/** Rows that fill the last column a table needs before an empty last cell reads as padding, not the column's way. */
const MIN_FULL_ROWS = 2;

/**
 * For each row, how many columns to the right its cells belong (0: where they stand). Only rows with a filled
 * first cell and empty cells at their end move; the kinds of the columns come from the rows that fill their last
 * cell, below the first row of figures (the header above has words over every column).
 */
export function rowShifts({ rows }: ShiftInput): number[] {
  const kinds = rows.map((row) => row.map((text) => kindOf(text)));
  const trailing = rows.map((row) => trailingEmpty(row));
  const firstBody = kinds.findIndex((row) => row.includes('number'));
  if (firstBody < 0) return rows.map(() => 0);
  const full = kinds.filter((_, r) => r >= firstBody && trailing[r] === 0);
  const columns = rows[0]?.length ?? 0;
  if (full.length === 0 || kinds.filter((_, r) => trailing[r] === 0).length < MIN_FULL_ROWS) return rows.map(() => 0);
  // Each column's kind in the full body rows, when they agree; null where they do not.
  const columnKind: (CellKind | null)[] = Array.from({ length: columns }, (_, c) => {
    const seen = full.map((row) => row[c]!).filter((k) => k !== 'blank');
    return seen.length > 0 && seen.every((k) => k === seen[0]) ? seen[0]! : null;
  });
  // Whether the row's filled cells, moved right by `shift`, each fall under a column of their kind.
  const agrees = (row: readonly CellKind[], shift: number) =>
    row.every((kind, c) => kind === 'blank' || (c + shift < columns && columnKind[c + shift] === kind));
  return kinds.map((row, r) => {
    const k = trailing[r]!;
    if (r < firstBody || k === 0 || k >= columns - 1 || row[0] === 'blank') return 0;
    return !agrees(row, 0) && agrees(row, k) ? k : 0;
  });
}

function kindOf(text: string): CellKind {
  return text.trim() === '' ? 'blank' : cellKind(text);
}

/** How many cells at the end of a row are empty (no text at all: a dash is a cell that says "none"). */
function trailingEmpty(row: readonly string[]): number {
  let k = 0;
  while (k < row.length && row[row.length - 1 - k]!.trim() === '') k++;
  return k === row.length ? 0 : k;
}
