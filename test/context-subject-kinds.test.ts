import { describe, expect, it } from 'vitest';
import { loadSubjectRules, SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { headOf } from '../pipeline/scope/subject-words';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * Contract v1.1, subject: the product or group a count is about. A kind of a head (食品类投诉) is about that head;
 * the herd a livestock measure counts (生猪出栏量) is the subject, not the measure.
 */
describe('subject: a kind of a head (食品类, 服装类)', () => {
  it('runs the kind suffix examples of subjects.json through the pipeline', () => {
    const { kindSuffixExamples } = dictionaries.json<{ kindSuffixExamples: [string, number, string][] }>(SUBJECTS_FILE);
    for (const [sentence, value, expected] of kindSuffixExamples)
      expect(byValue(factsOf(sentence), value).subject, sentence).toContain(expected);
  });
  it('finds the head of a kind only when its stem ends in one', () => {
    const rules = loadSubjectRules(dictionaries);
    expect(headOf('食品类', rules)).toBe('食品');
    expect(headOf('门类', rules)).toBeNull();
    expect(headOf('大类', rules)).toBeNull();
  });
});

describe('subject: the herd a livestock measure counts', () => {
  it('reads the animals before 出栏 and 存栏', () => {
    expect(byValue(factsOf('全年生猪出栏1200万头。'), 12000000).subject).toBe('生猪');
    expect(byValue(factsOf('年末生猪存栏量达到800万头。'), 8000000).subject).toBe('生猪');
  });
});
