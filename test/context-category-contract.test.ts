import { describe, expect, it } from 'vitest';
import { CATEGORY_ORDER, categoryOf, loadCategoryCues } from '../pipeline/scope/category';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * The contract's category decision list (facts.md, "Context fields", category), one block a line, in the contract's
 * order: each line is enforced, and an earlier line wins over a later one. Sentences and metrics of our own.
 */

const cues = loadCategoryCues(dictionaries);

describe('category decision list: the order is the contract order', () => {
  it('lists the thirteen categories as the contract does', () => {
    expect(CATEGORY_ORDER).toEqual([
      'pass_rate',
      'enforcement',
      'sampling',
      'special_equipment',
      'metrology',
      'certification',
      'standard',
      'brand',
      'food_safety',
      'training',
      'publicity',
      'finance',
      'other',
    ]);
  });
});

describe('1 pass_rate: a 合格率/达标率/检定率-like level and its 不合格率, first of all', () => {
  it('takes levels and their 不合格率 as pass_rate, whatever they are about', () => {
    expect(categoryOf('压力容器定期检验合格率', 'rate', cues)).toBe('pass_rate');
    expect(categoryOf('强检计量器具受检率', 'rate', cues)).toBe('pass_rate');
    expect(categoryOf('婴幼儿配方乳粉抽检不合格率', 'rate', cues)).toBe('pass_rate');
    expect(categoryOf('城市空气优良天数比率', 'rate', cues)).toBe('pass_rate');
    expect(categoryOf('地表水水质达标率', 'change', cues)).toBe('pass_rate');
  });
  it('takes a pass rate of testing bodies or of an output-intensity measure as pass_rate, ahead of what names them', () => {
    expect(categoryOf('检验检测机构资质认定能力验证合格率', 'rate', cues)).toBe('pass_rate');
    expect(categoryOf('单位产值能耗限额达标率', 'rate', cues)).toBe('pass_rate');
  });
});

describe('2 enforcement: cases, seizures, fines, 货值, raids, inspections by staff, transfers to police', () => {
  it('takes them as enforcement, ahead of the product or equipment they concern', () => {
    expect(categoryOf('查处电梯维保违法案件', 'count', cues)).toBe('enforcement');
    expect(categoryOf('查获假冒化肥货值', 'amount', cues)).toBe('enforcement');
    expect(categoryOf('移送公安机关', 'count', cues)).toBe('enforcement');
    expect(categoryOf('出动执法人员', 'count', cues)).toBe('enforcement');
  });
  it('does not take the value of goods delivered or traded as a case value', () => {
    expect(categoryOf('规上工业出口交货值', 'amount', cues)).toBe('finance');
    expect(categoryOf('进出口货值', 'amount', cues)).toBe('finance');
  });
});

describe('3 sampling: what was sampled or tested and what passed or failed', () => {
  it('takes batches and findings as sampling, ahead of the food or meters sampled', () => {
    expect(categoryOf('抽检乳制品批次', 'count', cues)).toBe('sampling');
    expect(categoryOf('检出不合格电能表', 'count', cues)).toBe('sampling');
  });
});

describe('4 special_equipment: lifts, escalators, boilers, cranes, rides and their accidents', () => {
  it('takes escalators and moving walks as lifts', () => {
    expect(categoryOf('地铁站停用同型号自动扶梯', 'count', cues)).toBe('special_equipment');
    expect(categoryOf('商场自动人行道', 'count', cues)).toBe('special_equipment');
    expect(categoryOf('景区游乐设施', 'count', cues)).toBe('special_equipment');
  });
  it('takes the people hurt where the sentence names the lift as special_equipment', () => {
    const facts = factsOf('去年冬天，某商场一部自动扶梯突然反向运行，造成12人受伤。');
    expect(byValue(facts, 12).category).toBe('special_equipment');
  });
  it('leaves the people hurt in a general or traffic accident alone', () => {
    const facts = factsOf('去年全市发生道路交通事故，造成12人受伤。');
    expect(byValue(facts, 12).category).not.toBe('special_equipment');
  });
});

describe('5 metrology, 6 certification, 7 standard, 8 brand: in this order', () => {
  it('takes each by its own words', () => {
    expect(categoryOf('强制检定计量器具', 'count', cues)).toBe('metrology');
    expect(categoryOf('获证企业', 'count', cues)).toBe('certification');
    expect(categoryOf('主导制定国家标准', 'count', cues)).toBe('standard');
    expect(categoryOf('省级名牌产品', 'count', cues)).toBe('brand');
  });
  it('lets the earlier line win where two fit', () => {
    expect(categoryOf('计量器具型式批准认证', 'count', cues)).toBe('metrology');
    expect(categoryOf('认证产品标准', 'count', cues)).toBe('certification');
    expect(categoryOf('名牌产品标准', 'count', cues)).toBe('standard');
  });
  it('takes supervision of accredited testing bodies as certification', () => {
    expect(categoryOf('撤销违规检测机构资质', 'count', cues)).toBe('certification');
  });
});

describe('9 food_safety, 10 training, 11 publicity', () => {
  it('takes food quality that is no sampling result as food_safety, medicines as other', () => {
    expect(categoryOf('乳制品生产企业', 'count', cues)).toBe('food_safety');
    expect(categoryOf('药品零售企业', 'count', cues)).toBeNull();
  });
  it('takes staff training and publicity by their words', () => {
    expect(categoryOf('举办食品检验人员培训班', 'count', cues)).toBe('food_safety');
    expect(categoryOf('举办检验人员培训班', 'count', cues)).toBe('training');
    expect(categoryOf('发放宣传资料', 'count', cues)).toBe('publicity');
  });
});

describe('12 finance: every money or business figure that is not enforcement', () => {
  it('takes budgets, output value, orders, prices and donations as finance', () => {
    expect(categoryOf('质检经费预算', 'amount', cues)).toBe('finance');
    expect(categoryOf('行业工业总产值', 'change', cues)).toBe('finance');
    expect(categoryOf('新接订单', 'count', cues)).toBe('finance');
    expect(categoryOf('灌装饮用水价格', 'change', cues)).toBe('finance');
  });
  it('takes a share of a market as finance whatever product or brand the market sells', () => {
    expect(categoryOf('国产品牌各占国内电梯市场', 'rate', cues)).toBe('finance');
    expect(categoryOf('外资品牌的市场份额', 'rate', cues)).toBe('finance');
    expect(categoryOf('国产乳粉市场占有率', 'change', cues)).toBe('finance');
  });
  it('keeps a fine as enforcement and a pass rate of market samples as pass_rate', () => {
    expect(categoryOf('市场监管部门罚款', 'amount', cues)).toBe('enforcement');
    expect(categoryOf('占市场抽检批次的合格率', 'rate', cues)).toBe('pass_rate');
  });
});

describe('13 other: no line fits', () => {
  it('gives no cue for a figure of no listed kind', () => {
    expect(categoryOf('新增城镇就业', 'count', cues)).toBeNull();
    expect(byValue(factsOf('全市新建口袋公园35个。'), 35).category).toBe('other');
  });
});
