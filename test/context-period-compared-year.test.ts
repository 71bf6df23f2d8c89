import { describe, expect, it } from 'vitest';
import { processText } from '../pipeline/pipeline';
import { byValue, pipeline } from './extract-helpers';

/**
 * A figure compared with a named year and dated by nothing else (contract v1.1, period: from the clause, else the
 * sentence, else the scope, else the report year). Our own text in the style of a provincial report given in
 * 2026 on 2025, and of a bulletin dated the year after its checks.
 */
const REPORT = [
  '2026年省政府工作报告',
  '一、2025年工作回顾',
  '过去一年，全省经济运行稳中有进。',
  '安全生产形势持续好转，生产安全事故起数比2020年下降40%，新建省级应急示范项目12个。',
  '全省农村居民人均可支配收入较2024年增长6.1%。',
  '二、2026年工作安排',
  '地区生产总值增长5.5%左右。',
].join('\n');

describe('a figure compared with a named year', () => {
  const facts = processText(REPORT, 'compared-year', pipeline).facts;
  it('is of the report year when the year compared with lies further back (a five-year base: 比2020年)', () => {
    expect(byValue(facts, -40).period).toBe('2025');
    expect(byValue(facts, 12).period).toBe('2025');
  });
  it('is of the year after the one compared with when that is the year before the report', () => {
    expect(byValue(facts, 6.1).period).toBe('2025');
  });
  it("is of the year after the one compared with on a page dated the year after (a bulletin on last year's checks)", () => {
    const bulletin = processText(
      '发布时间：2011-03-15\n电线电缆产品质量监督抽查结果\n本次共抽查企业112家，产品实物质量抽样合格率为92.9%，较2009年提高了0.4个百分点。',
      'compared-dated-page',
      pipeline,
    ).facts;
    expect(byValue(bulletin, 92.9).period).toBe('2010');
  });
});
