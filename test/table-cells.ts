import { expect, it } from 'vitest';
import type { ColumnFlattenedExample, FlatHeaderShapes } from '../pipeline/tables/flat-headers';
import type { RawTable } from '../pipeline/tables/raw-table';
import { splitLines, type TextLine } from '../pipeline/text/text-lines';

/** A reader of flattened tables: the lines, those other readers took, the shapes. */
type TableReader = (lines: readonly TextLine[], taken: ReadonlySet<number>, shapes: FlatHeaderShapes) => readonly { table: RawTable }[];

/** The tables a reader finds in the lines given, each row the text of its cells. */
export function cellsOf(read: TableReader, shapes: FlatHeaderShapes, lines: readonly string[]): string[][][] {
  const text = lines.join('\n');
  return read(splitLines(text), new Set(), shapes).map((f) =>
    f.table.rows.map((row) => row.cells.map((spans) => spans.map((s) => text.slice(s.start, s.end)).join(''))),
  );
}

/** A shape's examples in flat-headers.json run as tests (inside the caller's suite): each reads as the rows written down, each negative as no table. */
export function runShapeExamples(
  shape: { examples: readonly ColumnFlattenedExample[]; negative: readonly ColumnFlattenedExample[] },
  cells: (lines: readonly string[]) => string[][][],
): void {
  shape.examples.forEach((example, i) => {
    it(`example ${i + 1}: ${example.lines.slice(0, 3).join(' / ')}`, () => {
      expect(cells(example.lines)).toEqual([example.rows]);
    });
  });
  shape.negative.forEach((example, i) => {
    it(`negative example ${i + 1} (${example.why})`, () => {
      expect(cells(example.lines)).toEqual([]);
    });
  });
}
