import { describe, it } from 'vitest';
import { expectFacts, expectNoFact } from './extract-helpers';

// Measure words of metrology, raids and inspections the lexicon lacked (lexicons/units.json classifiers): the
// contract's unit is the classifier as written.
describe('classifiers of nozzles, premises and teams', () => {
  it('fuel nozzles counted in 杆 or 枪 are counts', () => {
    expectFacts('全区已完成检定加油枪86杆。', [{ type: 'count', value: 86, unit: '杆', key: '加油枪' }]);
    expectFacts('今年共完成强制检定1500枪。', [{ type: 'count', value: 1500, unit: '枪', key: '检定' }]);
  });
  it('premises counted in 处所 and teams in 队 name what they count', () => {
    expectFacts('稽查人员本月共检查25处所。', [{ type: 'count', value: 25, unit: '处所', key: '处所' }]);
    expectFacts('执法人员分成六队巡查各个夜市。', [{ type: 'count', value: 6, unit: '队', key: '队' }]);
  });
  it('goods counted in 件套 are counts, and 三件套 as a set phrase is none', () => {
    expectFacts('现场查扣冒牌机箱外壳40件套。', [{ type: 'count', value: 40, unit: '件套' }]);
    expectNoFact('婚庆市场里的“喜庆三件套”十分抢手。', { unit: '件套' });
  });
});

// Head counts in 万 written without 人: the noun that names the people implies the unit (lexicons/units.json implied).
describe('head counts the naming noun implies', () => {
  it('a cut in the armed forces’ 员额 counts people', () => {
    expectFacts('年内完成裁减军队员额15万的任务。', [{ type: 'count', value: 150000, unit: '人', key: '员额' }]);
  });
  it('a task set by the figure ends its phrase', () => {
    expectFacts('年内完成裁减员额15万任务。', [{ type: 'count', value: 150000, unit: '人', key: '员额' }]);
  });
  it('people named by a long phrase after the figure are people', () => {
    expectFacts('妥善安置2.3万山区洪涝灾害受灾群众。', [{ type: 'count', value: 23000, unit: '人' }]);
  });
  it('infants after the figure are people', () => {
    expectFacts('托育补贴惠及36万婴幼儿。', [{ type: 'count', value: 360000, unit: '人', key: '婴幼儿' }]);
  });
  it('a change against last year between the noun and the figure keeps the noun', () => {
    expectFacts('全省农村低收入人口比上年减少42万。', [{ type: 'change', value: -420000, unit: '人', key: '人口' }]);
  });
});
