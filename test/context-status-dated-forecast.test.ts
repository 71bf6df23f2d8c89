import { describe, expect, it } from 'vitest';
import { processText } from '../pipeline/pipeline';
import { byValue, pipeline } from './extract-helpers';

/**
 * A forecast on a page dated in the year it forecasts looks ahead (contract v1.1, status: target where a cue says
 * so): 预计, 要, 将…达到 on a June page about its own year are targets, not figures reached. A page written after
 * the year it estimates (预计全年…, in January of the next year) reports that year. Our own sentences in the style
 * of trade news pages (rubber, hardware, housing, smart grids).
 */
const factsOf = (text: string) => processText(text, 'dated-forecast', pipeline).facts;

describe('status: a forecast of the year a page is dated in', () => {
  it('预计 / 要 on a mid-year page about its own year: targets of that year', () => {
    const facts = factsOf(
      '发布时间：2013-06-05\n该协会称，其成员国2013年天然橡胶产量预计增长4.6%至910万吨。一位五金商户说，今年的利润要下滑3%。',
    );
    expect(byValue(facts, 4.6)).toMatchObject({ status: 'target', period: '2013' });
    expect(byValue(facts, 9100000)).toMatchObject({ status: 'target', period: '2013' });
    expect(byValue(facts, -3)).toMatchObject({ status: 'target', period: '2013' });
  });
  it('今年要开工: a plan of the page’s year, next to what was done (已开工) that stays actual', () => {
    const facts = factsOf('发布时间：2013-08-20\n今年全国要开工建设保障性住房800万套，上半年已开工420万套。');
    expect(byValue(facts, 8000000)).toMatchObject({ status: 'target', period: '2013' });
    expect(byValue(facts, 4200000)).toMatchObject({ status: 'actual', period: '2013' });
  });
  it('a page written after the year it estimates reports that year (预计全年 in January)', () => {
    const facts = factsOf('发布时间：2014-01-15\n2013年，全省预计实现工业增加值6200亿元，增长9.1%。');
    expect(byValue(facts, 620000000000)).toMatchObject({ status: 'actual', period: '2013' });
  });
});
