import { describe, expect, it } from 'vitest';
import { byValue, factsOf } from './extract-helpers';

/**
 * A ratio of incomes written as a bare figure (session 24): how many times one income is the other, a multiple, an
 * amount in 倍 as the contract reads `市盈率6.3倍` (lexicons/units.json `implied.ratioMultiple`,
 * pipeline/extract/implied-units.ts). Work reports write the urban-rural income gap so; the open sets' gold reads it
 * so on three sets. Our own sentences.
 */

describe('a ratio of incomes written without a unit', () => {
  it('reads the level the ratio moved to as a multiple', () => {
    expect(byValue(factsOf('五年来，全县城乡居民收入比下降到1.9。'), 1.9)).toMatchObject({ type: 'amount', unit: '倍', bound: 'exact' });
    expect(byValue(factsOf('去年本市城乡收入比缩小至2.05，好于预期。'), 2.05)).toMatchObject({ type: 'amount', unit: '倍' });
  });

  it('reads both ends of a from-to change, with or without the :1 of the ratio', () => {
    const facts = factsOf('全区城乡居民收入比值由2.86缩小至2.41。');
    expect(byValue(facts, 2.86)).toMatchObject({ type: 'amount', unit: '倍' });
    expect(byValue(facts, 2.41)).toMatchObject({ type: 'amount', unit: '倍' });
    const written = factsOf('全市城乡居民收入比从2.60:1缩小至2.35:1。');
    expect(byValue(written, 2.6)).toMatchObject({ type: 'amount', unit: '倍' });
    expect(byValue(written, 2.35)).toMatchObject({ type: 'amount', unit: '倍' });
    expect(written.some((f) => f.value === 1)).toBe(false);
  });

  it('reads the ratio colon and the full-width colon, and a gap that narrowed', () => {
    expect(byValue(factsOf('全市城乡居民收入比由2.8∶1缩小至2.45∶1。'), 2.45)).toMatchObject({ type: 'amount', unit: '倍' });
    expect(byValue(factsOf('本县城乡居民收入比收窄至1.9：1以内。'), 1.9)).toMatchObject({ type: 'amount', unit: '倍', bound: 'at_most' });
  });

  it('reads a bound after the figure', () => {
    expect(byValue(factsOf('力争城乡居民收入比控制在2.3以内。'), 2.3)).toMatchObject({ type: 'amount', unit: '倍' });
  });

  it('leaves bare figures that no income ratio names, and a ratio compared in percent', () => {
    expect(factsOf('城乡居民收入差距缩小至2.4。').some((f) => f.value === 2.4)).toBe(false);
    expect(factsOf('全市收入比上年增长2.5。').some((f) => f.value === 2.5 && f.unit === '倍')).toBe(false);
    expect(byValue(factsOf('城乡居民收入比上年增长6.5%。'), 6.5)).toMatchObject({ type: 'change', unit: '%' });
  });
});

/**
 * Per-unit quantities whose reference we did not read (session 24): a price per lamp or per handset (moneyPer and
 * price goods 盏, 部, 枚, 把), a count per thousand people given for a list of measures in order without 分别, and a
 * population narrowed by an age between 每千人 and the figure (pipeline/extract/quantities.ts populationReference).
 */
describe('per-unit references', () => {
  it('reads a price per lamp or per handset, and names it a price', () => {
    const lamp = byValue(factsOf('若按每盏路灯3000元估算，改造需投入上亿元。'), 3000);
    expect(lamp).toMatchObject({ type: 'amount', unit: '元/盏' });
    expect(lamp.metric).toContain('价');
    expect(byValue(factsOf('据测算，每部成本约1.5万日元。'), 15000)).toMatchObject({ type: 'amount', unit: '日元/部' });
  });

  it('gives every figure of a list in order the 每千人 that opens the list of measures', () => {
    const facts = factsOf('全市每千人养老床位数、执业医师数增至31.2张、2.95个。');
    expect(byValue(facts, 31.2)).toMatchObject({ type: 'amount', unit: '张/千人' });
    expect(byValue(facts, 2.95)).toMatchObject({ type: 'amount', unit: '个/千人' });
    // No 每千人: the list counts things.
    expect(byValue(factsOf('全县医院、诊所数增至12个、85个。'), 85)).toMatchObject({ type: 'count', unit: '个' });
  });

  it('reads through an age that narrows the population', () => {
    expect(byValue(factsOf('全省每千人拥有3岁以下婴幼儿托位数3.8个。'), 3.8)).toMatchObject({ type: 'amount', unit: '个/千人' });
  });
});
