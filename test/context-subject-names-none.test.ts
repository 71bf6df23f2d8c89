import { describe, expect, it } from 'vitest';
import { SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { byValue, dictionaries, factsOf } from './extract-helpers';

type Example = [string, number, string | null];

/**
 * Contract v1.1, subject: the product, product class, industry, company or group the figure is about, not the
 * measure. Honours and titles counted (中国名牌产品, 中华老字号, 市长质量奖企业) and a noun inside the name of an
 * economy-wide aggregate (社会消费品零售总额) name none; a product a state or honour only narrows (缺陷消费品, 名牌奶粉)
 * still does. Works a government counts as such (城市更新项目, 重点实验室, 老旧小区) and the people it receives or gains
 * (入境游客, 高技能人才) are the class or group counted, and name the subject as they read, without the verb that
 * starts or opens them (新开工, 新开通).
 */
describe('subject: honours and aggregates name none; works and people counted name themselves', () => {
  const file = dictionaries.json<{
    worksExamples: Example[];
    honourExamples: Example[];
    aggregateExamples: Example[];
    countedPeopleExamples: Example[];
    bareWorkExamples: Example[];
  }>(SUBJECTS_FILE);

  it('runs the works examples of subjects.json through the pipeline', () => {
    for (const [text, value, expected] of file.worksExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
  it('runs the honour examples of subjects.json through the pipeline', () => {
    for (const [text, value, expected] of file.honourExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
  it('runs the counted-people examples of subjects.json through the pipeline', () => {
    for (const [text, value, expected] of file.countedPeopleExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
  it('runs the bare-work examples of subjects.json through the pipeline', () => {
    for (const [text, value, expected] of file.bareWorkExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
  it('runs the aggregate examples of subjects.json through the pipeline', () => {
    for (const [text, value, expected] of file.aggregateExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
});
