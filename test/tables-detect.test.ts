import { describe, expect, it } from 'vitest';
import type { Document, Table } from '../core/document';
import { processText } from '../pipeline/pipeline';
import { pipeline } from './extract-helpers';

/** Tables found in each form, with their header rows, header columns and header links; and text that is no table. */
function tablesOf(text: string): { doc: Document; tables: Table[] } {
  const { doc } = processText(text, 'detect', pipeline);
  return { doc, tables: doc.tables! };
}

const cellText = (doc: Document, table: Table, row: number, col: number) =>
  table.cells[row * table.columns + col]!.parts.map((p) => doc.norm!.text.slice(p.start, p.end)).join('');

/** The texts of the header cells governing a cell, column headers first. */
function headersOf(doc: Document, table: Table, row: number, col: number): string[] {
  const cell = table.cells[row * table.columns + col]!;
  return [...cell.columnHeaders, ...cell.rowHeaders].map((k) => cellText(doc, table, table.cells[k]!.row, table.cells[k]!.col));
}

describe('table detection', () => {
  it('a box table with a header spanning two columns over a second header row', () => {
    const { doc, tables } = tablesOf(
      [
        '┌────┬─────────────┬──────┐',
        '│    │   抽查情况   │      │',
        '│产品├──────┬──────┤合格率│',
        '│    │企业(家)│批次  │ (%)  │',
        '├────┼──────┼──────┼──────┤',
        '│水泥│  12  │  15  │ 93.3 │',
        '│钢材│   8  │  10  │ 90.0 │',
        '└────┴──────┴──────┴──────┘',
      ].join('\n'),
    );
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    // The partial rule under 抽查情况 makes two header rows; 产品 and 合格率 span both.
    expect([table.kind, table.columns, table.headerRows, table.headerColumns]).toEqual(['box', 4, 2, 1]);
    expect(headersOf(doc, table, 2, 2)).toEqual(['抽查情况', '批次', '水泥']);
    expect(headersOf(doc, table, 3, 3)).toEqual(['合格率', '(%)', '钢材']);
  });

  it('a box table whose rules separate only the header: each body line is a row', () => {
    const { doc, tables } = tablesOf(
      ['+--------+------+', '| 地区   | 户数 |', '+--------+------+', '| 兰州市 | 35   |', '| 天水市 | 21   |', '+--------+------+'].join(
        '\n',
      ),
    );
    expect(tables[0]!.rows).toHaveLength(3);
    expect(headersOf(doc, tables[0]!, 2, 1)).toEqual(['户数', '天水市']);
  });

  it('an aligned table with a missing figure places the others by column', () => {
    const { doc, tables } = tablesOf(
      [
        '地区        企业数      批次      合格率',
        '兰州市        35         40        92.5',
        '天水市        21                   90.1',
        '白银市        18         20        85.0',
      ].join('\n'),
    );
    const table = tables[0]!;
    expect(table.columns).toBe(4);
    expect(cellText(doc, table, 2, 2)).toBe('');
    expect(cellText(doc, table, 2, 3)).toBe('90.1');
  });

  it('a flattened table with a serial number column', () => {
    const { doc, tables } = tablesOf(
      ['序号', '地区', '抽查批次', '合格率(%)', '1', '兰州市', '40', '92.5', '2', '天水市', '25', '90.1', '3', '白银市', '20', '85.0'].join(
        '\n',
      ),
    );
    const table = tables[0]!;
    expect([table.kind, table.columns, table.rows.length, table.headerColumns]).toEqual(['flat', 4, 4, 2]);
    expect(headersOf(doc, table, 3, 3)).toEqual(['合格率(%)', '3', '白银市']);
    // Each row is one sentence.
    const text = doc.norm!.text;
    expect(doc.sentences!.map((s) => text.slice(s.start, s.end))).toContain('2\n天水市\n25\n90.1');
  });

  it('a flattened table whose page ends inside its last row keeps the cells that row has', () => {
    const lines = [
      '序号',
      '食品类别',
      '抽检批次',
      '不合格批次',
      '合格率(%)',
      '1',
      '糕点',
      '52',
      '2',
      '96.2',
      '2',
      '饮料',
      '47',
      '0',
      '100',
      '3',
      '蜂产品',
    ];
    const { doc, tables } = tablesOf([...lines, '21', '', ''].join('\n'));
    const table = tables[0]!;
    expect([table.kind, table.columns, table.rows.length]).toEqual(['flat', 5, 4]);
    expect(cellText(doc, table, 3, 2)).toBe('21');
    expect(headersOf(doc, table, 3, 2)).toEqual(['抽检批次', '3', '蜂产品']);
    // A sentence after the cut row: the page was not cut there, the short row stays out of the table.
    const { tables: notCut } = tablesOf([...lines, '21', '', '以上数据截至6月底。'].join('\n'));
    expect(notCut[0]!.rows.length).toBe(3);
  });

  it('an HTML table written one row a line, a rowspan leaving its slots empty', () => {
    const { doc, tables } = tablesOf(
      '<html><body><p>2012年抽查结果</p><table><tr><th>类别</th><th>产品</th><th>批次</th></tr><tr><td rowspan="2">建材</td><td>水泥</td><td>15</td></tr><tr><td>钢材</td><td>10</td></tr></table></body></html>',
    );
    const table = tables[0]!;
    expect(table.kind).toBe('html');
    expect(headersOf(doc, table, 2, 2)).toEqual(['批次', '建材', '钢材']);
  });

  it('a scraped table (cells between single spaces) with a merged header: groups spread over the sub-headers', () => {
    const { doc, tables } = tablesOf(
      ['地区 2019年 2020年', '抽查批次 合格率(%) 抽查批次 合格率(%)', '南昌市 210 93.8 225 94.2', '九江市 160 91.3 170 92.4'].join('\n'),
    );
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    expect([table.columns, table.headerRows, table.headerColumns]).toEqual([5, 2, 1]);
    expect(headersOf(doc, table, 2, 4)).toEqual(['2020年', '合格率(%)', '南昌市']);
    expect(headersOf(doc, table, 3, 1)).toEqual(['2019年', '抽查批次', '九江市']);
  });

  it('a scraped table with a serial number, a unit line under the measures and a totals row spanning the serial', () => {
    const { doc, tables } = tablesOf(['序号 品种 抽检 不合格', '(批次) (批次)', '1 大米 40 1', '2 面粉 36 0', '合计 76 1'].join('\n'));
    const table = tables[0]!;
    expect([table.columns, table.headerRows, table.headerColumns]).toEqual([4, 2, 2]);
    // The unit in brackets under a measure closes its header cell (structure.ts, joinWrappedHeaders).
    expect(headersOf(doc, table, 3, 3)).toEqual(['不合格(批次)', '2', '面粉']);
    expect(headersOf(doc, table, 4, 2)).toEqual(['抽检(批次)', '合计']);
  });

  it('a tab-separated row whose first cells are empty keeps them (the cleaning drops leading tabs)', () => {
    const { doc, tables } = tablesOf(['品种\t抽检\t合格', '\t(批次)\t(批次)', '大米\t40\t39', '面粉\t36\t36'].join('\n'));
    expect(headersOf(doc, tables[0]!, 2, 1)).toEqual(['抽检(批次)', '大米']);
  });

  it('a figure that reads as a year (2046 among figures) is a figure; a header row of years stays a header', () => {
    const { doc, tables } = tablesOf(['器具 2019 2020', '电能表 2046 2210', '水表 1830 1995'].join('\n'));
    const table = tables[0]!;
    expect([table.headerRows, table.headerColumns]).toEqual([1, 1]);
    expect(cellText(doc, table, 1, 1)).toBe('2046');
    expect(table.cells[1 * table.columns + 1]!.header).toBe(false);
  });

  it('is not fooled by text that only looks like columns', () => {
    const texts = [
      '今年广义货币M\n2\n增长13.6%，符合调控要求。',
      '一、总体情况\n二、主要做法\n三、存在问题\n四、下一步工作',
      '会议指出，全省共抽查  1200批次产品，合格率  92.5%。\n同比提高  1.2个百分点，立案  35起。',
      '投诉电话：12365 | 传真：0931-1234567',
      '2月18日\n3月5日\n4月9日',
      // Lines of words and numbers between single spaces that are no rows of one table.
      '联系人 王某 电话 12365\n地址 某市 某路 1号\n邮编 330000 传真 1234567',
    ];
    for (const text of texts) expect(tablesOf(text).tables, text).toEqual([]);
  });
});
