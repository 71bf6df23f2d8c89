/**
 * A table as a detector finds it in the clean text: rows of cells, each cell the spans of its text
 * (one per line it is wrapped over), every row as wide as the table. Positions are UTF-16 indices of the
 * clean text; the table stage maps them to the normalised text.
 */
import type { TableKind, TextSpan } from '../../core/document';

export interface RawRow {
  start: number;
  end: number;
  cells: TextSpan[][];
}

export interface RawTable {
  kind: TableKind;
  start: number;
  end: number;
  rows: RawRow[];
  /**
   * Where the text does not hold each row in one stretch (a table flattened column by column), the stretches
   * that read as one sentence each: the labels, then each column under its header. Else the rows are.
   */
  stretches?: TextSpan[];
}

/** A field of a line: its span in the text and its display columns in the line. */
export interface Field {
  span: TextSpan;
  x0: number;
  x1: number;
}

/**
 * Places the fields of a line that has fewer fields than the table has columns (a spanning header, a
 * missing figure) under the columns they overlap most, given each column's display extent.
 */
export function placeFields(fields: readonly Field[], columns: readonly [number, number][]): TextSpan[][] {
  const cells: TextSpan[][] = columns.map(() => []);
  let next = 0;
  for (const field of fields) {
    // A field that covers two or more columns whole is a merged cell (`│ 不合格情况 │` over two columns drawn
    // below it): it starts at the first of them, and the header analysis spreads it to the rest.
    const covered = columns.map(([x0, x1], c) => (c >= next && x0 >= field.x0 - 1 && x1 <= field.x1 + 1 ? c : -1)).filter((c) => c >= 0);
    if (covered.length >= 2) {
      cells[covered[0]!]!.push(field.span);
      next = Math.min(covered[covered.length - 1]! + 1, columns.length - 1);
      continue;
    }
    // A field that starts in a column, covers half of it at least and runs on past it is left-aligned over it (a
    // group header over the columns it spans, `国家监督抽查` over `批次` and `合格率(%)`): its column is that one,
    // not the one it overlaps most.
    const flush = columns.findIndex(
      ([x0, x1], c) => c >= next && field.x0 >= x0 && field.x0 < x1 && 2 * (x1 - field.x0) >= x1 - x0 && field.x1 > x1 + 1,
    );
    let best = flush;
    let bestOverlap = flush >= 0 ? Infinity : -Infinity;
    for (let c = next; c < columns.length; c++) {
      const [x0, x1] = columns[c]!;
      const overlap = Math.min(x1, field.x1) - Math.max(x0, field.x0);
      if (overlap > bestOverlap) {
        best = c;
        bestOverlap = overlap;
      }
    }
    if (best < 0) best = columns.length - 1;
    cells[best]!.push(field.span);
    next = Math.min(best + 1, columns.length - 1);
  }
  return cells;
}

/** Display extent of each column over the lines that have a field in every column. */
export function columnExtents(full: readonly (readonly Field[])[], count: number): [number, number][] {
  const extents: [number, number][] = [];
  for (let c = 0; c < count; c++) {
    let x0 = Infinity;
    let x1 = -Infinity;
    for (const fields of full) {
      x0 = Math.min(x0, fields[c]!.x0);
      x1 = Math.max(x1, fields[c]!.x1);
    }
    extents.push([x0, x1]);
  }
  // Columns touch: the gap between two columns belongs to neither, so split it.
  for (let c = 0; c + 1 < count; c++) {
    const middle = (extents[c]![1] + extents[c + 1]![0]) / 2;
    extents[c]![1] = Math.max(extents[c]![1], middle);
    extents[c + 1]![0] = Math.min(extents[c + 1]![0], middle);
  }
  return extents;
}
