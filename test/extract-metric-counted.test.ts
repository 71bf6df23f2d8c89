import { describe, it } from 'vitest';
import { expectFacts, expectNoFact } from './extract-helpers';

/**
 * Round-9 metric classes (contract: `metric` names what is measured; gold scores a short key of it, the noun a
 * count counts): a count that leaves out its noun because the sentence has just named it, and a list of graded
 * counts that share the noun the list ends with. Our own sentences, in the style of work reports and bulletins.
 */
describe('a count that leaves out its noun counts what its sentence just named', () => {
  it('takes the noun of the figure before it in the same classifier (a part of a set)', () => {
    expectFacts('在检查的56家企业中，有12家存在问题。', [{ type: 'count', value: 12, unit: '家', key: '企业' }]);
    expectFacts('本次抽查发现，有9种产品不符合标准，其中标签不合格的有4种。', [{ type: 'count', value: 4, unit: '种', key: '产品' }]);
  });

  it('completes a headless relative (X的有N, X的仅N)', () => {
    expectFacts('国际上已发布的相关标准有300多项，我国企业参与起草的仅12项。', [{ type: 'count', value: 12, unit: '项', key: '标准' }]);
  });

  it('takes the noun of an opening frame when no figure before names it', () => {
    expectFacts('查处的案件中，涉及食品的有23起，涉及农资的有15起。', [
      { type: 'count', value: 23, unit: '起', key: '案件' },
      { type: 'count', value: 15, unit: '起', key: '案件' },
    ]);
  });

  it('leaves counts of people, and counts whose own words name a noun, as they are', () => {
    expectNoFact('全市表彰先进集体30个，评为先进个人的有120人。', { value: 120, key: '集体' });
    expectNoFact('抽查了7个省的33家企业生产的53个装配螺口灯头的节能灯。', { value: 53, key: '省' });
    expectFacts('抽查了7个省的33家企业生产的53个装配螺口灯头的节能灯。', [{ value: 53, unit: '个', key: '节能灯' }]);
  });
});

describe('graded items of a list share the noun the list ends with', () => {
  it('gives each grade the noun of the last item', () => {
    expectFacts('建成5个国家级、12个省级区域医疗中心。', [
      { type: 'count', value: 5, unit: '个', key: '区域医疗中心' },
      { type: 'count', value: 12, unit: '个', key: '区域医疗中心' },
    ]);
    expectFacts('新增3家千亿级、17家百亿级工业企业。', [{ type: 'count', value: 3, unit: '家', key: '企业' }]);
    expectFacts('着力培育4个世界级、6个国家级、10个区域级产业集群。', [
      { type: 'count', value: 4, unit: '个', key: '产业集群' },
      { type: 'count', value: 6, unit: '个', key: '产业集群' },
    ]);
  });
});

describe('a figure without a noun of its own takes what the figure before counts, not its verbs', () => {
  it('inherits the counted noun, not the verb phrase after it', () => {
    expectNoFact('对全市52家加油站进行了计量检查，共受理投诉举报356件。', { value: 356, key: '计量检查' });
  });
});
