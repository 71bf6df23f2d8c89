import { describe, expect, it } from 'vitest';
import { SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { byValue, dictionaries, factsOf } from './extract-helpers';

type Example = [string, number, string | null];

/**
 * Contract v1.1, subject: the shortest form that keeps what narrows it. A grade the thing is at or above (二级以上,
 * 千吨级及以上, 三星级以上) narrows it as 规模以上 does: 二级以上医院 is not every 医院.
 */
describe('subject: a threshold grade before the thing stays', () => {
  const file = dictionaries.json<{ thresholdExamples: Example[] }>(SUBJECTS_FILE);

  it('runs the threshold examples of subjects.json through the pipeline', () => {
    for (const [text, value, expected] of file.thresholdExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
});
