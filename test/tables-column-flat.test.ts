import { describe as suite, expect, it } from 'vitest';
import { dictionaries, factsOf, hasFields, describe } from './extract-helpers';
import { findColumnTables } from '../pipeline/tables/column-tables';
import { loadFlatHeaderShapes } from '../pipeline/tables/flat-headers';
import { splitLines } from '../pipeline/text/text-lines';
import { cellsOf as tableCells, runShapeExamples } from './table-cells';

/**
 * Tables flattened column by column (dictionaries/tables/flat-headers.json `columnFlattened`): the examples
 * there run as tests (their lines read as the rows written down, the negatives as no table), and pages of our
 * own in the style of statistical bulletins give each cell's fact with the row label's measure and unit and
 * the column's year.
 */
const shapes = loadFlatHeaderShapes(dictionaries);
const shape = shapes.columnFlattened;

const cellsOf = (lines: readonly string[]) => tableCells(findColumnTables, shapes, lines);

suite('tables flattened column by column (flat-headers.json columnFlattened)', () => {
  runShapeExamples(shape, cellsOf);

  it('the stretches read as sentences are the labels and each column, in the order the text holds them', () => {
    const lines = ['指标', '抽查批次：批次', '合格率：%', '2020年', '310', '96.5', '2021年', '334', '97.2'];
    const text = lines.join('\n');
    const [found] = findColumnTables(splitLines(text), new Set(), shapes);
    expect(found!.table.stretches!.map((s) => text.slice(s.start, s.end).split('\n'))).toEqual([
      ['指标', '抽查批次：批次', '合格率：%'],
      ['2020年', '310', '96.5'],
      ['2021年', '334', '97.2'],
    ]);
  });

  it('cells a scraped page closes with a border mark read without it', () => {
    const lines = ['指标 |', '抽查批次：批次 |', '合格率：% |', '||', '2020年 |', '310 |', '96.5 |', '||', '2021年 |', '334 |', '97.2 |'];
    expect(cellsOf(lines)).toEqual([
      [
        ['指标', '2020年', '2021年'],
        ['抽查批次：批次', '310', '334'],
        ['合格率：%', '96.5', '97.2'],
      ],
    ]);
  });

  it('lines already read as a table are left alone', () => {
    const lines = ['指标', '抽查批次：批次', '合格率：%', '2020年', '310', '96.5', '2021年', '334', '97.2'];
    const taken = new Set([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(findColumnTables(splitLines(lines.join('\n')), taken, shapes)).toEqual([]);
  });
});

const EQUIPMENT = [
  '某市2021年特种设备安全状况通报',
  '',
  '截至2021年底，全市在用特种设备继续增长，近四年数量见下表。',
  '',
  '2018-2021年全市在用特种设备数量',
  '设备种类',
  '电梯:台',
  '压力容器:台',
  '场内机动车辆:辆',
  '2018年',
  '8620',
  '4315',
  '1207',
  '2019年',
  '9544',
  '4402',
  '1333',
  '2020年',
  '10381',
  '4519',
  '1468',
  '2021年',
  '11206',
  '4688',
  '1590',
  '',
  '全市未发生特种设备安全事故。',
].join('\n');

const FEES = [
  '某省特种设备检验研究院2023年度工作报告',
  '',
  '一、检验收入',
  '2023年，我院各项检验业务平稳运行，收费情况如下。',
  '',
  '2022-2023年特种设备检验收费情况',
  '单位：万元',
  '项目',
  '定期检验',
  '监督检验',
  '型式试验',
  '能效测试',
  '2022年',
  '3650.4',
  '1287.9',
  '412.6',
  '98.3',
  '2023年',
  '3811.2',
  '1350.6',
  '—',
  '104.7',
].join('\n');

suite('facts of a table flattened column by column', () => {
  it('3 row labels stating their units after a colon × 4 years: each cell a count of its label in its year', () => {
    const facts = factsOf(EQUIPMENT).filter((f) => f.rule.startsWith('table.'));
    const rows: [string, string, number[]][] = [
      ['电梯', '台', [8620, 9544, 10381, 11206]],
      ['压力容器', '台', [4315, 4402, 4519, 4688]],
      ['场内机动车辆', '辆', [1207, 1333, 1468, 1590]],
    ];
    expect(facts, describe(facts)).toHaveLength(12);
    for (const [label, unit, values] of rows)
      values.forEach((value, k) => {
        const wanted = { key: label, subject: label, unit, value, type: 'count', period: String(2018 + k) };
        expect(
          facts.some((f) => hasFields(f, wanted)),
          `${JSON.stringify(wanted)}\n${describe(facts)}`,
        ).toBe(true);
      });
  });

  it('5 row labels under a caption stating the unit × 2 years: money in yuan, a dash no fact', () => {
    const facts = factsOf(FEES).filter((f) => f.rule.startsWith('table.'));
    const rows: [string, (number | null)[]][] = [
      ['定期检验', [36504000, 38112000]],
      ['监督检验', [12879000, 13506000]],
      ['型式试验', [4126000, null]],
      ['能效测试', [983000, 1047000]],
    ];
    expect(facts, describe(facts)).toHaveLength(7);
    for (const [label, values] of rows)
      values.forEach((value, k) => {
        if (value === null) return;
        const wanted = { key: label, unit: '元', value, type: 'amount', period: String(2022 + k) };
        expect(
          facts.some((f) => hasFields(f, wanted)),
          `${JSON.stringify(wanted)}\n${describe(facts)}`,
        ).toBe(true);
      });
  });
});
