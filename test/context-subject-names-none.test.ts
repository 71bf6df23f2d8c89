import { describe, expect, it } from 'vitest';
import { SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { byValue, dictionaries, factsOf } from './extract-helpers';

type Example = [string, number, string | null];

/**
 * Contract v1.1, subject: the product, product class, industry, company or group the figure is about, not the
 * measure. Works a government counts as such (城市更新项目, 重点实验室, 老旧小区), honours and titles counted (中国名牌产品,
 * 中华老字号, 市长质量奖企业) and a noun inside the name of an economy-wide aggregate (社会消费品零售总额) name none;
 * a branch of the economy or a product before the works (交通运输建设项目, 食品检验中心) and a product a state or
 * honour only narrows (缺陷消费品, 名牌奶粉) still do.
 */
describe('subject: works, honours and aggregates name none', () => {
  const file = dictionaries.json<{
    worksExamples: Example[];
    honourExamples: Example[];
    aggregateExamples: Example[];
    countedPeopleExamples: Example[];
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
  it('runs the aggregate examples of subjects.json through the pipeline', () => {
    for (const [text, value, expected] of file.aggregateExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
});
