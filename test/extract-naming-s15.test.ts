import { describe, it } from 'vitest';
import { expectFacts, expectNoFact } from './extract-helpers';

/**
 * Session-15 classes of how a found figure is named: its unit as written, and the words that say when or how it
 * was reckoned rather than what it measures. Seen in the national reports (1955, 1986, 1987, 1993, 2000s), the
 * 2026 provincial reports and trade news of diagnosis sets 16 and 18. Our own sentences, never the documents'.
 */
describe('compound measures read whole, as written', () => {
  it('keeps 千瓦小时, 吨公里 and 亩次 as one unit, not a unit and a word of the metric', () => {
    expectFacts('全省发电量达到２３６亿千瓦小时。', [{ type: 'amount', value: 23600000000, unit: '千瓦小时', key: '发电量' }]);
    expectFacts('去年公路货物周转量完成860亿吨公里。', [{ type: 'amount', value: 86000000000, unit: '吨公里', key: '周转量' }]);
    expectFacts('全市累计完成飞防作业320万亩次。', [{ type: 'amount', value: 3200000, unit: '亩次', key: '飞防作业' }]);
    expectFacts('民航旅客周转量达到45亿人公里。', [{ type: 'amount', value: 4500000000, unit: '人公里', key: '旅客周转量' }]);
  });

  it('leaves the plain unit where no second part follows', () => {
    expectFacts('新增装机容量120万千瓦，年发电30亿千瓦时。', [
      { type: 'amount', value: 1200000, unit: '千瓦' },
      { type: 'amount', value: 3000000000, unit: '千瓦时' },
    ]);
    expectNoFact('完成植树造林5万亩，次年又补植2万亩。', { unit: '亩次' });
  });
});

describe('calculation notes name no measure (扣除物价上升因素)', () => {
  it('gives the change after the note the metric of the level before it', () => {
    expectFacts('农民人均纯收入由420元增加到690元，扣除物价上升因素增长46.5%。', [
      { type: 'change', value: 46.5, unit: '%', key: '人均纯收入' },
    ]);
    expectFacts('职工平均工资达到3100元，剔除价格波动因素增长百分之六。', [{ type: 'change', value: 6, unit: '%', key: '平均工资' }]);
    expectFacts('城镇居民消费支出增加到5200元，扣除物价上涨的因素实际增长7.2%。', [
      { type: 'change', value: 7.2, unit: '%', key: '消费支出' },
    ]);
  });
});

describe('dates and periods name when, not what (年末, “六五”时期, 二十八年间, 平均每年)', () => {
  it('trims a year with 末, 底 or 初 and a bare year compared with another', () => {
    expectFacts('全市外汇储备二〇一五年末达到86亿美元，比上年末增加5亿美元。', [
      { type: 'amount', value: 8600000000, unit: '美元', key: '外汇储备' },
    ]);
    expectNoFact('全市外汇储备二〇一五年末达到86亿美元。', { metric: '外汇储备二〇一五年末' });
    expectFacts('城镇居民存款余额2019年底达到4200亿元。', [
      { type: 'amount', value: 420000000000, unit: '元', metric: '城镇居民存款余额' },
    ]);
    expectNoFact('粮食产量一九九○比一九八五年增加120万吨。', { metric: '一九九○' });
  });

  it('trims a five-year plan period and a span of years, so later items take the figure before', () => {
    expectFacts('全省工业总产值平均每年增长百分之九，其中“七五”时期平均每年增长百分之十一，“八五”时期平均每年增长百分之八。', [
      { type: 'change', value: 9, unit: '%', key: '工业总产值' },
      { type: 'change', value: 11, unit: '%', key: '工业总产值' },
      { type: 'change', value: 8, unit: '%', key: '工业总产值' },
    ]);
    expectFacts('社会商品零售总额平均每年增长12.4%。', [{ type: 'change', value: 12.4, metric: '社会商品零售总额平均每年增长' }]);
    expectFacts('出口总额近二十五年间平均每年增长百分之十五。', [{ type: 'change', value: 15, unit: '%', key: '出口总额' }]);
  });
});

describe('a date-opened figure takes the topic of the short point line before it', () => {
  it('reads the topic after the point enumerator (四是，X大幅度增加。N年末达到…)', () => {
    expectFacts('四是，城乡居民存款大幅度增加。一九九五年末达到2.9万亿元，比一九九○年末增长两倍。', [
      { type: 'amount', value: 2900000000000, unit: '元', key: '城乡居民存款' },
      { type: 'change', value: 2, unit: '倍', key: '城乡居民存款' },
    ]);
    expectFacts('二是，全县财政收入稳步增长。2022年底达到18亿元。', [{ type: 'amount', value: 1800000000, unit: '元', key: '财政收入' }]);
    expectFacts('第三，外贸进出口较快增长。2024年达到560亿美元。', [
      { type: 'amount', value: 56000000000, unit: '美元', key: '外贸进出口' },
    ]);
  });
});

describe('words after a count cut by their length limit end at the head noun they reach', () => {
  it('keeps the head noun of a long relative phrase after the count (…的生产企业)', () => {
    expectFacts('对检查发现的9家产品存在质量隐患、标签标识不符合规定的儿童玩具生产企业依法立案。', [
      { type: 'count', value: 9, unit: '家', key: '生产企业' },
    ]);
    expectFacts('监管部门约谈了17家此前被消费者多次投诉存在虚假宣传行为的家用电器销售企业负责人。', [
      { type: 'count', value: 17, unit: '家', key: '销售企业' },
    ]);
    expectFacts('全年共为28家长期使用落后工艺且污染物排放严重超过地方标准的印染加工企业提供技术帮扶。', [
      { type: 'count', value: 28, unit: '家', key: '印染加工企业' },
    ]);
  });
});

describe('words after a count are not trimmed inside a noun (人才 keeps 才, 公约 keeps 约)', () => {
  it('keeps the whole noun the count names', () => {
    expectFacts('全省五年共引进近三万名海外高层次人才。', [{ type: 'count', value: 30000, unit: '名', key: '人才' }]);
    expectFacts('三年累计培育8000余名乡村振兴人才。', [{ type: 'count', value: 8000, unit: '名', key: '乡村振兴人才' }]);
    expectFacts('我国已加入国际劳工组织的20多个公约。', [{ type: 'count', value: 20, unit: '个', key: '公约' }]);
    expectFacts('双方已签订投资保护和避免双重征税等6个条约。', [{ type: 'count', value: 6, unit: '个', key: '条约' }]);
  });
});

describe('a same-basis note and a circumstance frame name no measure (同口径, 在…的情况下)', () => {
  it('gives a change said only 同口径 the metric of the level before it', () => {
    expectFacts('全年争取中央转移支付资金2100亿元、同口径增长4.2%。', [{ type: 'change', value: 4.2, unit: '%', key: '转移支付' }]);
    expectFacts('全县税收收入完成18亿元，按同口径计算增长6%。', [{ type: 'change', value: 6, unit: '%', key: '税收收入' }]);
    expectFacts('地方一般公共预算收入同口径增长3.5%左右。', [{ type: 'change', value: 3.5, metric: '地方一般公共预算收入增长' }]);
  });

  it('reads past a circumstance frame to what changed', () => {
    expectFacts('外贸出口在对欧出口下降两成的情况下增长9%。', [{ type: 'change', value: 9, unit: '%', key: '外贸出口' }]);
    expectFacts('规上工业增加值在去年高基数的背景下增长7.1%。', [{ type: 'change', value: 7.1, metric: '规上工业增加值增长' }]);
    expectFacts('全市粮食产量在遭受严重旱灾的情况下仍达到95万吨。', [{ type: 'amount', value: 950000, unit: '吨', metric: '粮食产量' }]);
  });
});

describe('预算收入 is a noun: a revenue figure keeps its own name in a list of targets', () => {
  it('does not glue the figure before onto 一般公共预算收入', () => {
    expectFacts('地区生产总值增长6%左右；一般公共预算收入增长4%。', [{ type: 'change', value: 4, metric: '一般公共预算收入增长' }]);
    expectFacts('外贸进出口总额增长8%；地方一般公共预算收入增长5.5%左右。', [
      { type: 'change', value: 5.5, metric: '地方一般公共预算收入增长' },
    ]);
    expectFacts('社会消费品零售总额增长5%，全市一般公共预算收入增长3%。', [{ type: 'change', value: 3, key: '一般公共预算收入' }]);
    expectNoFact('社会消费品零售总额增长5%，全市一般公共预算收入增长3%。', { metric: '一般公共预算收入社会消费品零售总额' });
  });
});
