import { describe, expect, it } from 'vitest';
import { byValue, factsOf } from './extract-helpers';

describe('region: a place written right before one inside it only locates it (figure-region.ts lastGroup)', () => {
  it('takes the last, most specific place of a chain province → city → county', () => {
    const facts = factsOf('某某日报\n上月，江西省乐平市工商局城区工商所6名执法人员在检查一家门市部时遭到围攻。');
    expect(byValue(facts, 6).region).toBe('乐平市');
  });
  it('goes down to a city’s district in a three-level chain', () => {
    const facts = factsOf('某某日报\n今年，浙江省宁波市鄞州区共抽查企业生产的58批次产品，合格率为93.1%。');
    expect(byValue(facts, 93.1).region).toBe('鄞州区');
  });
  it('reads 中国 before a city as locating it, not as a nationwide figure', () => {
    const facts = factsOf('某某日报\n该公司为中国广州亚运会提供了120台电梯。');
    expect(byValue(facts, 120).region).toBe('广州市');
  });
  it('keeps places listed with a mark as a list: the smallest region holding them', () => {
    const facts = factsOf('某某日报\n上月，浙江省杭州、宁波两市共查获假冒酒类商标3万套。');
    expect(byValue(facts, 30000).region).toBe('浙江省');
  });
});
