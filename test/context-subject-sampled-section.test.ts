import { describe, expect, it } from 'vitest';
import { SAMPLED_SECTIONS_FILE } from '../pipeline/scope/sampled-section';
import { SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/** The product sampled (contract v1.1, subject: a sampling report on 海产品 gives its figures the subject 海产品). */

describe('subject: the product a sampling bulletin’s section samples', () => {
  it('runs the examples of sampled-sections.json through the pipeline', () => {
    const { examples } = dictionaries.json<{ examples: [string, number, string | null][] }>(SAMPLED_SECTIONS_FILE);
    for (const [text, value, expected] of examples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
  it('does not take who sampled, a place or a time for the product', () => {
    for (const lead of ['质检总局', '全省', '今年'])
      expect(byValue(factsOf(`${lead}共抽查了4个省9家企业生产的10种产品。抽查显示，有2种产品不符合标准规定。`), 2).subject).toBeNull();
  });
  it('ends a section at the next product’s lead, even one the lexicon cannot read', () => {
    const text = '电动自行车共抽查了12家企业生产的15种产品。\n而共享滑板共抽查了9家企业。\n抽查显示，有2种产品不符合标准规定。';
    expect(byValue(factsOf(text), 2).subject).not.toBe('电动自行车');
  });
});

describe('subject: a clause naming only a bare product goes on about the product sampled before it', () => {
  it('runs the bare-product examples of subjects.json through the pipeline', () => {
    const { bareProductExamples } = dictionaries.json<{ bareProductExamples: [string, number, string | null][] }>(SUBJECTS_FILE);
    for (const [text, value, expected] of bareProductExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
});
