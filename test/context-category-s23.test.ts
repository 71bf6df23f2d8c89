import { describe, expect, it } from 'vitest';
import { byValue, factsOf } from './extract-helpers';

/**
 * Category classes of session 23 (categories.tsv and category-words.json, ids CAT-… in their comments), found in
 * sets 23, 25, 27, 35, 38 and 40: sentences of our own in the style of those documents.
 */

const categoryIn = (text: string, value: number) => byValue(factsOf(text), value).category;

describe('CAT-INSTRUMENTS-CHECKED: measuring instruments checked or verified are metrology figures', () => {
  it('takes instruments counted as a bureau checks or verifies them as metrology, whatever verb writes the check', () => {
    expect(categoryIn('节前该局对城区各农贸市场开展专项检查，共检查磅秤3100台。', 3100)).toBe('metrology');
    expect(categoryIn('县局对全县40家加油站的260杆加油枪进行了检定。', 260)).toBe('metrology');
    expect(categoryIn('复检后，7个不合格的油表已调校合格。', 7)).toBe('metrology');
    expect(categoryIn('该局对超市出售的冻品进行重量复秤85批次，合格80批次。', 85)).toBe('metrology');
  });
  it('takes what passed or failed the check of the instruments as metrology', () => {
    expect(categoryIn('共检查磅秤3100台，合格3088台，不合格12台，合格率99.6%。', 3088)).toBe('metrology');
    expect(categoryIn('共检查磅秤3100台，合格3088台，不合格12台，合格率99.6%。', 12)).toBe('metrology');
    expect(categoryIn('该局对超市出售的冻品进行重量复秤85批次，合格80批次。', 80)).toBe('metrology');
  });
  it('keeps their pass rate, their cases, their seizures and their sampling what they are', () => {
    expect(categoryIn('共检查磅秤3100台，合格3088台，不合格12台，合格率99.6%。', 99.6)).toBe('pass_rate');
    expect(categoryIn('全年查处加油机计量案9起。', 9)).toBe('enforcement');
    expect(categoryIn('执法人员现场收缴作弊电子秤320台。', 320)).toBe('enforcement');
    expect(categoryIn('对全区25个集贸市场的计量器具开展执法检查。', 25)).toBe('enforcement');
    expect(categoryIn('吉林省质量技术监督局2014年工作总结\n抽查加油机320台。', 320)).toBe('sampling');
  });
  it('leaves what passed a check of goods a sampling result', () => {
    expect(categoryIn('共抽查食品120批次，合格115批次。', 115)).toBe('sampling');
  });
});

describe('CAT-STANDARD-SHORT: standards written short and standardisation projects are standards work', () => {
  it('takes national and trade standards written 国标, 行标 and standardisation projects as standard', () => {
    expect(categoryIn('近三年该协会牵头修订国标行标300余项。', 300)).toBe('standard');
    expect(categoryIn('现行的相关标准有20个，其中5个是当年紧急制定的国标。', 5)).toBe('standard');
    expect(categoryIn('全市共验收通过服务业标准化项目6个。', 6)).toBe('standard');
  });
  it('keeps a figure measured against a standard a test result, and a limit no standards work', () => {
    expect(categoryIn('抽检的热水器日有用得热量超国标30%。', 30)).not.toBe('standard');
    expect(categoryIn('显示屏的失控点，国标为万分之二。', 0.02)).not.toBe('standard');
  });
});

describe('CAT-EXEMPT: inspection-exempt products are a brand scheme', () => {
  it('takes products and firms granted or applying for the exemption as brand', () => {
    expect(categoryIn('全年新增国家免检产品5个。', 5)).toBe('brand');
    expect(categoryIn('今年组织30家企业申报国家免检，其中新增12家企业。', 12)).toBe('brand');
  });
});

describe('CAT-CAMPAIGN-LEAD: a campaign named before a figure is no case', () => {
  it('leaves the results a campaign lead lists to their own words', () => {
    expect(categoryIn('推进城乡环境集中整治，完成800个行政村的污水治理。', 800)).not.toBe('enforcement');
    expect(categoryIn('推进规范涉企执法行动，部门联合监管事项增加到60个。', 60)).not.toBe('enforcement');
  });
  it('keeps checks of firms counted by their own words enforcement', () => {
    expect(categoryIn('推进规范涉企执法行动，全年行政检查数量下降40%。', -40)).toBe('enforcement');
  });
  it('keeps cases and seizures enforcement', () => {
    expect(categoryIn('开展农资打假专项整治，查处案件45起。', 45)).toBe('enforcement');
    expect(categoryIn('开展农资打假专项整治，收缴假冒化肥12吨。', 12)).toBe('enforcement');
  });
});

describe('benefit levels are money figures', () => {
  it('takes the basic living allowance of people in need as finance', () => {
    expect(categoryIn('全市特困人员生活标准再提高12.5%。', 12.5)).toBe('finance');
  });
});
