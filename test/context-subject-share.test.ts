import { describe, expect, it } from 'vitest';
import { byValue, factsOf } from './extract-helpers';

/**
 * A share is about its part, not the whole (contract v1.1, subject: the noun phrase the figure modifies, never
 * the region, never the measure); a cost is a measure of what it is the cost of.
 */

describe('subject: a share that opens its item or clause', () => {
  it('takes the part named before it, not the whole after 占', () => {
    const facts = factsOf('全区风电装机2400万千瓦、占全区电力装机52%。');
    expect(byValue(facts, 52).subject).toBe('风电');
  });
  it('reads the part of the clause before, past a measure that only goes on', () => {
    const facts = factsOf('茶叶总产35万吨，占全国12%。');
    expect(byValue(facts, 350000).subject).toBe('茶叶');
    expect(byValue(facts, 12).subject).toBe('茶叶');
  });
  it('names no whole as the subject when nothing before names the part', () => {
    expect(byValue(factsOf('占展位总数的21%。'), 21).subject).toBeNull();
  });
  it('keeps the part before 占 in the same phrase', () => {
    expect(byValue(factsOf('机电产品出口占出口总额的58%。'), 58).subject).toBe('机电产品');
  });
});

describe('subject: yields and costs are measures', () => {
  it('reads 单产 and 总产 as measures, not things', () => {
    expect(byValue(factsOf('油菜籽总产达到120万吨。'), 1200000).subject).toBe('油菜籽');
    expect(byValue(factsOf('全省单产420公斤。'), 420).subject).not.toBe('单产');
  });
  it('takes what a cost is of, past the activity it is the cost of', () => {
    expect(byValue(factsOf('锂电池模组的检测成本约为8万元。'), 80000).subject).toBe('锂电池模组');
    expect(byValue(factsOf('中档橱柜的生产成本为3000元左右。'), 3000).subject).toBe('中档橱柜');
  });
  it('keeps the owner of a kind of cost (用电成本)', () => {
    expect(byValue(factsOf('工业企业用电成本下降4.5%。'), -4.5).subject).toBe('工业企业');
  });
  it('never opens a subject with 实际 (实际价格, 实际利用)', () => {
    expect(byValue(factsOf('每立方米实际价格2.6元。'), 2.6).subject ?? '').not.toMatch(/^实际/);
  });
});

describe('subject: a share verb the segmenter glued to its whole', () => {
  it('reads 占全疆 as the share verb before the whole, not a name', () => {
    expect(byValue(factsOf('新疆风电装机5000万千瓦、占全疆装机31%。'), 31).subject).toBe('风电');
  });
});

describe('subject: a yearly measure', () => {
  it('reads 年产值 as one measure (豆腐年产值 → 豆腐, not 豆腐年)', () => {
    expect(byValue(factsOf('该厂豆腐年产值85万元。'), 850000).subject).toBe('豆腐');
  });
});
