import { describe, expect, it } from 'vitest';
import { byValue, factsOf } from './extract-helpers';

/** A prefix glued before the subject's nouns turns them into another thing (contract v1.1, subject: what narrows it). */

describe('subject: a prefix glued before its nouns', () => {
  it('keeps 非 before the nouns it negates', () => {
    expect(byValue(factsOf('非化石能源装机达到1.5亿千瓦。'), 150000000).subject).toBe('非化石能源');
    expect(byValue(factsOf('全省非化石能源发电量比重达到40%。'), 40).subject).toContain('非化石能源');
  });
});
