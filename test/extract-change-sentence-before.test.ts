import { describe, expect, it } from 'vitest';
import { byValue, expectFacts, expectNoFact, factsOf } from './extract-helpers';

/**
 * Session-11 classes of the metric a change takes when its own clause names no measure: a change opening the
 * sentence after a level (news and national reports: a sampling bulletin's `总体合格率为…。虽然较…下降了…`,
 * 1957 `…1956年提高到610元。在四年中间，提高了将近37%`), a comparison with a month or quarter (2005
 * `增幅比一季度回落…个百分点`), a connective that opens the clause (虽然, 但是), and the 以 of a growth speed
 * (2011 trade news: `…以每年20%左右的速度增长`). Our own sentences, never the corpus's.
 */
describe('a change that opens its sentence after a level', () => {
  it('takes the metric of the level the sentence before ends with, after a connective', () => {
    expectFacts('全年国家监督抽查总体合格率为92.4%。虽然较上年下降了0.6个百分点，但仍处于较高水平。', [
      { type: 'change', value: -0.6, unit: 'pp', key: '合格率', category: 'pass_rate' },
    ]);
  });

  it('takes the metric of a level or amount before it, for a change in percent', () => {
    expectFacts('全县农民人均纯收入2019年是3100元，2023年达到3950元。四年间提高了27%多。', [
      { type: 'change', value: 27, unit: '%', bound: 'more_than', key: '纯收入' },
    ]);
  });

  it('does not reach over a paragraph break, nor give a change in points the metric of a count', () => {
    expectNoFact('全市抽检食品合格率为95.2%。\n同比提高1.1个百分点。', { type: 'change', key: '合格率' });
    expectNoFact('全年抽查生产企业1200家。同比下降0.5个百分点。', { type: 'change', key: '企业' });
  });

  it('keeps a change that nothing names, with its own words', () => {
    expectFacts('但是比起原定的计划还少2.4%，原因主要有两条。', [{ type: 'change', value: -2.4, unit: '%' }]);
  });
});

describe('words that say when or how, not what changed', () => {
  it('trims a comparison with a month or quarter, so the gap takes the growth rate before it', () => {
    expectFacts('全市固定资产投资增长16.8%，增幅比一季度回落3.4个百分点。', [
      { type: 'change', value: -3.4, unit: 'pp', key: '固定资产投资增幅' },
    ]);
  });

  it('keeps a month that dates a named measure', () => {
    expectFacts('全市1月份增速为8.2%。', [{ type: 'change', value: 8.2, unit: '%', key: '1月份增速' }]);
  });

  it('trims the 以 of a growth speed from the metric', () => {
    const fact = byValue(factsOf('近年来全省的电梯数量以每年15%左右的速度增长。'), 15);
    expect(fact.type).toBe('change');
    expect(fact.metric).not.toContain('以');
    expect(fact.metric).toContain('电梯数量');
  });
});
