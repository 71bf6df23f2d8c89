import { describe, expect, it } from 'vitest';
import { byValue, factsOf } from './extract-helpers';

/**
 * Contract v1.1, subject: taken like period from what encloses the figure when its own words name none. A clause
 * of a bare measure and a share (…，增量占全国18.7%) names only the whole after 占: it goes on about what the clause
 * before it named.
 */
describe('subject: a share clause after a clause that names the thing', () => {
  it('carries the earlier clause’s product over a bare measure and the whole', () => {
    expect(byValue(factsOf('粮食增产169.8亿斤，增量占全国18.7%。'), 18.7).subject).toBe('粮食');
    expect(byValue(factsOf('全市茶叶产量增长6%，增量占全省三成。'), 30).subject).toBe('茶叶');
  });
  it('leaves a share the document speaks of itself alone', () => {
    expect(byValue(factsOf('全省棉花产量500万吨，我省占全国10%。'), 10).subject).toBeNull();
  });
});

describe('subject: a rate of an item that needs an owner (转化率, 自给率)', () => {
  it('goes on about the product the item before it named', () => {
    expect(byValue(factsOf('棉花产量连续4年占全国九成以上、就地转化率达45%。'), 45).subject).toBe('棉花');
    expect(byValue(factsOf('粮食产量达到600亿斤、自给率超过95%。'), 95).subject).toBe('粮食');
  });
  it('keeps the owner the rate names itself', () => {
    expect(byValue(factsOf('全省粮食自给率超过95%。'), 95).subject).toBe('粮食');
  });
});
