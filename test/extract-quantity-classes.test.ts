import { describe, expect, it } from 'vitest';
import { byValue, expectFacts, expectNoFact, factsOf } from './extract-helpers';

/**
 * Round-3 classes of how bulletins, price pages and old reports write figures, found by auditing documents the
 * rules were not written on. Our own sentences, never the corpus's.
 */
describe('bound words', () => {
  it('reads a denied comparison as the opposite bound', () => {
    expectFacts('经销商承诺瓷砖售价不会低于45元/平方米。', [{ type: 'amount', value: 45, unit: '元/平方米', bound: 'at_least' }]);
    expectFacts('整体橱柜的报价不应低于900元。', [{ type: 'amount', value: 900, unit: '元', bound: 'at_least' }]);
    expectFacts('每户用电量一般不会超过300千瓦时。', [{ type: 'amount', value: 300, bound: 'at_most' }]);
    expectFacts('选购实木门时单价别低于1500元。', [{ type: 'amount', value: 1500, bound: 'at_least' }]);
  });

  it('reads a comparison a piece of advice or a ban denies as the opposite bound (不要超过, 不准低于)', () => {
    expectFacts('烘烤时箱内温度不要超过180℃。', [{ type: 'amount', value: 180, unit: '℃', bound: 'at_most' }]);
    expectFacts('限购期间每人购买大米千万别超过10公斤，食用油不要多于5升。', [{ type: 'amount', value: 5, unit: '升', bound: 'at_most' }]);
    expectFacts('新规要求小区车位配比不准低于1.2个/户。', [{ bound: 'at_least' }]);
    expectFacts('装修时甲醛含量不要高于0.08mg/m3。', [{ type: 'amount', value: 0.08, unit: 'mg/m3', bound: 'at_most' }]);
    expectFacts('微波加热塑料饭盒别超120℃。', [{ type: 'amount', value: 120, bound: 'at_most' }]);
    expectFacts('单笔转账限额不超5万元。', [{ type: 'amount', value: 50000, bound: 'at_most' }]);
    expectFacts('两地的财政收入分别超100亿元和80亿元。', [{ type: 'amount', value: 10000000000, bound: 'more_than' }]);
  });

  it('reads 分别超过 as 超过, not as a denied 别超过', () => {
    expectFacts('两县的人均纯收入分别超过1.2万元和1.5万元。', [{ type: 'amount', value: 12000, bound: 'more_than' }]);
    expectNoFact('两县的人均纯收入分别超过1.2万元和1.5万元。', { bound: 'at_most' });
  });

  it('reads 约有, 约达, 约合 and 约占 right before the figure as approximate', () => {
    expectFacts('全县小作坊约有四百个。', [{ type: 'count', value: 400, unit: '个', bound: 'approx' }]);
    expectFacts('查获的走私冻肉约合250万元。', [{ type: 'amount', value: 2500000, unit: '元', bound: 'approx' }]);
    expectFacts('不合格样品约占15%。', [{ type: 'rate', value: 15, bound: 'approx' }]);
  });

  it('reads 约占 a few words before the figure as approximate, unless a figure or clause mark comes between', () => {
    expectFacts('全县茶园面积约占全市茶园的三分之一。', [{ type: 'rate', value: 100 / 3, bound: 'approx' }]);
    expectFacts('出口企业约占两成，其中合格率为93%。', [{ type: 'rate', value: 93, bound: 'exact' }]);
  });

  it('does not read the 约 of 节约 or 签约 as a bound', () => {
    expectFacts('改进工艺后每年节约燃料费用三百五十万元。', [{ type: 'amount', value: 3500000, bound: 'exact' }]);
    expectFacts('招商会现场签约86亿元。', [{ type: 'amount', value: 8600000000, bound: 'exact' }]);
  });
});

describe('price ranges and units of reference', () => {
  it('gives both ends of a range whose unit of reference is written once, after the high end', () => {
    expectFacts('实木复合地板零售价在95元—160元/平方米之间。', [
      { type: 'amount', value: 95, unit: '元/平方米', bound: 'at_least' },
      { type: 'amount', value: 160, unit: '元/平方米', bound: 'at_most' },
    ]);
    expectFacts('本周螺纹钢报价为3900元-4150元/吨。', [
      { type: 'amount', value: 3900, unit: '元/吨', bound: 'at_least' },
      { type: 'amount', value: 4150, unit: '元/吨', bound: 'at_most' },
    ]);
  });

  it('knows units that cabinets, pipes and old reports are priced or measured in', () => {
    expectFacts('定制橱柜的均价为1200元/延米。', [{ type: 'amount', value: 1200, unit: '元/延米' }]);
    expectFacts('这种镀锌管每延米售价28元。', [{ type: 'amount', value: 28, unit: '元/延米' }]);
    expectFacts('新修水库可蓄水四亿立方公尺。', [{ type: 'amount', value: 400000000, unit: '立方公尺' }]);
    expectFacts('车间噪声为92分贝。', [{ type: 'amount', value: 92, unit: '分贝' }]);
  });
});

describe('money written without 元', () => {
  it('takes 元 from a money noun before a figure that opens or ends a change or a range', () => {
    expectFacts('这家酒企把年度销售目标从120亿提升到150亿。', [
      { type: 'amount', value: 12000000000, unit: '元', key: '销售目标' },
      { type: 'amount', value: 15000000000, unit: '元', key: '销售目标' },
    ]);
    expectFacts('预计全年营业收入1.1亿至1.3亿。', [
      { type: 'amount', value: 110000000, unit: '元', bound: 'at_least' },
      { type: 'amount', value: 130000000, unit: '元', bound: 'at_most' },
    ]);
  });

  it('takes 元 from a money noun right after the figure, and 元/件 from 一件 after it', () => {
    expectFacts('商会为受灾茶农筹集了60万救助资金。', [{ type: 'amount', value: 600000, unit: '元' }]);
    expectFacts('这种进口紫檀茶桌要5万一张。', [{ type: 'amount', value: 50000, unit: '元/张' }]);
  });

  it('reads 个亿 as 亿', () => {
    expectFacts('这家乳企去年的销售额有4个多亿。', [{ type: 'amount', value: 400000000, unit: '元', bound: 'more_than' }]);
  });

  it('keeps a figure in 万 before a noun that is no money a non-fact', () => {
    expectNoFact('该厂去年生产了20万精品家具。', { unit: '元' });
  });
});

describe('multiples and idioms', () => {
  it('reads 一倍 after a growth verb as a change in 倍', () => {
    expectFacts('全县茶叶产量比三年前增长一倍。', [{ type: 'change', value: 1, unit: '倍' }]);
  });

  it('gives no count for the 三家 of 货比三家', () => {
    expectNoFact('选购热水器时要货比三家。', { type: 'count' });
  });
});

describe('doublings', () => {
  it('reads 翻一番 and 翻两番 as growth by one and by three times', () => {
    expectFacts('全县财政收入五年间翻了一番。', [{ type: 'change', value: 1, unit: '倍', key: '财政收入' }]);
    expectFacts('力争到2035年全市工业产值比2025年翻两番。', [{ type: 'change', value: 3, unit: '倍', key: '工业产值' }]);
  });

  it('gives no fact for the 一番 of an effort', () => {
    expectNoFact('经过一番整顿，小作坊面貌一新。', { unit: '倍' });
  });
});

describe('ranges written in Chinese numerals', () => {
  it('carries the 万 or 亿 of the high end back to a low end written without it', () => {
    expectFacts('对违规企业处二至五万元罚款。', [
      { type: 'amount', value: 20000, unit: '元', bound: 'at_least' },
      { type: 'amount', value: 50000, unit: '元', bound: 'at_most' },
    ]);
    expectFacts('改造资金约需八千至一万元。', [{ type: 'amount', value: 8000, unit: '元', bound: 'at_least' }]);
  });
});

describe('a comparison base in the metric (lexicons/metric-trim.json)', () => {
  it('trims 在…的基础上 from the end of a metric, also when a later clause takes the metric from it', () => {
    expectFacts('全县茶叶产值在去年的基础上增长了15%。', [{ type: 'change', value: 15, unit: '%', metric: '茶叶产值增长' }]);
    expectFacts('棉花总产量在上年大幅度减产的基础上，又减产12万吨。', [
      { type: 'change', value: -120000, unit: '吨', metric: '棉花总产量减产' },
    ]);
  });
});

describe('figures whose clause has no words of its own, and head counts written without 人', () => {
  it('takes the metric of a bare from-to clause from the clause before', () => {
    expectFacts('开通城际公交的县区，由12个增加到30个，群众出行更方便。', [
      { type: 'count', value: 12, unit: '个', key: '县区' },
      { type: 'count', value: 30, unit: '个', key: '县区' },
    ]);
  });

  it('reads a head count in 万/亿 from a people noun after it (up to six characters) or before a target year', () => {
    expectFacts('五年间共安排三百多万农村劳动力转移就业。', [{ type: 'count', value: 3000000, unit: '人', bound: 'more_than' }]);
    expectFacts('在两千多万外地人的支持下，旅游业很快复苏。', [{ type: 'count', value: 20000000, unit: '人' }]);
    expectFacts('全省人口到2030年要控制在9000万以内。', [{ type: 'count', value: 90000000, unit: '人', bound: 'at_most' }]);
  });
});

describe('numerals of political set phrases (lexicons/numeral-idioms.txt)', () => {
  it('gives no count for the numeral of a doctrine or slogan written without quotes', () => {
    for (const text of [
      '全县人民为实现四个现代化而努力奋斗。',
      '我们要坚持四项基本原则，坚持改革开放。',
      '各级政府要统筹国内国际两个大局，抓好两个文明建设。',
    ])
      expectNoFact(text, { type: 'count' });
  });
});

describe('metric: a change named only by a rate-of-change noun measures the figure before it', () => {
  it('takes 增幅 / 增长率 after a sum as the change of that sum', () => {
    const spending = byValue(factsOf('省级财政科技投入达到86亿元，年均增幅超过15%。'), 15);
    expect(spending.metric).toContain('科技投入');
    expect(spending.category).toBe('finance');
    expect(byValue(factsOf('全年外贸出口额达到560亿美元，增长率为12%。'), 12).metric).toContain('出口额');
  });
  it('keeps a rate-of-change noun that follows its own subject (粮食产量增幅3.1%)', () => {
    expect(byValue(factsOf('全省棉花种植面积下降5%，粮食产量增幅为3.1%。'), 3.1).metric).toContain('粮食产量');
  });
});

describe('temperatures the words leave unnamed (units.json dimensions)', () => {
  it('gives a temperature whose words name no temperature the word 温度', () => {
    expectFacts('以120多摄氏度高温瞬间杀菌的牛奶保质期较长。', [{ type: 'amount', value: 120, unit: '摄氏度', key: '温度' }]);
    expectFacts('这种冷水机可在+15℃到-20℃之间调节。', [{ type: 'amount', value: -20, unit: '℃', key: '温度' }]);
    expectFacts('面包坯在38℃的醒发箱中放置一小时。', [{ type: 'amount', value: 38, unit: '℃', key: '温度' }]);
  });

  it('leaves a metric that names its temperature as it is', () => {
    expectFacts('这种塑料的熔点为160℃。', [{ type: 'amount', value: 160, metric: '这种塑料的熔点' }]);
    expectFacts('当天最高气温达到38℃。', [{ type: 'amount', value: 38, metric: '当天最高气温' }]);
    expectFacts('消毒柜内的温度不得超过125℃。', [{ type: 'amount', value: 125, bound: 'at_most', key: '温度' }]);
    expectNoFact('消毒柜内的温度不得超过125℃。', { key: '温度温度' });
  });
});

describe('a lone place unit as a number (bounds.json bareUnitPrefix)', () => {
  it('reads a lone place unit after 达 or before a bound word that closes its clause', () => {
    expectFacts('今年参加技能比赛的职工达千人。', [{ type: 'count', value: 1000, unit: '人' }]);
    expectFacts('全县茶叶产量稳定在万吨以上。', [{ type: 'amount', value: 10000, unit: '吨', bound: 'at_least' }]);
    expectFacts('每场招聘会进场求职者千人左右，签约率较高。', [{ type: 'count', value: 1000, unit: '人', bound: 'approx' }]);
    expectFacts('一套实木家具的价格至少在万元以上。', [{ type: 'amount', value: 10000, unit: '元', bound: 'at_least' }]);
  });

  it('reads no figure in a threshold that classes a noun, nor in the base of a per-unit figure', () => {
    expectNoFact('全年引进亿元以上项目120个。', { unit: '元' });
    expectNoFact('对年耗能万吨标准煤以上的企业开展专项检查。', { value: 10000 });
    expectNoFact('亿元国内生产总值生产安全事故死亡率控制在0.03人/亿元以下。', { value: 100000000 });
    expectNoFact('千万不要购买三无产品，千人一面的设计也不可取。', { value: 1000 });
  });
});
