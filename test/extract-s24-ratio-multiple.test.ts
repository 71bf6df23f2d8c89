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

  it('reads a bound after the figure', () => {
    expect(byValue(factsOf('力争城乡居民收入比控制在2.3以内。'), 2.3)).toMatchObject({ type: 'amount', unit: '倍' });
  });

  it('leaves bare figures that no income ratio names, and a ratio compared in percent', () => {
    expect(factsOf('城乡居民收入差距缩小至2.4。').some((f) => f.value === 2.4)).toBe(false);
    expect(factsOf('全市收入比上年增长2.5。').some((f) => f.value === 2.5 && f.unit === '倍')).toBe(false);
    expect(byValue(factsOf('城乡居民收入比上年增长6.5%。'), 6.5)).toMatchObject({ type: 'change', unit: '%' });
  });
});
