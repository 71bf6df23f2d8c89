import { describe, expect, it } from 'vitest';
import { byValue, factsOf } from './extract-helpers';

/**
 * Category classes of session 24 (categories.tsv and category-words.json, ids CAT-… in their comments), found in
 * the open sets dev, 24, 26, 27, 33, 35, 39, 40 and 42: sentences of our own in the style of those documents.
 */

const categoryIn = (text: string, value: number) => byValue(factsOf(text), value).category;

describe('CAT-PLACES-CHECKED: the places a check of special equipment or instruments went to are its figures', () => {
  it('takes the stations, markets and firms counted in a check of instruments as metrology', () => {
    expect(categoryIn('在城郊公路沿线共检查加油站35家，检查加油机210台，均在误差范围内。', 35)).toBe('metrology');
    expect(categoryIn('全县检查农贸市场共47家、超市150家，检查计量器具1800台。', 47)).toBe('metrology');
    expect(categoryIn('开展民生计量问题排查，累计检查供水供气企业60家。', 60)).toBe('metrology');
    expect(categoryIn('此次查核共涉及12个乡镇，总计查核70家加油站业者，油量计检查数量计900支。', 70)).toBe('metrology');
  });
  it('takes the hotels, hospitals and users counted in a check of special equipment as special equipment', () => {
    expect(categoryIn('对赛区8家宾馆、2家医院等进行安全大检查，共检查特种设备260台。', 8)).toBe('special_equipment');
    expect(categoryIn('县局累计检查特种设备使用单位50家，其中电梯使用单位20家、游乐场2家。', 2)).toBe('special_equipment');
  });
  it('keeps an enforcement check, a sampling and a check of goods what they are', () => {
    expect(categoryIn('对全县30家加油站的计量器具开展执法检查。', 30)).toBe('enforcement');
    expect(categoryIn('共抽查加油站18家，检查加油机80台。', 18)).toBe('sampling');
    expect(categoryIn('共检查加油站120家，查处计量违法案件3起。', 120)).toBe('enforcement');
    expect(categoryIn('共检查计量器具30台，检查定量包装商品12种。', 12)).not.toBe('metrology');
  });
});

describe('CAT-TEST-NAMED: a count whose phrase names the test the counted things went through is sampling', () => {
  it('takes items, product classes and tests named with 进行检验 or 通过检测 as sampling', () => {
    expect(categoryIn('本次主要对热水器的耐压、外观、保温等11个项目进行了检验。', 11)).toBe('sampling');
    expect(categoryIn('本季度对化肥、农膜、电线等15类产品进行了监督检验。', 15)).toBe('sampling');
    expect(categoryIn('招标采购的家具必须进行这3项检测。', 3)).toBe('sampling');
  });
  it('leaves instruments and lifts tested to metrology and special equipment', () => {
    expect(categoryIn('对全市420台电梯进行了检验。', 420)).toBe('special_equipment');
  });
});

describe('CAT-LAB-PREMISES: the floor area of laboratories is a business figure', () => {
  it('takes the area of laboratories built or held as finance', () => {
    expect(categoryIn('全局新建综合实验室面积达3.2万平方米。', 32000)).toBe('finance');
    expect(categoryIn('全市检验检测机构共有实验室面积56万平方米。', 560000)).toBe('finance');
  });
  it('leaves laboratories counted alone', () => {
    expect(categoryIn('全省重点实验室达到12家。', 12)).not.toBe('finance');
  });
});

describe('CAT-QUALITY-LABEL: a quality label in quotes with 优品 or 精品 is a brand scheme', () => {
  it('takes products and firms of the label as brand', () => {
    expect(categoryIn('全年评定“江北优品”35个。', 35)).toBe('brand');
    expect(categoryIn('两年来共推出“河东精品”产品和服务60个。', 60)).toBe('brand');
  });
  it('leaves a product line and an event called 精品 to their own words', () => {
    expect(categoryIn('开展“文旅惠民”精品活动120场。', 120)).not.toBe('brand');
  });
});

describe("CAT-GROWTH-TARGET: growth named by nothing but itself is the economy's", () => {
  it('takes a bare growth target or growth rate as finance', () => {
    expect(categoryIn('综合考虑各方面因素，确定6%左右的增长目标。', 6)).toBe('finance');
    expect(categoryIn('5%左右的预期增长目标与规划目标相衔接。', 5)).toBe('finance');
  });
  it('leaves the growth of a population and of what the sentence counts to their own words', () => {
    expect(categoryIn('全省在用锅炉中，增长率超过12%的是电站锅炉。', 12)).not.toBe('finance');
    expect(categoryIn('人口的年自然增长率降到千分之八以内。', 0.8)).not.toBe('finance');
  });
});

describe('CAT-CERTIFIED-AGAINST: a standard a firm was certified against names the certification', () => {
  const standardIn = (text: string) => factsOf(text).find((fact) => fact.type === 'standard')?.category;
  it('takes a code followed by its certification as certification', () => {
    expect(standardIn('该厂去年通过了ISO9001质量管理体系认证。')).toBe('certification');
    expect(standardIn('公司通过ISO22000认证后扩大了产能。')).toBe('certification');
  });
  it('keeps a code named as a standard a standard', () => {
    expect(standardIn('企业按照ISO9001国际系列标准组织生产。')).toBe('standard');
  });
});

describe('CAT-POLICE-INCIDENTS: incidents reported to the police and road accidents are no enforcement figures', () => {
  it('takes incidents, road accidents and satisfaction with public order as other', () => {
    expect(categoryIn('依法打击违法犯罪活动，全市刑事治安警情下降12.5%。', -12.5)).toBe('other');
    expect(categoryIn('全县道路交通事故起数同比下降4.2%，刑事立案数下降9.1%。', -4.2)).toBe('other');
    expect(categoryIn('每万人刑事案件数下降20.4%，社会治安满意率提升至97.5%。', 97.5)).toBe('other');
  });
  it('keeps the cases counted enforcement', () => {
    expect(categoryIn('全县刑事、治安案件分别下降8.2%、5.1%。', -8.2)).toBe('enforcement');
  });
});

describe('CAT-INSTRUMENTS: a fuel dispenser meter is a measuring instrument', () => {
  it('takes the meters checked as metrology', () => {
    expect(categoryIn('本次查核加油站40家，油量计检查数量计600支。', 600)).toBe('metrology');
  });
});
