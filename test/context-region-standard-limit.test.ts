import { describe, expect, it } from 'vitest';
import { STANDARD_LIMITS_FILE } from '../pipeline/scope/standard-limit';
import { byValue, dictionaries, factsOf } from './extract-helpers';

describe('region: a standard’s limit is the standard’s (dictionaries/context/standard-limits.json)', () => {
  it('runs the examples: national standards → 全国, foreign and international ones → none, whoever quotes them', () => {
    const examples = dictionaries.json<{ examples: [string, number, string | null][] }>(STANDARD_LIMITS_FILE).examples;
    for (const [text, value, region] of examples) expect(byValue(factsOf(text), value).region, text).toBe(region);
  });
  it('leaves a figure that is no limit with the place its sentence names', () => {
    const facts = factsOf('某某日报\n杭州市质监局专家说，按国家标准检验，抽查的30批次板材合格率为90%。');
    expect(byValue(facts, 90).region).toBe('杭州市');
  });
});
