import { describe, expect, it } from 'vitest';
import type { Fact } from '../core/document';
import { processText } from '../pipeline/pipeline';
import { byValue, pipeline } from './extract-helpers';

/**
 * Period classes found in an audit of national reports of the 1950s-2000s and of news pages (contract v1.1,
 * period): the written years of a span before a count that restates them, plan periods by their older names
 * and a plan's Nth year, and 当时 (then) referring back to the last time named.
 * Our own texts in the style of those documents.
 */
function factsOf(text: string): Fact[] {
  return processText(text, 'written-spans', pipeline).facts;
}

/** A report on 1980 given in 1981: a review, then a plan part headed by the years ahead. */
const OLD_NATIONAL_REPORT = [
  '各位代表：',
  '一、1980年工作回顾',
  '一九八〇年，全国粮食产量达到六千四百亿斤。',
  '一九六四年到一九七五年十一年中，农民每人平均收入总共只增加了12元。',
  '第六个五年计划期间，农业总产值计划增长百分之二十三。',
  '二、今后五年的主要任务',
  '从一九六一年到一九七〇年的十年间，钢产量平均每年增长百分之五点二，而财政收入却下降了百分之二点一。',
  '在这五年里，我们要使钢产量每年增长百分之六。',
  '“一五”时期平均每年增长百分之八点九，“四五”时期平均每年增长百分之三点一。',
].join('\n');

describe('a count of years that restates a span written as its two years', () => {
  const facts = factsOf(OLD_NATIONAL_REPORT);
  it('keeps the written years, not the years counted back from the report year', () => {
    expect(byValue(facts, 12).period).toBe('1964-1975');
  });
  it('under a plan heading, reports the years written as done', () => {
    expect(byValue(facts, 5.2)).toMatchObject({ period: '1961-1970', status: 'actual' });
    expect(byValue(facts, -2.1)).toMatchObject({ period: '1961-1970', status: 'actual' });
  });
  it('leaves a count of years with no span before it to count the years ahead in a plan', () => {
    expect(byValue(facts, 6)).toMatchObject({ period: '1981-1985', status: 'target' });
  });
});

describe('plan periods by their older names', () => {
  const facts = factsOf(OLD_NATIONAL_REPORT);
  it('reads “一五” to “五五” with their years', () => {
    expect(byValue(facts, 8.9).period).toBe('1953-1957');
    expect(byValue(facts, 3.1).period).toBe('1971-1975');
  });
  it('reads 第六个五年计划 as the sixth plan, a target over its years, even in the part reviewing the year before', () => {
    expect(byValue(facts, 23)).toMatchObject({ period: '1981-1985', status: 'target' });
  });
});

/** A report on the plan's second year: its part on that year is headed by the plan and the year after a dash. */
const PLAN_YEAR_REPORT = [
  '一、第二个五年计划的第一年——一九五八年的成就',
  '一九五八年钢产量达到八百万吨。',
  '二、我们在第二个五年计划的第二年——一九五九年的任务',
  '煤炭产量要增长百分之四十以上。',
].join('\n');

describe("a plan's Nth year", () => {
  it('dates the part headed by it to that year, not to the whole plan', () => {
    expect(byValue(factsOf(PLAN_YEAR_REPORT), 40)).toMatchObject({ period: '1959', status: 'target' });
  });
});

/** A news page of 2012 on a company's past. */
const COMPANY_PAGE = [
  '某家居公司的发家史',
  '2012年6月5日',
  '2003年，该公司在杭州开出第一家门店。',
  '据一位老员工回忆，开业那天来了很多客人。',
  '公司的目标客户是高收入人群。',
  '当时公司还拿出了50万元用于员工培训。',
  '目前该公司在全国有门店36家。',
].join('\n');

describe('当时 (then) refers back to the last time named', () => {
  const facts = factsOf(COMPANY_PAGE);
  it('dates its figure by that time, sentences back', () => {
    expect(byValue(facts, 500000).period).toBe('2003');
  });
  it('leaves a figure of now to the page', () => {
    expect(byValue(facts, 36).period).toBe('2012');
  });
});

/** A page of May 2012 on the previous year's national sampling of a product. */
const LAST_YEARS_ROUND = [
  '<html><head><title>电热毯抽查合格率偏低</title></head><body>',
  '<p>发布时间：2012-05-20</p>',
  '<p>国家质检总局近日公布了2011年电热毯产品质量国家监督抽查结果。</p>',
  '<p>据了解，有关部门对不合格企业已作出处理。</p>',
  '<p>此次抽查中，不合格项目主要集中在发热元件，涉及7家企业。</p>',
  '<p>今年一季度，各地已对不合格企业完成复查15家。</p>',
  '</body></html>',
].join('\n');

describe("a sentence about the page's own sampling round (此次抽查)", () => {
  const facts = factsOf(LAST_YEARS_ROUND);
  it('is of the year the page gives the round, not of the year the page was published', () => {
    expect(byValue(facts, 7).period).toBe('2011');
  });
  it('leaves a figure dated by its own time word alone', () => {
    expect(byValue(facts, 15).period).toBe('2012');
  });
});
