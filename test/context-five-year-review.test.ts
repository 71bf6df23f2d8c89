import { describe, expect, it } from 'vitest';
import type { Fact } from '../core/document';
import { loadReportYearRules, reportYear } from '../pipeline/metadata/report-year';
import { processText } from '../pipeline/pipeline';
import { byValue, dictionaries, pipeline } from './extract-helpers';

/**
 * A report given after a government's term reviews five years, then plans the year it is given in (contract
 * v1.1, period: cumulative figures take the span, a figure about one year takes that year). Our own text in
 * the style of the national reports after a congress.
 */
const TERM_REPORT = [
  '各位代表：',
  '下面，受国务院委托，我向本次大会报告过去五年的工作情况，并就今年的安排谈几点意见，请各位审议。',
  '一、过去五年工作回顾',
  '本届政府2016年3月就职以来，经济保持稳定增长。2016年以来，我们五次调整有关政策。',
  '2020年，国内生产总值达到98万亿元，比2015年增长40%。',
  '城镇居民人均收入由2015年31000元增加到2020年43800元，农村居民人均收入由11400元增加到17100元。',
  '科研经费从2015年1.4万亿元增加到2020年的2.4万亿元，占国内生产总值比重从2.06%提高到2.41%。',
  '助学资金从2016年人均每年800元提高到现在的1200元。资助学生9000万人次。',
  '五年中央财政用于农业的投入达到4.5万亿元。',
  '外汇储备余额从2015年末的3.3万亿美元增加到去年底的3.2万亿美元。',
  '社会保障基金积累2.9万亿元，比2015年增加1.1万亿元。',
  '粮食单产为近十年最高。农民收入增长6.5%。',
  '二、今年经济社会发展的主要预期目标',
  '今年经济社会发展的主要预期目标是：国内生产总值增长6%以上。',
].join('\n');

function factsOf(text: string): Fact[] {
  return processText(text, 'five-year-fixture', pipeline).facts;
}

describe('a report at the end of a term', () => {
  it('is about the last year reviewed, not the year the term began since (2016年以来)', () => {
    expect(reportYear(TERM_REPORT, null, loadReportYearRules(dictionaries))?.year).toBe('2020');
  });
  it('plans the year after it: 今年 of its plan part is the year it is given in', () => {
    expect(byValue(factsOf(TERM_REPORT), 6)).toMatchObject({ period: '2021', status: 'target' });
  });
});

describe('period in a five-year review', () => {
  const facts = factsOf(TERM_REPORT);
  it('dates a from-to pair that names no year by the years of the pair before it in its sentence', () => {
    expect(byValue(facts, 31000).period).toBe('2015');
    expect(byValue(facts, 43800).period).toBe('2020');
    expect(byValue(facts, 11400).period).toBe('2015');
    expect(byValue(facts, 17100).period).toBe('2020');
    expect(byValue(facts, 2.06).period).toBe('2015');
    expect(byValue(facts, 2.41).period).toBe('2020');
  });
  it('dates by the year a pair opens with its first value alone', () => {
    expect(byValue(facts, 800).period).toBe('2016');
    expect(byValue(facts, 1200).period).toBe('2020');
    expect(byValue(facts, 90000000).period).not.toBe('2016');
  });
  it('binds a year-end value to its year (2015年末的, 去年底的)', () => {
    expect(byValue(facts, 3.3e12).period).toBe('2015');
    expect(byValue(facts, 3.2e12).period).toBe('2020');
  });
  it('keeps the span for what came in over a count of years named in the clause, even after 达到', () => {
    expect(byValue(facts, 4.5e12).period).toBe('2016-2020');
  });
  it('dates a figure compared with the year before the span by the span’s last year, not the year after the base', () => {
    expect(byValue(facts, 2.9e12).period).toBe('2020');
    expect(byValue(facts, 1.1e12).period).toBe('2020');
  });
  it('reads 近十年最高 as a comparison, which dates no later sentence', () => {
    expect(byValue(facts, 6.5).period).toBe('2016-2020');
  });
});

describe('the start of a plan', () => {
  it('dates a plan part headed by the plan’s start (全力推动“十五五”开好局) by the plan’s first year', () => {
    const report = [
      '2026年某某省政府工作报告',
      '一、2025年工作回顾',
      '全省地区生产总值增长5.2%。',
      '三、乘势而上抓落实，确保“十五五”开好局、起好步',
      '全省研发经费投入增长12%左右，新增高新技术企业800家以上。',
    ].join('\n');
    const facts = factsOf(report);
    expect(byValue(facts, 12)).toMatchObject({ period: '2026', status: 'target' });
    expect(byValue(facts, 800)).toMatchObject({ period: '2026', status: 'target' });
  });
});

describe('a total over earlier years that a figure equals', () => {
  it('does not date the figures after it by the years of the total (是1950年到2000年51年的总和)', () => {
    const report = [
      '各位代表：',
      '下面，受国务院委托，我向本次大会报告过去五年的工作情况，并就今年的安排谈几点意见。',
      '一、过去五年工作回顾',
      '2005年，全国粮食产量达到4.8亿吨。',
      '五年新增发电装机2.1亿千瓦，是1950年到2000年51年的总和；新增铁路营运里程5300公里。',
    ].join('\n');
    const facts = factsOf(report);
    expect(byValue(facts, 5300).period).toBe('2001-2005');
  });
});

describe('a total after a sentence about one year of the span', () => {
  const report = [
    '各位代表：',
    '下面，受国务院委托，我向本次大会报告过去五年的工作情况，并就今年的安排谈几点意见。',
    '一、过去五年工作回顾',
    '2005年，全国粮食产量达到4.8亿吨。',
    '外贸结构不断优化，2005年进出口总额比上年增长23%。企业走出去步伐加快，累计对外直接投资600亿美元。这一年新开工的重点项目共有320个。',
  ].join('\n');
  const facts = factsOf(report);
  it('is over the span looked back on (累计, 共计), not the year an earlier sentence named', () => {
    expect(byValue(facts, 600e8).period).toBe('2001-2005');
  });
  it('leaves a count at a time (共有) to that year', () => {
    expect(byValue(facts, 320).period).toBe('2005');
  });
});

describe('a comparison with the year before the span, in one clause of a five-year sentence', () => {
  const report = [
    '2026年某某市政府工作报告',
    '一、2025年工作回顾',
    '全市地区生产总值增长5.1%。',
    '五年来，我们着力建设宜居城市。',
    '新建成地铁线路6条，新增城市绿道超150公里，细颗粒物年均浓度较2020年下降21%，建成养老机构260家。',
  ].join('\n');
  const facts = factsOf(report);
  it('dates the compared figure by the span’s last year and leaves the other clauses to the span', () => {
    expect(byValue(facts, -21).period).toBe('2025');
    expect(byValue(facts, 6).period).toBe('2021-2025');
    expect(byValue(facts, 260).period).toBe('2021-2025');
  });
});
