import { describe as suite, expect, it } from 'vitest';
import { dictionaries } from './extract-helpers';
import { cellKind } from '../pipeline/tables/cell-kinds';
import { findFlatTables } from '../pipeline/tables/flat-tables';
import { loadFlatHeaderShapes, type FlatHeaderExample } from '../pipeline/tables/flat-headers';
import { splitLines } from '../pipeline/text/text-lines';

/**
 * The examples of dictionaries/tables/flat-headers.json run as tests: their lines, one cell a line, are
 * found as a table of the width given, and each column's header reads as written down (a spanning cell
 * heads the columns it spans, a cell left empty under nothing takes the spanning one to its left).
 */
const shapes = loadFlatHeaderShapes(dictionaries);

function columnHeaders(example: FlatHeaderExample): string[] | null {
  const text = example.lines.join('\n');
  const found = findFlatTables(
    splitLines(text, () => ''),
    new Set(),
    shapes,
  );
  if (found.length !== 1) return null;
  const { rows } = found[0]!.table;
  const cellText = (spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end)).join('');
  const isFigure = (spans: { start: number; end: number }[]) => cellKind(cellText(spans)) === 'number';
  const headerRows = rows.slice(
    0,
    rows.findIndex((row) => row.cells.some(isFigure)),
  );
  return rows[0]!.cells.map((_, c) =>
    headerRows
      .map((row) => {
        let at = c;
        while (at > 0 && row.cells[at]!.length === 0 && headerRows.some((other) => other !== row && other.cells[c]!.length > 0)) at--;
        return row.cells[at]!.length > 0 ? cellText(row.cells[at]!) : '';
      })
      .join(''),
  );
}

suite('flat table headers (dictionaries/tables/flat-headers.json)', () => {
  for (const rule of shapes.rules) {
    rule.examples.forEach((example, i) => {
      it(`${rule.id}: example ${i + 1}`, () => {
        const headers = columnHeaders(example);
        expect(headers?.length, example.lines.join(' / ')).toBe(example.width);
        expect(headers).toEqual(example.headers);
      });
    });
    (rule.negative ?? []).forEach((example, i) => {
      it(`${rule.id}: negative example ${i + 1} (${example.why})`, () => {
        const headers = columnHeaders(example);
        expect(headers, example.lines.join(' / ')).toEqual(
          example.lines.slice(example.lines.length - example.width * 3, example.lines.length - example.width * 2),
        );
      });
    });
  }
});

suite('cells closed by a border mark, rows parted by lines of marks (flat-headers.json cellBorder)', () => {
  shapes.cellBorderExamples.forEach((example, i) => {
    it(`example ${i + 1}: ${example.lines.slice(0, 2).join(' / ')}`, () => {
      expect(columnHeaders(example)).toEqual(example.headers);
    });
  });

  it('a figure cell reads without its mark, a lone mark is an empty cell', () => {
    const text = ['品种 |', '抽检 |', '不合格 |', '||||', '蔬菜 |', '540 |', '9 |', '合计 |', '|', '12 |'].join('\n');
    const found = findFlatTables(splitLines(text), new Set(), shapes);
    expect(found).toHaveLength(1);
    const cells = found[0]!.table.rows.map((row) => row.cells.map((spans) => spans.map((s) => text.slice(s.start, s.end)).join('')));
    expect(cells).toEqual([
      ['品种', '抽检', '不合格'],
      ['蔬菜', '540', '9'],
      ['合计', '', '12'],
    ]);
  });
});
