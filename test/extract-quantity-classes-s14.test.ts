import { describe, it } from 'vitest';
import { expectFacts, expectNoFact } from './extract-helpers';

/**
 * Session-14 classes of how work reports and news write quantities, found in the misses of diagnosis sets 15 and
 * 16 and seen in several corpus documents. Our own sentences, never the documents'.
 */
describe('figures in 万/亿 without a unit in lists and totals', () => {
  it('gives each item of a respectively-list the unit its noun implies (人数分别增加N万和M万)', () => {
    expectFacts('全省养老、医疗保险参保人数分别增加120万和86万。', [
      { type: 'change', value: 1200000, unit: '人' },
      { type: 'change', value: 860000, unit: '人' },
    ]);
    expectFacts('两县常住人口分别为52万、38万。', [
      { type: 'count', value: 520000, unit: '人' },
      { type: 'count', value: 380000, unit: '人' },
    ]);
    expectFacts('两家公司的营业收入分别达到3.2亿和9000万。', [
      { type: 'amount', value: 320000000, unit: '元' },
      { type: 'amount', value: 90000000, unit: '元' },
    ]);
  });

  it('gives a total in a clause of link words the unit of the clause before (增加N万，总计达到M亿)', () => {
    expectFacts('新农合参保人数增加560万，总计达到1.3亿。', [{ type: 'count', value: 130000000, unit: '人', key: '参保人数' }]);
    expectFacts('今年销售收入增加2000万，累计达到4.5亿。', [{ type: 'amount', value: 450000000, unit: '元', key: '销售收入' }]);
    expectFacts('全市参保职工人数新增8万，共计达到120万。', [{ type: 'count', value: 1200000, unit: '人' }]);
  });

  it('reads a people noun with its size word before the figure (人才总量超N万)', () => {
    expectFacts('全省技能人才总量超320万。', [{ type: 'count', value: 3200000, unit: '人', bound: 'more_than' }]);
    expectFacts('全市常住人口规模达到950万。', [{ type: 'count', value: 9500000, unit: '人' }]);
    expectFacts('高层次人才达到2.6万。', [{ type: 'count', value: 26000, unit: '人' }]);
  });

  it('keeps a clause that names its own noun, or a figure in 万元 before, out of the carried total', () => {
    expectNoFact('全县新增企业3000万元，总计达到1.2亿。', { unit: '人' });
    expectNoFact('试点城市增加到317个，达到1.17亿。', { unit: '人' });
    expectNoFact('全市游客增加120万，总计达到1600万。', { unit: '元' });
  });
});

describe('people in 万 named by a longer noun phrase after the figure', () => {
  it('reads visitors, staff and patients as people (约N万国内外专业观众)', () => {
    expectFacts('博览会预计吸引约8万国内外专业观众。', [{ type: 'count', value: 80000, unit: '人', bound: 'approx' }]);
    expectFacts('景区全年接待200多万海内外游客。', [{ type: 'count', value: 2000000, unit: '人', bound: 'more_than' }]);
    expectFacts('全省为1.2万重度残疾人发放护理补贴。', [{ type: 'count', value: 12000, unit: '人' }]);
    expectFacts('活动覆盖3.5万企业一线员工。', [{ type: 'count', value: 35000, unit: '人' }]);
  });

  it('leaves a figure whose noun is no people noun without a unit', () => {
    expectNoFact('展会吸引约8万国内外专业展品参展。', { unit: '人' });
  });
});
