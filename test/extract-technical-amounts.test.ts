import { describe, it } from 'vitest';
import { expectFacts, expectNoFact } from './extract-helpers';

/**
 * Round-10 classes of how test reports, product labels, energy notes and traditional-script notices write
 * amounts (contract: an amount is a quantity with a measure unit; a per-unit quantity writes both units; traditional
 * input gives the facts of its simplified form), found by auditing documents the rules were not written on.
 * Our own sentences, never the corpus's.
 */
describe('per-unit quantities written in other ways', () => {
  it('keeps the amount a reference unit carries after the slash (a dose per 5 ml, colonies per 25 g)', () => {
    expectFacts('这种口服混悬液的规格为250mg/5ml。', [{ type: 'amount', value: 250, unit: 'mg/5ml' }]);
    expectFacts('沙门氏菌限量为0CFU/25g，检出值为40CFU/25g。', [
      { type: 'amount', value: 0, unit: 'CFU/25g' },
      { type: 'amount', value: 40, unit: 'CFU/25g' },
    ]);
    expectFacts('每片含维生素C为0.1g/片。', [{ type: 'amount', value: 0.1, unit: 'g/片' }]);
  });

  it('reads a measure followed by 每 and its reference unit as X/Y', () => {
    expectFacts('河水中溶解氧浓度为6.2毫克每升。', [{ type: 'amount', value: 6.2, unit: '毫克/升', key: '溶解氧' }]);
    expectFacts('台风中心附近最大风速为33米每秒。', [{ type: 'amount', value: 33, unit: '米/秒', key: '风速' }]);
    expectNoFact('每天安排3名检查人员。', { unit: '名/天' });
  });
});

describe('units of energy, resistance, energy use and durations', () => {
  it('reads MJ and kJ, also per area or per mass', () => {
    expectFacts('这台集热器的日有用得热量为8.2MJ/m2。', [{ type: 'amount', value: 8.2, unit: 'MJ/m2' }]);
    expectFacts('样品的热值为18kJ/kg。', [{ type: 'amount', value: 18, unit: 'kJ/kg' }]);
  });

  it('reads kW·h and 千瓦·时 whole, and conductor resistance in Ω/km', () => {
    expectFacts('这台冰箱的耗电量为0.62kW·h/24h。', [{ type: 'amount', value: 0.62, unit: 'kW·h/24h' }]);
    expectFacts('全年节约用电150千瓦·时。', [{ type: 'amount', value: 150, unit: '千瓦·时' }]);
    expectFacts('导体直流电阻实测为12.1Ω/km。', [{ type: 'amount', value: 12.1, unit: 'Ω/km', key: '电阻' }]);
  });

  it('reads 千升 after 万 as its unit, not as a further place (50万千升 is 500000 千升)', () => {
    expectFacts('到2030年，全省啤酒产量将达到35万千升。', [{ type: 'amount', value: 350000, unit: '千升' }]);
  });

  it('reads a timed measure written with 个小时', () => {
    expectFacts('故障排除用时约3个小时。', [{ type: 'amount', value: 3, unit: '小时', bound: 'approx' }]);
    expectNoFact('监控中心实行24个小时值守。', { unit: '小时' });
  });
});

describe('traditional-script units and currencies', () => {
  it('reads 台斤, 公克, 公分 and 坪, and prices per 台斤', () => {
    expectFacts('查獲過期豬肉300台斤，每台斤售價新臺幣120元。', [
      { type: 'amount', value: 300, unit: '台斤' },
      { type: 'amount', value: 120, unit: '元/台斤' },
    ]);
    expectFacts('樣品重量為250公克，長度為12公分。', [
      { type: 'amount', value: 250, unit: '公克' },
      { type: 'amount', value: 12, unit: '公分' },
    ]);
    expectFacts('該店面積約25坪。', [{ type: 'amount', value: 25, unit: '坪', bound: 'approx' }]);
    expectFacts('每公克檢出生菌數5萬個。', [{ type: 'amount', value: 50000, unit: '个/公克' }]);
  });

  it('keeps 元 as written after a currency named before the figure, both ends of a range too (face value)', () => {
    expectFacts('違者處新臺幣6萬元以上30萬元以下罰鍰。', [
      { type: 'amount', value: 60000, unit: '元', bound: 'at_least' },
      { type: 'amount', value: 300000, unit: '元', bound: 'at_most' },
    ]);
    expectFacts('海關檢獲的冒牌手袋市值約港幣80萬元。', [{ type: 'amount', value: 800000, unit: '元', bound: 'approx' }]);
    expectFacts('澳門海關查扣的仿冒手錶市值澳門幣45萬元。', [{ type: 'amount', value: 450000, unit: '元' }]);
    expectFacts('货款折合人民币12万元。', [{ type: 'amount', value: 120000, unit: '元' }]);
  });

  it('bounds a figure by the cue before a currency named before it, a lone place unit too', () => {
    expectFacts('查獲仿冒衣物，市價超過新台幣千萬元。', [{ type: 'amount', value: 10_000_000, unit: '元', bound: 'more_than' }]);
    expectFacts('走私貨物市值逾港幣3億元。', [{ type: 'amount', value: 300_000_000, unit: '元', bound: 'more_than' }]);
    expectFacts('涉案金额约人民币2万元。', [{ type: 'amount', value: 20_000, unit: '元', bound: 'approx' }]);
    expectNoFact('千万不要购买来路不明的新台币千万张。', { unit: '元' });
  });

  it('reads a fine in 万 without 元 before the noun that names it, both ends of its range', () => {
    expectFacts('如未遵行將依法處銷售業者2萬以上20萬以下罰鍰。', [
      { type: 'amount', value: 20_000, unit: '元', bound: 'at_least' },
      { type: 'amount', value: 200_000, unit: '元', bound: 'at_most' },
    ]);
    expectFacts('违者由市场监管部门处1万以上5万以下罚款。', [
      { type: 'amount', value: 10_000, unit: '元', bound: 'at_least' },
      { type: 'amount', value: 50_000, unit: '元', bound: 'at_most' },
    ]);
    expectFacts('情节严重的，并处3万以下罚金。', [{ type: 'amount', value: 30_000, unit: '元', bound: 'at_most' }]);
    expectNoFact('全县新增就业2万以上，其中返乡人员罚款减免。', { unit: '元' });
  });

  it('takes a currency written with the figure as its unit', () => {
    expectFacts('海關檢獲冒牌手袋，市值約80萬港元。', [{ type: 'amount', value: 800000, unit: '港元', bound: 'approx' }]);
    expectFacts('該批貨物申報價值12萬美元。', [{ type: 'amount', value: 120000, unit: '美元' }]);
  });
});

describe('Latin units set off by a space', () => {
  it('reads a Latin unit after a space as the unit of the number before it', () => {
    expectFacts('游离甲醛含量为0.3 mg/L，额定电压为380 V。', [
      { type: 'amount', value: 0.3, unit: 'mg/L', key: '甲醛' },
      { type: 'amount', value: 380, unit: 'V', key: '电压' },
    ]);
    expectNoFact('第二批共抽查3 Volt系列产品。', { unit: 'V' });
    expectNoFact('仓库采购了3 m胶带。', { unit: 'm' });
  });
});

describe('scores in 分', () => {
  it('reads a score named by an assessment word, not 分 as cents or as the adverb 十分', () => {
    expectFacts('在年度质量考核中，本县综合得分为93.5分，满分100分。', [
      { type: 'amount', value: 93.5, unit: '分', key: '得分' },
      { type: 'amount', value: 100, unit: '分' },
    ]);
    expectNoFact('全市成绩十分突出，工商业电价下降3分/千瓦时。', { unit: '分' });
    expectNoFact('工商业平均电价下降3分/千瓦时。', { unit: '分/千瓦时' });
  });
});

describe('compound units of reference and equivalence units (amount5)', () => {
  it('keeps a reference of units multiplied in brackets whole, as written', () => {
    expectFacts('新建住宅外窗传热系数应不大于2.0W/(m2·K)。', [{ type: 'amount', value: 2, unit: 'W/(m2·K)', bound: 'at_most' }]);
    expectFacts('该添加剂的每日耐受摄入量定为0.05mg/(kg·d)。', [{ type: 'amount', value: 0.05, unit: 'mg/(kg·d)' }]);
    expectFacts('农村居民人均用水量为55升/(人·天)。', [{ type: 'amount', value: 55, unit: '升/(人·天)' }]);
  });

  it('keeps a chain of slashes whole when it ends in a reference unit, and drops a dangling factor', () => {
    expectFacts('这款储能电池的单位能耗为0.42kWh/cycle/kg。', [{ type: 'amount', value: 0.42, unit: 'kWh/cycle/kg' }]);
    expectFacts('万元产值综合能耗下降到0.38吨标准煤/万元。', [{ type: 'amount', value: 0.38, unit: '吨标准煤/万元' }]);
    expectFacts('样品电阻率为3.2Ω/K，不合格。', [{ type: 'amount', value: 3.2, unit: 'Ω' }]);
  });

  it('reads a bracket that is no unit group as no part of the unit', () => {
    expectFacts('甲醛释放量为1.2mg/L(标准值为1.5mg/L)。', [
      { type: 'amount', value: 1.2, unit: 'mg/L' },
      { type: 'amount', value: 1.5, unit: 'mg/L' },
    ]);
  });

  it('reads units that name a reference substance (标准煤, 二氧化碳当量, 油当量) as the unit as written', () => {
    expectFacts('全县去年节约能源3.6万吨标准煤。', [{ type: 'amount', value: 36000, unit: '吨标准煤' }]);
    expectFacts('园区累计节能约2万吨标煤。', [{ type: 'amount', value: 20000, unit: '吨标煤', bound: 'approx' }]);
    expectFacts('项目每年可减排12万吨二氧化碳当量。', [{ value: 120000, unit: '吨二氧化碳当量' }]);
    expectFacts('全年输送天然气80万立方米。', [{ type: 'amount', value: 800000, unit: '立方米' }]);
  });
});

describe('fractions of a limit written as a range (amount5)', () => {
  it('gives the denominator to a bare numerator after a range mark', () => {
    expectFacts('抽检样品中重金属的含量为百万分之二到五。', [
      { type: 'rate', value: 0.0002, unit: '%', bound: 'at_least' },
      { type: 'rate', value: 0.0005, unit: '%', bound: 'at_most' },
    ]);
    expectFacts('灰分控制在千分之二至四之间。', [
      { value: 0.2, unit: '%', bound: 'at_least' },
      { value: 0.4, unit: '%', bound: 'at_most' },
    ]);
  });

  it('does not read a larger or a following figure as the high end', () => {
    expectNoFact('约千分之三的样品不合格，5家企业被约谈。', { unit: '%', value: 0.5 });
    expectNoFact('水分为千分之五到三之间。', { unit: '%', value: 0.3 });
    expectNoFact('样品的含量为千分之三到二千。', { unit: '%', value: 200 });
  });
});

describe('yuan written 块 in speech (amount5)', () => {
  it('reads 块 as 元 after a price or payment word when no noun follows', () => {
    expectFacts('老人说，这一冬天算下来要三千多块。', [{ type: 'amount', value: 3000, unit: '元', bound: 'more_than' }]);
    expectFacts('小贩说这种散装酒卖十五块。', [{ type: 'amount', value: 15, unit: '元' }]);
    expectFacts('小贩说一斤卖八块。', [{ type: 'amount', value: 8, unit: '元/斤' }]);
    expectFacts('他上个月花了两千块买了一台冰箱。', [{ type: 'amount', value: 2000, unit: '元' }]);
  });

  it('keeps 块 a count before a noun or without a money word', () => {
    expectFacts('他花了三百块钱，买了3块手表。', [{ type: 'count', value: 3, unit: '块' }]);
    expectFacts('全镇建成12块标准化试验田。', [{ type: 'count', value: 12, unit: '块' }]);
    expectNoFact('村里一共有6块，都已流转。', { unit: '元' });
    expectNoFact('镇里收回了3块，重新发包。', { unit: '元' });
  });
});

describe('vague ranges over 万 and 亿 (amount5)', () => {
  it('reads 一两百万元 and 三四千万元 as two money figures', () => {
    expectFacts('当时办一个小厂要投资一两百万元。', [
      { type: 'amount', value: 1e6, unit: '元', bound: 'at_least' },
      { type: 'amount', value: 2e6, unit: '元', bound: 'at_most' },
    ]);
    expectFacts('这起案件的涉案货值达三四千万元。', [
      { type: 'amount', value: 3e7, unit: '元', bound: 'at_least' },
      { type: 'amount', value: 4e7, unit: '元', bound: 'at_most' },
    ]);
  });
});
