import { describe, expect, it } from 'vitest';
import { SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { byValue, dictionaries, factsOf } from './extract-helpers';

type Example = [string, number, string | null];

/**
 * Session 18, subject (contract v1.1: one fact per value, each with its own subject when the sentence names
 * them): a list given figures in order by 分别 whose items hold a joining word of their own (批发和零售业,
 * 住宿和餐饮业: the statistical names of industries) is split at 、 only (SUBJ-RESPECTIVE-JOINED); a measure given
 * respectively after a list of counts (抽查A 120台、B 80台，受检率分别为…) takes each item before its figure, past a
 * clause that gives another measure respectively (SUBJ-RESPECTIVE-COUNTED).
 */
describe('subject: lists given figures respectively (SUBJ-RESPECTIVE-JOINED, SUBJ-RESPECTIVE-COUNTED)', () => {
  const file = dictionaries.json<{ respectiveExamples: Example[] }>(SUBJECTS_FILE);
  it('runs the respectiveExamples of subjects.json through the pipeline', () => {
    expect(file.respectiveExamples.length).toBeGreaterThan(0);
    for (const [text, value, expected] of file.respectiveExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
});
