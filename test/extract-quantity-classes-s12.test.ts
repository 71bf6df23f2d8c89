import { describe, it } from 'vitest';
import { expectFacts, expectNoFact } from './extract-helpers';

/**
 * Session-12 classes of how bulletins, sampling summaries and work reports write counts and amounts, found in the
 * misses of the diagnosis sets and the dev gold. Our own sentences, never the documents'.
 */
describe('classes counted as 大类 and 大行业', () => {
  // Session 18: N大类 counts 类 (units.json aliases), as the gold of the open sets 23, 25, 27 and 28 writes it (eight
  // facts in five pages); 大 only says the classes are broad ones. 大行业 stays as written.
  it('counts food and product classes in 类 and industries as written (N大类, N大行业)', () => {
    expectFacts('茶叶及相关制品等6大类食品的合格率有所上升。', [{ type: 'count', value: 6, unit: '类', key: '食品' }]);
    expectFacts('全年12大类48项惠民实事全部完成。', [
      { type: 'count', value: 12, unit: '类' },
      { type: 'count', value: 48, unit: '项' },
    ]);
    expectFacts('本次抽查涉及 4 大行业 17 个小类。', [{ type: 'count', value: 4, unit: '大行业', key: '行业' }]);
  });

  it('keeps a Chinese numeral before 大 a name (八大行业)', () => {
    expectNoFact('重点抓好八大行业的节能降耗。', { unit: '大行业' });
  });
});

describe('containers counted in standard boxes', () => {
  it('counts 标箱 and 标准箱 as containers', () => {
    expectFacts('港口集装箱吞吐量达到36.5万标箱。', [{ type: 'count', value: 365000, unit: '标箱' }]);
    expectFacts('全年海铁联运量突破12万标准箱。', [{ type: 'count', value: 120000, unit: '标准箱', bound: 'more_than' }]);
  });
});

describe('money per a piece or per month', () => {
  it('reads 每盘 and 每月 before a price or benefit as its unit of reference', () => {
    expectFacts('这种护套线的批发价在每盘150元左右。', [{ type: 'amount', value: 150, unit: '元/盘', bound: 'approx' }]);
    expectFacts('困难家庭每月多了200元生活补贴。', [{ type: 'amount', value: 200, unit: '元/月' }]);
  });

  it('leaves a month right after a person or household to them (每人每月 → 元/人)', () => {
    expectFacts('城市低保标准提高到每人每月780元。', [{ type: 'amount', value: 780, unit: '元/人' }]);
    expectFacts('每月每户补助60元。', [{ type: 'amount', value: 60, unit: '元/户' }]);
  });
});

describe('capacities of power plants in MW', () => {
  it('reads a plant or production line capacity in MW as an amount', () => {
    expectFacts('全县已建成30MW光伏电站。', [{ type: 'amount', value: 30, unit: 'MW' }]);
    expectFacts('该公司形成年产8MW的规模。', [{ type: 'amount', value: 8, unit: 'MW', key: '规模' }]);
    expectFacts('一期10MW已并网发电。', [{ type: 'amount', value: 10, unit: 'MW', key: '并网' }]);
  });

  it('keeps a device rating part of its name', () => {
    expectNoFact('电厂新上2台600MW超临界机组。', { unit: 'MW' });
  });
});

describe('figures per a thousand people', () => {
  it('reads 批次/千人 as a per-unit amount, and its base and change as such', () => {
    expectFacts('全市食品抽检量达到4.12批次/千人，比上年的3.05批次/千人增加了1.07批次/千人。', [
      { type: 'amount', value: 4.12, unit: '批次/千人', key: '抽检量' },
      { type: 'amount', value: 3.05, unit: '批次/千人', key: '抽检量' },
      { type: 'change', value: 1.07, unit: '批次/千人', key: '抽检量' },
    ]);
  });
});

describe('a base and a change named only by 批次', () => {
  it('gives the base of a comparison and the change the metric of the figure they compare with', () => {
    expectFacts('全县共完成食品抽检3210批次，比2022年的2876批次增加了334批次，增长了11.6%。', [
      { type: 'count', value: 2876, unit: '批次', key: '抽检', subject: '食品' },
      { type: 'change', value: 334, unit: '批次', key: '抽检', subject: '食品' },
      { type: 'change', value: 11.6, unit: '%', key: '抽检' },
    ]);
  });

  it('leaves a count in another unit its own name', () => {
    expectFacts('抽查企业56家，120批次。', [{ type: 'count', value: 120, unit: '批次', metric: '批次' }]);
  });
});

describe('counts pointing back in digits, and lists restated', () => {
  it('keeps a count in digits after 这, 上述 or 该 (the statistic about that set)', () => {
    expectFacts('执法人员对这5家门店进行了立案处理。', [{ type: 'count', value: 5, unit: '家', key: '立案' }]);
    expectFacts('上述4类产品批次合格率均为100%。', [{ type: 'count', value: 4, unit: '类' }]);
  });

  it('drops a count in words restating the themes just listed, not one of things', () => {
    expectNoFact('统筹抓好稳投资、促消费、惠民生三项重点任务。', { type: 'count' });
    expectFacts('宣传了《苹果栽培技术规程》、《核桃育苗技术规程》两个地方标准。', [{ type: 'count', value: 2, unit: '个' }]);
  });
});

describe('kinds counted ahead of the figures of their products', () => {
  it('names a count of kinds right before another figure as 种类 (lexicons/metric-trim.json stackedKinds)', () => {
    expectFacts('在家用电器领域，全年抽查了18种1530家企业生产的1602批次产品。', [
      { type: 'count', value: 18, unit: '种', key: '种类' },
      { type: 'count', value: 1530, unit: '家' },
    ]);
    expectFacts('全县共抽查食品、建材等43种共690批次产品。', [{ type: 'count', value: 43, unit: '种', key: '种类' }]);
  });

  it('says kinds also of a count of kinds right before the word products (s19: the figure counts kinds, not products)', () => {
    expectFacts('省级监督抽查了35种产品，231家企业。', [{ type: 'count', value: 35, unit: '种', key: '产品种类' }]);
    expectNoFact('全县共种植果树12种，面积3万亩。', { key: '种类' });
  });
});
