import { describe, expect, it } from 'vitest';
import { categoryOf, loadCategoryCues } from '../pipeline/scope/category';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * Category classes of session 14 (categories.tsv and category-words.json, ids CAT-… in their comments), found in the
 * dev set and diagnosis sets 10, 13–16: sentences of our own in the style of those documents, three or more a class.
 */

const cues = loadCategoryCues(dictionaries);
const categoryIn = (text: string, value: number) => byValue(factsOf(text), value).category;

describe('CAT-SEIZED: a seizure, a penalty or an infringement is enforcement whichever verb writes it', () => {
  it('takes goods seized, held or confiscated as enforcement', () => {
    expect(categoryIn('执法人员在城郊一处仓库查扣劣质润滑油300公斤。', 300)).toBe('enforcement');
    expect(categoryIn('当场暂扣无合格证的电动自行车45辆。', 45)).toBe('enforcement');
    expect(categoryIn('依法没收违法所得12万元。', 120000)).toBe('enforcement');
  });
  it('takes a penalty and the value of infringing goods as enforcement', () => {
    expect(categoryIn('对6户生产不合格化肥的企业予以处罚。', 6)).toBe('enforcement');
    expect(categoryIn('调查局破获仿冒名表案，侵权金额达1.2亿元。', 120000000)).toBe('enforcement');
    expect(categoryIn('警方查获仿冒名牌手提包一批，侵权市值约3000万元。', 30000000)).toBe('enforcement');
  });
  it('leaves the title of a law on penalties to policy, other', () => {
    expect(factsOf('依据《中华人民共和国行政处罚法》第二十条。').find((f) => f.type === 'policy')?.category).toBe('other');
  });
});

describe('CAT-CASE-UNIT: 案 as the classifier of a figure counts cases', () => {
  it('takes counts in 案 as enforcement whatever law names them', () => {
    expect(cues.find((cue) => cue.onUnit && cue.category === 'enforcement')).toBeTruthy();
    expect(categoryOf('违反商标法', 'count', cues, '案')).toBe('enforcement');
    expect(categoryOf('农药管理法', 'count', cues, '案')).toBe('enforcement');
    expect(categoryOf('伪造文书', 'change', cues, '案')).toBe('enforcement');
  });
  it('leaves a count in 件 of a law to what its words say', () => {
    expect(categoryOf('农药管理法', 'count', cues, '件')).toBeNull();
  });
});

describe('CAT-TESTED: products tested and a volume of testing are sampling, instruments tested metrology', () => {
  it('takes products a magazine or lab tested as sampling', () => {
    expect(categoryOf('测试市面上儿童安全座椅产品', 'count', cues)).toBe('sampling');
    expect(categoryOf('评测电动牙刷产品', 'count', cues)).toBe('sampling');
    expect(categoryOf('全县食品检验量', 'amount', cues)).toBe('sampling');
  });
  it('takes instruments tested as metrology', () => {
    expect(categoryOf('全市计量器具检测量', 'amount', cues)).toBe('metrology');
    expect(categoryOf('完成电能表检测量', 'count', cues)).toBe('metrology');
  });
});

describe('CAT-LABEL-FINDINGS: a label found wanting is what a check found (sampling), not a standard', () => {
  it('takes products without or with wrong label fields as sampling', () => {
    const facts = factsOf('标签检查中，有5个产品未标注生产日期，4个产品执行标准标注错误，2个产品标签不规范。');
    expect(byValue(facts, 5).category).toBe('sampling');
    expect(byValue(facts, 4).category).toBe('sampling');
    expect(byValue(facts, 2).category).toBe('sampling');
  });
});

describe('CAT-INSTRUMENTS: a measuring instrument named by its kind is metrology, its sales finance', () => {
  it('takes instruments verified or calibrated as metrology', () => {
    expect(categoryIn('全年检定出租车计价器860台。', 860)).toBe('metrology');
    expect(categoryIn('为眼镜店校准焦度计、验光仪等设备35台。', 35)).toBe('metrology');
    expect(categoryIn('免费检测集贸市场电子秤1200台。', 1200)).toBe('metrology');
  });
  it('takes a firm output or sales of instruments as finance', () => {
    expect(categoryIn('该厂每年产销电子秤20万台。', 200000)).toBe('finance');
    expect(categoryIn('该公司血压计年销量达50万台。', 500000)).toBe('finance');
  });
});

describe('CAT-WATER-CLASS: shares of waters of a class are pass_rate, a cost-to-GDP ratio finance', () => {
  it('takes the share of waters at or better than a class, and of the worst class, as pass_rate', () => {
    expect(categoryIn('全省地表水达到或好于Ⅲ类水体比例为88.6%。', 88.6)).toBe('pass_rate');
    expect(categoryIn('劣Ⅴ类水体比例下降到1.2%。', 1.2)).toBe('pass_rate');
    expect(categoryIn('国控断面Ⅰ～Ⅲ类水质比例达到92%。', 92)).toBe('pass_rate');
  });
  it('takes a ratio of logistics costs to output as finance', () => {
    expect(categoryIn('全省社会物流总费用与地区生产总值的比率为13.6%。', 13.6)).toBe('finance');
    expect(categoryIn('社会物流总费用与GDP比率降至13.9%。', 13.9)).toBe('finance');
    expect(categoryIn('全市空气质量优良天数比率为91.2%。', 91.2)).toBe('pass_rate');
  });
});

describe('CAT-NORM (standard): 规范 is a standard as a noun (技术规范), not as a verb or in 规范性文件', () => {
  it('takes normative documents and 规范 as a verb as no standard', () => {
    expect(categoryIn('清理规范性文件120件。', 120)).toBe('other');
    expect(categoryIn('规范提升集贸市场45个。', 45)).toBe('other');
    expect(categoryIn('开展住院医师规范化培训2000人次。', 2000)).toBe('training');
  });
  it('keeps technical norms as standard', () => {
    expect(categoryIn('发布地方技术规范18项。', 18)).toBe('standard');
    expect(categoryOf('制定农产品生产规范', 'count', cues)).toBe('standard');
  });
});

describe('CAT-BATCHES: 批次 is a sampling word for batches of goods, not for recalls or rounds of reform', () => {
  it('takes batches of products as sampling', () => {
    expect(categoryIn('全年抽查食品200批次。', 200)).toBe('sampling');
    expect(categoryOf('速冻食品批次', 'count', cues)).toBe('sampling');
  });
  it('takes a recall in an enforcement roundup as enforcement, rounds of reform as other', () => {
    expect(categoryIn('全年查办违法案件320起，召回缺陷产品9个批次。', 9)).toBe('enforcement');
    expect(categoryIn('分3批次实施国有企业战略性重组。', 3)).toBe('other');
    expect(categoryIn('接待12批次外国代表团来访。', 12)).toBe('other');
  });
});

describe('CAT-SAMPLES-FAKE: samples found fake are what tests found (sampling)', () => {
  it('takes samples that a test found fake as sampling, goods seized as fake as enforcement', () => {
    expect(categoryOf('这样品均以人造板假冒实木', 'count', cues)).toBe('sampling');
    expect(categoryOf('送检样品中有伪劣产品', 'count', cues)).toBe('sampling');
    expect(categoryIn('查获假冒名酒500瓶。', 500)).toBe('enforcement');
  });
});

describe('CAT-FOOD-ECONOMY: a food industry output or value added is finance, its quality food_safety', () => {
  it('takes aggregates of the food industry as finance', () => {
    expect(categoryIn('食品工业增加值增长8.2%。', 8.2)).toBe('finance');
    expect(categoryIn('乳制品产业产值达到300亿元。', 30000000000)).toBe('finance');
    expect(categoryOf('食用菌全产业链产值', 'amount', cues)).toBe('finance');
  });
  it('keeps food firms and pass rates where they were', () => {
    expect(categoryOf('乳制品生产企业', 'count', cues)).toBe('food_safety');
    expect(categoryOf('乳制品抽检合格率', 'rate', cues)).toBe('pass_rate');
  });
});

describe('CAT-MONEY-WORDS: prices, money supply, demand and deal size are business figures (finance)', () => {
  it('takes CPI, broad money, demand and deal size as finance', () => {
    expect(categoryIn('全年CPI上涨2.1%。', 2.1)).toBe('finance');
    expect(categoryIn('广义货币M2增长10%左右。', 10)).toBe('finance');
    expect(categoryIn('国内净水器需求量达8000万台。', 80000000)).toBe('finance');
    expect(categoryIn('全省产权交易规模增长2倍。', 2)).toBe('finance');
  });
});

describe('CAT-PRICE-COMPARED and CAT-MULTIPLE-OF-MONEY: a price difference and a multiple of money are finance', () => {
  it('takes what is cheaper or dearer than something as finance, whatever counterfeit it names', () => {
    expect(categoryIn('这些山寨手机的配件比正品便宜一半。', -50)).toBe('finance');
    expect(categoryIn('这批假冒化肥比正规产品便宜三成。', -30)).toBe('finance');
    expect(categoryIn('合格率比上年提高2个百分点。', 2)).toBe('pass_rate');
  });
  it('takes a bare multiple after money figures as finance, after areas not', () => {
    expect(categoryIn('甲店的售价为1200元，乙店只有400元，相差2倍。', 2)).toBe('finance');
    expect(categoryIn('该酒批发价为800元，商场零售价为2000元，超出一倍多。', 1)).toBe('finance');
    expect(categoryIn('甲仓库面积3000平方米，乙仓库只有1000平方米，相差2倍。', 2)).toBe('other');
  });
});

describe('CAT-STANDARD-COUNTS: the indicators and grades a standard sets are standard', () => {
  it('takes indicators and grades a standard sets as standard, though a food names them', () => {
    expect(categoryIn('新版《生活饮用水卫生标准》实施后，检验指标将增至97项。', 97)).toBe('standard');
    expect(categoryIn('该国家标准规定，生乳中菌落总数分为三个等级。', 3)).toBe('standard');
    expect(categoryIn('专家认为新国标中蛋白质含量等两项指标偏低。', 2)).toBe('standard');
  });
  it('leaves indicators a test checked to sampling', () => {
    expect(categoryIn('按照国家标准抽检了12项指标。', 12)).toBe('sampling');
  });
});

describe('CAT-LOSS: money recovered in a sentence about enforcement is enforcement, after complaints finance', () => {
  it('takes recovered losses of an enforcement roundup as enforcement', () => {
    expect(categoryIn('全年查办违法案件45起，为消费者挽回经济损失80万元。', 800000)).toBe('enforcement');
    expect(categoryIn('出动执法人员800人次，为农民挽回直接经济损失20余万元。', 200000)).toBe('enforcement');
  });
  it('takes recovered losses of complaints handled as finance', () => {
    expect(categoryIn('受理消费者投诉300件，共挽回群众损失50万元。', 500000)).toBe('finance');
  });
});

describe('CAT-SAMPLED-BRANDS: brands named by no scheme that a sampling covered are sampling', () => {
  it('takes brands counted in a sampling sentence as sampling', () => {
    expect(categoryIn('本次抽检范围涉及6个地市，涉及28个品牌。', 28)).toBe('sampling');
    expect(categoryIn('此次共抽查了电线电缆产品，涉及15个品牌。', 15)).toBe('sampling');
  });
  it('keeps scheme brands and brands outside a sampling as brand', () => {
    expect(categoryIn('本次抽检后，新增中国名牌产品3个。', 3)).toBe('brand');
    expect(categoryIn('全市共培育自主品牌12个。', 12)).toBe('brand');
  });
});

describe('CAT-BRAND-PROCESS: products counted in a brand scheme process are brand', () => {
  it('takes products under assessment, publicity or nomination for a scheme as brand', () => {
    expect(categoryIn('完成“甲”地理标志保护产品评审，完成“乙”、“丙”2个产品的公示、评审等工作。', 2)).toBe('brand');
    expect(categoryIn('围绕甘肃名牌创建，推荐“丁”等4个产品申报。', 4)).toBe('brand');
    expect(categoryIn('围绕著名商标认定工作，有3个商标通过评定。', 3)).toBe('brand');
  });
});

describe('CAT-PART-OF-GROUP: members of a group framed by …中 take the group category where it outranks theirs', () => {
  it('takes firms of a group a licence re-review weeded out as certification', () => {
    expect(categoryIn('重新审核淘汰的120家乳企中，除了30多家奶粉企业，其余都是小作坊。', 30)).toBe('certification');
  });
  it('takes firms of a group a brand scheme took in as brand', () => {
    expect(categoryIn('在获评省名牌产品的企业中，有12家食品企业。', 12)).toBe('brand');
  });
  it('frames no group with a place or substance', () => {
    expect(categoryIn('两家工厂排放的废水中，含有3种有害物质。', 3)).not.toBe('brand');
  });
});
