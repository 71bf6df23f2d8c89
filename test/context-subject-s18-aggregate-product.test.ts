import { describe, expect, it } from 'vitest';
import { loadSubjectRules, SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { aggregateProduct } from '../pipeline/extract/names-no-subject';
import { byValue, dictionaries, factsOf } from './extract-helpers';

type Example = [string, number, string | null];

/**
 * Session 18, subject (contract v1.1: the product class the figure is about, not the measure): an aggregate whose
 * name holds the product class it totals (社会消费品零售总额: the retail sales of 社会消费品) is about that class
 * (SUBJ-AGGREGATE-PRODUCT); economy-wide aggregates that hold no product (国内生产总值) still name none.
 */
describe('subject: the product class an aggregate totals (SUBJ-AGGREGATE-PRODUCT)', () => {
  const file = dictionaries.json<{ aggregateProductExamples: Example[] }>(SUBJECTS_FILE);
  const rules = loadSubjectRules(dictionaries);

  it('runs the aggregateProductExamples of subjects.json through the pipeline', () => {
    expect(file.aggregateProductExamples.length).toBeGreaterThan(0);
    for (const [text, value, expected] of file.aggregateProductExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
  it('gives the class over none, a word of the name, or a topic the metric does not hold', () => {
    expect(aggregateProduct('社会消费品零售总额', null, rules)).toBe('社会消费品');
    expect(aggregateProduct('社会消费品零售总额', '消费品', rules)).toBe('社会消费品');
    expect(aggregateProduct('社会消费品零售总额', '乳制品', rules)).toBe('社会消费品');
  });
  it('keeps a thing the metric names besides, and leaves other metrics alone', () => {
    expect(aggregateProduct('实物商品网上零售额占社会消费品零售总额的比重', '实物商品', rules)).toBeNull();
    expect(aggregateProduct('国内生产总值', null, rules)).toBeNull();
  });
});
