import { describe, it } from 'vitest';
import { expectFacts, expectNoFact } from './extract-helpers';

/**
 * Session-21 metric classes (contract: `metric` names what is measured; gold scores a short key of it): the words
 * that govern a figure but stand away from it. A verb before a list of examples (`销毁A、B等食品`), the words before
 * the first of two stacked figures (`抽查28类3500批次产品`), and the measure a unit of area or power says by itself.
 * Our own sentences, in the style of bulletins and reports.
 */
describe('a verb before a list of examples governs the figure after 等', () => {
  it('keeps the verb with the noun after 等', () => {
    expectFacts('县城销毁点销毁劣质啤酒、果汁、饮料等食品300箱。', [{ type: 'count', value: 300, unit: '箱', key: '销毁' }]);
    expectFacts('质监部门为农户免费检测种子、化肥等农资产品80批次。', [{ type: 'count', value: 80, unit: '批次', key: '检测' }]);
  });

  it('reads the verb where the list opens before the words kept for the metric', () => {
    expectFacts('本次共销毁劣质家电、过期药品、仿冒文具、问题玩具和建材包装等伪劣产品共30余车。', [
      { type: 'count', value: 30, unit: '车', key: '销毁' },
    ]);
  });

  it("takes no item of the list for a verb, nor a verb inside an item's name", () => {
    expectNoFact('全年开展质量检测、计量检定等服务1200次。', { value: 1200, key: '检测服务' });
    expectNoFact('本届常委会审议了劳动合同法、物权法等6件法律草案。', { value: 6, key: '劳动' });
  });
});

describe('a figure stacked right after another shares the verb before both', () => {
  it('gives the second figure the verb of the first', () => {
    expectFacts('全年累计抽查28类3500批次产品，合格率为92.5%。', [{ type: 'count', value: 3500, unit: '批次', key: '抽查' }]);
    expectFacts('今年共抽检各类食品45种共1250批次样品。', [{ type: 'count', value: 1250, unit: '批次', key: '抽检' }]);
  });

  it('leaves a figure with words between it and the figure before as it is', () => {
    expectNoFact('抽查28类产品，发现3500批次样品合格。', { value: 3500, key: '抽查' });
  });
});

describe('an area or a device power the words leave unnamed (units.json dimensions)', () => {
  it('gives an area in 平方米 the word 面积', () => {
    expectFacts('本区有3000万平方米集中供暖住宅。', [{ type: 'amount', value: 30000000, unit: '平方米', key: '面积' }]);
    expectFacts('一块普通的室外广告屏为9平米。', [{ type: 'amount', value: 9, unit: '平米', key: '面积' }]);
  });

  it('gives a device power in W or kW the word 功率', () => {
    expectFacts('新标准只管3kW以上的商用空调。', [{ type: 'amount', value: 3, unit: 'kW', key: '功率' }]);
  });

  it('adds nothing to words that name the measure or run on to another measure', () => {
    expectNoFact('厂区占地面积为5000平方米。', { key: '面积面积' });
    expectNoFact('80平方米住房每天的耗电量约为9度。', { value: 80, key: '面积' });
  });
});
