import { describe, it } from 'vitest';
import { expectFacts, expectNoFact } from './extract-helpers';

/**
 * Round-11 classes of how market and price news quote prices in speech (contract: money is in 元, a price per
 * unit is X/Y), found by auditing vegetable-price pages and a national report the rules were not written on.
 * Our own sentences, never the pages'.
 */
describe('tenths and hundredths of a yuan in speech (amount6)', () => {
  it('reads 毛钱, 角钱 and 分钱 as money in 元', () => {
    expectFacts('菜贩说，青菜现在每斤卖6毛钱。', [{ type: 'amount', value: 0.6, unit: '元/斤' }]);
    expectFacts('小时候一根冰棍两角钱。', [{ type: 'amount', value: 0.2, unit: '元' }]);
    expectFacts('今年小麦收购价每斤提高5分钱。', [{ type: 'change', value: 0.05, unit: '元/斤' }]);
    expectFacts('一个烧饼一毛钱。', [{ type: 'amount', value: 0.1, unit: '元' }]);
  });

  it('reads a bare 毛 as money after a price or sale word, and a later price in the same unit as per the same jin', () => {
    expectFacts('摊主说原来一斤卖7毛，这几天批发价降到4毛了。', [
      { type: 'amount', value: 0.7, unit: '元/斤' },
      { type: 'amount', value: 0.4, unit: '元/斤' },
    ]);
  });

  it('keeps 角 and 毛 in names, and the idiom 每一分钱, no money', () => {
    expectNoFact('长三角地区联手清理三角债。', { unit: '元' });
    expectNoFact('她读完了三毛的散文集。', { unit: '元' });
    expectNoFact('要把每一分钱都花在刀刃上。', { unit: '元' });
  });
});

describe('yuan written 块 before 了 or 多, or after a price per jin (amount6)', () => {
  it('reads 块 as 元 when 了 or 多 and a clause mark follow', () => {
    expectFacts('黄瓜以前卖1.5元一斤，现在卖3块了。', [{ type: 'amount', value: 3, unit: '元/斤' }]);
    expectFacts('早点摊上一个包子卖一块多。', [{ type: 'amount', value: 1, unit: '元', bound: 'more_than' }]);
  });

  it('reads 块 after a price per jin as 元 per jin, not 块 per jin', () => {
    expectFacts('排骨每斤涨到28块。', [{ type: 'amount', value: 28, unit: '元/斤' }]);
    expectNoFact('排骨每斤涨到28块。', { unit: '块/斤' });
  });

  it('keeps 块 a count before a noun even after 多 or 了', () => {
    expectFacts('村里卖了3块多地。', [{ type: 'count', value: 3, unit: '块' }]);
  });
});

describe('prices per jin written with a digit one, and sums paid (amount6)', () => {
  it('reads X元1斤 and X元钱1斤 as a price per jin, as X元一斤', () => {
    expectFacts('早市上豆角6.5元1斤，土豆3元钱1斤。', [
      { type: 'amount', value: 6.5, unit: '元/斤' },
      { type: 'amount', value: 3, unit: '元/斤' },
    ]);
    expectNoFact('早市上豆角6.5元1斤。', { unit: '斤', value: 1 });
  });

  it('does not pass a price per measure to a sum paid for what was bought', () => {
    expectFacts('芹菜每斤5元，她买了一捆芹菜就花了12元。', [
      { type: 'amount', value: 5, unit: '元/斤' },
      { type: 'amount', value: 12, unit: '元' },
    ]);
    expectNoFact('芹菜每斤5元，她买了一捆芹菜就花了12元。', { unit: '元/斤', value: 12 });
  });
});
