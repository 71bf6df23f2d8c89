import { describe, it } from 'vitest';
import { dictionaries, expectFacts, expectNoFact } from './extract-helpers';

void dictionaries;

/**
 * Round-10 metric classes (contract: `metric` names what is measured; gold scores a short key of it): a share
 * said only as 占 + the whole measures the part the figure before it names; a subset opened by 其中 and a place or
 * group counts the noun of the figure before it; the items of a list keep their own head noun. Our own sentences.
 */
describe('a share said only as 占 + the whole takes what the figure before it measures', () => {
  it('prefixes the part named by the figure before', () => {
    expectFacts('今年全市新登记市场主体3.2万户，占全省的15.6%。', [{ type: 'rate', value: 15.6, key: '市场主体' }]);
    expectFacts('抽检发现不合格样品46批次，占抽检总数的3.8%。', [{ value: 3.8, key: '不合格样品' }]);
    expectFacts('全县茶叶产值12亿元、增长8%、约占全省茶叶产值的四分之一。', [{ value: 25, key: '茶叶产值' }]);
  });

  it('takes the part before 占 when the figure before is itself a share', () => {
    expectFacts('该省出口额达520亿元，占全国的4.1%，占中部地区的30%。', [
      { value: 4.1, key: '出口额' },
      { value: 30, key: '出口额' },
    ]);
  });

  it('leaves a share that names its own part, and one with no figure before', () => {
    expectFacts('民营经济增加值占全省生产总值比重达55%。', [{ value: 55, key: '民营经济增加值' }]);
    expectNoFact('全市投入资金8亿元，其中民生支出占70%。', { value: 70, key: '投入资金' });
  });
});

describe('a subset opened by 其中 and a place or group counts the noun of the figure before', () => {
  it('adds the counted noun of the earlier figure in the same classifier', () => {
    expectFacts('全省已有90多名消费者投诉，其中省会地区已有40多名。', [{ type: 'count', value: 40, unit: '名', key: '消费者' }]);
    expectFacts('今年共受理申诉案件320件，其中城区共有150件。', [{ type: 'count', value: 150, unit: '件', key: '案件' }]);
  });

  it('leaves a subset whose own words name what it counts', () => {
    expectFacts('检查单位210个，其中企业有120个。', [{ type: 'count', value: 120, unit: '个', key: '企业' }]);
  });
});

describe('list items keep their own head noun', () => {
  it('completes items with the whole shared word, not its last character', () => {
    expectFacts('家电、家具零售额分别增长12.5%、9.8%。', [
      { value: 12.5, key: '家电零售额' },
      { value: 9.8, key: '家具零售额' },
    ]);
  });

  it('does not add the tail of the last item to an item that already ends in its head', () => {
    expectNoFact('日用品、建材产品分别抽检40批次、25批次。', { value: 40, key: '品品' });
  });
});

describe('a clause opened only by a word of plan or status names no measure', () => {
  it('takes the metric of the figure or clause before (实际, 拟定, 计划, 可以, 即)', () => {
    expectFacts('全年地方财政收入完成120亿元，实际增长8.5%。', [{ type: 'change', value: 8.5, key: '财政收入' }]);
    expectFacts('明年的基本建设投资，拟定为四十五亿元。', [{ type: 'amount', value: 4500000000, key: '基本建设投资' }]);
    expectFacts('去年粮食产量达到3000万吨，今年计划增长百分之五。', [{ type: 'change', value: 5, key: '粮食产量' }]);
    expectFacts('新建炼钢厂的钢产量，可以达到五百万吨。', [{ type: 'amount', value: 5000000, key: '钢产量' }]);
    expectFacts('全县造林面积扩大了一倍多，即达到十二万亩。', [{ value: 120000, key: '造林面积' }]);
  });

  it('keeps the words that follow them when they name a measure', () => {
    expectFacts('全年实际利用外资12亿美元。', [{ value: 1200000000, key: '利用外资' }]);
    expectFacts('计划生育率达到98%。', [{ value: 98, key: '计划生育率' }]);
  });
});

describe('a figure named only by what it is divided by (每人, 平均每户, 一个店一年) measures what the sentence named', () => {
  it('prefixes the metric of the figure or clause before', () => {
    expectFacts('全乡农民纯收入达到4200万元，平均每人达到一千二百元。', [{ value: 1200, key: '纯收入' }]);
    expectFacts('改造后商铺租金明显上涨，一个店一年就增加8万元。', [{ value: 80000, key: '租金' }]);
  });

  it('leaves a per-unit phrase that names its own measure', () => {
    expectFacts('全市人均预期寿命达到80.5岁。', [{ value: 80.5, key: '人均预期寿命' }]);
    expectFacts('平均每人收入达到一千元。', [{ value: 1000, key: '收入' }]);
  });
});
