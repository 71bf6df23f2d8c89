import { describe, expect, it } from 'vitest';
import { rowShifts } from '../pipeline/tables/shifted-rows';
import { byValue, factsOf } from './extract-helpers';

/**
 * Pipe rows a scraper wrote without the cell spanning them from above (an HTML rowspan over a group of product
 * rows): their cells stand one column to the left, padded with an empty cell at the end. Moved right, each
 * figure falls under its own header (pipeline/tables/shifted-rows.ts). Our own tables.
 */
const GROUPED = [
  '(二)各类产品抽查情况:',
  '| 类别 | 产品 | 抽检批次 | 合格批次 | 合格率 | 不合格批次 |',
  '| 家居用品 (3种) | 毛巾(1种):浴巾 | 20 | 19 | 95% | 1 |',
  '| 床单(2种):床单、被套 | 30 | 27 | 90% | 3 | |',
  '| 五金制品 (2种) | 锁具(1种):挂锁 | 12 | 12 | 100% | 0 |',
  '| 刀具(1种):菜刀 | 8 | 6 | 75% | 2 | |',
].join('\n');

describe('pipe rows missing the cell that spans them', () => {
  it('moves a padded row right when that puts words under labels and figures under figures', () => {
    const rows = GROUPED.split('\n')
      .slice(1)
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    expect(rowShifts({ rows })).toEqual([0, 0, 1, 0, 1]);
  });

  it('reads each figure of a moved row under its own header, the group label above naming the row', () => {
    const facts = factsOf(`2023年某市产品质量监督抽查情况如下。\n${GROUPED}`);
    expect(byValue(facts, 90)).toMatchObject({ type: 'rate', unit: '%' });
    expect(byValue(facts, 90).metric).toContain('合格率');
    expect(byValue(facts, 27).metric).toContain('合格批次');
    expect(byValue(facts, 75).metric).toContain('合格率');
    expect(byValue(facts, 6).metric).toContain('合格批次');
  });

  it('leaves a table whose last column is empty in most rows as it stands', () => {
    const rows = [
      ['地区', '批次', '合格率', '备注'],
      ['东区', '12', '90%', ''],
      ['西区', '15', '93%', ''],
      ['南区', '9', '88%', '复检'],
    ];
    expect(rowShifts({ rows })).toEqual([0, 0, 0, 0]);
  });

  it('leaves a row whose cells already stand under columns of their kind (a figure left blank at the end)', () => {
    const rows = [
      ['产品', '抽检批次', '合格批次', '合格率'],
      ['水泥', '20', '19', '95%'],
      ['钢筋', '12', '12', ''],
      ['玻璃', '9', '8', '88.9%'],
    ];
    expect(rowShifts({ rows })).toEqual([0, 0, 0, 0]);
  });
});

describe('counts in the labels of a table', () => {
  it('keeps the count of kinds a row label states (家居用品 (3种)) beside the figures of its row', () => {
    const facts = factsOf(`2023年某市产品质量监督抽查情况如下。\n${GROUPED}`);
    expect(facts.some((f) => f.value === 3 && f.unit === '种')).toBe(true);
    expect(facts.some((f) => f.value === 2 && f.unit === '种')).toBe(true);
  });
  it('gives such a count the words before it in its own cell as what it counts, not the group label to its left', () => {
    const facts = factsOf(`2023年某市产品质量监督抽查情况如下。\n${GROUPED}`);
    const kinds = facts.filter((f) => f.unit === '种').map((f) => `${f.metric} ${f.value}`);
    expect(kinds).toEqual(expect.arrayContaining(['家居用品 3', '床单 2', '五金制品 2', '锁具 1']));
  });
});
