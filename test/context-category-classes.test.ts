import { describe, expect, it } from 'vitest';
import { categoryOf, loadCategoryCues } from '../pipeline/scope/category';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * Category and status classes found by auditing documents outside the dev set (technical articles, national and
 * provincial work reports): one block a class, each with sentences of our own in the style of those documents.
 */

const cues = loadCategoryCues(dictionaries);

describe('category: a table cell is categorised by the same decision list as a sentence (contract order)', () => {
  it('takes a column of cases about special equipment as enforcement, firms making medicines as other', () => {
    const facts = factsOf('2014年全省质监工作情况\n地区\t特种设备违法案件(起)\t药品生产企业(家)\n长春市\t45\t120\n吉林市\t30\t86');
    expect(byValue(facts, 45).category).toBe('enforcement');
    expect(byValue(facts, 120).category).toBe('other');
  });
});

describe('category: 卫生 alone is health care, not food hygiene (contract: medicines other, money finance)', () => {
  it('takes health spending as finance and clinics or health staff as other', () => {
    expect(byValue(factsOf('中央财政医疗卫生支出达到980亿元。'), 98000000000).category).toBe('finance');
    expect(byValue(factsOf('全省新建乡镇卫生院320所。'), 320).category).toBe('other');
    expect(byValue(factsOf('全县农村卫生厕所普及率达到91.5%。'), 91.5).category).toBe('other');
  });
  it('keeps food hygiene as food_safety', () => {
    expect(categoryOf('餐饮服务单位食品卫生量化分级', 'count', cues)).toBe('food_safety');
    expect(categoryOf('乳品卫生指标', 'count', cues)).toBe('food_safety');
  });
});

describe('category: training is the training of staff, not schooling (contract: training)', () => {
  it('takes enrolment and school places as other, spending on schools as finance', () => {
    expect(byValue(factsOf('全省高等教育毛入学率达到61.2%。'), 61.2).category).toBe('other');
    expect(byValue(factsOf('新增学前教育公办学位1.8万个。'), 18000).category).toBe('other');
    expect(byValue(factsOf('财政性教育经费支出增长6.3%。'), 6.3).category).toBe('finance');
  });
  it('takes a warning lesson or a party lecture as other, staff education and training as training', () => {
    expect(categoryOf('开展警示教育', 'count', cues)).toBeNull();
    expect(categoryOf('领导干部讲党课', 'count', cues)).toBeNull();
    expect(categoryOf('参加学历教育人数', 'count', cues)).toBe('training');
    expect(categoryOf('检验人员继续教育', 'count', cues)).toBe('training');
    expect(categoryOf('举办计量培训班', 'count', cues)).toBe('metrology');
  });
});

describe('category: standard is standards work, not any demonstration zone (contract: standards set or drafted)', () => {
  it('takes a zone for innovation or ecology as other, a standardisation zone or strategy as standard', () => {
    expect(categoryOf('新设国家自主创新示范区', 'count', cues)).toBeNull();
    expect(categoryOf('创建国家生态文明建设示范区', 'count', cues)).toBeNull();
    expect(categoryOf('创建农业标准化示范区', 'count', cues)).toBe('standard');
    expect(categoryOf('标准化发展战略纲要实施方案', 'policy', cues)).toBe('standard');
  });
  it('takes a geographical-indication zone as brand', () => {
    expect(categoryOf('地理标志保护示范区', 'count', cues)).toBe('brand');
  });
});

describe('category: money levels of benefits and pay are finance, the people who get them not', () => {
  it('takes 低保标准, 养老金 and 补贴标准 rises as finance', () => {
    expect(byValue(factsOf('城乡低保标准分别提高8.2%、11.4%。'), 11.4).category).toBe('finance');
    expect(byValue(factsOf('城乡居民基础养老金月人均提高20元。'), 20).category).toBe('finance');
    expect(categoryOf('孤儿基本生活津贴标准', 'amount', cues)).toBe('finance');
    expect(categoryOf('人均公共卫生服务经费标准', 'amount', cues)).toBe('finance');
  });
  it('leaves a count of the people covered to other', () => {
    expect(byValue(factsOf('全省86万城市居民得到最低生活保障。'), 860000).category).toBe('other');
  });
});

describe('category: economic aggregates are finance whatever word names them, an emission per output value not', () => {
  it('takes growth targets, total output and domestic or foreign capital as finance', () => {
    expect(byValue(factsOf('今年全省经济增长预期目标为6%左右。'), 6).category).toBe('finance');
    expect(categoryOf('冰雪经济总产出', 'change', cues)).toBe('finance');
    expect(categoryOf('实际利用内资', 'change', cues)).toBe('finance');
    expect(categoryOf('实际使用外资', 'amount', cues)).toBe('finance');
  });
  it('takes an emission or energy use per unit of GDP as no business figure and no energy supervision', () => {
    expect(categoryOf('单位地区生产总值二氧化碳排放', 'change', cues)).toBe('other');
    expect(categoryOf('单位地区生产总值能耗', 'change', cues)).toBe('other');
    expect(byValue(factsOf('全市单位GDP能耗下降3.5%，万元工业增加值用水量下降4%。'), -3.5).category).toBe('other');
    expect(byValue(factsOf('规上工业单位增加值能耗下降2.8%。'), -2.8).category).toBe('other');
    expect(categoryOf('能耗强度', 'change', cues)).toBe('other');
    expect(byValue(factsOf('完成既有建筑节能改造520万平方米。'), 5200000).category).toBe('other');
    expect(byValue(factsOf('节能家电零售额增长21%。'), 21).category).toBe('finance');
    // A consumer council's comparison test of energy-saving lamps is testing (contract: what was tested).
    expect(byValue(factsOf('市消协公布了42种节能灯比较试验结果。'), 42).category).toBe('sampling');
    // Energy saving a quality bureau supervises stays metrology.
    expect(categoryOf('节能量化评价企业', 'count', cues)).toBe('metrology');
    expect(categoryOf('重点用能单位能耗在线监测', 'count', cues)).toBe('metrology');
  });
});

describe('category: money of the state and of trade is finance whatever word names it (contract: every money figure)', () => {
  it('takes deficits, bonds, transfer payments and the money of a levy as finance', () => {
    expect(byValue(factsOf('今年赤字率拟按3.2%安排，比上年提高0.3个百分点。'), 3.2).category).toBe('finance');
    expect(byValue(factsOf('发行地方政府专项债券比上年增长12%。'), 12).category).toBe('finance');
    expect(byValue(factsOf('省对县均衡性转移支付增长8.4%。'), 8.4).category).toBe('finance');
    expect(byValue(factsOf('港口建设费征收标准降低15%。'), -15).category).toBe('finance');
  });
  it('takes trade, deal value and tourist spending as finance, a count of tourists not', () => {
    expect(byValue(factsOf('全年技术合同成交额增长18.6%。'), 18.6).category).toBe('finance');
    expect(byValue(factsOf('服务贸易增长9%，跨境电商交易额增长2.3倍。'), 9).category).toBe('finance');
    expect(byValue(factsOf('接待游客人次增长7.2%，游客总花费增长11.3%。'), 11.3).category).toBe('finance');
    expect(byValue(factsOf('接待游客人次增长7.2%，游客总花费增长11.3%。'), 7.2).category).toBe('other');
  });
  it('takes GDP and 经济 as what grows as finance, a forest economy in mu not', () => {
    expect(byValue(factsOf('全区经济增长5.2%，增速高于全国0.4个百分点。'), 5.2).category).toBe('finance');
    expect(byValue(factsOf('县域经济年均增长6.1%。'), 6.1).category).toBe('finance');
    expect(byValue(factsOf('GDP年均增长4.8%。'), 4.8).category).toBe('finance');
    expect(byValue(factsOf('全员劳动生产率年均增长6.3%。'), 6.3).category).toBe('finance');
    expect(categoryOf('林下经济总面积', 'amount', cues)).toBeNull();
  });
  it('takes prices named by what is priced (电价, 资费, 收购价) as finance', () => {
    expect(byValue(factsOf('一般工商业平均电价再降低8%。'), -8).category).toBe('finance');
    expect(byValue(factsOf('宽带平均资费下降12%。'), -12).category).toBe('finance');
    expect(byValue(factsOf('稻谷最低收购价提高9%。'), 9).category).toBe('finance');
  });
  it('takes shares of a market, margins and the growth of industry itself as finance', () => {
    expect(byValue(factsOf('国产仪表的市场占有率已从15%提高到35%。'), 35).category).toBe('finance');
    expect(byValue(factsOf('国产LED灯在国内照明市场的比例将达到60%。'), 60).category).toBe('finance');
    expect(byValue(factsOf('该企业产品毛利率高达38%。'), 38).category).toBe('finance');
    expect(byValue(factsOf('上半年工业生产比去年同期增长11%。'), 11).category).toBe('finance');
    expect(byValue(factsOf('工业机器人产量增长28.5%。'), 28.5).category).toBe('other');
  });
  it('takes a sales figure cut to its last character as finance, a quota of places not', () => {
    expect(categoryOf('家用电器额', 'change', cues)).toBe('finance');
    expect(categoryOf('招生名额', 'change', cues)).toBeNull();
  });
  it('takes the value of goods traded as no case value', () => {
    expect(categoryOf('进出口货值', 'change', cues)).toBe('finance');
    expect(categoryOf('涉案货值', 'amount', cues)).toBe('enforcement');
  });
});

describe('category: a count of things is no money figure, whatever money its phrase names (dev: firms and projects other)', () => {
  it('takes firms, projects and events counted as other', () => {
    expect(byValue(factsOf('全年新设外资企业320家。'), 320).category).toBe('other');
    expect(byValue(factsOf('省重点项目完成投资，开工建设项目640个。'), 640).category).toBe('other');
    expect(byValue(factsOf('举办促消费活动1500场。'), 1500).category).toBe('other');
  });
  it('keeps orders, volumes sold and shares finance, and money beside the count', () => {
    expect(categoryOf('新接出口订单', 'count', cues)).toBe('finance');
    expect(categoryOf('上半年空调销量', 'count', cues)).toBe('finance');
    expect(byValue(factsOf('汇金公司增持某银行股票3200万股。'), 32000000).category).toBe('finance');
    expect(byValue(factsOf('省重点项目完成投资2150亿元。'), 215000000000).category).toBe('finance');
  });
  it('takes no category from enforcement in an earlier item of a semicolon list (a move of the central bank is finance, CAT-MONEY-STATE)', () => {
    expect(byValue(factsOf('严厉查处违法用地行为；加强信贷管理，三次上调存款准备金率。'), 3).category).toBe('finance');
  });
});

describe('category: 标准 that names no technical standard (a unit of measure, a political criterion, a sum of money)', () => {
  it('takes 标准煤 and 标准肥 tonnes as no standard', () => {
    expect(byValue(factsOf('五年累计节约标准煤5600万吨。'), 56000000).category).not.toBe('standard');
    expect(categoryOf('化肥产量折标准肥', 'amount', cues)).toBeNull();
    // A heat value per kilogram in a paragraph that only names 标准煤 is no limit a standard sets.
    expect(byValue(factsOf('按每公斤发热量7000大卡的标准煤计算，比上年节约了80万吨。'), 7000).category).not.toBe('standard');
  });
  it('takes a political criterion as no standard', () => {
    expect(categoryOf('选拔干部坚持政治标准', 'count', cues)).toBeNull();
  });
  it('takes a sum of money named 标准 as finance', () => {
    expect(byValue(factsOf('将农村扶贫标准提高到人均2500元。'), 2500).category).toBe('finance');
    expect(byValue(factsOf('新农合筹资标准由每人每年80元提高到120元。'), 120).category).toBe('finance');
    expect(byValue(factsOf('特困人员生活费标准每月提高70元。'), 70).category).toBe('finance');
  });
  it('still takes standards set or drafted as standard', () => {
    expect(byValue(factsOf('全年制修订地方标准42项。'), 42).category).toBe('standard');
  });
  it('takes licences of people and grades of builders as no certification', () => {
    expect(byValue(factsOf('取消职业资格许可和认定事项86项。'), 86).category).toBe('other');
    expect(categoryOf('持有效工作许可外国专家', 'change', cues)).toBeNull();
    expect(categoryOf('通过强制性产品认证企业', 'count', cues)).toBe('certification');
    expect(categoryOf('办理工业产品生产许可证', 'count', cues)).toBe('certification');
  });
  it('takes a change in the number of foreign-invested firms as no money figure', () => {
    expect(byValue(factsOf('新设外资企业增长35%。'), 35).category).toBe('other');
    expect(byValue(factsOf('实际使用外资增长6.2%。'), 6.2).category).toBe('finance');
  });
  it('takes disability aids as no measuring instruments', () => {
    expect(categoryOf('残疾人辅助器具适配', 'count', cues)).toBeNull();
    expect(categoryOf('强制检定计量器具', 'count', cues)).toBe('metrology');
  });
});

describe('category: a brand, an enforcement campaign and a pass rate by what the words mean', () => {
  it('takes 知名 alone as no brand', () => {
    expect(categoryOf('新设国内外知名首店', 'count', cues)).toBeNull();
    expect(categoryOf('培育知名品牌', 'count', cues)).toBe('brand');
  });
  it('takes a rectification campaign as enforcement, environmental clean-up not', () => {
    expect(categoryOf('开展质量安全专项整治', 'count', cues)).toBe('enforcement');
    expect(byValue(factsOf('整治畜禽养殖污染，农村生活污水治理率提升到60%以上。'), 60).category).toBe('other');
  });
  it('takes the share of good water bodies as pass_rate, even when the metric loses its 比例', () => {
    expect(categoryOf('国考断面优良水体', 'change', cues)).toBe('pass_rate');
    expect(categoryOf('空气优良天数率', 'rate', cues)).toBe('pass_rate');
    expect(categoryOf('优良天数', 'change', cues)).toBeNull();
    expect(categoryOf('地表水优良水质断面比例', 'rate', cues)).toBe('pass_rate');
  });
  it('takes traceability of farm produce as food_safety', () => {
    expect(categoryOf('农产品质量安全追溯面积', 'amount', cues)).toBe('food_safety');
  });
});

describe('category: a percent a standard sets is standard, a measured or changed one not', () => {
  it('takes a content a new standard sets, and a value named as a standard', () => {
    const set = factsOf('新国标规定的脂肪含量从3.1%降到了2.9%，不少企业仍按照3.1%国标组织生产。');
    expect(byValue(set, 2.9).category).toBe('standard');
    expect(byValue(set, 3.1).category).toBe('standard');
  });
  it('leaves a share of farms in a paragraph about standards, and a change of a concentration, alone', () => {
    const share = factsOf('有专家说，新国标偏低，是因为我国60%以上的原奶来自散户。');
    expect(byValue(share, 60).category).not.toBe('standard');
    const air = factsOf('按照新的空气质量标准，全市PM2.5年均浓度较上年改善12.4%。');
    expect(byValue(air, 12.4).category).not.toBe('standard');
    const coal = factsOf('保障重点项目用能850万吨标准煤。');
    expect(byValue(coal, 8500000).category).not.toBe('standard');
  });
});

describe('status: the base of a comparison (比上年) reports nothing done (contract: target by cue or plan heading)', () => {
  it('keeps a planned change a target when it is compared with last year', () => {
    const planned = factsOf('今年拟安排财政赤字2.4万亿元，比上年增加3000亿元。');
    expect(byValue(planned, 300000000000).status).toBe('target');
    const section = factsOf('吉林省人民政府工作报告\n二、2015年工作安排\n今年省财政投入“三农”资金增加30亿元，比上年增长12%。');
    expect(byValue(section, 12).status).toBe('target');
  });
  it('leaves a change reported for last year actual', () => {
    const done = factsOf('吉林省人民政府工作报告\n二、2015年工作安排\n去年全省财政收入比上年增长8.5%，今年要继续加大投入。');
    expect(byValue(done, 8.5).status).toBe('actual');
    const review = factsOf('吉林省人民政府工作报告\n一、2014年工作回顾\n全省地区生产总值比上年增长6.5%。');
    expect(byValue(review, 6.5).status).toBe('actual');
  });
});

describe('category: what tests found is sampling, also when a page says 查出 (contract: what was found in tests)', () => {
  it('takes products found to contain a substance as sampling, hazards found by a sweep not', () => {
    expect(byValue(factsOf('6种饮料查出含有违禁添加剂。'), 6).category).toBe('sampling');
    expect(categoryOf('检查出来含有重金属的产品', 'count', cues)).toBe('sampling');
    expect(categoryOf('排查出安全隐患', 'count', cues)).toBe('special_equipment');
  });
});

describe('status: 将 right before a verb of growth or building says what will be (lexicons/status-cues.json)', () => {
  it('takes 将新增, 将增长 and 将建成 figures as targets, a 将 that means 把 not', () => {
    const planned = factsOf('发布时间：2011-08-10\n该项目投产后，全省将新增产能3.2万吨，工业产值比去年将增长15%。');
    expect(byValue(planned, 32000).status).toBe('target');
    expect(byValue(planned, 15).status).toBe('target');
    const done = factsOf('发布时间：2011-08-10\n今年以来，我局将重点抽查品种增加到26个。');
    expect(byValue(done, 26).status).toBe('actual');
  });
});

describe('status: time ahead and an expected level cue targets (lexicons/status-cues.json)', () => {
  it('takes 预期为, 今后…控制在 and 明年 figures as targets, a market’s 乐观预期 not', () => {
    expect(byValue(factsOf('全省的经济增长预期为8%左右。'), 8).status).toBe('target');
    expect(byValue(factsOf('发布时间：2011-02-10\n今后全市人口的自然增长率必须控制在千分之十以下。'), 1).status).toBe('target');
    expect(byValue(factsOf('发布时间：2011-02-10\n明年全县新增绿地面积1200亩。'), 1200).status).toBe('target');
    const market = factsOf('发布时间：2011-02-10\n受需求回暖的乐观预期推动，铜价昨日上涨1.2%。');
    expect(byValue(market, 1.2).status).toBe('actual');
  });
});

describe('category: a figure about a food with no cue of its own is food_safety (contract: food and dairy facts)', () => {
  it('takes a share of raw milk below a protein level and a count of dairy plants as food_safety', () => {
    expect(byValue(factsOf('去年冬季南方一些牧场生乳脂肪含量低于3.1%的比例达到40%。'), 40).category).toBe('food_safety');
    expect(byValue(factsOf('全市现有婴幼儿奶粉生产企业12家。'), 12).category).toBe('food_safety');
  });
  it('leaves a figure about no food as other', () => {
    expect(byValue(factsOf('全市现有汽车零部件生产企业12家。'), 12).category).toBe('other');
  });
});

describe('category: a consumer group is no money figure; staff building is training', () => {
  it('takes the age of a consumer group as other, consumption as finance', () => {
    expect(categoryOf('主力消费人群年龄', 'amount', cues)).toBeNull();
    expect(categoryOf('居民消费支出', 'amount', cues)).toBe('finance');
    expect(categoryOf('社会消费品零售总额', 'amount', cues)).toBe('finance');
  });
  it('takes energy consumption and its shares as no money figure', () => {
    expect(categoryOf('非化石能源占一次能源消费比重', 'rate', cues)).toBeNull();
    expect(categoryOf('全省能源消费总量', 'change', cues)).toBeNull();
  });
  it('takes money put into staff building as training', () => {
    expect(byValue(factsOf('全年系统干部队伍建设投入经费320万元。'), 3200000).category).toBe('training');
  });
});

describe('category: a level is pass_rate whatever word names it (contract: 合格率/达标率-like levels, their 不合格率)', () => {
  it('takes shares of waters rated good as pass_rate, however the share is named', () => {
    expect(byValue(factsOf('全市河流优良水质占比稳定在85%以上。'), 85).category).toBe('pass_rate');
    expect(byValue(factsOf('近岸海域优良海水面积比例达到91.2%。'), 91.2).category).toBe('pass_rate');
    expect(byValue(factsOf('省控断面优良水质比例提高4.5个百分点。'), 4.5).category).toBe('pass_rate');
  });
  it('takes the share of output that fails and grade or conformity shares as pass_rate', () => {
    expect(byValue(factsOf('该厂铸钢件废品率由百分之九降到百分之四。'), 4).category).toBe('pass_rate');
    expect(categoryOf('主要产品优等品率', 'rate', cues)).toBe('pass_rate');
    expect(categoryOf('预包装食品标签符合率', 'rate', cues)).toBe('pass_rate');
    expect(categoryOf('商品条码使用合规率', 'rate', cues)).toBe('pass_rate');
  });
  it('keeps shares of good crop varieties out of it', () => {
    expect(categoryOf('主要农作物优良品种占比', 'rate', cues)).not.toBe('pass_rate');
  });
});

describe('category: a share of samples said to fail or meet a standard is pass_rate (contract: and its 不合格率)', () => {
  it('takes a share failing a standard, a stated value or a claimed effect as pass_rate, not sampling', () => {
    const text = '区消协比较试验显示，三成电热水壶不达标，超过四成样品的额定功率未达到标称值，一成多的样品达不到宣称的保温效果。';
    const facts = factsOf(text);
    expect(byValue(facts, 30).category).toBe('pass_rate');
    expect(byValue(facts, 40).category).toBe('pass_rate');
  });
  it('takes a share of the samples as pass_rate where the sentence says they met a standard', () => {
    const facts = factsOf('本次共抽查插座样品40个，其中31个样品全部项目符合国家标准要求，占样品总数的77.5%。');
    expect(byValue(facts, 77.5).category).toBe('pass_rate');
    expect(byValue(facts, 31).category).toBe('sampling');
  });
  it('keeps a share that only says how the samples were made up as sampling', () => {
    expect(byValue(factsOf('本次抽查的样品中，网购样品12批，占样品总数的30%。'), 30).category).toBe('sampling');
  });
});

describe('category: counts of testing bodies are certification (contract: supervision of accredited testing bodies)', () => {
  it('takes the testing bodies assessed as certification, though their work named is sampling', () => {
    const facts = factsOf('此次考核覆盖全省承担监督抽查和风险监测任务的检验机构52家，评为A类的检验机构有9家。');
    expect(byValue(facts, 52).category).toBe('certification');
    expect(byValue(facts, 9).category).toBe('certification');
  });
});

describe('category: 消费 in a consumer complaint or warning names no spending (contract: finance is money and business)', () => {
  it('takes a change in consumer complaints as other, like the count of them', () => {
    const facts = factsOf('去年全市受理家电消费投诉1350件，比上年增长12.4%。');
    expect(byValue(facts, 1350).category).toBe('other');
    expect(byValue(facts, 12.4).category).toBe('other');
  });
  it('keeps consumer spending as finance', () => {
    expect(byValue(factsOf('全市居民人均消费支出增长6.8%。'), 6.8).category).toBe('finance');
  });
});

describe('category: a sampling bulletin names its 不合格率 in other words (contract: pass_rate and its 不合格率)', () => {
  it('takes 不合格发现率 and 问题发现率 as pass_rate, the batches found failing as sampling', () => {
    const facts = factsOf('本次抽查电动自行车60批次，其中18批次不符合标准要求，不合格发现率为30%。');
    expect(byValue(facts, 30).category).toBe('pass_rate');
    expect(byValue(facts, 18).category).toBe('sampling');
    expect(categoryOf('网络销售食品问题发现率', 'rate', cues)).toBe('pass_rate');
  });
});

describe('category: certificates are certification (contract), not a training or school certificate', () => {
  it('takes certificates issued, valid or revoked as certification', () => {
    expect(byValue(factsOf('全市有效认证证书1.2万张，注销撤销证书312张。'), 312).category).toBe('certification');
  });
  it('keeps training certificates out of it', () => {
    expect(categoryOf('颁发培训证书', 'count', cues)).toBe('training');
  });
});

describe('category: testing bodies counted behind a long description are certification', () => {
  it('reads what the count counts after its measure word', () => {
    const text = '本次考核对象为全省58家承担监督抽查、生产许可发证检验和风险监测等任务的检验机构。';
    expect(byValue(factsOf(text), 58).category).toBe('certification');
  });
});

describe('category: items found not to meet a standard are sampling results, not standards set (contract order)', () => {
  it('takes items failing a standard as sampling and a share of them as pass_rate', () => {
    const facts = factsOf('今年共抽验市售充电器48件，其中7件不符合国家标准；另有四成以上商品标示不符规定。');
    expect(byValue(facts, 7).category).toBe('sampling');
    expect(byValue(facts, 40).category).toBe('pass_rate');
  });
});

describe('category: fines, seizures and arrests as Taiwan and Hong Kong pages write them are enforcement', () => {
  it('takes 罚锾, 检获 and 拘捕 as enforcement, not finance or other', () => {
    expect(byValue(factsOf('查获违规商品后，主管机关共裁处罚锾新台币240万元。'), 2400000).category).toBe('enforcement');
    expect(byValue(factsOf('海关在行动中检获冒牌手袋，货品值约310万元。'), 3100000).category).toBe('enforcement');
    expect(byValue(factsOf('行动中共拘捕9人。'), 9).category).toBe('enforcement');
  });
  it('takes counterfeits, smuggling, seizures, infringement sums and cases in 案 as enforcement', () => {
    expect(byValue(factsOf('专案小组查获仿冒球鞋1,200双。'), 1200).category).toBe('enforcement');
    expect(byValue(factsOf('本案侵权市值达1亿3500万元。'), 135000000).category).toBe('enforcement');
    expect(byValue(factsOf('海巡队另查扣私酒860公升、私烟2,300条。'), 860).category).toBe('enforcement');
    expect(byValue(factsOf('全年移送违反著作权法11案、违反商品检验法6案。'), 6).category).toBe('enforcement');
    // a price stays finance though it names the counterfeit
    expect(byValue(factsOf('仿冒手表每只售价约3000元。'), 3000).category).toBe('finance');
  });
});

describe('category: a licence re-review that weeds out firms is certification, ahead of the food they make', () => {
  it('takes the share of dairy firms weeded out by a re-review as certification', () => {
    expect(byValue(factsOf('去年全国重新审核并淘汰了35%的乳制品生产企业。'), 35).category).toBe('certification');
    expect(categoryOf('重审生产许可淘汰的肉制品企业', 'count', cues)).toBe('certification');
  });
});

describe('category: goods seized that bear a brand are a seizure (contract: enforcement before brand)', () => {
  it('takes the bottles of a counterfeit brand seized as enforcement, a count of brands rated as brand', () => {
    const text = '行动中共查获假（仿）冒本省3家酒厂品牌的产品2.6万余瓶。';
    expect(byValue(factsOf(text), 26000).category).toBe('enforcement');
    expect(byValue(factsOf('全市新增省名牌产品12个。'), 12).category).toBe('brand');
  });
});

describe('category: products or firms a brand scheme takes in are brand (contract: brand schemes)', () => {
  it('takes the products taken in as brand where the sentence names the scheme', () => {
    const facts = factsOf('2008年，水表首次列入省名牌产品评价目录，共有6个产品入选，又有2个产品加入其中。');
    expect(byValue(facts, 6).category).toBe('brand');
    expect(byValue(facts, 2).category).toBe('brand');
  });
  it('keeps a count the scheme does not take in out of it', () => {
    expect(byValue(factsOf('实施名牌战略以来，全市新增规上企业120家。'), 120).category).toBe('other');
  });
  it('takes the volume a firm makes and sells as a business figure', () => {
    expect(byValue(factsOf('该公司每年产销电饭锅20万台。'), 200000).category).toBe('finance');
  });
});

describe('category: money in a currency named before the number is a money figure', () => {
  it('takes a sum in 新台币, 港元 or 澳门元 with no cue of its own as finance, as one in 元', () => {
    for (const text of [
      '三家门店合计新台币870万元。',
      '三家门店合计港币870万元。',
      '三家门店合计澳门币870万元。',
      '三家门店合计870万元。',
    ]) {
      expect(byValue(factsOf(text), 8700000).category, text).toBe('finance');
    }
  });
});

describe('category: counterfeit goods dealt with in a raid are a seizure, the verb in their own clause', () => {
  it('takes the cases of goods of a counterfeit brand dealt with as enforcement', () => {
    const text = '在城南小商品市场，执法人员共查处假冒某某、某某等品牌的货物215箱。';
    expect(byValue(factsOf(text), 215).category).toBe('enforcement');
    expect(byValue(factsOf('稽查人员当场缴获冒用名牌的电热水壶460台。'), 460).category).toBe('enforcement');
  });
  it('keeps a brand count after a clause of cases as brand', () => {
    const facts = factsOf('全年查处质量违法案件86起，新增省名牌产品7个。');
    expect(byValue(facts, 86).category).toBe('enforcement');
    expect(byValue(facts, 7).category).toBe('brand');
  });
});

describe('category: a quality award and its nomination prize are brand; training bases are training', () => {
  it('takes the winners of a nomination prize of a quality award as brand', () => {
    expect(categoryOf('市长质量奖个人提名奖', 'count', cues)).toBe('brand');
    expect(byValue(factsOf('今年全市又有3家企业获得省长质量奖提名奖。'), 3).category).toBe('brand');
  });
  it('takes the training bases built for workers as training', () => {
    expect(byValue(factsOf('全年新建技工实训基地45个，培训农民工2.3万人次。'), 45).category).toBe('training');
    expect(categoryOf('公共实训基地', 'count', cues)).toBe('training');
  });
});

describe('category: the change of the deaths in special-equipment accidents is special_equipment (a change takes what changed)', () => {
  it('takes the fall in deaths as special_equipment where the sentence names special equipment', () => {
    const text = '全年辖区发生特种设备事故2起，死亡1人，事故起数和死亡人数同比分别下降50%和66.7%。';
    expect(byValue(factsOf(text), -66.7).category).toBe('special_equipment');
    expect(byValue(factsOf(text), -50).category).toBe('special_equipment');
  });
  it('keeps the fall in deaths of work-safety accidents out of it', () => {
    const text = '全省生产安全事故起数和死亡人数分别下降12.4%和9.8%。';
    expect(byValue(factsOf(text), -9.8).category).toBe('other');
  });
});

describe('category: deaths are special equipment only where the sentence names the equipment, not 隐患 or 事故 alone', () => {
  it('keeps the deaths of a sentence on hidden dangers and general accidents as other', () => {
    const text = '开展“排查身边安全隐患”行动，事故起数、死亡人数分别下降8.5%、12.6%。';
    expect(byValue(factsOf(text), -12.6).category).toBe('other');
  });
});

describe('category: questions answered and leaflets handed out at a publicity day are publicity', () => {
  it('takes the consultations of a 质量月 square event as publicity', () => {
    const facts = factsOf('活动当天共发放宣传材料800余份，现场解答群众咨询160多人次，受理消费投诉6件。');
    expect(byValue(facts, 160).category).toBe('publicity');
    expect(byValue(facts, 800).category).toBe('publicity');
    expect(byValue(facts, 6).category).toBe('other');
    expect(byValue(factsOf('一个上午共发放“质量安全手册”300多份，咨询人数超过90人次。'), 90).category).toBe('publicity');
    expect(byValue(factsOf('一个上午共发放“质量安全手册”300多份，咨询人数超过90人次。'), 300).category).toBe('publicity');
  });
  it('keeps complaints and counselling services out of it', () => {
    expect(byValue(factsOf('今年一季度，消协收到针对该商场的投诉和咨询36起。'), 36).category).toBe('other');
    expect(byValue(factsOf('全年为困难群众提供心理咨询服务2万人次。'), 20000).category).toBe('other');
  });
});

describe('category: what a case involves and the business done illegally are case values (contract: enforcement)', () => {
  it('takes 涉案物品价值, 涉案金额 and 非法经营额 as enforcement, not money figures', () => {
    expect(byValue(factsOf('共捣毁制假窝点5个，涉案物品价值约210万元。'), 2100000).category).toBe('enforcement');
    expect(byValue(factsOf('经查，当事人非法经营额达12.4万元。'), 124000).category).toBe('enforcement');
    expect(byValue(factsOf('已有40多名消费者登记维权，涉案金额近900万元。'), 9000000).category).toBe('enforcement');
  });
  it('takes inspection teams sent out as enforcement', () => {
    expect(byValue(factsOf('专项行动中共派出检查组9个，检查经营户410户。'), 9).category).toBe('enforcement');
  });
  it('keeps illegal fund-raising losses as finance and people in a case as other', () => {
    expect(byValue(factsOf('为群众挽回非法集资损失3.2亿元。'), 320000000).category).toBe('finance');
    expect(categoryOf('涉案教授', 'count', cues)).toBeNull();
  });
});
