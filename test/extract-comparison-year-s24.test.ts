import { describe, expect, it } from 'vitest';
import { byValue, factsOf } from './extract-helpers';

/**
 * The base of a comparison is trimmed from a change's metric (lexicons/metric-trim.json leading): a year in digits
 * followed by 年度 (`比2024年度`) as a year in Chinese numerals already was (`比二〇二四年度`). Our own sentences.
 */
describe('a comparison with a year in digits and 年度 (metric-trim leading)', () => {
  it('leaves the change the measure of the level before it', () => {
    const fact = byValue(factsOf('全县食品抽检问题发现率为4.2%，比2023年度下降了0.8%。'), -0.8);
    expect(fact.metric).toContain('发现率');
    expect(fact.metric).not.toContain('比');
  });
});
