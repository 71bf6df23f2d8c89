import { describe, expect, it } from 'vitest';
import { expectFacts, factsOf, describe as show } from './extract-helpers';

/** Our own sentences, in the style of sampling bulletins, for the v1.1 classes that are code, not rule lines. */
describe('metric heads: one metric, each item before its own figure', () => {
  it('gives each figure the metric and its item as subject (traditional script too)', () => {
    expectFacts('本次抽測市售童裝，不符合率依序為外套38%、褲子21%、襪子9%。', [
      { type: 'rate', key: '不符合率', value: 38, subject: '外套' },
      { type: 'rate', key: '不符合率', value: 21, subject: '裤子' },
      { type: 'rate', key: '不符合率', value: 9, subject: '袜子' },
    ]);
    expectFacts('三类产品的合格率分别为电线电缆92%、插座85%和开关88%。', [
      { type: 'rate', key: '合格率', value: 92, subject: '电线电缆' },
      { type: 'rate', key: '合格率', value: 88, subject: '开关' },
    ]);
  });
});

describe('counts of kinds and pieces of product', () => {
  it('reads N类产品 and N件产品 as counts even where the segmenter glues the classifier to the noun', () => {
    expectFacts('本次共抽查9类产品、共计260件产品。', [
      { type: 'count', value: 9, unit: '类' },
      { type: 'count', value: 260, unit: '件' },
    ]);
  });
});

describe('numerals inside names', () => {
  it('gives no fact for the digit of a place name', () => {
    const facts = factsOf('嘉義縣斗六市一家業者販售標示不全的電暖器。');
    expect(
      facts.filter((f) => f.value === 6),
      show(facts),
    ).toEqual([]);
  });
});

describe('per-unit quantities and multiples', () => {
  it('writes the unit of reference after a slash or after 每, and a later figure inherits it', () => {
    expectFacts('抽检的辣椒粉中苏丹红含量为12毫克/公斤。', [{ type: 'amount', value: 12, unit: '毫克/公斤' }]);
    expectFacts('饮用水中菌落总数由每毫升80个上升到每毫升300个。', [
      { type: 'amount', value: 80, unit: '个/毫升' },
      { type: 'amount', value: 300, unit: '个/毫升' },
    ]);
    expectFacts('大肠菌群限量从每100毫升3个调整为5个。', [{ type: 'amount', value: 5, unit: '个/100毫升' }]);
    expectFacts('玉米收购价每斤1.2元。', [{ type: 'amount', value: 1.2, unit: '元/斤' }]);
  });

  it('reads a limit word before the 每Y as the bound of the figure', () => {
    expectFacts('新标准规定铅含量不得超过每公斤0.5毫克。', [{ type: 'amount', value: 0.5, unit: '毫克/公斤', bound: 'at_most' }]);
    expectFacts('桶装水中菌落总数不超过每毫升100个即为合格。', [{ type: 'amount', value: 100, unit: '个/毫升', bound: 'at_most' }]);
    expectFacts('部分产品每公斤含硫量低于每公斤30毫克的要求。', [{ type: 'amount', value: 30, unit: '毫克/公斤', bound: 'less_than' }]);
  });

  it('keeps a multiple that compares an amount and growth by a multiple a change', () => {
    expectFacts('样品的重金属含量超出限值2.5倍。', [{ type: 'amount', value: 2.5, unit: '倍' }]);
    expectFacts('全市出口额比五年前增长一点五倍。', [{ type: 'change', value: 1.5, unit: '倍' }]);
  });
});

describe('ranges', () => {
  it('gives both ends, bounded', () => {
    expectFacts('成品油价格上调幅度约为5%至8%。', [
      { value: 5, unit: '%', bound: 'at_least' },
      { value: 8, unit: '%', bound: 'at_most' },
    ]);
    expectFacts('不法商贩把每斤茶叶抬价两三倍出售。', [
      { type: 'amount', value: 2, unit: '倍', bound: 'at_least' },
      { type: 'amount', value: 3, unit: '倍', bound: 'at_most' },
    ]);
  });
});
