import { describe, expect, it } from 'vitest';
import { SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * Contract v1.1, subject: the shortest form that keeps what narrows it. A grade glued before the nouns (93号汽油,
 * Ⅰ类检验机构, E0级板材, 一级建造师) names another product or group than the bare noun, so it stays in the subject.
 */
describe('subject: a grade or class designation glued before the nouns', () => {
  it('runs the grade examples of subjects.json through the pipeline', () => {
    const { gradeExamples } = dictionaries.json<{ gradeExamples: [string, number, string | null][] }>(SUBJECTS_FILE);
    for (const [sentence, value, expected] of gradeExamples) expect(byValue(factsOf(sentence), value).subject, sentence).toBe(expected);
  });
  it('keeps a grade before 的 and on a product a later clause prices', () => {
    expect(byValue(factsOf('92号汽油的价格为每升7.5元。'), 7.5).subject).toBe('92号汽油');
    expect(byValue(factsOf('目前主要生产97号乙醇汽油，价格为每升8.1元。'), 8.1).subject).toBe('97号乙醇汽油');
  });
  it('keeps a letter grade on a group of firms', () => {
    expect(byValue(factsOf('全省共有A级物流企业120家。'), 120).subject).toBe('A级物流企业');
  });
});
