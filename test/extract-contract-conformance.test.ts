import { describe, it } from 'vitest';
import { expectFacts, expectNoFact } from './extract-helpers';

/**
 * Statements of the fact contract (spec/facts.md v1.1) the extractor broke, each checked on a sentence of our own
 * in the style of these reports (or the contract's own short example). The hard cases cover the rest.
 */
describe('bound: 约 and 至少 bound the figure wherever the clause puts them', () => {
  it('reads 约 before the verb as approx, and keeps it out of the metric', () => {
    expectFacts('全年约检查生产企业300家。', [{ type: 'count', value: 300, unit: '家', bound: 'approx', metric: '检查生产企业' }]);
    expectFacts('今年大约抽查食品1200批次。', [{ type: 'count', value: 1200, unit: '批次', bound: 'approx' }]);
    expectFacts('这批钢材货值约人民币80万元。', [{ type: 'amount', value: 800000, unit: '元', bound: 'approx' }]);
  });

  it('reads 至少 before the verb as at_least', () => {
    expectFacts('全年至少立案查处案件200起。', [{ type: 'count', value: 200, unit: '起', bound: 'at_least' }]);
    expectFacts('每个乡镇每年至少开展专项检查4次。', [{ type: 'count', value: 4, unit: '次', bound: 'at_least' }]);
  });

  it('does not read 约 inside a word (约谈, 节约, 签约) as a bound', () => {
    expectNoFact('约谈企业负责人30人。', { bound: 'approx' });
    expectNoFact('签约企业120家。', { bound: 'approx' });
    expectNoFact('节约用电300万千瓦时。', { bound: 'approx' });
  });

  it('stops at a clause mark: a bound of one figure is not the next one’s', () => {
    expectFacts('全年大约检查企业300家，查处案件20起。', [
      { type: 'count', value: 300, bound: 'approx' },
      { type: 'count', value: 20, bound: 'exact' },
    ]);
  });
});

describe('brand: one product put into a scheme is a brand (甘南牦牛奶粉 → 甘肃名牌产品)', () => {
  it('reads the contract’s own example', () => {
    expectFacts('甘南牦牛奶粉被评为甘肃名牌产品。', [{ type: 'brand', name: '甘南牦牛奶粉', key: '名牌产品' }]);
  });

  it('reads a place-led product entering another scheme', () => {
    expectFacts('今年，洛川苹果被认定为中国驰名商标。', [{ type: 'brand', name: '洛川苹果', metric: '中国驰名商标' }]);
    expectFacts('宁夏枸杞入选中华老字号。', [{ type: 'brand', name: '宁夏枸杞', metric: '中华老字号' }]);
  });

  it('names no brand for a pronoun, a count, a company or a generic product', () => {
    for (const text of [
      '该产品被评为省名牌产品。',
      '全市共有12个产品获评省名牌产品。',
      '我县企业荣获中国驰名商标称号。',
      '兰州市产品被评为名牌产品。',
      '宏达公司被评为名牌企业。',
    ])
      expectNoFact(text, { type: 'brand' });
  });
});

describe('metric: the phrase naming what is measured, without section markers or target cues', () => {
  it('drops a section marker (一是, 二、) that opens the clause', () => {
    expectFacts('二、全年检查生产企业300家。', [{ type: 'count', value: 300, metric: '检查生产企业' }]);
    expectFacts('三是抽查产品合格率为95%。', [{ type: 'rate', value: 95, metric: '抽查产品合格率' }]);
  });

  it('keeps an enumeration of ordinals (一、二、三产业) whole', () => {
    expectFacts('一、二、三产业增加值分别增长4.2%、5%、6%。', [{ type: 'change', value: 4.2, key: '一产业增加值' }]);
  });

  it('drops a target cue (力争, 确保, 争取, 要使, 目标是) from the metric, keeping the status target', () => {
    expectFacts('力争全市产品抽查合格率达到95%。', [{ type: 'rate', value: 95, metric: '产品抽查合格率', status: 'target' }]);
    expectFacts('确保重大食品安全事故为0起。', [{ type: 'count', value: 0, metric: '重大食品安全事故', status: 'target' }]);
    expectFacts('目标是新增名牌产品10个。', [{ type: 'count', value: 10, metric: '新增名牌产品', status: 'target' }]);
  });
});

describe('standard: a code is named as written, joint ISO codes whole', () => {
  it('keeps ISO/IEC and ISO/TS as one code', () => {
    expectFacts('检测中心按照ISO/IEC 17025要求建立质量管理体系。', [{ type: 'standard', name: 'ISO/IEC 17025' }]);
    expectFacts('全市3家汽车零部件企业通过ISO/TS16949认证。', [{ type: 'standard', name: 'ISO/TS 16949' }]);
    expectNoFact('检测中心按照ISO/IEC 17025要求建立质量管理体系。', { type: 'standard', name: 'IEC 17025' });
  });
});

describe('range: a 每Y before the low end is the unit of reference of both ends', () => {
  it('writes X/Y on both ends of a per-unit range (contract: per-unit units; a range gives two facts)', () => {
    expectFacts('本地大米批发价为每公斤4-6元。', [
      { type: 'amount', value: 4, unit: '元/公斤', bound: 'at_least' },
      { type: 'amount', value: 6, unit: '元/公斤', bound: 'at_most' },
    ]);
    expectFacts('饮料中菌落总数每毫升10万至50万个。', [
      { type: 'amount', value: 100000, unit: '个/毫升', bound: 'at_least' },
      { type: 'amount', value: 500000, unit: '个/毫升', bound: 'at_most' },
    ]);
  });

  it('bounds a range whose low end alone carries the reference (每公斤20元至30元)', () => {
    expectFacts('柑橘收购价每公斤2元至3元。', [
      { type: 'amount', value: 2, unit: '元/公斤', bound: 'at_least' },
      { type: 'amount', value: 3, unit: '元/公斤', bound: 'at_most' },
    ]);
  });
});

describe('brand: the mark of a licence or certification scheme is no brand', () => {
  it('names no brand for 冒用“QS”标志 or a forged “CCC” mark, and still for a quoted brand', () => {
    expectNoFact('执法人员查获冒用“QS”标志的糕点30批次。', { type: 'brand' });
    expectNoFact('查处伪造“CCC”认证标志的电线案件2起。', { type: 'brand' });
    expectFacts('查获假冒“金鹰”饮料300箱。', [{ type: 'brand', name: '金鹰' }]);
  });
});

describe('fraction: 一成 is 10 %, as 两成 is 20 %', () => {
  it('reads 一成 after a share or change word, with its bound', () => {
    expectFacts('抽查中不合格样品占比不足一成。', [{ type: 'rate', value: 10, unit: '%', bound: 'less_than' }]);
    expectFacts('今年建材价格下降了一成。', [{ type: 'change', value: -10, unit: '%' }]);
  });

  it('reads no figure in 一成不变 or 统一成本', () => {
    expectNoFact('企业的管理模式一成不变。', { value: 10 });
    expectNoFact('全系统统一成本核算办法。', { value: 10 });
  });
});

describe('change: the metric is what changed, without the verb of change', () => {
  it('reads 价格 in 价格上涨 and 价格下降, which the segmenter writes as one word', () => {
    expectFacts('今年钢材价格上涨了两成。', [{ type: 'change', value: 20, metric: '钢材价格上涨' }]);
    expectFacts('猪肉价格下降12%。', [{ type: 'change', value: -12, metric: '猪肉价格下降' }]);
    expectFacts('全年物价上涨3%。', [{ type: 'change', value: 3, metric: '物价上涨' }]);
  });
});

describe('brand: the contract’s own statements (facts.md, type brand)', () => {
  it('names a brand without 牌/品牌 (黄海牌轮胎 → 黄海, “红星”牌 → 红星, 海尔品牌 → 海尔)', () => {
    expectFacts('执法人员当场查扣假冒黄海牌轮胎56条。', [{ type: 'brand', name: '黄海' }]);
    expectFacts('查获标注“红星”牌的劣质白酒。', [{ type: 'brand', name: '红星' }]);
    expectFacts('消费者更认可海尔品牌的冰箱。', [{ type: 'brand', name: '海尔' }]);
  });

  it('makes each item of a list its own fact, with the scheme as metric (also when a comma and 分别为 introduce them)', () => {
    expectFacts('今年新增地理标志保护产品2个：松岭牦牛肉、茂源花椒。', [
      { type: 'brand', name: '松岭牦牛肉', metric: '地理标志保护产品' },
      { type: 'brand', name: '茂源花椒', metric: '地理标志保护产品' },
    ]);
    expectFacts('今年新增中国驰名商标2件，分别为“青湖”和“白沙”。', [
      { type: 'brand', name: '青湖', metric: '中国驰名商标' },
      { type: 'brand', name: '白沙', metric: '中国驰名商标' },
    ]);
  });

  it('takes brands named in counterfeiting cases, and the metric 品牌 where no scheme is named', () => {
    expectFacts('查获假冒“金鹰”饮料300箱。', [{ type: 'brand', name: '金鹰' }]);
    expectFacts('当事人销售标有ADIDOS商标的运动鞋56双。', [{ type: 'brand', name: 'ADIDOS', metric: '品牌' }]);
  });

  it('never takes a company name alone, nor a scheme word, as a brand', () => {
    expectNoFact('此次共抽查了华安食品有限公司等15家企业。', { type: 'brand' });
    expectNoFact('全县新增省著名商标3件。', { type: 'brand' });
    expectNoFact('不合格产品涉及华安食品有限公司、金源公司等企业。', { type: 'brand' });
  });
});
