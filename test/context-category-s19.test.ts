import { describe, expect, it } from 'vitest';
import { categoryOf, loadCategoryCues } from '../pipeline/scope/category';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * Category classes of session 19 (categories.tsv, ids CAT-… in its comments; figure-category.ts for the subject),
 * found in sets 23, 27, 29, 31 and 32: sentences of our own in the style of those documents.
 */

const cues = loadCategoryCues(dictionaries);
const categoryIn = (text: string, value: number) => byValue(factsOf(text), value).category;

describe('samples counted as 样本 are what was sampled or tested (sampling)', () => {
  it('takes samples tested and samples found at fault as sampling', () => {
    expect(categoryIn('食物安全中心本季共检测约二千五百个食物样本。', 2500)).toBe('sampling');
    expect(categoryOf('其中三个鱼类样本', 'count', cues)).toBe('sampling');
    expect(categoryOf('送检样本', 'count', cues)).toBe('sampling');
  });
});

describe('special equipment named by the lead or heading types the figures of its register', () => {
  it('takes the parts of an equipment register as special_equipment', () => {
    const facts = factsOf('截至年底，全市共有各类特种设备8.6万台，其中在用设备7.9万台、停用设备0.7万台。');
    expect(byValue(facts, 79000).category).toBe('special_equipment');
    expect(byValue(facts, 7000).category).toBe('special_equipment');
  });
  it('reads 场(厂)内 vehicles and gas filling as special equipment', () => {
    expect(categoryOf('场(厂)内专用机动车辆', 'count', cues)).toBe('special_equipment');
    expect(categoryOf('场（厂）内机动车辆', 'change', cues)).toBe('special_equipment');
    expect(categoryOf('液化石油气充装单位', 'count', cues)).toBe('special_equipment');
  });
  it('leaves a figure of another subject to its own category', () => {
    expect(categoryIn('全县新建农村公路120公里。', 120)).toBe('other');
  });
});

describe('CAT-CERTIFIED-FARM: farm products and bases certified under the state schemes are certification', () => {
  it('takes certified farm products and bases as certification', () => {
    expect(categoryOf('认定无公害农产品基地', 'count', cues)).toBe('certification');
    expect(categoryOf('有效期内绿色食品', 'count', cues)).toBe('certification');
    expect(categoryOf('有机农产品', 'count', cues)).toBe('certification');
  });
  it('leaves their output value and sales to finance', () => {
    expect(categoryOf('绿色食品产业产值', 'amount', cues)).toBe('finance');
    expect(categoryOf('有机食品销售额', 'change', cues)).toBe('finance');
  });
});

describe('CAT-TESTING-CENTRES: quality inspection centres counted are certification', () => {
  it('takes inspection centres as testing bodies', () => {
    expect(categoryOf('建成省级质检中心', 'count', cues)).toBe('certification');
    expect(categoryOf('国家级检测中心', 'count', cues)).toBe('certification');
    expect(categoryOf('国家质量监督检验中心', 'count', cues)).toBe('certification');
  });
});

describe('CAT-METROLOGY-STANDARDS: measurement standards checked are metrology', () => {
  it('takes measurement standards checked or sampled as metrology', () => {
    expect(categoryOf('抽查社会公用计量标准', 'count', cues)).toBe('metrology');
    expect(categoryOf('随机抽取考核合格的计量标准', 'count', cues)).toBe('metrology');
    expect(categoryOf('不符合计量标准考核要求', 'count', cues)).toBe('metrology');
  });
  it('leaves instruments in use taken in a sampling to sampling (contract order)', () => {
    expect(categoryOf('随机抽查出租车计价器', 'count', cues)).toBe('sampling');
  });
  it('leaves a level and a case to their own categories', () => {
    expect(categoryOf('抽查计量器具合格率', 'rate', cues)).toBe('pass_rate');
    expect(categoryOf('抽查加油机发现的计量违法案件', 'count', cues)).toBe('enforcement');
  });
});

describe('CAT-TESTED (s19): models of a test counted in 款 are sampling whichever side of the verb they stand', () => {
  it('takes models tested and models that failed a test as sampling', () => {
    expect(categoryIn('消委会以真人实试18款防晒喷雾，多数效果理想。', 18)).toBe('sampling');
    expect(categoryIn('消委会为22款电水壶进行测试，发现4款未能通过部分测试。', 22)).toBe('sampling');
    expect(categoryIn('消委会为22款电水壶进行测试，发现4款未能通过部分测试。', 4)).toBe('sampling');
  });
});

describe('CAT-EQUIPMENT-CHECKED: special equipment taken in its inspection is special_equipment', () => {
  it('takes lifts and boilers checked or found to fail as special_equipment', () => {
    expect(categoryOf('定期检验在用电梯', 'count', cues)).toBe('special_equipment');
    expect(categoryOf('定期检验不合格锅炉', 'count', cues)).toBe('special_equipment');
    expect(categoryOf('气瓶检验', 'change', cues)).toBe('special_equipment');
  });
  it('leaves firms and a sampling to sampling (contract order)', () => {
    expect(categoryOf('抽查电梯生产企业', 'count', cues)).toBe('sampling');
    expect(categoryOf('现场抽查在用电梯', 'count', cues)).toBe('sampling');
  });
  it('leaves a pass rate, a case and a seizure to their own categories', () => {
    expect(categoryOf('电梯检验合格率', 'rate', cues)).toBe('pass_rate');
    expect(categoryOf('查封检验不合格锅炉', 'count', cues)).toBe('enforcement');
    expect(categoryOf('电梯检验违法案件', 'count', cues)).toBe('enforcement');
  });
});

describe('CAT-SEIZED-LIST: the items of a list of goods seized are enforcement', () => {
  it('takes each failing good listed after a seizure verb as enforcement', () => {
    const text = '专项行动中共查获、封存不合格化肥860吨，不合格种子1.5吨，不合格农药720瓶。';
    expect(categoryIn(text, 1.5)).toBe('enforcement');
    expect(categoryIn(text, 720)).toBe('enforcement');
  });
  it('leaves what a test found after the seizure to sampling', () => {
    expect(categoryIn('全年查处案件35起，抽检不合格产品48批次。', 48)).toBe('sampling');
  });
});

describe('a leading 在 that makes an adjective of its verb stays in the metric', () => {
  it('keeps 在用 and 在建 in what the figure counts', () => {
    const facts = factsOf('全市在用电梯4.2万台，在建项目315个。');
    expect(byValue(facts, 42000).metric).toContain('在用电梯');
    expect(byValue(facts, 315).metric).toContain('在建项目');
  });
  it('trims 在 as a preposition', () => {
    expect(byValue(factsOf('在全市抽查的企业中，共发现问题企业12家。'), 12).metric.startsWith('在')).toBe(false);
  });
});

describe('CAT-LICENCES: licences to make or sell products are certification, administrative licensing and medicine licences not', () => {
  it('takes licences issued to firms as certification', () => {
    expect(categoryOf('累计发证企业', 'count', cues)).toBe('certification');
    expect(categoryOf('正在办证企业', 'count', cues)).toBe('certification');
    expect(categoryOf('工业产品生产许可证', 'count', cues)).toBe('certification');
  });
  it('leaves administrative licensing and medicine licences to other', () => {
    expect(categoryOf('下放行政许可事项', 'count', cues)).toBeNull();
    expect(categoryOf('办理药品经营许可证', 'count', cues)).toBeNull();
    expect(categoryOf('医疗器械经营许可', 'count', cues)).toBeNull();
  });
});

describe('stackedKinds (s19): a count of kinds right before the word products counts kinds of products', () => {
  it('adds 种类 to the metric of kinds of products', () => {
    expect(byValue(factsOf('今年共抽查了28种产品，合格率为91%。'), 28).metric).toContain('种类');
    expect(byValue(factsOf('本次监督抽查涉及食品相关产品等3类17种产品。'), 17).metric).toContain('种类');
  });
  it('leaves counts of other things alone', () => {
    expect(byValue(factsOf('全县共种植果树12种。'), 12).metric).not.toContain('种类');
  });
});

describe('CAT-SHARE-FAILING: a share of goods said to fail, headline-style, is pass_rate', () => {
  it('takes a run-on share of failing goods as pass_rate', () => {
    expect(categoryOf('市售暖手宝不合格恐漏电', 'rate', cues)).toBe('pass_rate');
    expect(categoryOf('儿童座椅抽查不合格', 'rate', cues)).toBe('pass_rate');
    expect(categoryOf('取暖器不安全', 'rate', cues)).toBe('pass_rate');
  });
  it('leaves a share of the failures and a share of the failing goods to sampling', () => {
    expect(categoryOf('标签问题占不合格总数', 'rate', cues)).toBe('sampling');
    expect(categoryOf('不合格商品来自进口', 'rate', cues)).toBe('sampling');
  });
});
