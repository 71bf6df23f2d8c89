import { describe, expect, it } from 'vitest';
import type { Fact } from '../core/document';
import { processText } from '../pipeline/pipeline';
import { byValue, pipeline } from './extract-helpers';

/**
 * PERIOD-TERM-REVIEW: a report at the end of a government's term opens its review part with the years looked back
 * on (五年来，我们…做了以下工作。 / 回望过去五年，…) and goes on in numbered sections whose headings name no time of
 * their own; their figures are of the whole span unless the sentence names its own year or states a level reached
 * (contract v1.1, period: the heading or paragraph that scopes it; cumulative figures take the span). Our own
 * text in the style of such reports.
 */
const NATIONAL = [
  '各位代表：',
  '一、本届政府任期工作回顾',
  '过去一年，经济总体平稳。全年粮食产量达到1.2万亿斤。',
  '五年来，我们按照中央部署，着力抓了这样几项工作。',
  '(一)稳住宏观经济大盘。坚持不搞大水漫灌，安排专项债券18万亿元，新建保障性住房620万套。',
  '城市绿地面积从2015年的190万公顷扩大到240万公顷。',
  '(二)2020年抗击洪涝灾害。当年紧急转移群众310万人。',
  '二、2021年工作安排',
  '今年新建保障性住房70万套。',
].join('\n');

const PROVINCE = [
  '各位代表：',
  '一、“十三五”时期和2020年工作回顾',
  '2020年，全省经济回升向好。',
  '回望过去五年，全省上下勇毅前行，发展迈上新台阶。',
  '(一)产业加快转型。新培育省级专精特新企业860家，工业技改投资年均增长11%。',
  '(二)民生持续改善。每年办好一批民生实事，累计新增城镇就业320万人。',
  '二、2021年主要工作',
  '全年城镇新增就业65万人以上。',
].join('\n');

function factsOf(text: string): Fact[] {
  return processText(text, 'term-review-fixture', pipeline).facts;
}

describe('numbered sections under a review part that opens with its span', () => {
  const facts = factsOf(NATIONAL);
  it('take the span the part opened with (五年来，…以下工作 / 着力抓了这样几项工作)', () => {
    expect(byValue(facts, 1.8e13).period).toBe('2016-2020');
    expect(byValue(facts, 6200000).period).toBe('2016-2020');
  });
  it('keep a year a sentence names of its own and the first value of a from-to pair', () => {
    expect(byValue(facts, 1900000).period).toBe('2015');
  });
  it('leave a section whose heading names its own year to that year', () => {
    expect(byValue(facts, 3100000).period).toBe('2020');
  });
  it('do not carry the span into the next part (a plan of the year ahead)', () => {
    expect(byValue(facts, 700000).period).toBe('2021');
  });
  it('take the span after a provincial opening (回望过去五年，…) too', () => {
    const own = factsOf(PROVINCE);
    expect(byValue(own, 860).period).toBe('2016-2020');
    expect(byValue(own, 3200000).period).toBe('2016-2020');
    expect(byValue(own, 650000).period).toBe('2021');
  });
});
