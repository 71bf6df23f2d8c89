import { describe, expect, it } from 'vitest';
import { categoryOf, loadCategoryCues } from '../pipeline/scope/category';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/** Our own sentences in the style of bulletins and reports, one rule class a block. */

describe('subject: the phrase, the clause, the sentence’s topic, then the enclosing scope', () => {
  it('keeps a classifier the segmenter split off a product name (陶瓷片)', () => {
    const facts = factsOf('本次抽查结果显示，陶瓷片密封水嘴合格率为71.5%。');
    expect(byValue(facts, 71.5).subject).toBe('陶瓷片密封水嘴');
  });
  it('keeps a head of the lexicon whole where the segmenter split it (可再生能源)', () => {
    const facts = factsOf('全省可再生能源装机比重提高到41.2%。');
    expect(byValue(facts, 41.2).subject).toBe('可再生能源');
  });
  it('takes what the clause names before the figure when its phrase names none', () => {
    const facts = factsOf('今年对婴幼儿配方乳粉开展专项抽检，共抽取样品210批次。');
    expect(byValue(facts, 210).subject).toContain('乳粉');
  });
  it('takes the sentence’s opening clause as its topic when that clause counts nothing', () => {
    const facts = factsOf('新标准将生乳按细菌总数分为三个等级：一级每毫升低于30万个，二级每毫升低于80万个。');
    expect(byValue(facts, 800000).subject).toContain('生乳');
  });
  it('does not take a figure’s subject from an opening clause that states a figure of its own', () => {
    const facts = factsOf('出动执法人员3200人次，立案查处案件412起。');
    expect(byValue(facts, 412).subject).toBeNull();
  });
  it('takes the subject of the clause a 其中 clause continues, and of a clause that leads a list', () => {
    const sampled = factsOf('今年共抽查电线电缆150批次，其中合格138批次。');
    expect(byValue(sampled, 138).subject).toBe('电线电缆');
    const graded = factsOf('地方标准规定，生乳按菌落总数分为三级，一级每毫升低于20万个，二级每毫升低于60万个，三级每毫升低于150万个。');
    expect(byValue(graded, 1500000).subject).toBe('生乳');
  });
  it('gives each item of a list of figures its own words, and a range or from-to pair shared ones', () => {
    const listed = factsOf('全年新增科技型中小企业5120家、高新技术企业2300家、专精特新企业960家。');
    expect(byValue(listed, 960).subject).toBe('专精特新企业');
    const pair = factsOf('全省国家级高新技术企业从0.81万家增加到1.32万家。');
    expect(byValue(pair, 13200).subject).toContain('高新技术企业');
    const shares = factsOf('制造业、普惠小微贷款余额分别增长9.7%、12.1%。');
    expect(byValue(shares, 12.1).subject).not.toBe('制造业');
  });
  it('keeps a negation in what the run names (不合格乳制品企业)', () => {
    const facts = factsOf('已责令41家不合格乳制品企业进行整改。');
    expect(byValue(facts, 41).subject).toBe('不合格乳制品企业');
  });
  it('names no subject for firms named only by their state (不合格企业, 合格企业: a bare 企业)', () => {
    expect(byValue(factsOf('已责令41家产品不合格企业进行整改。'), 41).subject).toBeNull();
  });
  it('carries what an earlier clause counted to clauses that only go on counting it (合格…批次, 合格率, 同比)', () => {
    const bulletin = factsOf('本季度抽查学生文具产品64批次，合格58批次，合格率为90.6%。');
    expect(byValue(bulletin, 58).subject).toContain('学生文具');
    expect(byValue(bulletin, 90.6).subject).toContain('学生文具');
    const growth = factsOf('经检验的9亿美元出口灯具中，现场检验不合格率为0.21%，不合格批次同比下降8.5%。');
    expect(byValue(growth, 0.21).subject).toBe('出口灯具');
    expect(byValue(growth, -8.5).subject).toBe('出口灯具');
    const perUnit = factsOf('生乳菌落总数原来限定每毫升30万个，如今是每毫升100万个。');
    expect(byValue(perUnit, 1000000).subject).toBe('生乳');
  });
  it('does not carry the last item of a list to the count of the whole list', () => {
    const facts = factsOf('本市的名优产品有：红星白酒、蓝天冰箱、绿叶茶叶，共有18种之多。');
    expect(byValue(facts, 18).subject).not.toBe('绿叶茶叶');
  });
  it('does not carry a subject to a clause that names a thing of its own or speaks as the document', () => {
    const own = factsOf('工业增加值增长6.2%，固定资产投资下降1.1%。');
    expect(byValue(own, -1.1).subject).toBeNull();
    const rate = factsOf('粮食产量增长2.3%，城镇化率提升至61.2%。');
    expect(byValue(rate, 61.2).subject).toBeNull();
    const speaker = factsOf('外省同行每吨存放的物资金额9800元，我们只有1300元。');
    expect(byValue(speaker, 1300).subject).toBeNull();
  });
  it('reads a product the segmenter does not know when it ends in a head (原奶)', () => {
    const facts = factsOf('现行规定中，原奶细菌数上限为每毫升150万个。');
    expect(byValue(facts, 1500000).subject).toBe('原奶');
  });
  it('drops the action before what it acts on, not the kind it names (检查食品生产单位, 检验检测机构)', () => {
    const acted = factsOf('今年监测水产品样品3200个，检查餐饮服务单位880家次。');
    expect(byValue(acted, 3200).subject).toBe('水产品');
    expect(byValue(acted, 880).subject).toBe('餐饮服务单位');
    const kind = factsOf('全县检验检测机构达到41家。');
    expect(byValue(kind, 41).subject).toBe('检验检测机构');
  });
  it('names a company by its whole registered name, past words the segmenter tags otherwise', () => {
    const facts = factsOf('温州市飞跃感应灯饰有限公司今年出口额达到420万美元。');
    // The place the registered name opens with is part of it as it reads (the subject contains the name either way).
    expect(byValue(facts, 4200000).subject).toBe('温州市飞跃感应灯饰有限公司');
    const listed = factsOf('今年新增上市公司11家。');
    expect(byValue(listed, 11).subject).toBe('上市公司');
  });
  it('takes the industry named before a measure that opens with its sector word (工业总产值), the sector only alone', () => {
    const industry = factsOf('电子元件行业实现工业总产值812亿元，同比增长9.4%。');
    expect(byValue(industry, 81200000000).subject).toBe('电子元件行业');
    expect(byValue(industry, 9.4).subject).toBe('电子元件行业');
    const sector = factsOf('全市规上工业增加值增长6.6%。');
    expect(byValue(sector, 6.6).subject).toBe('规上工业');
  });
  it('keeps two things a figure counts together (茅台酒及系列产品, 干部和群众)', () => {
    const facts = factsOf('去年黄酒及系列产品产出约2.1万吨。');
    expect(byValue(facts, 21000).subject).toBe('黄酒及系列产品');
  });
  it('names a company by its name (银行)', () => {
    const facts = factsOf('建设银行股价收于5.12元/股。');
    expect(byValue(facts, 5.12).subject).toContain('建设银行');
  });
});

describe('document topic: a sampling report is about the product it samples', () => {
  it('gives the figures of a short page that keeps sampling one product that product', () => {
    const page =
      '玩具市场乱象调查。据悉，近日公布的专项抽查结果显示，儿童玩具合格率为72.4%，较上次下降。' +
      '业内人士说，玩具企业多为小作坊，玩具行业竞争激烈，玩具企业利润微薄。' +
      '历年来儿童玩具抽检合格率都不高，去年儿童玩具抽查合格率为75.1%。' +
      '此次对儿童玩具共抽查了120家企业生产的131种产品，儿童玩具抽样合格率偏低。';
    const facts = factsOf(page, 'sampling-page');
    expect(byValue(facts, 131).subject).toBe('儿童玩具');
  });
});

describe('category: the contract’s decision list', () => {
  const cues = loadCategoryCues(dictionaries);
  it('takes shares and share prices as finance whatever company the metric names', () => {
    expect(categoryOf('汇金公司买入工商银行', 'count', cues, '股')).toBe('finance');
    expect(categoryOf('中国银行', 'amount', cues, '元/股')).toBe('finance');
    expect(categoryOf('买入工商银行', 'count', cues, '家')).toBeNull();
  });
  it('takes what tests found as sampling (实测值, 超标)', () => {
    expect(categoryOf('可溶性铅实测值', 'amount', cues)).toBe('sampling');
    expect(categoryOf('甲醛释放量超标', 'amount', cues)).toBe('sampling');
  });
  it('takes supervision of testing bodies as certification, even a revoked qualification', () => {
    expect(categoryOf('撤销违法违规检测机构的资质', 'count', cues)).toBe('certification');
    expect(categoryOf('查处违法案件', 'count', cues)).toBe('enforcement');
  });
  it('does not take a research laboratory for a testing body', () => {
    expect(categoryOf('全国重点实验室', 'count', cues)).toBeNull();
    expect(categoryOf('通过实验室认可', 'count', cues)).toBe('certification');
  });
  it('takes inspections of firms by an agency as enforcement, complaints as none of the list', () => {
    expect(categoryOf('该局已检查涉药单位', 'count', cues)).toBe('enforcement');
    expect(categoryOf('受理消费者投诉', 'count', cues)).toBeNull();
  });
  it('takes firms a sampling found at fault and handed to enforcement as enforcement', () => {
    const handed = factsOf('对抽查发现问题的9家儿童用品生产企业，已依法移送稽查部门立案查处。');
    expect(byValue(handed, 9).category).toBe('enforcement');
    const sampled = factsOf('抽查发现9家儿童用品生产企业的产品不合格。');
    expect(byValue(sampled, 9).category).toBe('sampling');
  });
  it('takes loans and balances as finance', () => {
    expect(categoryOf('普惠小微贷款余额', 'change', cues)).toBe('finance');
  });
  it('takes a per-unit limit in a sentence about a standard as standard, a measured level not', () => {
    const limits = factsOf('新国标规定生乳蛋白质含量每100克不低于2.9克。');
    expect(byValue(limits, 2.9).category).toBe('standard');
    const measured = factsOf('按照新标准，当地生乳的菌落总数早就控制在30万个/毫升。');
    expect(byValue(measured, 300000).category).not.toBe('standard');
  });
  it('takes a sampling clause for a metric cut short of its verb', () => {
    const facts = factsOf('对全省360户企业生产的410个批次的产品实施了监督抽查。');
    expect(byValue(facts, 410).category).toBe('sampling');
  });
});

describe('category: what the contract’s words mean, not the characters a cue shares', () => {
  const cues = loadCategoryCues(dictionaries);
  it('takes a price per unit as finance, even in a paragraph that speaks of a standard', () => {
    const facts = factsOf('符合国家标准的复合地板，售价不会低于65元/平方米，杂牌货38元/平方米也有人买。');
    expect(byValue(facts, 65).category).toBe('finance');
    expect(byValue(facts, 38).category).toBe('finance');
    const perTon = factsOf('去年初每吨12万元的进口橡木，今年报价已涨至18万元/吨。');
    expect(byValue(perTon, 180000).category).toBe('finance');
  });
  it('does not take a benefit level, a grade of farmland or a plot sold on set terms for a standard', () => {
    expect(categoryOf('城乡低保平均标准', 'change', cues)).not.toBe('standard');
    expect(categoryOf('城乡居民基础养老金最低标准', 'change', cues)).not.toBe('standard');
    expect(categoryOf('特困人员基本生活保障标准', 'change', cues)).not.toBe('standard');
    expect(categoryOf('新建高标准农田', 'amount', cues)).not.toBe('standard');
    expect(categoryOf('工业用地“标准地”出让占比', 'rate', cues)).not.toBe('standard');
    expect(categoryOf('制定地方标准', 'count', cues)).toBe('standard');
    expect(categoryOf('生活饮用水卫生标准', 'count', cues)).toBe('standard');
  });
  it('does not take a general safety accident for special equipment', () => {
    expect(categoryOf('生产安全事故起数', 'change', cues)).not.toBe('special_equipment');
    expect(categoryOf('生产安全死亡事故起数', 'change', cues)).not.toBe('special_equipment');
    expect(categoryOf('电梯事故', 'count', cues)).toBe('special_equipment');
  });
  it('takes the share of sites rated good as pass_rate, like the share of good days', () => {
    expect(categoryOf('地表水省控断面水质优良比例', 'rate', cues)).toBe('pass_rate');
    expect(categoryOf('近岸海域水质优良率', 'rate', cues)).toBe('pass_rate');
  });
});

describe('subject: the noun phrase the figure is about, as the contract chooses it', () => {
  it('keeps what narrows an industry or its firms (规模以上)', () => {
    const firms = factsOf('全市规模以上工业企业达到2150户。');
    expect(byValue(firms, 2150).subject).toBe('规模以上工业企业');
    const growth = factsOf('全省规模以上工业增加值增长7.3%。');
    expect(byValue(growth, 7.3).subject).toBe('规模以上工业');
  });
  it('names consumer goods as subjects (吊灯, 橱柜), and the visitors a count counts (游客, session 21)', () => {
    const lamp = factsOf('一盏进口水晶吊灯标价9万元。');
    expect(byValue(lamp, 90000).subject).toContain('吊灯');
    const cabinet = factsOf('橱柜价格普遍上调了12%。');
    expect(byValue(cabinet, 12).subject).toContain('橱柜');
    const visitors = factsOf('全年接待游客3.2亿人次。');
    expect(byValue(visitors, 320000000).subject).toBe('游客');
  });
  it('does not take a trade action before a price for the thing priced (进货价格)', () => {
    const facts = factsOf('据了解，木地板原材料的进货价格上涨了25%。');
    expect(byValue(facts, 25).subject).toContain('原材料');
  });
  it('carries the projects counted to the clause that gives their total investment', () => {
    const facts = factsOf('全年新开工省重点工程24项，总投资650亿元。');
    expect(byValue(facts, 65000000000).subject).toContain('省重点工程');
  });
  it('gives a report whose title names no subject no topic, however often its text names a kind of centre', () => {
    const report =
      '某市政府工作报告——在某市第十届人民代表大会第三次会议上。' +
      '各位代表：现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。' +
      '全市地区生产总值增长5.5%。建成区域创新中心3个，科技服务中心增加到12个。' +
      '新建物流中心5个，养老服务中心达到40家，数据中心投入运营。' +
      '一般公共预算收入增长3.1%。';
    const facts = factsOf(report, 'work-report');
    expect(byValue(facts, 5.5).subject).toBeNull();
    expect(byValue(facts, 3.1).subject).toBeNull();
  });
});

describe('subject: shares, measures and words that refer back', () => {
  it('takes the part a share is of, not the whole (A占B比重)', () => {
    const facts = factsOf('战略性新兴产业增加值占规模以上工业增加值比重达到28.4%。');
    expect(byValue(facts, 28.4).subject).toContain('战略性新兴产业');
    const none = factsOf('教育支出占一般公共预算支出比例保持在16%以上。');
    expect(byValue(none, 16).subject).toBeNull();
  });
  it('gives a clause that is only a measure (净利润, 总投资) what the clause before it named', () => {
    const facts = factsOf('去年华星电器公司营业收入5.2亿元，净利润6300万元。');
    expect(byValue(facts, 63000000).subject).toContain('华星电器公司');
    const cases = factsOf('出动执法人员2100人次，立案查处案件86起。');
    expect(byValue(cases, 86).subject).toBeNull();
  });
  it('takes what the sentence before named for a sentence that refers back to it (其, 该)', () => {
    const facts = factsOf('该厂今年试制成功一种船用耐蚀钢板。其规格厚度8至25毫米，宽度1800至2400毫米。');
    expect(byValue(facts, 25).subject).toContain('钢板');
    expect(byValue(facts, 2400).subject).toContain('钢板');
  });
});

describe('subject: each item of a list given figures in order (分别)', () => {
  it('gives each figure the item its metric opens with', () => {
    const facts = factsOf('纺织服装、电子信息、装备制造产业增加值分别增长6.2%、12.5%、8.8%。');
    expect(byValue(facts, 6.2).subject).toContain('纺织服装');
    expect(byValue(facts, 12.5).subject).toContain('电子信息');
    expect(byValue(facts, 8.8).subject).toContain('装备制造');
    const fuels = factsOf('煤炭、原油、天然气产量分别增长3.1%、2.2%、8.4%。');
    expect(byValue(fuels, 2.2).subject).toBe('原油');
  });
  it('gives none for a list of measures (主营业务收入、净利润)', () => {
    const facts = factsOf('主营业务收入、净利润分别增长5.5%、7.1%。');
    expect(byValue(facts, 5.5).subject).toBeNull();
    expect(byValue(facts, 7.1).subject).toBeNull();
  });
});

describe('category: capacity', () => {
  const cues = loadCategoryCues(dictionaries);
  it('does not take a physical capacity for a business figure, but a share of it', () => {
    expect(categoryOf('淘汰落后炼钢产能', 'amount', cues)).toBeNull();
    expect(categoryOf('白酒产能占比', 'rate', cues)).toBe('finance');
    // An industry named by its energy use is no energy supervision: its value added is a business figure.
    expect(categoryOf('高耗能行业增加值占比', 'rate', cues)).toBe('finance');
    expect(categoryOf('重点耗能企业', 'count', cues)).toBe('metrology');
  });
});

describe('document topic: a page about a company its title names', () => {
  const page = (mentions: number) =>
    '卡诺瓦家居被指以次充好 高价卖普通货。据业内人士透露，卡诺瓦公司成立于十年前。' +
    '记者走访发现，卡诺瓦的门店装修考究。'.repeat(mentions - 2) +
    '去年营业收入3.4亿元，净利润4100万元。';
  it('gives the figures that name nothing the company the title names and the text keeps naming', () => {
    const facts = factsOf(page(12), 'company-page');
    expect(byValue(facts, 340000000).subject).toBe('卡诺瓦');
    expect(byValue(facts, 41000000).subject).toBe('卡诺瓦');
  });
  it('does not for a name the text gives only a few times (a speaker quoted in a title)', () => {
    const facts = factsOf(page(3), 'quoted-page');
    expect(byValue(facts, 340000000).subject).toBeNull();
  });
});

describe('subject: what a count’s classifier counts, the noun run right after the figure', () => {
  it('takes the thing counted, not a head named later in the sentence', () => {
    const bodies = factsOf('全年有60多个检验检测机构扩大了食品检测范围。');
    expect(byValue(bodies, 60).subject).toBe('检验检测机构');
    const toys = factsOf('抽检中有23种儿童玩具被检出塑化剂超标，涉及多家电器商场。');
    expect(byValue(toys, 23).subject).toBe('儿童玩具');
  });
  it('counts merchants and groups of people by the word that names them (采购商, 经销商)', () => {
    const buyers = factsOf('本届展会到会洽谈的海外采购商共计1850人。');
    expect(byValue(buyers, 1850).subject).toContain('采购商');
    const dealers = factsOf('约谈320家经销商，督促其落实进货查验制度。');
    expect(byValue(dealers, 320).subject).toBe('经销商');
  });
  it('falls back to the sentence when the counted word names nothing of its own (a bare 品种, 企业)', () => {
    const facts = factsOf('今年将枸杞、黄芪等6个品种列为重点监测药材。');
    expect(byValue(facts, 6).subject).not.toBe('品种');
  });
});

describe('subject and category: each item of a list of business measures', () => {
  it('reads 营收 and 资产总额 as measures of what precedes them, and 营收 as finance', () => {
    const listed = factsOf('规上工业企业利润、规上服务业企业营收分别增长4.2%、7.7%。');
    expect(byValue(listed, 7.7).subject).toBe('规上服务业企业');
    expect(byValue(listed, 7.7).category).toBe('finance');
    const assets = factsOf('全省保险业资产总额达到2.3万亿元。');
    expect(byValue(assets, 2.3e12).subject).toBe('保险业');
  });
});

describe('subject: a clause about what a test measures goes on about the product tested', () => {
  it('gives a count of what failed on a tested substance the product an earlier clause names', () => {
    const furniture = factsOf('本次共抽查实木家具75批次，甲醛释放量超标的有6批次。');
    expect(byValue(furniture, 6).subject).toBe('实木家具');
    const milk = factsOf('今年抽检生鲜乳样品420批次，菌落总数不达标的9批次。');
    expect(byValue(milk, 420).subject).toBe('生鲜乳');
    expect(byValue(milk, 9).subject).toBe('生鲜乳');
  });
});

describe('subject: short items of a list given figures in order share the head of the last', () => {
  it('gives each value its item with the shared head (大型、中型、小型企业; 大、中、小型企业; 城镇、农村居民)', () => {
    const sizes = factsOf('大型、中型、小型企业产品抽样合格率分别为96.4%、90.2%和83.7%。');
    expect(sizes.map((f) => f.subject)).toEqual(['大型企业', '中型企业', '小型企业']);
    const short = factsOf('全市大、中、小型企业产品质量抽查合格率分别为97%、91.5%、84.2%。');
    expect(byValue(short, 97).subject).toBe('大型企业');
    const residents = factsOf('城镇、农村居民人均可支配收入分别增长4.6%、6.9%。');
    expect(byValue(residents, 4.6).subject).toBe('城镇居民');
    const within = factsOf('全体居民收入增长5.3%，其中城镇、农村居民收入分别增长4.4%、6.6%。');
    expect(byValue(within, 4.4).subject).toBe('城镇居民');
  });
  it('leaves items that name a thing of their own, or a list whose values do not match its items', () => {
    const own = factsOf('金融业、软件和信息服务业增加值分别增长5.2%、11.4%。');
    expect(byValue(own, 5.2).subject).not.toBe('融业服务业');
    expect(byValue(own, 11.4).subject).not.toBe('软件服务业');
    const longer = factsOf('炼铁、炼钢先进产能占比分别达到58.1%、61.7%。');
    expect(byValue(longer, 58.1).subject).not.toBe('炼铁钢');
  });
});

describe('subject: abstract words name nothing', () => {
  it('takes no bare 中心 (以…为中心) and no 天数 (a measure of days) as the subject', () => {
    const centre = factsOf('会议提出了以提高产品质量为中心的八项措施。');
    expect(centre.every((f) => f.subject !== '中心')).toBe(true);
    const days = factsOf('全市空气质量优良天数比例达到88.4%。');
    expect(byValue(days, 88.4).subject).not.toBe('天数');
    const share = factsOf('国产品牌的市场占有率从12%提高到26%。');
    expect(byValue(share, 26).subject).not.toBe('市场');
    const count = factsOf('全国电梯生产企业数量大约有680多家，行业企业数量仍在增加。');
    expect(count.every((f) => f.subject !== '企业')).toBe(true);
    const named = factsOf('新建省级产品质量检验中心6家。');
    expect(byValue(named, 6).subject).toContain('检验中心');
  });
});

describe('subject: the activity a measure is of is not the thing measured', () => {
  it('strips 通车, 播种, 运营 before the measure and finds none in 有效灌溉面积', () => {
    expect(byValue(factsOf('全省高速公路通车里程达到4870公里。'), 4870).subject).toBe('高速公路');
    expect(byValue(factsOf('全年粮食播种面积稳定在9600万亩。'), 96000000).subject).toBe('粮食');
    expect(byValue(factsOf('城市轨道交通运营里程突破360公里。'), 360).subject).toBe('城市轨道交通');
    expect(byValue(factsOf('新增有效灌溉面积45万亩。'), 450000).subject).toBeNull();
  });
});

describe('subject: counts of grades that share the noun of the last count', () => {
  it('gives each grade the noun named after the last count, and keeps a grade glued before its noun', () => {
    const firms = factsOf('新增3家千亿级、18家百亿级工业企业。');
    expect(byValue(firms, 3).subject).toBe('千亿级工业企业');
    expect(byValue(firms, 18).subject).toBe('百亿级工业企业');
  });
  it('leaves an item that is a noun of its own (片区) to itself', () => {
    const items = factsOf('建设15个先行片区、260个样板村。');
    expect(byValue(items, 15).subject ?? '').not.toContain('样板');
  });
});

describe('subject: the whole noun phrase, however the segmenter tags its words (contract: the noun phrase the figure modifies)', () => {
  const report = (sentence: string) => factsOf(`某市质量技术监督局2015年工作总结\n${sentence}`);
  it('keeps a quoted name that modifies the noun, with its quotation marks (the subject as it reads)', () => {
    expect(byValue(report('全市更换了120台“智能型”电梯。'), 120).subject).toBe('“智能型”电梯');
    expect(byValue(report('全省专精特新“小巨人”企业达到230家。'), 230).subject).toBe('专精特新“小巨人”企业');
  });
  it('does not take a quoted name that stands alone for what is counted (…这类小家电)', () => {
    expect(byValue(report('查获了2000台“某某牌电器”这类的仿冒小家电。'), 2000).subject).toBe('小家电');
  });
  it('keeps a modifier tagged as a verb or adverb inside the compound (耗能, 快递, 高速)', () => {
    expect(byValue(report('全省重点耗能企业达到215户。'), 215).subject).toBe('重点耗能企业');
    expect(byValue(report('县域快递物流企业达到38家。'), 38).subject).toBe('县域快递物流企业');
    expect(byValue(report('更换了36台 高速电梯。'), 36).subject).toBe('高速电梯');
  });
  it('does not join two named things across the verb between them (品种 作为 重点监督品种)', () => {
    expect(byValue(report('全市品种作为重点监督品种的共有12个。'), 12).subject).toBe('重点监督品种');
  });
  it('names the people a count counts (乘客, 在校生)', () => {
    expect(byValue(report('某地铁站扶梯故障导致12名乘客受伤。'), 12).subject).toBe('乘客');
    expect(byValue(report('全市高等学校在校生达到16万人。'), 160000).subject).toBe('高等学校在校生');
  });
  it('keeps a model’s designation with its 型 suffix (Q345型钢板) and the run before a head the segmenter split (大/a 模型)', () => {
    expect(byValue(report('全市在用的Q345型钢板抽查合格率为92.5%。'), 92.5).subject).toBe('Q345型钢板');
    expect(byValue(report('全面实施数字化行动，研发垂直行业大模型超30个。'), 30).subject).toBe('垂直行业大模型');
  });
  it('takes what the whole of a share is of when the part is only a place (约占全国热水器产能的10%)', () => {
    expect(byValue(report('我市已成为约占全国太阳能热水器生产能力10%的生产基地。'), 10).subject).toBe('太阳能热水器');
    expect(byValue(report('全省乳制品产量占全国的15%。'), 15).subject).toBe('乳制品');
  });
  it('keeps the thing joined before a shared head (计算机及办公设备), and a generic head so joined', () => {
    expect(byValue(report('计算机及办公设备投资增长26.7%。'), 26.7).subject).toBe('计算机及办公设备');
    expect(byValue(report('航空航天器及设备投资增长61.2%。'), 61.2).subject).toBe('航空航天器及设备');
  });
  it('names each of the three industries of a list, with the 第 its list opens with (一、二、三产业; 第一、二、三产业)', () => {
    const bare = report('一、二、三产业增加值分别增长4.2%、5%、5.4%。');
    expect([4.2, 5, 5.4].map((v) => byValue(bare, v).subject)).toEqual(['一产业', '二产业', '三产业']);
    const ordinal = report('全省第一、二、三产业增加值分别增长3.1%、6%、7.4%。');
    expect([3.1, 6, 7.4].map((v) => byValue(ordinal, v).subject)).toEqual(['第一产业', '第二产业', '第三产业']);
  });
  it('names the households a count counts (154万户家庭)', () => {
    expect(byValue(report('落实育儿补贴政策，惠及35万户家庭。'), 350000).subject).toBe('家庭');
  });
  it('counts two things joined after a count together (169部电梯和自动扶梯), but two bare heads name none (产品和企业)', () => {
    expect(byValue(report('为博览会提供了169部电梯和自动扶梯。'), 169).subject).toBe('电梯和自动扶梯');
    expect(byValue(report('全年抽查产品和企业120家。'), 120).subject).toBeNull();
  });
});
