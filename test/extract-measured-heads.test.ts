import { describe, it } from 'vitest';
import { expectFacts, expectNoFact } from './extract-helpers';

/**
 * Round-8 classes of sampling and test articles (contract: an amount is a quantity with a measure unit; a per-unit
 * quantity writes both units; `metric` names what is measured): a concentration, a microbial count or a multiple
 * whose own words do not name the substance measured takes it from its sentence (or, for a per-unit, from a
 * figure in the same unit just before), and microbial counts in CFU or MPN are read. Our own sentences.
 */
describe('a per-unit measure names what it measures', () => {
  it('takes the head its sentence names before it when its own words name none', () => {
    expectFacts('新标准规定生乳细菌总数不得超过每毫升100万个，而发达国家一般为10万个/毫升。', [
      { type: 'amount', value: 100000, unit: '个/毫升', key: '细菌总数' },
    ]);
    expectFacts('专家说，从当年每毫升30万个的菌落总数标准，到如今放宽为150万个，差距很大。', [
      { type: 'amount', value: 1500000, unit: '个/毫升', key: '菌落总数' },
    ]);
  });

  it('takes the noun before a bare head (甲醛 + 释放量)', () => {
    expectFacts('这批板材的甲醛释放量偏高，抽检结果为0.9-1.4mg/L。', [
      { type: 'amount', value: 0.9, unit: 'mg/L', key: '甲醛释放量' },
      { type: 'amount', value: 1.4, unit: 'mg/L', key: '甲醛释放量' },
    ]);
  });

  it('takes the head of a figure in the same unit a sentence before', () => {
    expectFacts('检测显示，该批次果汁的菌落总数为每毫升8万个。而行业内的优质产品，一般控制在5000个/毫升以下。', [
      { type: 'amount', value: 5000, unit: '个/毫升', key: '菌落总数', bound: 'at_most' },
    ]);
  });

  it('leaves a metric that names its measure, and money per unit (a price), as they are', () => {
    expectFacts('车间空气中的苯浓度为0.3mg/m3。', [{ type: 'amount', value: 0.3, unit: 'mg/m3', key: '苯浓度' }]);
    expectNoFact('菌落总数超标的这家店，招牌菜售价为每公斤120元。', { unit: '元/公斤', key: '菌落总数' });
  });
});

describe('a multiple names the measure it compares', () => {
  it('takes the head of its sentence when its own words are only the comparison', () => {
    expectFacts('抽检中一份腊肉的亚硝酸盐残留量严重超标，超过国家限量4倍。', [
      { type: 'amount', value: 4, unit: '倍', key: '亚硝酸盐残留量' },
    ]);
    expectFacts('一款儿童玩具的可迁移铅含量为270mg/kg，是标准限量的3倍。', [{ type: 'amount', value: 3, unit: '倍', key: '铅含量' }]);
  });

  it('takes nothing when the sentence names no measure', () => {
    expectFacts('这家公司的市盈率达到38倍。', [{ type: 'amount', value: 38, unit: '倍', key: '市盈率' }]);
    expectNoFact('今年的销量是去年的2倍。', { unit: '倍', key: '含量' });
  });
});

describe('microbial counts in CFU and MPN', () => {
  it('reads CFU/g, CFU/mL and MPN/100g as per-unit amounts', () => {
    expectFacts('检出某品牌酸奶的霉菌计数为220CFU/g，而标准不得超过50CFU/g。', [
      { type: 'amount', value: 220, unit: 'CFU/g', key: '霉菌' },
      { type: 'amount', value: 50, unit: 'CFU/g', bound: 'at_most' },
    ]);
    expectFacts('一批凉拌菜的大肠菌群为430MPN/100g。', [{ type: 'amount', value: 430, unit: 'MPN/100g', key: '大肠菌群' }]);
    expectNoFact('一批凉拌菜的大肠菌群为430MPN/100g。', { value: 100, unit: 'g' });
  });
});

describe('a price per measure written with 一 before the figure', () => {
  it('reads 一斤卖5元 and 一毫升2元 as 元/斤 and 元/毫升, and a piece right before the price', () => {
    expectFacts('摊主说，这种野生菌一斤卖60元。', [{ type: 'amount', value: 60, unit: '元/斤' }]);
    expectFacts('这种进口疫苗一毫升要3元，比国产的贵。', [{ type: 'amount', value: 3, unit: '元/毫升' }]);
    expectFacts('散装酱油一斤6元，瓶装的一瓶12元。', [
      { type: 'amount', value: 6, unit: '元/斤' },
      { type: 'amount', value: 12, unit: '元/瓶' },
    ]);
  });

  it('reads a price per slice, carton or portion written with 每 (每片, 每条, 每份), not 每包装', () => {
    expectFacts('这款护肤面膜每片售价45元。', [{ type: 'amount', value: 45, unit: '元/片', key: '售价' }]);
    expectFacts('景区里的盒饭每份卖到35元。', [{ type: 'amount', value: 35, unit: '元/份' }]);
    expectNoFact('快递公司每包装单位另收8元。', { unit: '元/包' });
  });

  it('leaves one animal or person and the last digit of a numeral alone', () => {
    expectFacts('一头肉牛能卖9000元。', [{ type: 'amount', value: 9000, unit: '元' }]);
    expectFacts('老李一人就交了2000元押金。', [{ type: 'amount', value: 2000, unit: '元' }]);
    expectNoFact('收购的二十一斤干辣椒共付了300元。', { unit: '元/斤' });
  });
});
