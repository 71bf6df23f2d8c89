import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe as suite, expect, it } from 'vitest';
import type { Fact } from '../core/document';
import { describe, factsOf, pipeline } from './extract-helpers';
import { matchesExpected } from './hard-case-matcher';
import { processText } from '../pipeline/pipeline';

/**
 * Our own sample bulletins with tables in every form (test/fixtures/tables/): every data cell becomes a
 * fact with the metric, unit, region or subject and period its headers and caption give, dashes and empty
 * cells none, totals rows do; the raw offsets of each table fact hold the cell's digits; a page laid
 * out with tables yields no table facts.
 */

const FIXTURES = path.join(__dirname, 'fixtures', 'tables');

/** A column: a key its metric contains, its unit and type. */
type Column = [key: string, unit: string, type: string];
interface Row {
  /** Fields every fact of the row has (region, subject, period). */
  is: Record<string, unknown>;
  /** One value per column; null: no fact (a dash, an empty cell). */
  values: (number | null)[];
}
interface Fixture {
  file: string;
  columns: Column[];
  rows: Row[];
}

const CASES: Fixture[] = [
  {
    file: 'province.html',
    columns: [
      ['抽查企业', '家', 'count'],
      ['抽查批次', '批次', 'count'],
      ['合格批次', '批次', 'count'],
      ['抽样合格率', '%', 'rate'],
    ],
    rows: [
      { is: { region: '天津市', period: '2012', subject: null }, values: [32, 35, 30, 85.7] },
      { is: { region: '江苏省', period: '2012' }, values: [41, 44, 38, 86.4] },
      { is: { region: '浙江省', period: '2012' }, values: [29, 31, 25, 80.6] },
      { is: { region: '山东省', period: '2012' }, values: [18, 19, 15, 78.9] },
      { is: { region: '河南省', period: '2012' }, values: [14, 16, 13, 81.3] },
      { is: { region: '广东省', period: '2012' }, values: [12, 13, 11, null] },
      { is: { region: '全国', period: '2012' }, values: [146, 158, 132, 83.5] },
    ],
  },
  {
    file: 'product.html',
    columns: [
      ['抽查情况企业数', '家', 'count'],
      ['抽查情况批次', '批次', 'count'],
      ['不合格情况批次', '批次', 'count'],
      ['不合格率', '%', 'rate'],
    ],
    rows: [
      { is: { subject: '小麦粉', period: '2014' }, values: [48, 52, 2, 3.8] },
      { is: { subject: '大米', period: '2014' }, values: [63, 70, 4, 5.7] },
      { is: { subject: '食用植物油', period: '2014' }, values: [37, 41, 3, 7.3] },
      { is: { subject: '液体乳', period: '2014' }, values: [12, 24, null, null] },
      { is: { period: '2014' }, values: [160, 187, 9, 4.8] },
    ],
  },
  {
    file: 'box.txt',
    columns: [
      ['抽查企业数', '家', 'count'],
      ['抽查批次', '批次', 'count'],
      ['抽样合格率', '%', 'rate'],
    ],
    rows: [
      { is: { region: '石家庄市', period: '2013', subject: '化肥' }, values: [23, 31, 93.5] },
      { is: { region: '唐山市', period: '2013' }, values: [17, 20, 90] },
      { is: { region: '邯郸市', period: '2013' }, values: [11, 15, 86.7] },
      { is: { region: '河北省', period: '2013' }, values: [51, 66, 90.9] },
    ],
  },
  {
    file: 'box.txt',
    columns: [
      ['批次', '批次', 'count'],
      ['占不合格比例', '%', 'rate'],
    ],
    rows: [
      { is: { period: '2013' }, values: [4, 66.7] },
      { is: { period: '2013' }, values: [2, 33.3] },
    ],
  },
  {
    file: 'aligned.txt',
    columns: [
      ['抽查企业', '家', 'count'],
      ['抽查批次', '批次', 'count'],
      ['合格率', '%', 'rate'],
      ['合格率比上年', 'pp', 'change'],
    ],
    rows: [
      { is: { period: '2010' }, values: [42, 58, 86.2, null] },
      { is: { period: '2011' }, values: [47, 65, 89.2, 3] },
      { is: { period: '2012' }, values: [51, 73, 91.8, 2.6] },
    ],
  },
  {
    file: 'flat.txt',
    columns: [
      ['抽验件数', '件', 'count'],
      ['不合格件数', '件', 'count'],
      ['不合格率', '%', 'rate'],
    ],
    rows: [
      { is: { subject: '电热水瓶' }, values: [24, 3, 12.5] },
      { is: { subject: '吹风机' }, values: [30, 6, 20] },
      { is: { subject: '电暖器' }, values: [18, 0, 0] },
      { is: { subject: null }, values: [72, 9, 12.5] },
    ],
  },
  {
    // Header wrapped over two lines, no rules between body rows, place names spaced out, a national total.
    file: 'box-national.txt',
    columns: [
      ['抽查企业数', '家', 'count'],
      ['抽查产品批次', '批次', 'count'],
      ['产品抽样合格率', '%', 'rate'],
    ],
    rows: [
      { is: { region: '北京市', period: '2010', subject: '电线电缆' }, values: [12, 14, 92.9] },
      { is: { region: '河北省', period: '2010' }, values: [25, 27, 81.5] },
      { is: { region: '上海市', period: '2010' }, values: [18, 20, 95] },
      { is: { region: '江苏省', period: '2010' }, values: [40, 46, 89.1] },
      { is: { region: '四川省', period: '2010' }, values: [9, 9, null] },
      { is: { region: '全国', period: '2010' }, values: [104, 116, 88.8] },
    ],
  },
  {
    // A title row spanning the table, a serial number column, percent signs in the cells, a note row.
    file: 'city-serial.html',
    columns: [
      ['抽查批次', '批次', 'count'],
      ['合格批次', '批次', 'count'],
      ['批次合格率', '%', 'rate'],
    ],
    rows: [
      // Region rows take the subject the title gives the report (contract: subject from the title).
      { is: { region: '广州市', period: '2015', subject: '儿童用品' }, values: [60, 54, 90] },
      { is: { region: '深圳市', period: '2015' }, values: [45, 38, 84.4] },
      { is: { region: '汕头市', period: '2015' }, values: [50, 40, 80] },
      { is: { region: '佛山市', period: '2015' }, values: [30, 27, 90] },
      { is: { region: '东莞市', period: '2015' }, values: [15, 13, 86.7] },
    ],
  },
  {
    // Units on a second header line that starts under the second column.
    file: 'aligned-two-line-header.txt',
    columns: [
      ['在用数量', '台', 'count'],
      ['定期检验', '台', 'count'],
      ['定检率', '%', 'rate'],
    ],
    rows: [
      { is: { subject: '锅炉', period: '2016' }, values: [320, 312, 97.5] },
      { is: { subject: '压力容器', period: '2016' }, values: [4850, 4702, 96.9] },
      { is: { subject: '电梯', period: '2016' }, values: [9620, 9611, 99.9] },
      { is: { subject: '起重机械', period: '2016' }, values: [1105, 1062, 96.1] },
    ],
  },
  {
    file: 'flat-county.txt',
    columns: [
      ['抽检批次', '批次', 'count'],
      ['合格批次', '批次', 'count'],
      ['不合格批次', '批次', 'count'],
      ['合格率', '%', 'rate'],
    ],
    rows: [
      { is: { subject: '粮食加工品', period: '2018' }, values: [86, 85, 1, 98.8] },
      { is: { subject: '肉制品', period: '2018' }, values: [54, 51, 3, 94.4] },
      { is: { subject: '酒类', period: '2018' }, values: [40, 40, 0, 100] },
      // The totals row is about what the report is about (`食品安全抽检`).
      { is: { subject: '食品', period: '2018' }, values: [180, 176, 4, 97.8] },
    ],
  },
  {
    // Rows that are a city's districts and its zones, which are no divisions (经开区, 高新区: kinds of area, regions.tsv
    // `*经开区`): the zones' figures are the city's, the page's own region (contract: an area below a county counts as
    // its county or city).
    file: 'city-zones.txt',
    columns: [
      ['抽检批次', '批次', 'count'],
      ['合格批次', '批次', 'count'],
      ['合格率', '%', 'rate'],
    ],
    rows: [
      { is: { region: '涪城区', period: '2019' }, values: [150, 144, 96.0] },
      { is: { region: '游仙区', period: '2019' }, values: [110, 104, 94.5] },
      { is: { region: '绵阳市', period: '2019' }, values: [80, 78, 97.5] },
      { is: { region: '绵阳市', period: '2019' }, values: [60, 57, 95.0] },
      { is: { region: '绵阳市', period: '2019' }, values: [400, 383, 95.8] },
    ],
  },
  {
    // Headers wrapped with <br>, an empty corner cell, an empty (&nbsp;) figure, a county, money in 万元.
    file: 'county-enforcement.html',
    columns: [
      ['检查企业', '户次', 'count'],
      ['责令整改', '户', 'count'],
      ['罚没款', '元', 'amount'],
    ],
    rows: [
      { is: { subject: '市区', period: '2013' }, values: [356, 42, 186000] },
      { is: { region: '城关县', period: '2013' }, values: [128, 15, null] },
      { is: { period: '2013' }, values: [484, 57, 186000] },
    ],
  },
  {
    file: 'box-double.txt',
    columns: [
      ['事故起数', '起', 'count'],
      ['死亡人数', '人', 'count'],
    ],
    rows: [
      { is: { subject: '锅炉', period: '2014', category: 'special_equipment' }, values: [2, 1] },
      { is: { subject: '电梯', period: '2014' }, values: [3, 2] },
      { is: { subject: '起重机械', period: '2014' }, values: [4, 3] },
    ],
  },
];

function run(file: string): { raw: string; facts: Fact[] } {
  const raw = readFileSync(path.join(FIXTURES, file), 'utf8');
  const { facts } = processText(raw, path.basename(file, path.extname(file)), pipeline);
  return { raw, facts };
}

const tableFacts = (facts: readonly Fact[]) => facts.filter((f) => f.rule.startsWith('table.'));
const digits = (text: string) => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[^\d]/g, '');

suite('tables in our sample bulletins (test/fixtures/tables)', () => {
  const files = [...new Set(CASES.map((c) => c.file))];
  for (const file of files) {
    it(`${file}: every data cell is a fact, with its headers' metric and unit, its row's region or subject, the period`, () => {
      const { facts } = run(file);
      const found = tableFacts(facts);
      const expected = CASES.filter((c) => c.file === file).flatMap((c) =>
        c.rows.flatMap((row) =>
          row.values.flatMap((value, k) =>
            value === null ? [] : [{ key: c.columns[k]![0], unit: c.columns[k]![1], type: c.columns[k]![2], value, ...row.is }],
          ),
        ),
      );
      const unmatched = [...found];
      for (const wanted of expected) {
        const at = unmatched.findIndex((f) => matchesExpected(f, wanted));
        expect(at, `${JSON.stringify(wanted)} among\n${describe(unmatched)}`).toBeGreaterThanOrEqual(0);
        unmatched.splice(at, 1);
      }
      expect(unmatched, 'table facts no data cell explains').toEqual([]);
    });

    it(`${file}: the raw offsets of every table fact hold the cell's digits`, () => {
      const { raw, facts } = run(file);
      const found = tableFacts(facts);
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) {
        expect(digits(raw.slice(f.raw_start, f.raw_end)), f.text).toBe(digits(f.text));
        expect(digits(f.text)).not.toBe('');
      }
    });
  }

  it('a page laid out with tables (navigation, article, footer) has no table and no table facts', () => {
    const raw = readFileSync(path.join(FIXTURES, 'layout.html'), 'utf8');
    const { doc, facts } = processText(raw, 'layout', pipeline);
    expect(doc.tables).toEqual([]);
    expect(tableFacts(facts)).toEqual([]);
    // The article inside the layout table is still read as sentences.
    expect(facts.some((f) => f.metric.includes('合格率') && f.value === 91.3)).toBe(true);
  });

  it('table rows are sentences: a row is found by a word of it with its figures', () => {
    const { doc, facts } = processText(readFileSync(path.join(FIXTURES, 'box.txt'), 'utf8'), 'box', pipeline);
    const text = doc.norm!.text;
    const row = doc.sentences!.find((s) => text.slice(s.start, s.end).includes('唐山市'))!;
    expect(text.slice(row.start, row.end)).toContain('90.0');
    expect(facts.filter((f) => f.sentence === row.order).map((f) => f.value)).toEqual([17, 20, 90]);
  });

  it('sentence facts around a table stay', () => {
    const facts = factsOf(readFileSync(path.join(FIXTURES, 'aligned.txt'), 'utf8'));
    expect(facts.some((f) => f.rule === 'change.relative' && f.value === 8.5)).toBe(true);
  });
});
