import { describe, expect, it } from 'vitest';
import { SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/** Contract v1.1, subject: a bare 产品 names none, whatever state it is named by (违法产品, 不合格产品). */

type Example = [string, number, string | null];

describe('subject: a bare product named only by its state names none', () => {
  it('runs the productStateExamples of subjects.json through the pipeline', () => {
    const { productStateExamples } = dictionaries.json<{ productStateExamples: Example[] }>(SUBJECTS_FILE);
    for (const [text, value, expected] of productStateExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
  it('leaves such a figure to what its page is about', () => {
    const page = '儿童家具质量专项抽查情况通报\n本次共抽查儿童家具120批次，合格率为85%。责令召回不合格产品131件。';
    expect(byValue(factsOf(page), 131).subject).toBe('儿童家具');
  });
});
