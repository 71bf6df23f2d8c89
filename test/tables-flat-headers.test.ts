import { describe as suite, expect, it } from 'vitest';
import { dictionaries } from './extract-helpers';
import { cellKind } from '../pipeline/tables/cell-kinds';
import { findFlatTables } from '../pipeline/tables/flat-tables';
import { loadFlatHeaderShapes, type FlatHeaderExample } from '../pipeline/tables/flat-headers';
import { splitLines } from '../pipeline/text/text-lines';
import { cellsOf as tableCells } from './table-cells';

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

const cellsOf = (lines: readonly string[]) => tableCells(findFlatTables, shapes, lines);

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

  it('a lone mark after each row of self-closed cells parts the rows', () => {
    const rows = [
      '序号 |',
      '地区 |',
      '抽查企业数(家) |',
      '合格率(%) |',
      '|',
      '1 |',
      '南京市 |',
      '41 |',
      '95.1 |',
      '|',
      '2 |',
      '无锡市 |',
      '37 |',
      '91.9 |',
      '|',
    ];
    expect(cellsOf(rows)).toEqual([
      [
        ['序号', '地区', '抽查企业数(家)', '合格率(%)'],
        ['1', '南京市', '41', '95.1'],
        ['2', '无锡市', '37', '91.9'],
      ],
    ]);
    const traditional = [
      '編號|',
      '縣市|',
      '檢驗件數|',
      '|',
      '1|',
      '臺中市|',
      '812|',
      '|',
      '2|',
      '彰化縣|',
      '406|',
      '|',
      '3|',
      '南投縣|',
      '95|',
      '|',
    ];
    expect(cellsOf(traditional)[0]).toEqual([
      ['編號', '縣市', '檢驗件數'],
      ['1', '臺中市', '812'],
      ['2', '彰化縣', '406'],
      ['3', '南投縣', '95'],
    ]);
  });
});

suite('borders on lines of their own after each cell, cells wrapped over lines', () => {
  it('the lines before a mark are one cell; a header spanning the serial column; a totals row', () => {
    const lines = ['2021年各类产品抽查汇总表', '产品类别', '|', '抽查批次', '(批)', '|', '不合格', '批次', '|', '合格率', '(%)', '|', '|'];
    lines.push('1', '|', '电线电缆', '|', '120', '|', '6', '|', '95.0', '|', '2', '|', '儿童玩具', '|', '84', '|', '2', '|', '97.6', '|');
    lines.push('合计', '|', '204', '|', '8', '|', '96.1', '|');
    expect(cellsOf(lines)).toEqual([
      [
        ['', '产品类别', '抽查批次(批)', '不合格批次', '合格率(%)'],
        ['1', '电线电缆', '120', '6', '95.0'],
        ['2', '儿童玩具', '84', '2', '97.6'],
        ['合计', '', '204', '8', '96.1'],
      ],
    ]);
  });

  it('a header without a serial column, an empty cell as a lone mark, no totals row', () => {
    const lines = ['区县', '|', '检查', '单位数', '|', '立案数', '(件)', '|', '罚没款', '(万元)', '|'];
    lines.push(
      '东城区',
      '|',
      '310',
      '|',
      '12',
      '|',
      '8.5',
      '|',
      '西城区',
      '|',
      '275',
      '|',
      '|',
      '6.2',
      '|',
      '朝阳区',
      '|',
      '498',
      '|',
      '21',
      '|',
      '15.3',
      '|',
    );
    expect(cellsOf(lines)).toEqual([
      [
        ['区县', '检查单位数', '立案数(件)', '罚没款(万元)'],
        ['东城区', '310', '12', '8.5'],
        ['西城区', '275', '', '6.2'],
        ['朝阳区', '498', '21', '15.3'],
      ],
    ]);
  });

  it('a bracket wrapped over the first header cell stays one cell', () => {
    const lines = [
      '县(市、',
      '区)',
      '|',
      '抽检批次',
      '|',
      '合格率',
      '(%)',
      '|',
      '青川县',
      '|',
      '66',
      '|',
      '98.5',
      '|',
      '剑阁县',
      '|',
      '73',
      '|',
      '95.9',
      '|',
    ];
    expect(cellsOf(lines)[0]![0]).toEqual(['县(市、区)', '抽检批次', '合格率(%)']);
  });
});
