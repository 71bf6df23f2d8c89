import { describe, expect, it } from 'vitest';
import { cellKind } from '../pipeline/tables/cell-kinds';
import { factsOf } from './extract-helpers';

/**
 * Tables scraped to text in two more forms (our own tables): rows whose cells single spaces separate under a
 * header line of column names, labels and figures in any order, a specification cell holding two figures with
 * their units (pipeline/tables/keyed-rows.ts); pipe rows whose header a scraper wrapped, one long cell a line
 * (pipeline/tables/box-tables.ts). Every figure is a fact of its column.
 */

const SPIRITS = [
  '2021年某省白酒产品质量监督抽查结果如下。',
  '企业名称 产品名称 商标 规格 生产日期 不合格项目',
  '甲县曲酒厂 陈香大曲 乙泉 52%(v/v) 500mL 2021-03-02 酒精度,总酸',
  '丙市酒业有限公司 老窖特酿 丙星 42%(v/v) 480mL 2021-01-18 标签',
  '丁县酿酒厂 高粱烧 丁牌 38%(v/v) 2L 2020-11-09 固形物',
  '戊城酒业公司 清香原浆 戊乐 45%(v/v) 250mL 2021-02-27 总酯',
].join('\n');

const WINES = [
  '2022年某市葡萄酒抽查不合格产品名单：',
  '生产者 样品名称 品牌 规格 批号日期 问题项目',
  '某某酒庄 干红葡萄酒 庄园红 12%vol 750mL 20220105 甲醇,标签',
  '某某葡萄酒公司 干白葡萄酒 白露 11%vol 375mL 20220311 酒精度',
  '某某酿造厂 甜红葡萄酒 红韵 9%vol 1.5L 20211220 二氧化硫',
].join('\n');

const PAPER = [
  '2024年某地消费者组织纸巾测试结果(分数以5分为满分)',
  '产品名称 | 平均每包售价 | 平均张数 | 柔软度 (愈高分愈柔软) |',
  '吸水性 (愈高分愈吸水) |',
  '总评 |',
  '甲牌 Soft 三层纸巾 | 12 | 180 | 4 | 4 | 4 |',
  '乙牌四层纸巾 | 15 | 160 | 4.5 | 3.5 | 4 |',
  '丙牌 Lite 纸巾 | 9 | 210 | 3 | 3 | 3 |',
].join('\n');

describe('rows of single-space cells under a header line of column names', () => {
  it('reads both figures of a specification cell under its column, a label after them in the row', () => {
    const facts = factsOf(SPIRITS);
    const rate = facts.find((f) => f.value === 52 && f.unit === '%');
    const volume = facts.find((f) => f.value === 500 && f.unit === 'mL');
    expect(rate).toMatchObject({ type: 'rate' });
    expect(rate?.metric).toContain('规格');
    expect(volume).toMatchObject({ type: 'amount' });
    expect(volume?.metric).toContain('规格');
    expect(facts.find((f) => f.value === 2 && f.unit === 'L')?.metric).toContain('规格');
  });

  it('reads another page of the same form (strength written %vol)', () => {
    const facts = factsOf(WINES);
    expect(facts.find((f) => f.value === 12 && f.unit === '%')?.metric).toContain('规格');
    expect(facts.find((f) => f.value === 750 && f.unit === 'mL')?.metric).toContain('规格');
    expect(facts.find((f) => f.value === 1.5 && f.unit === 'L')?.metric).toContain('规格');
  });
});

describe('pipe rows whose header is wrapped one cell a line', () => {
  it('joins the wrapped header cells to the row and reads each column', () => {
    const facts = factsOf(PAPER);
    const sheets = facts.filter((f) => f.rule.startsWith('table.') && f.unit === '张');
    expect(sheets.map((f) => f.value).sort()).toEqual([160, 180, 210]);
    expect(sheets.every((f) => f.metric.includes('张数'))).toBe(true);
    expect(facts.find((f) => f.value === 180)?.subject).toContain('甲牌');
  });
});

describe('figure cells with Latin letters', () => {
  it('takes a currency sign or a unit of volume or strength as part of a figure, a model code not', () => {
    expect(cellKind('HK$3.8')).toBe('number');
    expect(cellKind('500mL')).toBe('number');
    expect(cellKind('46%(v/v)')).toBe('number');
    expect(cellKind('12%vol')).toBe('number');
    expect(cellKind('4D')).toBe('label');
    expect(cellKind('HJJ017')).toBe('label');
  });
});
