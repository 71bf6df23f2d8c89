import { describe, expect, it } from 'vitest';
import { byValue, factsOf } from './extract-helpers';

/**
 * PERIOD-YEARS-AHEAD (contract v1.1, period: targets take their target year): the years ahead (未来五年, 今后八年) count
 * from the year of writing, that year first; a level reached in them is of the year they run out. Our own text in the
 * style of trade news and national work reports.
 */

describe('the years ahead on a news page written in the year it is about', () => {
  it('start with the year of writing (未来五年 on a page of 2012 is 2012-2016)', () => {
    const facts = factsOf(
      [
        '某行业协会预测光伏需求将持续增长',
        '2012-06-18 10:20',
        '协会人士认为，未来五年国内光伏组件需求缺口将达300万千瓦，行业投资规模预计超过800亿元。',
      ].join('\n'),
    );
    expect(byValue(facts, 3000000).period).toBe('2012-2016');
  });
  it('date a target over them the same way (未来三年内…投入资金6亿元)', () => {
    const facts = factsOf(
      ['某公司扩大芯片产能', '2013-09-02 08:00', '该公司表示，未来三年内对新生产线的投入资金总额将为6亿元。'].join('\n'),
    );
    expect(byValue(facts, 600000000).period).toBe('2013-2015');
  });
  it('date a level reached in them to the year they run out (未来十年…有望达到25%)', () => {
    const facts = factsOf(
      ['某类酒品市场份额稳步提升', '2014-05-12 09:30', '业内人士称，未来十年，这类酒品的市场份额将稳步提升并有望达到25%左右。'].join('\n'),
    );
    expect(byValue(facts, 25).period).toBe('2024');
  });
});

describe('the years ahead in a report given early in the year after the one it reviews', () => {
  it('start with the year it is given in, and a target set over them keeps them (PERIOD-PLAN-TARGET)', () => {
    const facts = factsOf(
      [
        '政府工作报告',
        '2018-02-05 09:00',
        '一、过去一年工作回顾',
        '去年，全市生产总值增长7.2%。',
        '二、今后五年的主要任务',
        '今后五年，全市城镇新增就业要达到60万人以上。',
      ].join('\n'),
    );
    expect(byValue(facts, 600000).period).toBe('2018-2022');
  });
});

describe('a span back over an uncounted number of years (PERIOD-VAGUE-SPAN)', () => {
  it('dates its figures to no year (多年累计, 多年来, 近几年), unlike a counted one (十多年来)', () => {
    const facts = factsOf(
      [
        '政府工作报告',
        '2019-03-05 09:00',
        '一、过去五年工作回顾',
        '五年来，城乡面貌明显改善。多年累计改造老旧小区住房320多万套。',
        '多年来取消和下放审批事项260多项。近几年把粮食产量稳定在一千二百万吨以上。',
        '十多年来新建农村公路1.2万公里。',
      ].join('\n'),
    );
    expect(byValue(facts, 3200000).period).toBeNull();
    expect(byValue(facts, 260).period).toBeNull();
    expect(byValue(facts, 12000000).period).toBeNull();
    expect(byValue(facts, 12000).period).not.toBeNull();
  });
});

describe('a country described by its population under a span (PERIOD-POPULATION-STOCK)', () => {
  it('is the country as it stands at the span’s end, not a figure of the span', () => {
    const facts = factsOf(
      [
        '政府工作报告',
        '2019-03-05 09:00',
        '一、过去五年工作回顾',
        '五年来，城镇新增就业5800万人以上，9亿多人口的发展中大国做到了就业总体稳定。',
        '五年来，2800万农村人口在城镇落户。',
      ].join('\n'),
    );
    expect(byValue(facts, 900000000).period).toBe('2018');
    expect(byValue(facts, 58000000).period).toBe('2014-2018');
    expect(byValue(facts, 28000000).period).toBe('2014-2018');
  });
});
