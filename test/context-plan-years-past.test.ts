import { describe, expect, it } from 'vitest';
import type { Fact } from '../core/document';
import { processText } from '../pipeline/pipeline';
import { byValue, pipeline } from './extract-helpers';

/**
 * Under a plan heading a count of years back to the report year (五年来, 近三年来, 一年来, 过去两年) reports work
 * done, not years planned (contract v1.1, status: every figure under a plan heading is a target unless the
 * sentence reports something already done; period: in a report on year R, N年来 is (R−N+1)-R). A count of
 * years that may look forward (五年内, 今后五年) still counts the years planned. Our own sentences in the style
 * of the plan parts of government and bureau reports that recall past work before setting the next task.
 */
const REPORT = [
  '2015年全省质量技术监督工作报告',
  '一、2015年工作回顾',
  '全年组织监督抽查产品5200批次。',
  '二、2016年工作安排',
  '为了解决这些问题，近三年来，在三百多家企业中开展了质量诊断试点。',
  '五年来，我们先后与42个国家和地区签订了质量合作协议。',
  '一年来，全省共培育质量标杆企业18家，这一做法要继续坚持。',
  '全年组织监督抽查产品6000批次。',
  '五年内，全省新增省级名牌产品150个。',
].join('\n');

function factsOf(text: string): Fact[] {
  return processText(text, 'plan-years-past-fixture', pipeline).facts;
}

describe('status: a count of years back under a plan heading reports work done', () => {
  const facts = factsOf(REPORT);
  it('近三年来 / 五年来 / 一年来: actual, over the years up to the report year', () => {
    expect(byValue(facts, 300)).toMatchObject({ status: 'actual', period: '2013-2015' });
    expect(byValue(facts, 42)).toMatchObject({ status: 'actual', period: '2011-2015' });
    expect(byValue(facts, 18)).toMatchObject({ status: 'actual', period: '2015' });
  });
  it('the plan’s own figures stay targets, and 五年内 still counts the years planned', () => {
    expect(byValue(facts, 6000)).toMatchObject({ status: 'target', period: '2016' });
    expect(byValue(facts, 150)).toMatchObject({ status: 'target', period: '2016-2020' });
  });
});
