import { describe, expect, it } from 'vitest';
import { SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { byValue, dictionaries, factsOf } from './extract-helpers';

type Example = [string, number, string | null];

/**
 * Contract v1.1, subject: the noun phrase the figure modifies, as it reads in the text, in the shortest form that keeps
 * what narrows it. Session 22: what a classifier counts ends at the run's last noun, not at a head of the lexicon
 * nouns go on after (…产业集群, …互联网平台); a quoted name keeps its marks (“四上”企业, 专精特新“小巨人”企业).
 */
describe('subject: what a classifier counts and a quoted name, as they read (session 22)', () => {
  const file = dictionaries.json<{ countedTailExamples: Example[]; quotedSubjectExamples: Example[] }>(SUBJECTS_FILE);
  it('runs the countedTailExamples of subjects.json through the pipeline', () => {
    for (const [text, value, expected] of file.countedTailExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
  it('runs the quotedSubjectExamples of subjects.json through the pipeline', () => {
    for (const [text, value, expected] of file.quotedSubjectExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
  it('still reads an honour in quotation marks as no subject (“中国名牌”产品)', () => {
    expect(byValue(factsOf('全年新增“中国名牌”产品5个。'), 5).subject).toBeNull();
  });
});
