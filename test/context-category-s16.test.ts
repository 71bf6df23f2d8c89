import { describe, expect, it } from 'vitest';
import { categoryOf, loadCategoryCues } from '../pipeline/scope/category';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * Category classes of session 16 (categories.tsv, ids CAT-… in its comments), found in the dev set and diagnosis
 * sets 10, 13, 14, 16, 18, 19 and 20: sentences of our own in the style of those documents, three or more a class.
 */

const cues = loadCategoryCues(dictionaries);
const categoryIn = (text: string, value: number) => byValue(factsOf(text), value).category;

describe('CAT-CAPITAL: funds, financing platforms, bonds and the money firms raise counted are finance', () => {
  it('takes counts of funds and of firms raising money by listing as finance', () => {
    expect(categoryIn('设立省级产业投资基金8支，引导社会资本投向制造业。', 8)).toBe('finance');
    expect(categoryIn('全年有9家企业借助上市融资。', 9)).toBe('finance');
  });
  it('leaves listed firms counted as firms to other (s23: sets 34, 36 and 41)', () => {
    expect(categoryIn('全年新增境内外上市公司12家。', 12)).toBe('other');
    expect(categoryIn('新三板挂牌企业达到37家。', 37)).toBe('other');
  });
  it('takes financing platforms and bond issuers as finance', () => {
    expect(categoryIn('退出融资平台126家。', 126)).toBe('finance');
    expect(categoryOf('企业发行各类债券', 'count', cues)).toBe('finance');
    expect(categoryOf('地方政府专项债券发行', 'change', cues)).toBe('finance');
  });
  it('leaves a medicine approved for market to other', () => {
    expect(categoryOf('一类创新药获批上市', 'count', cues)).toBeNull();
  });
});

describe('CAT-INDUSTRY-SHARE: the share, contribution or growth of an industry is finance', () => {
  it('takes shares of an industry in the economy as finance', () => {
    expect(categoryIn('数字经济核心产业占比提高到12.5%。', 12.5)).toBe('finance');
    expect(categoryIn('全市先进制造业占规上工业比重达到48%。', 48)).toBe('finance');
    expect(categoryIn('现代服务业比重升至55.2%。', 55.2)).toBe('finance');
  });
  it('takes a contribution to growth and an industry growth rate as finance', () => {
    expect(categoryIn('装备制造业对全市工业增长贡献率达到41.3%。', 41.3)).toBe('finance');
    expect(categoryOf('使新材料产业年增长率', 'change', cues)).toBe('finance');
  });
  it('leaves shares of industrial products, firms and land, and pass rates, to their own categories', () => {
    expect(categoryOf('开发区工业用地出让占比', 'rate', cues)).toBeNull();
    expect(categoryOf('工业产品抽查合格率', 'rate', cues)).toBe('pass_rate');
    expect(categoryOf('服务业名牌占比', 'rate', cues)).toBe('brand');
  });
});

describe('CAT-STANDARD-ADOPTION: standards adopted and production without standards are standard', () => {
  it('takes adoption of standards and the end of production without standards as standard', () => {
    expect(categoryIn('全县主要工业产品采标率达到62%。', 62)).toBe('standard');
    expect(categoryIn('累计完成工业产品采标850项。', 850)).toBe('standard');
    expect(categoryOf('完成消灭无标生产工作的乡镇', 'count', cues)).toBe('standard');
  });
});

describe('CAT-ORDERS: an order a bureau serves on a firm is enforcement', () => {
  it('takes orders to rectify, stop or recall as enforcement', () => {
    expect(categoryIn('对抽查不合格的企业，已责令27家企业限期整改。', 27)).toBe('enforcement');
    expect(categoryOf('不合格后续处理限期回收或改正件数', 'count', cues)).toBe('enforcement');
    expect(categoryOf('废止型式认可登录', 'count', cues)).toBe('enforcement');
  });
  it('leaves an order to stop using special equipment to special_equipment', () => {
    expect(categoryOf('责令停用电梯', 'count', cues)).toBe('special_equipment');
    expect(categoryOf('检查中发现锅炉隐患责令限期整改', 'count', cues)).toBe('special_equipment');
  });
});

describe('CAT-GOODS-TESTED: goods tested, bought as samples or sent in are sampling', () => {
  it('takes counts of goods tested as sampling', () => {
    expect(categoryIn('质检所共计检验产(商)品43个。', 43)).toBe('sampling');
    expect(categoryOf('购样检验件数', 'count', cues)).toBe('sampling');
    expect(categoryOf('受理委托检验批次', 'count', cues)).toBe('sampling');
  });
  it('leaves instruments tested to metrology and rates found to pass_rate', () => {
    expect(categoryOf('委托检验计量器具', 'count', cues)).toBe('metrology');
    expect(categoryOf('购样检验不合格件数比率', 'rate', cues)).toBe('pass_rate');
  });
});

describe('CAT-ENERGY-USE: a change or share of energy used is other', () => {
  it('takes falls and shares of energy use as other', () => {
    expect(categoryIn('今年该厂吨纱能耗下降12%。', -12)).toBe('other');
    expect(categoryIn('全市人均能耗下降8.5%。', -8.5)).toBe('other');
    expect(categoryOf('单位产品能耗约为全国平均', 'rate', cues)).toBe('other');
  });
  it('leaves the bureau energy work to metrology', () => {
    expect(categoryOf('通过节能量化考核的重点耗能企业', 'count', cues)).toBe('metrology');
    expect(categoryOf('能耗监测覆盖率', 'rate', cues)).toBe('metrology');
  });
});

describe('CAT-METERS-INSTALLED: meters installed or shipped by a utility are other', () => {
  it('takes meters installed, replaced or wanted as other', () => {
    expect(categoryIn('电网公司年内将为180万户家庭安装智能电表。', 1800000)).toBe('other');
    expect(categoryIn('全市老旧水表改造率达到90%。', 90)).toBe('other');
    expect(categoryOf('预计明年智能燃气表需求量', 'count', cues)).toBe('other');
  });
  it('leaves meters verified or calibrated to metrology', () => {
    expect(categoryOf('检定更换电能表', 'count', cues)).toBe('metrology');
    expect(categoryIn('全年检定居民水表3.2万只。', 32000)).toBe('metrology');
  });
});

describe('CAT-MANAGEMENT-SYSTEM: firms brought to a management-system standard are certification', () => {
  it('takes 贯标 and management systems built as certification', () => {
    expect(categoryIn('全区已有126家企业通过国家两化融合贯标。', 126)).toBe('certification');
    expect(categoryIn('去年帮助83家企业建立质量管理体系。', 83)).toBe('certification');
    expect(categoryOf('通过环境管理体系认证的企业', 'count', cues)).toBe('certification');
  });
  it('leaves a measurement management system to metrology', () => {
    expect(categoryIn('全市建立计量管理体系的企业45家。', 45)).toBe('metrology');
  });
});

describe('CAT-CAMPAIGN: what the “铁拳” enforcement campaign recovers or handles is enforcement', () => {
  it('takes figures of the campaign as enforcement', () => {
    expect(categoryIn('今年“铁拳”行动中，为群众挽回损失35万元。', 350000)).toBe('enforcement');
    expect(categoryIn('区局在“铁拳”行动中共处置投诉举报312件。', 312)).toBe('enforcement');
    expect(categoryOf('鐵拳專案查處', 'count', cues)).toBe('enforcement');
  });
});
