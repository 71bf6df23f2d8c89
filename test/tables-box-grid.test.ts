import { describe, expect, it } from 'vitest';
import type { Document, Table } from '../core/document';
import { processText } from '../pipeline/pipeline';
import { gridColumns } from '../pipeline/tables/box-grid';
import { splitLines } from '../pipeline/text/text-lines';
import { describe as describeFacts, hasFields, pipeline } from './extract-helpers';

/**
 * Box-drawn tables whose page collapsed the spaces that padded each cell (our own bulletin in the form outside
 * pages print quarterly sampling summaries in): display positions no longer line up, so the columns are read
 * from the drawing's junctions (pipeline/tables/box-grid.ts). The header: a corner over two label columns, two
 * kinds of firm each over a count of firms and 其中 over two measures, header cells wrapped a few characters a
 * line; the body: a blank column and the provinces, a figure a column.
 */
const COLLAPSED = [
  '2015年上半年电线电缆产品监督抽查汇总表',
  '┌──────┬──────────┬──────────┐',
  '│ 抽查地区│ 国有企业 │ 民营企业 │',
  '│ ├─┬───────┼─┬───────┤',
  '│ │总│ 其中 │总│ 其中 │',
  '│ │数├──┬──┤数├──┬──┤',
  '│ │(│合格│不合│(│合格│不合│',
  '│ │家│批次│格批│家│批次│格批│',
  '│ │)│ │次 │)│ │次 │',
  '├──┬──┼─┼──┼──┼─┼──┼──┤',
  '│ │ 江苏 │4 │ 12 │ 1 │9 │ 20 │ 2 │',
  '├──┼──┼─┼──┼──┼─┼──┼──┤',
  '│ │ 浙江 │3 │ 8 │ 0 │11│ 25 │ 3 │',
  '└──┴──┴─┴──┴──┴─┴──┴──┘',
].join('\n');

function tableOf(text: string): { doc: Document; table: Table } {
  const { doc } = processText(text, 'grid', pipeline);
  expect(doc.tables).toHaveLength(1);
  return { doc, table: doc.tables![0]! };
}

const cellText = (doc: Document, table: Table, row: number, col: number) =>
  table.cells[row * table.columns + col]!.parts.map((p) => doc.norm!.text.slice(p.start, p.end)).join('');

describe('box tables read by their junctions', () => {
  it('places spanning and wrapped header cells over the columns their lines bound', () => {
    const { doc, table } = tableOf(COLLAPSED);
    expect([table.columns, table.headerColumns]).toEqual([8, 2]);
    // 国有企业 starts over its count of firms, 其中 over the first of its two measures.
    expect(cellText(doc, table, 0, 2)).toBe('国有企业');
    expect(cellText(doc, table, 0, 5)).toBe('民营企业');
    expect(cellText(doc, table, 1, 6)).toBe('其中');
    // A header cell wrapped over lines is one cell.
    expect(cellText(doc, table, 2, 7).replace(/\s/g, '')).toBe('不合格批次');
    expect(cellText(doc, table, table.headerRows + 1, 5)).toBe('11');
  });

  it('gives each figure the metric, unit and subject of its columns and the region of its row', () => {
    const { facts } = processText(COLLAPSED, 'grid', pipeline);
    const wanted = [
      { key: '总数', value: 4, unit: '家', region: '江苏省', subject: '国有企业', period: '2015' },
      { key: '合格批次', value: 12, unit: '批次', region: '江苏省', subject: '国有企业' },
      { key: '不合格批次', value: 1, unit: '批次', region: '江苏省', subject: '国有企业' },
      { key: '总数', value: 11, unit: '家', region: '浙江省', subject: '民营企业' },
      { key: '不合格批次', value: 3, unit: '批次', region: '浙江省', subject: '民营企业' },
    ];
    for (const w of wanted)
      expect(
        facts.some((f) => hasFields(f, w)),
        `${JSON.stringify(w)}\n${describeFacts(facts)}`,
      ).toBe(true);
    // 其中 only joins the columns: no metric holds it.
    expect(facts.filter((f) => f.metric.includes('其中'))).toEqual([]);
    expect(facts.filter((f) => f.value !== null)).toHaveLength(12);
  });

  it('reads a last row the page cut off with the cells it has', () => {
    const cut = COLLAPSED.split('\n').slice(0, -2).concat('│ │ 浙江 │3 │ 8').join('\n');
    const { facts } = processText(cut, 'grid', pipeline);
    expect(
      facts.some((f) => hasFields(f, { key: '合格批次', value: 8, region: '浙江省', subject: '国有企业' })),
      describeFacts(facts),
    ).toBe(true);
  });

  it('reads an ASCII table whose header a partial rule of + and - splits (the + joined to dashes, never a sign)', () => {
    const ascii = [
      '2019年各市食品抽检情况统计表',
      '+--------+---------------------+--------+',
      '|  地区  |      抽检情况       | 合格率 |',
      '|        +--------+------------+  (%)   |',
      '|        |  批次  | 不合格批次 |        |',
      '+--------+--------+------------+--------+',
      '| 南京市 |  320   |     6      |  98.1  |',
      '| 苏州市 |  410   |    +11     |  97.3  |',
      '+--------+--------+------------+--------+',
    ].join('\n');
    const { facts } = processText(ascii, 'grid', pipeline);
    const wanted = [
      { key: '抽检情况批次', value: 320, unit: '批次', region: '南京市' },
      { key: '抽检情况不合格批次', value: 11, unit: '批次', region: '苏州市' },
      { key: '合格率', value: 97.3, unit: '%', region: '苏州市' },
    ];
    for (const w of wanted)
      expect(
        facts.some((f) => hasFields(f, w)),
        `${JSON.stringify(w)}\n${describeFacts(facts)}`,
      ).toBe(true);
  });

  it('gives no grid where the junctions do not follow the lines above (a rule drawn with a crossing too many)', () => {
    const lines = splitLines(['┌──┬──┐', '│ 甲 │ 乙 │', '├──┼──┼──┤', '│ 1 │ 2 │', '└──┴──┘'].join('\n'));
    const block = lines.map((line) => ({
      line,
      fields: /[甲1]/.test(line.text) ? [0, 1].map(() => ({ span: { start: 0, end: 0 }, x0: 0, x1: 0 })) : null,
    }));
    expect(gridColumns(block)).toBeNull();
  });
});
