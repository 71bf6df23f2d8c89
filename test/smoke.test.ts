import { describe, expect, it } from 'vitest';
import { processText } from '../pipeline/pipeline';

describe('pipeline smoke', () => {
  it('extracts a pass rate with offsets into the raw text', () => {
    const { facts } = processText('全省产品抽样合格率为８７．９％。');
    expect(facts.length).toBeGreaterThan(0);
    expect(facts[0]!.value).toBe(87.9);
  });
});
