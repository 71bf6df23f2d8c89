import { describe, it } from 'vitest';
import { expectFacts, expectNoFact } from './extract-helpers';

// News pages say how fast a figure moved with verbs of their own (大增, 激增, 锐减, 骤减): the figure is a change,
// in percent, in a unit or in 倍, like 增长/减少 (lexicons/change-verbs.json MARKET_RISE / MARKET_FALL).
describe('news verbs of a sharp change', () => {
  it('a sharp rise in percent is a change', () => {
    expectFacts('受新政影响，这款车型二月销量同比大增86%。', [{ type: 'change', value: 86, unit: '%', key: '销量' }]);
    expectFacts('节日前后快递业务量猛增40%。', [{ type: 'change', value: 40, unit: '%', key: '业务量' }]);
  });
  it('a sharp fall in percent is a negative change', () => {
    expectFacts('受寒潮影响，蔬菜上市量锐减25%。', [{ type: 'change', value: -25, unit: '%', key: '上市量' }]);
    expectFacts('停产整顿后，该区的排污总量骤减六成。', [{ type: 'change', value: -60, unit: '%', key: '排污总量' }]);
  });
  it('a sharp rise by a multiple or in a unit is a change', () => {
    expectFacts('出口订单激增三倍。', [{ type: 'change', value: 3, unit: '倍', key: '订单' }]);
    expectFacts('基金一季度持股大增1.2亿股。', [{ type: 'change', value: 120000000, unit: '股' }]);
  });
  it('a burden lightened or a price cut in percent is a negative change', () => {
    expectFacts('改革后企业的税费负担减轻了12%。', [{ type: 'change', value: -12, unit: '%', key: '负担' }]);
    expectFacts('这批库存家电减价30%出售。', [{ type: 'change', value: -30, unit: '%' }]);
  });
  it('a level reached after such a verb stays a level', () => {
    expectNoFact('该市空气优良天数比例大增至85%。', { type: 'change' });
  });
});

// Capacities of energy storage and computing, as provincial reports now state them (lexicons/units.json).
describe('energy and computing-power capacities', () => {
  it('battery and storage capacity in GWh, 吉瓦时, TWh is an amount', () => {
    expectFacts('全市动力电池产能达到40GWh。', [{ type: 'amount', value: 40, unit: 'GWh', key: '产能' }]);
    expectFacts('储能电站总规模达到8吉瓦时。', [{ type: 'amount', value: 8, unit: '吉瓦时' }]);
    expectFacts('全省风电年发电量超过65TWh。', [{ type: 'amount', value: 65, unit: 'TWh', bound: 'more_than' }]);
  });
  it('computing power after 算力 is an amount in its unit', () => {
    expectFacts('全市新建智能算力2.6万P。', [{ type: 'amount', value: 26000, unit: 'P', key: '算力' }]);
  });
  it('the same letters naming a product rating stay no fact', () => {
    expectNoFact('门店主推1.5P变频空调。', { unit: 'P' });
  });
});

// Technical pages write the unit symbol in capitals (PPM, KW) and put a concentration in ppm right before the
// next words (lexicons/units.json measure; rules/not-facts.jsonl nf.code): still a measured amount.
describe('unit symbols as technical pages write them', () => {
  it('a concentration in PPM or in ppm followed by words is an amount', () => {
    expectFacts('新规要求涂层含铅量由600PPM降到90PPM。', [
      { type: 'amount', value: 600, unit: 'PPM' },
      { type: 'amount', value: 90, unit: 'PPM' },
    ]);
    expectFacts('复检时甲醛浓度为0.2ppm并已恢复正常。', [{ type: 'amount', value: 0.2, unit: 'ppm' }]);
  });
  it('a power in KW is an amount', () => {
    expectFacts('这台空气源热泵的制热功率为12KW。', [{ type: 'amount', value: 12, unit: 'KW' }]);
  });
  it('a rating that names a product stays no fact', () => {
    expectNoFact('展会上推出了3KW家用机型。', { unit: 'KW' });
  });
});

// A saving in percent (节能, 节电, 节省) is a negative change of what is used (lexicons/change-verbs.json SAVE).
describe('savings in percent', () => {
  it('is a negative change', () => {
    expectFacts('与普通电机相比，永磁电机可节电两成。', [{ type: 'change', value: -20, unit: '%', key: '节电' }]);
  });
  it('a rate of saving stays a level', () => {
    expectNoFact('今年全县工业节能率为8%。', { type: 'change' });
  });
});

// A subscript a page set on a line of its own (normalise/rules.json subscripts) no longer cuts the change
// from what it measures, and 百分之一 is 1 % (rules/not-facts.jsonl nf.lone-one reads 一 as an article).
describe('changes the text used to cut or drop', () => {
  it('a change after a subscript set apart keeps its metric', () => {
    expectFacts('去年广义货币M\n2\n增长8.5%，符合预期。', [{ type: 'change', value: 8.5, unit: '%', key: '货币' }]);
  });
  it('百分之一 is a change of 1 %', () => {
    expectFacts('全年商品零售价格上升百分之一。', [{ type: 'change', value: 1, unit: '%', key: '价格' }]);
  });
});

// A list that writes its unit once, after the last item, gives it to every item (pipeline/extract/quantities.ts
// shareTrailingUnit); two consecutive Chinese digits so joined are a vague range, as 三四倍 is.
describe('lists that write the unit once', () => {
  it('every item of a list of concentrations, multiples or point changes has the unit', () => {
    expectFacts('三批样品的苯含量分别为0.08、0.11和0.19mg/m³。', [
      { type: 'amount', value: 0.08, unit: 'mg/m³' },
      { type: 'amount', value: 0.11, unit: 'mg/m³' },
      { type: 'amount', value: 0.19, unit: 'mg/m³' },
    ]);
    expectFacts('两只股票的市盈率分别为8.2和11.5倍。', [{ type: 'amount', value: 8.2, unit: '倍' }]);
    expectFacts('城乡居民收入增速分别高出1.3和2.1个百分点。', [{ type: 'change', value: 1.3, unit: 'pp' }]);
  });
  it('a bare item takes the place unit of the last', () => {
    expectFacts('两家企业分别被罚款6、9万元。', [{ type: 'amount', value: 60000, unit: '元' }]);
    expectFacts('两条线路的客运量分别为820万、760万人次。', [{ type: 'count', value: 8200000, unit: '人次' }]);
  });
  it('two consecutive Chinese digits are the ends of a vague range', () => {
    expectFacts('新品种比老品种增产四、五倍。', [
      { type: 'change', value: 4, unit: '倍', bound: 'at_least' },
      { type: 'change', value: 5, unit: '倍', bound: 'at_most' },
    ]);
    expectFacts('每年要多花三、四十亿元。', [{ type: 'amount', value: 3000000000, unit: '元', bound: 'at_least' }]);
  });
  it('years, and figures of another order of magnitude, do not share a unit', () => {
    expectNoFact('2018、2019和2020年连续三年获奖。', { unit: '年' });
    expectNoFact('全市经济总量近千亿、3个县过百亿。', { value: 100000000000 });
  });
});
