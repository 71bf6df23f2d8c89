import { describe, it } from 'vitest';
import { expectFacts, expectNoFact } from './extract-helpers';

/**
 * Goods that seizures, destructions and tests count in packs, containers, loads and rolls (lexicons/units.json
 * classifiers): each is a count in the classifier as written. Our own sentences, never the corpus's.
 */
describe('counts of goods in packs, containers, loads and rolls', () => {
  it('counts goods seized or destroyed in 桶, 罐, 包, 卷, 把 and 车', () => {
    expectFacts('执法人员当场扣押劣质机油45桶。', [{ type: 'count', value: 45, unit: '桶' }]);
    expectFacts('查获过期罐头食品360罐。', [{ type: 'count', value: 360, unit: '罐' }]);
    expectFacts('稽查队查扣假冒卷烟800多包。', [{ type: 'count', value: 800, unit: '包', bound: 'more_than' }]);
    expectFacts('没收不合格镀锌钢卷37卷。', [{ type: 'count', value: 37, unit: '卷' }]);
    expectFacts('抽查集贸市场在用电子秤和加油枪共52把。', [{ type: 'count', value: 52, unit: '把' }]);
    expectFacts('集中销毁伪劣农资15车。', [{ type: 'count', value: 15, unit: '车' }]);
  });

  it('counts fireworks in 圈 and notices in 则', () => {
    expectFacts('抽检发现不合格鞭炮4200圈。', [{ type: 'count', value: 4200, unit: '圈' }]);
    expectFacts('全年发布消费提示18则。', [{ type: 'count', value: 18, unit: '则' }]);
  });

  it('reads no count in words these classifiers open, nor in 三包 or the circles of a regional plan', () => {
    expectNoFact('新建双向6车道公路。', { unit: '车' });
    expectNoFact('全面落实汽车三包规定。', { type: 'count' });
    expectNoFact('推动两圈协同发展。', { unit: '圈' });
    expectNoFact('企业一把手亲自抓质量。', { unit: '把' });
  });
});

describe('shops counted in 铺 (units.json selfNaming)', () => {
  it('gives a count in 铺 the word 店铺', () => {
    expectFacts('海关人员巡查后勒令3铺停售涉事玩具。', [{ type: 'count', value: 3, unit: '铺', key: '店铺' }]);
    expectFacts('当局检控了5铺出售不合格电器。', [{ type: 'count', value: 5, unit: '铺', key: '店铺' }]);
  });
});

describe('a count of the conditions something must meet (abstract-heads.txt 条件)', () => {
  it('reads no count in the number of conditions a scheme or a choice sets', () => {
    expectNoFact('申报企业须同时具备四个条件方可参评。', { type: 'count' });
    expectNoFact('选拔人员按照思想、业务和健康三项条件进行。', { type: 'count' });
  });
  it('still counts what meets the conditions', () => {
    expectFacts('全县确定符合条件的企业42家。', [{ type: 'count', value: 42, unit: '家' }]);
  });
});
