import { describe, it } from 'vitest';
import { expectFacts } from './extract-helpers';

/**
 * One value that 均 or 都 gives several measures (lexicons/metric-trim.json sharedValue, pipeline/extract/shared-value.ts):
 * each measure is a fact of its own (contract: a fact is one measured statement). Session 24 widens where 均 stands:
 * before the base of a comparison and before verbs that hold or reach a level, and to measures ending in 度. Our own
 * sentences, in the style of work reports.
 */
describe('one value of several measures across a comparison base or a verb of holding (rule shared-value)', () => {
  it('reads 都 before the base of a comparison', () => {
    expectFacts('今年全县工业产值和利润都比上年增长9%。', [
      { type: 'change', value: 9, unit: '%', metric: '工业产值增长' },
      { type: 'change', value: 9, unit: '%', metric: '利润增长' },
    ]);
  });

  it('reads 均 before 稳定在 and 实现, leaving the verb out of the last measure', () => {
    expectFacts('全区群众满意度、政策知晓率均稳定在95%以上。', [
      { type: 'rate', value: 95, unit: '%', metric: '群众满意度' },
      { type: 'rate', value: 95, unit: '%', metric: '政策知晓率' },
    ]);
    expectFacts('市属企业营业收入、利润均实现翻一番。', [
      { type: 'change', value: 1, unit: '倍', metric: '市属企业营业收入' },
      { type: 'change', value: 1, unit: '倍', metric: '利润' },
    ]);
  });

  it('takes a measure that ends in 度', () => {
    expectFacts('全市植被盖度和森林覆盖率均达60%以上。', [
      { type: 'rate', value: 60, unit: '%', metric: '植被盖度' },
      { type: 'rate', value: 60, unit: '%', metric: '森林覆盖率' },
    ]);
  });
});
