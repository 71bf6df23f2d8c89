import { describe, expect, it } from 'vitest';
import { SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * Contract v1.1, subject: the industry a figure is about, taken from the paragraph's lead when the sentence names
 * none; a count of projects named only by their stage (建设项目) names no thing, the lead's industry does.
 */
describe('subject: projects counted under an industry lead', () => {
  it('runs the project examples of subjects.json through the pipeline', () => {
    const { projectExamples } = dictionaries.json<{ projectExamples: [string, number, string | null][] }>(SUBJECTS_FILE);
    for (const [text, value, expected] of projectExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
  it('keeps a project that names what it builds (水电站项目), lead or no lead', () => {
    expect(byValue(factsOf('电力工业方面，今年安排水电站项目12个。'), 12).subject).toBe('水电站项目');
  });
  it('reads a run-in heading only when it is nothing but a subject', () => {
    // 继续扩大对外开放。 says what is done: no lead; the count keeps its own words.
    expect(byValue(factsOf('继续扩大对外开放。今年安排建设项目48个。'), 48).subject).toBe('建设项目');
    expect(byValue(factsOf('机械工业。机械工业部今年安排建设项目36个。'), 36).subject).toBe('机械工业');
  });
});

describe('subject: the thing before 的 and an activity’s measure (猪的饲养头数)', () => {
  it('runs the possessed examples of subjects.json through the pipeline', () => {
    const { possessedExamples } = dictionaries.json<{ possessedExamples: [string, number, string | null][] }>(SUBJECTS_FILE);
    for (const [sentence, value, expected] of possessedExamples) expect(byValue(factsOf(sentence), value).subject, sentence).toBe(expected);
  });
  it('reads no one-character place or scope word before 的 as the thing', () => {
    expect(byValue(factsOf('省的产量达到500万吨。'), 5000000).subject).toBeNull();
  });
});

describe('subject: a clause that only names the source (记者从店员处了解到)', () => {
  it('runs the source examples of subjects.json through the pipeline', () => {
    const { sourceExamples } = dictionaries.json<{ sourceExamples: [string, number, string | null][] }>(SUBJECTS_FILE);
    for (const [sentence, value, expected] of sourceExamples) expect(byValue(factsOf(sentence), value).subject, sentence).toBe(expected);
  });
});

describe('subject: a measure word that narrows a run already narrowed (外贸实绩企业)', () => {
  it('runs the measure modifier examples of subjects.json through the pipeline', () => {
    const { measureModifierExamples } = dictionaries.json<{ measureModifierExamples: [string, number, string | null][] }>(SUBJECTS_FILE);
    for (const [sentence, value, expected] of measureModifierExamples)
      expect(byValue(factsOf(sentence), value).subject, sentence).toBe(expected);
  });
});
