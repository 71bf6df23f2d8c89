import { describe, expect, it } from 'vitest';
import { loadTimeRules, TIME_FILE } from '../pipeline/scope/time';
import { listLeadYear } from '../pipeline/extract/list-lead';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * PERIOD-PLAN-TARGET (contract v1.1, period: a span for what a plan period covers; targets take their target year):
 * a report given at the start of a five-year plan sets the plan's goals under a heading that names the plan
 * (“十五五”时期的主要目标). A goal with no year of its own (城镇化率达到68%) is the plan's, the span; one that names its
 * year (到2030年…达到) keeps that year; a level reached in a review of past years is still of the span's last year.
 * Our own texts in the style of the 2026 provincial reports and of the plan reports of the 1950s.
 */
const PLAN_REPORT = [
  '2026年某某省政府工作报告',
  '一、“十四五”时期工作回顾',
  '五年来，全省经济实力稳步提升，高速公路通车里程达到8000公里。',
  '二、“十五五”时期主要目标任务',
  '“十五五”时期，要努力实现以下目标：',
  '产业体系更加完备，全省城镇化率提高到68%，人均预期寿命提高到79.5岁。',
  '到2030年，研发投入占生产总值比重提高到2.8%左右。',
  '三、2026年工作安排',
  '全省地区生产总值增长5%左右。',
].join('\n');

describe('the goals of a five-year plan', () => {
  const facts = factsOf(PLAN_REPORT, 'plan-targets');
  it('dates a goal reached with no year of its own by the plan’s whole span', () => {
    expect(byValue(facts, 68)).toMatchObject({ period: '2026-2030', status: 'target' });
    expect(byValue(facts, 79.5)).toMatchObject({ period: '2026-2030', status: 'target' });
  });
  it('keeps the year a goal names (到2030年)', () => {
    expect(byValue(facts, 2.8)).toMatchObject({ period: '2030', status: 'target' });
  });
  it('still dates a level reached over the years reviewed by their last year', () => {
    expect(byValue(facts, 8000)).toMatchObject({ period: '2025', status: 'actual' });
  });
  it('leaves the year planned alone', () => {
    expect(byValue(facts, 5)).toMatchObject({ period: '2026', status: 'target' });
  });
});

/**
 * PERIOD-LIST-LEAD: a plan lists its goals one item a line under a lead line that names the year they are set for
 * (…一九六二年计划达到的产量…如下：): the items are of that year, not of the plan's span.
 */
describe('a list of planned levels under a lead line', () => {
  const rules = loadTimeRules(dictionaries);
  const frame = { reportYear: 1957, nowYear: 1957 };
  it('runs the examples of the file', () => {
    const examples = dictionaries.json<{ listLeadExamples: [string, string, string | null][] }>(TIME_FILE).listLeadExamples;
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const [lead, item, expected] of examples) {
      const text = `${lead}\n\n${item}`;
      expect(listLeadYear(text, text.indexOf(item), frame as never, rules), lead).toBe(expected);
    }
  });
  const report = (lead: string) =>
    [
      '某某省第二个五年计划的报告',
      '一、第二个五年计划的基本任务',
      lead,
      '钢：从五十万吨增加到一百二十万吨，增长一点四倍。',
      '水泥：从八十万吨增加到二百万吨。',
    ].join('\n');
  it('dates the items by the year their lead names', () => {
    const facts = factsOf(report('五年内各项产品都将增长，到一九六二年计划达到的产量同一九五七年相比如下：'), 'plan-list');
    expect(byValue(facts, 1200000)).toMatchObject({ period: '1962', status: 'target' });
    expect(byValue(facts, 2000000)).toMatchObject({ period: '1962', status: 'target' });
  });
  it('keeps the span when the lead names no year', () => {
    const facts = factsOf(report('五年内主要产品都将有较大的增长，列举如下：'), 'plan-list-no-year');
    expect(byValue(facts, 1200000)).toMatchObject({ period: '1958-1962', status: 'target' });
  });
});
