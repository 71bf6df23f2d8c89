import { describe, expect, it } from 'vitest';
import { SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/** Contract v1.1, subject: the product the figure is about, as it reads in the text (results listed item by item). */

type Example = [string, number, string | null];

describe('subject: the product named before the verb of sampling that leads its count', () => {
  it('runs the samplingVerbExamples of subjects.json through the pipeline', () => {
    const { samplingVerbExamples } = dictionaries.json<{ samplingVerbExamples: Example[] }>(SUBJECTS_FILE);
    for (const [text, value, expected] of samplingVerbExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
  it('keeps a name the segmenter cuts into words that are no nouns (照明/v 开关/v)', () => {
    const facts = factsOf('抽查结果显示，室内照明开关抽查3个批次，合格2批次。');
    expect(byValue(facts, 3).subject).toBe('室内照明开关');
    expect(byValue(facts, 2).subject).toBe('室内照明开关');
  });
  it('keeps the whole name where a head of the lexicon names only its end (弹簧软床垫, not 床垫)', () => {
    const facts = factsOf('其中弹簧软床垫抽查14批次，合格11批次，批次合格率为78.6%。');
    for (const value of [14, 11, 78.6]) expect(byValue(facts, value).subject).toBe('弹簧软床垫');
  });
  it('takes no clause before the verb for a product (a time, an action, a place of sale)', () => {
    expect(byValue(factsOf('全年抽查150批次，合格140批次。'), 150).subject).toBeNull();
    expect(byValue(factsOf('开展农产品定量抽检超2万批次。'), 20000).subject ?? '').not.toContain('开展');
    expect(byValue(factsOf('在药店零售使用环节抽检超900批次。'), 900).subject ?? '').not.toContain('环节');
  });
});

describe('subject: the products of a sector rated as a whole', () => {
  it('runs the productSectorExamples of subjects.json through the pipeline', () => {
    const { productSectorExamples } = dictionaries.json<{ productSectorExamples: Example[] }>(SUBJECTS_FILE);
    for (const [text, value, expected] of productSectorExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
});

describe('subject: a page that names its sampling by a product’s safety samples that product', () => {
  it('runs the safetySamplingExamples of subjects.json through the pipeline', () => {
    const { safetySamplingExamples } = dictionaries.json<{ safetySamplingExamples: Example[] }>(SUBJECTS_FILE);
    for (const [text, value, expected] of safetySamplingExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
});
