import { describe, expect, it } from 'vitest';
import { SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { byValue, dictionaries, factsOf } from './extract-helpers';

type Example = [string, number, string | null];

/** Runs one list of [sentence, value, subject] examples of subjects.json through the whole pipeline. */
function runExamples(key: string): void {
  const examples = dictionaries.json<Record<string, Example[]>>(SUBJECTS_FILE)[key]!;
  expect(examples.length).toBeGreaterThanOrEqual(3);
  for (const [sentence, value, expected] of examples) expect(byValue(factsOf(sentence), value).subject, sentence).toBe(expected);
}

/** Contract v1.1, subject: the product, industry or group as it reads; never an adverb, never the measure. */
describe('subject: a totalling word is no subject (共计抽检150批次)', () => {
  it('runs the totalExamples of subjects.json through the pipeline', () => runExamples('totalExamples'));
  it('never gives a totalling adverb as the subject', () => {
    for (const word of ['共计', '合计', '总计']) {
      const facts = factsOf(`本次抽查涉及5个品牌，${word}抽检24批次，合格20批次。`);
      expect(byValue(facts, 24).subject, word).not.toBe(word);
      expect(byValue(facts, 20).subject, word).not.toBe(word);
    }
  });
});

describe('subject: the product whose whole chain a measure is of (人参全产业链产值)', () => {
  it('runs the chainExamples of subjects.json through the pipeline', () => runExamples('chainExamples'));
});

describe('subject: the part that contributes, not the whole it contributes to (X对Y增长贡献率)', () => {
  it('runs the contributionExamples of subjects.json through the pipeline', () => runExamples('contributionExamples'));
});

describe('subject: 总长度 is a measure (邮路总长度 → 邮路)', () => {
  it('runs the totalLengthExamples of subjects.json through the pipeline', () => runExamples('totalLengthExamples'));
});

describe('subject: a head the segmenter split before a measure (可/v 再生能源 装机容量 → 可再生能源)', () => {
  it('runs the splitHeadExamples of subjects.json through the pipeline', () => runExamples('splitHeadExamples'));
});

describe('subject: 有 after a predicate opens a kind of the counted noun (新增有进出口实绩企业)', () => {
  it('runs the havingExamples of subjects.json through the pipeline', () => runExamples('havingExamples'));
});
