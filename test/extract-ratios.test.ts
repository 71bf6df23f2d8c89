import { describe, expect, it } from 'vitest';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * Ratio notation (lexicons/ratios.json, pipeline/extract/ratios.ts): shares of a whole written with ratio colons are
 * rates in percent, one per share; a ratio to 1 is a multiple in 倍; other colons give no figure. Our own sentences,
 * in the style of work reports.
 */
describe('each example of ratios.json gives the figures it lists (rule ratio-notation)', () => {
  const examples = dictionaries.json<{ examples: [string, number[], string | null][] }>('lexicons/ratios.json').examples;
  for (const [text, values, unit] of examples) {
    it(text, () => {
      const facts = factsOf(text).filter((f) => f.unit === '%' || f.unit === '倍');
      expect(facts.map((f) => f.value)).toEqual(values);
      for (const fact of facts) expect(fact.unit).toBe(unit);
    });
  }
});

describe('the facts of ratio notation', () => {
  it('names each share of the three sectors by the ratio word and its part', () => {
    const facts = factsOf('去年全县三次产业结构调整为9.8∶42.7∶47.5。');
    const second = byValue(facts, 42.7);
    expect(second.type).toBe('rate');
    expect(second.metric).toBe('三次产业结构（第二产业）');
    expect(second.subject).toBe('第二产业');
    expect(second.category).toBe('finance');
    expect(byValue(facts, 47.5).metric).toBe('三次产业结构（第三产业）');
  });

  it('reads a ratio to 1 as an amount in 倍 named by the ratio word', () => {
    const fact = byValue(factsOf('全市城乡居民收入比缩小到2.19∶1。'), 2.19);
    expect(fact.type).toBe('amount');
    expect(fact.unit).toBe('倍');
    expect(fact.metric).toContain('收入比');
  });

  it('reads no shares that do not make a whole, and no colon after other words', () => {
    expect(factsOf('三类企业数量之比为5∶3∶1。').filter((f) => f.unit === '%')).toEqual([]);
    expect(factsOf('比赛最终比分为3:1。').filter((f) => f.unit === '倍')).toEqual([]);
  });
});
