import { describe as suite, expect, it } from 'vitest';
import { dictionaries, factsOf, hasFields, describe } from './extract-helpers';
import { findHeadlessTables } from '../pipeline/tables/headless-rows';
import { loadFlatHeaderShapes } from '../pipeline/tables/flat-headers';
import { splitLines } from '../pipeline/text/text-lines';
import { cellsOf as tableCells, runShapeExamples } from './table-cells';

/**
 * Tables on their side flattened row by row with no header row (dictionaries/tables/flat-headers.json
 * `headlessRows`): the examples there run as tests (their lines read as the rows written down, the negatives as no
 * table), and pages of our own in the style of sampling rules and inspection summaries give each cell's fact with
 * its row label as the metric.
 */
const shapes = loadFlatHeaderShapes(dictionaries);
const shape = shapes.headlessRows;

const cellsOf = (lines: readonly string[]) => tableCells(findHeadlessTables, shapes, lines);

suite('tables on their side flattened row by row with no header (flat-headers.json headlessRows)', () => {
  runShapeExamples(shape, cellsOf);

  it('lines already read as a table are left alone', () => {
    const lines = ['抽样数量', '2', '3', '5', '检验数量', '1', '2', '3'];
    expect(findHeadlessTables(splitLines(lines.join('\n')), new Set([0, 1, 2, 3, 4, 5, 6, 7]), shapes)).toEqual([]);
  });

  it('a sentence before and after closes the block; cells a scraped page closes with a border mark read without it', () => {
    const lines = [
      '按下表确定抽样量。',
      '抽查批次 |',
      '12 |',
      '30 |',
      '45 |',
      '合格率(%) |',
      '91.7 |',
      '96.7 |',
      '97.8 |',
      '以上为近三年情况。',
    ];
    expect(cellsOf(lines)).toEqual([
      [
        ['抽查批次', '12', '30', '45'],
        ['合格率(%)', '91.7', '96.7', '97.8'],
      ],
    ]);
  });
});

/** A sampling rule of our own: the plan printed as a table on its side, labels stating their units. */
const PLAN = [
  '某市电热水壶产品质量监督抽查实施规则',
  '',
  '一、抽样',
  '抽样人员不少于2名，在企业成品库中随机抽取样品，数量按下表确定。',
  '',
  '成品库存量(台)',
  '',
  '20',
  '',
  '50',
  '',
  '100',
  '',
  '抽样数量(台)',
  '',
  '3',
  '',
  '4',
  '',
  '6',
  '',
  '检验数量(台)',
  '',
  '2',
  '',
  '2',
  '',
  '4',
  '',
  '样品由抽样人员带回检验机构。',
].join('\n');

/** An inspection summary of our own: rows of measures whose words imply their units, three unnamed quarters. */
const SUMMARY = [
  '某县2022年食品生产环节监督检查情况',
  '',
  '今年以来，县局对辖区食品生产企业开展了三轮监督检查，结果如下。',
  '',
  '检查企业数',
  '46',
  '52',
  '49',
  '抽检批次',
  '138',
  '150',
  '147',
  '抽检合格率',
  '97.1%',
  '98.0%',
  '98.6%',
  '',
  '对发现的问题，已责令企业限期整改。',
].join('\n');

/** The same plan with no unit written anywhere: the figures count something the page never names. */
const UNITLESS = PLAN.replace(/\(台\)/g, '');

suite('facts of a table on its side flattened with no header row', () => {
  it('3 rows of a sampling plan stating their units × 3 columns: each cell a count of its row label', () => {
    const facts = factsOf(PLAN).filter((f) => f.rule.startsWith('table.'));
    const rows: [string, number[]][] = [
      ['成品库存量', [20, 50, 100]],
      ['抽样数量', [3, 4, 6]],
      ['检验数量', [2, 2, 4]],
    ];
    expect(facts, describe(facts)).toHaveLength(9);
    for (const [label, values] of rows)
      for (const value of values) {
        const wanted = { key: label, unit: '台', value, type: 'count' };
        expect(
          facts.some((f) => hasFields(f, wanted)),
          `${JSON.stringify(wanted)}\n${describe(facts)}`,
        ).toBe(true);
      }
  });

  it('rows whose words imply their units (企业 → 家, 批次, 合格率 → %) read the same way, the caption giving the year', () => {
    const facts = factsOf(SUMMARY).filter((f) => f.rule.startsWith('table.'));
    expect(facts, describe(facts)).toHaveLength(9);
    for (const wanted of [
      { key: '检查企业数', unit: '家', value: 52, type: 'count' },
      { key: '抽检批次', unit: '批次', value: 147, type: 'count' },
      { key: '抽检合格率', unit: '%', value: 98.6, type: 'rate', period: '2022' },
    ])
      expect(
        facts.some((f) => hasFields(f, wanted)),
        `${JSON.stringify(wanted)}\n${describe(facts)}`,
      ).toBe(true);
  });

  it('no unit written and none implied: no fact is made up (a count has a classifier, contract Types)', () => {
    const facts = factsOf(UNITLESS).filter((f) => f.rule.startsWith('table.'));
    expect(facts, describe(facts)).toEqual([]);
  });
});
