import { describe, expect, it } from 'vitest';
import type { Fact } from '../core/document';
import { factsOf } from './extract-helpers';

/**
 * Contract conformance of the context fields (facts.md v1.1, "Context fields"): one short document of our own,
 * in the style of these reports, per normative statement (a stated mapping, an entry of the category decision
 * list, an example with its expected field). The fixes of this pass have blocks of their own below.
 */

const figure = (facts: readonly Fact[], value: number) => facts.find((f) => Math.abs((f.value ?? NaN) - value) < 1e-6);

type Row = [statement: string, text: string, value: number, expected: Partial<Record<keyof Fact, string | null>>];

const STATEMENTS: Row[] = [
  ['P1 clause year', '吉林省质量技术监督局2014年工作总结\n2012年全省产品质量监督抽查合格率为88.5%。', 88.5, { period: '2012' }],
  ['P2 heading', '吉林省质量技术监督工作报告\n一、2014年工作回顾\n全省产品质量监督抽查合格率为91.3%。', 91.3, { period: '2014' }],
  [
    'P3 jan meeting reviews prior',
    '在2015年全省质量技术监督工作会议上的报告\n（2015年1月20日）\n过去的一年，全省立案查处质量违法案件1320起。',
    1320,
    { period: '2014' },
  ],
  [
    'P4 上年 change',
    '吉林省质量技术监督局2014年工作总结\n全省产品质量监督抽查合格率为90.1%，比上年提高1.6个百分点。',
    1.6,
    { period: '2014' },
  ],
  [
    'P5 到2020年',
    '吉林省质量技术监督局2014年工作总结\n到2020年，全省制造业产品质量合格率达到94%以上。',
    94,
    { period: '2020', status: 'target' },
  ],
  ['P6 quarter', '吉林省质量技术监督局2014年工作总结\n2013年一季度，全省共抽查食品样品620批次。', 620, { period: '2013' }],
  ['P6 months', '吉林省质量技术监督局2014年工作总结\n2014年1至11月，全省查处案件860起。', 860, { period: '2014' }],
  ['P7 N年来', '吉林省质量技术监督局2014年工作总结\n三年来，全省共培育省级名牌产品126个。', 126, { period: '2012-2014' }],
  ['P9 十二五', '吉林省质量技术监督局2015年工作总结\n“十二五”期间，全省共查处质量违法案件6200起。', 6200, { period: '2011-2015' }],
  ['P10 以来', '吉林省质量技术监督局2015年工作总结\n2011年以来，全省累计检定计量器具45万台件。', 450000, { period: '2011-2015' }],
  ['P11 avg', '吉林省质量技术监督局2014年工作总结\n2000至2005年全省工业产值年均增长12.5%。', 12.5, { period: '2000-2005' }],
  [
    'P12 std issued',
    '吉林省质量技术监督局2014年工作总结\n2010年发布的新国标规定，生乳菌落总数每毫升不得超过200万个。',
    2000000,
    { period: '2010' },
  ],
  ['P12 std none', '乳品标准问题的讨论\n国家标准规定，生乳菌落总数每毫升不得超过200万个。', 2000000, { period: null }],
  ['P13 以前', '吉林省质量技术监督局2014年工作总结\n以前，生乳菌落总数每毫升不超过50万个。', 500000, { period: null }],
  ['P13 早几年', '吉林省质量技术监督局2014年工作总结\n早几年全省乳品企业有120家。', 120, { period: null }],
  ['R1 prov', '吉林省质量技术监督局2014年工作总结\n全省产品质量监督抽查合格率为91.1%。', 91.1, { region: '吉林省' }],
  ['R3 全国', '吉林省质量技术监督局2014年工作总结\n全国产品质量国家监督抽查合格率为88.9%。', 88.9, { region: '全国' }],
  ['R3 我国', '吉林省质量技术监督局2014年工作总结\n我国制造业产品质量合格率为92.3%。', 92.3, { region: '全国' }],
  [
    'R4 national spot',
    '2014年第二季度产品质量国家监督抽查结果公告\n本次国家监督抽查共抽查了电热水器产品150批次。',
    150,
    { region: '全国' },
  ],
  ['R6 company none', '某乳业公司2014年年报摘要\n公司全年实现营业收入18.6亿元。', 1860000000, { region: null }],
  ['R6 company named', '长春某乳业公司2014年年报摘要\n长春市某乳业公司全年实现营业收入18.6亿元。', 1860000000, { region: '长春市' }],
  ['R7 several cities', '吉林省质量技术监督局2014年工作总结\n长春、吉林两市共查处案件230起。', 230, { region: '吉林省' }],
  ['R7 several provinces', '吉林省质量技术监督局2014年工作总结\n吉林、辽宁、黑龙江三省共查处案件730起。', 730, { region: '全国' }],
  ['R8 foreign', '吉林省质量技术监督局2014年工作总结\n美国产品召回率为3.2%。', 3.2, { region: null }],
  ['R8 ISO', '吉林省质量技术监督局2014年工作总结\n全省共有560家企业通过ISO 9001质量管理体系认证。', 560, { region: '吉林省' }],
  ['R9 全市', '长春市质量技术监督局2014年工作总结\n全市立案查处案件312起。', 312, { region: '长春市' }],
  ['R9 我局', '长春市质量技术监督局2014年工作总结\n我局全年出动执法人员4200人次。', 4200, { region: '长春市' }],
  ['R9 我区', '广西壮族自治区质量技术监督局2014年工作总结\n我区产品质量监督抽查合格率为89.7%。', 89.7, { region: '广西壮族自治区' }],
  ['R county', '甘南藏族自治州质监局2014年工作总结\n迭部县抽查食品样品85批次。', 85, { region: '迭部县' }],
  ['S2 title', '2014年吉林省海产品质量监督抽查结果通报\n本次共抽查样品96批次，合格率为93.8%。', 93.8, { subject: '海产品' }],
  ['S3 bare 企业', '吉林省质量技术监督局2014年工作总结\n全省共抽查企业320家。', 320, { subject: null }],
  ['S3 bare 产品', '吉林省质量技术监督局2014年工作总结\n全省共抽查产品1500批次。', 1500, { subject: null }],
  ['S4 甲醛', '吉林省质量技术监督局2014年工作总结\n抽查的人造板甲醛释放量最高达到5.2mg/L。', 5.2, { subject: '人造板' }],
  ['S 出口灯具', '吉林省质量技术监督局2014年工作总结\n全省出口灯具检验合格率为97.4%。', 97.4, { subject: '出口灯具' }],
  [
    'S paragraph lead',
    '吉林省质量技术监督局2014年工作总结\n在乳制品方面，全省开展专项整治。全年抽检样品420批次，合格率为97.6%。',
    97.6,
    { subject: '乳制品' },
  ],
  [
    'S heading',
    '吉林省质量技术监督局2014年工作总结\n（三）特种设备安全监察\n全年检验检测1.2万台，定期检验率为99.1%。',
    99.1,
    { subject: '特种设备' },
  ],
  ['S not the region', '吉林省质量技术监督局2014年工作总结\n长春市抽查合格率为90.2%。', 90.2, { subject: null }],
  [
    'S enumeration',
    '吉林省质量技术监督局2014年工作总结\n大、中、小型企业产品抽样合格率分别为98%、93.1%、81.8%。',
    93.1,
    { subject: '中型企业' },
  ],
  ['S company', '南方电网物资部2014年工作总结\n南方电网全年采购合格率为96.3%。', 96.3, { subject: '南方电网' }],
  ['C pass_rate', '吉林省质量技术监督局2014年工作总结\n全省电线电缆产品抽查合格率为86.4%。', 86.4, { category: 'pass_rate' }],
  ['C 不合格率', '吉林省质量技术监督局2014年工作总结\n全省电线电缆产品抽查不合格率为13.6%。', 13.6, { category: 'pass_rate' }],
  ['C 检定率', '吉林省质量技术监督局2014年工作总结\n全省强制检定计量器具检定率达到96%。', 96, { category: 'pass_rate' }],
  ['C 优良天数', '吉林省质量技术监督局2014年工作总结\n全省城市空气优良天数比率为87.5%。', 87.5, { category: 'pass_rate' }],
  ['C 水质达标率', '吉林省质量技术监督局2014年工作总结\n全省集中式饮用水源地水质达标率为97.2%。', 97.2, { category: 'pass_rate' }],
  ['C enf cases', '吉林省质量技术监督局2014年工作总结\n全省查处特种设备违法案件45起。', 45, { category: 'enforcement' }],
  ['C enf fine', '吉林省质量技术监督局2014年工作总结\n全省罚没款共计560万元。', 5600000, { category: 'enforcement' }],
  ['C enf seize', '吉林省质量技术监督局2014年工作总结\n查获假冒伪劣食品12吨。', 12, { category: 'enforcement' }],
  ['C enf raid', '吉林省质量技术监督局2014年工作总结\n捣毁制假售假窝点18个。', 18, { category: 'enforcement' }],
  ['C enf staff', '吉林省质量技术监督局2014年工作总结\n全年出动执法人员8600人次，检查生产企业2300家。', 2300, { category: 'enforcement' }],
  ['C enf police', '吉林省质量技术监督局2014年工作总结\n向公安机关移送涉嫌犯罪案件26起。', 26, { category: 'enforcement' }],
  ['C enf food case', '吉林省质量技术监督局2014年工作总结\n查处食品违法案件310起。', 310, { category: 'enforcement' }],
  ['C sampling batches', '吉林省质量技术监督局2014年工作总结\n全年抽查电线电缆产品420批次。', 420, { category: 'sampling' }],
  ['C sampling food', '吉林省质量技术监督局2014年工作总结\n全年抽检乳制品样品860批次。', 860, { category: 'sampling' }],
  ['C sampling failed', '吉林省质量技术监督局2014年工作总结\n抽检中发现不合格产品37批次。', 37, { category: 'sampling' }],
  ['C sampling found', '吉林省质量技术监督局2014年工作总结\n检出菌落总数超标样品9个。', 9, { category: 'sampling' }],
  ['C sampling firms', '吉林省质量技术监督局2014年工作总结\n本次抽查共涉及电梯生产企业48家。', 48, { category: 'sampling' }],
  ['C special eq', '吉林省质量技术监督局2014年工作总结\n全省在用电梯达到5.6万台。', 56000, { category: 'special_equipment' }],
  ['C special eq boilers', '吉林省质量技术监督局2014年工作总结\n全年检验锅炉3200台。', 3200, { category: 'special_equipment' }],
  ['C metrology', '吉林省质量技术监督局2014年工作总结\n全年检定各类计量器具18万台件。', 180000, { category: 'metrology' }],
  ['C cert', '吉林省质量技术监督局2014年工作总结\n全省获得强制性产品认证的企业达到650家。', 650, { category: 'certification' }],
  ['C cert bodies', '吉林省质量技术监督局2014年工作总结\n对全省126家检验检测机构开展监督检查。', 126, { category: 'certification' }],
  ['C standard', '吉林省质量技术监督局2014年工作总结\n全年制定修订地方标准85项。', 85, { category: 'standard' }],
  ['C brand', '吉林省质量技术监督局2014年工作总结\n全省新增中国驰名商标12件。', 12, { category: 'brand' }],
  ['C brand named', '吉林省质量技术监督局2014年工作总结\n全省共有吉林名牌产品268个。', 268, { category: 'brand' }],
  ['C food safety', '吉林省质量技术监督局2014年工作总结\n全省持证乳制品生产企业减少到42家。', 42, { category: 'food_safety' }],
  ['C food hygiene', '吉林省质量技术监督局2014年工作总结\n全省食品生产加工小作坊达到2300家。', 2300, { category: 'food_safety' }],
  ['C training', '吉林省质量技术监督局2014年工作总结\n全年培训质量管理人员3400人次。', 3400, { category: 'training' }],
  ['C publicity', '吉林省质量技术监督局2014年工作总结\n全年发放宣传资料12万份。', 120000, { category: 'publicity' }],
  ['C finance budget', '吉林省质量技术监督局2014年工作总结\n全年争取专项经费850万元。', 8500000, { category: 'finance' }],
  ['C finance output', '吉林省质量技术监督局2014年工作总结\n全省规模以上工业总产值达到1.2万亿元。', 1200000000000, { category: 'finance' }],
  ['C finance donation', '吉林省质量技术监督局2014年工作总结\n全局干部职工为灾区捐款12万元。', 120000, { category: 'finance' }],
  ['C finance orders', '吉林省质量技术监督局2014年工作总结\n企业新增订单3.5亿元。', 350000000, { category: 'finance' }],
  ['C medicine other', '吉林省质量技术监督局2014年工作总结\n全省共有药品生产企业210家。', 210, { category: 'other' }],
  [
    'C change pass',
    '吉林省质量技术监督局2014年工作总结\n全省产品质量监督抽查合格率比上年提高2.1个百分点。',
    2.1,
    { category: 'pass_rate' },
  ],
  ['C change cases', '吉林省质量技术监督局2014年工作总结\n全省查处案件数量同比下降12%。', -12, { category: 'enforcement' }],
  ['T 力争', '吉林省质量技术监督局2014年工作总结\n全省产品质量监督抽查合格率力争达到92%。', 92, { status: 'target' }],
  ['T 要达到', '吉林省质量技术监督局2014年工作总结\n全省重点产品抽查合格率要达到90%以上。', 90, { status: 'target' }],
  ['T 目标', '吉林省质量技术监督局2014年工作总结\n全年抽查合格率目标为91%。', 91, { status: 'target' }],
  ['T 计划', '吉林省质量技术监督局2014年工作总结\n全年计划抽查产品2000批次。', 2000, { status: 'target' }],
  ['T 年内完成', '吉林省质量技术监督局2014年工作总结\n年内完成300家企业的计量器具检定。', 300, { status: 'target' }],
  ['T plan heading', '吉林省质量技术监督局工作报告\n二、2015年工作安排\n全省组织监督抽查产品3000批次。', 3000, { status: 'target' }],
  ['T 重点工作', '吉林省质量技术监督局工作报告\n三、重点工作\n全省培育省级名牌产品50个。', 50, { status: 'target' }],
  ['T 主要目标', '吉林省质量技术监督局工作报告\n（一）主要目标\n全省产品质量监督抽查合格率达到91%。', 91, { status: 'target' }],
  ['T 工作思路', '吉林省质量技术监督局工作报告\n二、2015年工作思路\n全省制定地方标准60项。', 60, { status: 'target' }],
  [
    'T plan but 去年',
    '吉林省质量技术监督局工作报告\n二、2015年工作安排\n去年全省查处案件1200起，今年要进一步加大执法力度。',
    1200,
    { status: 'actual' },
  ],
  ['T actual', '吉林省质量技术监督局2014年工作总结\n全省查处案件1200起。', 1200, { status: 'actual' }],
  // The decision list in order: where two entries fit, the earlier wins.
  ['order: enf>metrology', '吉林省质量技术监督局2014年工作总结\n查处计量违法案件56起。', 56, { category: 'enforcement' }],
  ['order: enf>food', '吉林省质量技术监督局2014年工作总结\n查获问题奶粉3.2吨。', 3.2, { category: 'enforcement' }],
  ['order: sampling>metrology', '吉林省质量技术监督局2014年工作总结\n抽查加油机320台。', 320, { category: 'sampling' }],
  ['order: sampling>special', '吉林省质量技术监督局2014年工作总结\n抽查气瓶充装单位45家。', 45, { category: 'sampling' }],
  ['order: special>training', '吉林省质量技术监督局2014年工作总结\n培训特种设备作业人员3200人。', 3200, { category: 'special_equipment' }],
  ['order: special>publicity', '吉林省质量技术监督局2014年工作总结\n发放电梯安全宣传资料5万份。', 50000, { category: 'special_equipment' }],
  ['order: metrology>cert', '吉林省质量技术监督局2014年工作总结\n颁发制造计量器具许可证42张。', 42, { category: 'metrology' }],
  // 计量认证 (CMA) accredits a testing body: certification, though 计量 is metrology's word (CAT-ORDER).
  ['testing bodies: 计量认证', '吉林省质量技术监督局2014年工作总结\n完成计量认证评审42家。', 42, { category: 'certification' }],
  ['order: cert>food', '吉林省质量技术监督局2014年工作总结\n全年发放食品生产许可证1200张。', 1200, { category: 'certification' }],
  ['order: standard>food', '吉林省质量技术监督局2014年工作总结\n制定乳制品地方标准12项。', 12, { category: 'standard' }],
  ['order: brand>finance', '吉林省质量技术监督局2014年工作总结\n名牌产品企业实现产值320亿元。', 32000000000, { category: 'brand' }],
  ['order: brand>training', '吉林省质量技术监督局2014年工作总结\n举办名牌培育培训班12期。', 12, { category: 'brand' }],
  ['order: food>training', '吉林省质量技术监督局2014年工作总结\n培训食品生产企业负责人860人次。', 860, { category: 'food_safety' }],
  ['order: training>publicity', '吉林省质量技术监督局2014年工作总结\n举办质量宣传培训讲座36场。', 36, { category: 'training' }],
  ['order: publicity>finance', '吉林省质量技术监督局2014年工作总结\n投入宣传经费80万元。', 800000, { category: 'publicity' }],
  // Money spent on dairy processing hygiene is a food hygiene fact and a money figure: food_safety comes first. A food
  // industry's profit or output value is no quality, processing or hygiene fact: finance (CAT-FOOD-ECONOMY).
  [
    'order: food>finance',
    '吉林省质量技术监督局2014年工作总结\n全省乳品企业投入1.2亿元改造加工卫生设施。',
    120000000,
    { category: 'food_safety' },
  ],
  ['order: food profit', '吉林省质量技术监督局2014年工作总结\n全省乳品企业实现利润6.8亿元。', 680000000, { category: 'finance' }],
  ['order: medicine', '吉林省质量技术监督局2014年工作总结\n全省药品抽验合格率为97.1%。', 97.1, { category: 'pass_rate' }],
  ['order: change of sampling', '吉林省质量技术监督局2014年工作总结\n抽查批次同比增长15%。', 15, { category: 'sampling' }],
  ['order: change of finance', '吉林省质量技术监督局2014年工作总结\n全省工业增加值同比增长9.5%。', 9.5, { category: 'finance' }],
  [
    'order: testing body sup',
    '吉林省质量技术监督局2014年工作总结\n对28家检测机构的资质进行了监督检查。',
    28,
    { category: 'certification' },
  ],
  ['order: medicine other', '吉林省质量技术监督局2014年工作总结\n全省医疗器械生产企业达到320家。', 320, { category: 'other' }],
  [
    'order: status done under plan',
    '吉林省质量技术监督局工作报告\n二、2015年工作安排\n在去年完成抽查3000批次的基础上，今年计划抽查3500批次。',
    3000,
    { status: 'actual' },
  ],
  ['order: status 年内完成', '吉林省质量技术监督局2014年工作总结\n年内完成全省320台加油机的检定工作。', 320, { status: 'target' }],
];

describe('context fields: each statement of the contract on a document of its own', () => {
  it.each(STATEMENTS)('%s', (_statement, text, value, expected) => {
    const fact = figure(factsOf(text), value);
    expect(fact).toBeDefined();
    for (const [field, wanted] of Object.entries(expected))
      expect({ field, got: fact![field as keyof Fact] }).toEqual({ field, got: wanted });
  });
});

describe('region: national spot checks are nationwide (contract: 全国 for national spot checks)', () => {
  it('gives a figure of a 国家监督抽查 the region 全国, in a bulletin that names no place', () => {
    const facts = factsOf('2015年第一季度产品质量抽查结果公告\n本次国家监督抽查共抽查了电动自行车产品132批次。');
    expect(figure(facts, 132)?.region).toBe('全国');
  });
  it('leaves a province’s own results in a national spot check to the province', () => {
    const facts = factsOf('辽宁省质量技术监督局2015年工作总结\n在国家监督抽查中，全省电动自行车产品合格率为86.4%。');
    expect(figure(facts, 86.4)?.region).toBe('辽宁省');
  });
});

describe('region: 全市 in a short notice of a prefecture’s bureau is that prefecture (contract: 全市 is the document’s region)', () => {
  it('reads the prefecture from the title when the notice says 全市 once', () => {
    const facts = factsOf('大连市市场监督管理局2016年工作总结\n全市立案查处质量违法案件215起。');
    expect(figure(facts, 215)?.region).toBe('大连市');
  });
});

describe('subject: a sampling bulletin’s title names what its figures are about (contract: a sampling report on 海产品)', () => {
  it('gives the product the title samples to figures whose sentence names none', () => {
    const facts = factsOf('2016年辽宁省儿童家具产品质量监督抽查结果通报\n本次共抽查样品64批次，合格率为87.5%。');
    expect(figure(facts, 87.5)?.subject).toContain('家具');
    expect(figure(facts, 64)?.subject).toContain('家具');
  });
});

describe('period: a vague past time is null (contract: 以前, 早几年 → null)', () => {
  it('dates the clauses after a 以前 that stands as a clause of its own', () => {
    const facts = factsOf('辽宁省质量技术监督局2015年工作总结\n以前，全省乳品企业的生乳收购价每公斤不到3元。');
    expect(figure(facts, 3)?.period).toBeNull();
  });
  it('keeps 以前 to its own clause when it opens a figure’s clause (以前允许…，现在是…)', () => {
    const facts = factsOf('辽宁省质量技术监督局2015年工作总结\n生乳菌落总数以前允许每毫升50万个，现在是每毫升200万个。');
    expect(figure(facts, 2000000)?.period).toBe('2015');
  });
});

describe('period: N年来 in a meeting report looks back (contract: 五年来 in a report on 2013–2017)', () => {
  it('takes a meeting of year Y that reviews N years to be about Y − 1', () => {
    const facts = factsOf('在2018年全省质量技术监督工作会议上的报告\n五年来，全省共制定地方标准480项。');
    expect(figure(facts, 480)?.period).toBe('2013-2017');
  });
});

describe('region: a standard’s title takes the issuer of the code written beside it (contract: national standards → 全国, ISO → null)', () => {
  const named = (facts: readonly Fact[], name: string) => facts.find((f) => f.type === 'standard' && f.name === name);
  it('gives a title after a GB code the region 全国, in a provincial report', () => {
    const facts = factsOf('辽宁省质量技术监督局2015年工作总结\n全省有120家企业导入GB/T 19580-2012《卓越绩效评价准则》。');
    expect(named(facts, '卓越绩效评价准则')?.region).toBe('全国');
  });
  it('reads the code across the word for the standard’s kind (GB/T 5023-2008系列标准《…》) and a space before its year', () => {
    const cables = factsOf(
      '江苏省工商局电线电缆抽查结果\n本次抽查依据GB/T5023 -2008系列标准《额定电压450/750V及以下绝缘电缆》、JB/T 8734-2012标准《聚氯乙烯绝缘软线》等标准。',
    );
    expect(named(cables, '额定电压450/750V及以下绝缘电缆')?.region).toBe('全国');
    expect(named(cables, '聚氯乙烯绝缘软线')?.region).toBe('全国');
    const feed = factsOf('辽宁省质量技术监督局2015年工作总结\n全省饲料企业执行GB 13078 — 2017标准《饲料卫生标准》。');
    expect(named(feed, '饲料卫生标准')?.region).toBe('全国');
  });
  it('gives local standards’ titles and their count the issuer named after them, not the product’s place in a title', () => {
    const cases: [string, string, number, string][] = [
      ['某某日报\n近日，锦州市市场监管局批准发布《地理标志产品 黑山花生》《北镇葡萄》2项锦州市地方标准。', '北镇葡萄', 2, '锦州市'],
      ['某某日报\n泉州市质监局发布《安溪铁观音加工技术规范》《永春芦柑》等3项泉州市地方标准。', '安溪铁观音加工技术规范', 3, '泉州市'],
      ['某某日报\n日前，《中宁枸杞栽培规程》《宁夏枸杞干果》4项中卫市地方标准正式实施。', '中宁枸杞栽培规程', 4, '中卫市'],
    ];
    for (const [text, title, count, region] of cases) {
      const facts = factsOf(text);
      expect(named(facts, title)?.region, text).toBe(region);
      expect(facts.find((f) => f.type === 'count' && f.value === count)?.region, text).toBe(region);
    }
  });
  it('gives a title before a bracketed ISO code no region, and one before a DB code its province', () => {
    const iso = factsOf('辽宁省质量技术监督局2015年工作总结\n全省食品企业按照《食品安全管理体系》(ISO 22000)开展认证。');
    expect(named(iso, '食品安全管理体系')?.region).toBeNull();
    const local = factsOf('吉林省质量技术监督局2015年工作总结\n发布《梅花鹿养殖技术规范》(DB22/T 2201-2015)。');
    expect(named(local, '梅花鹿养殖技术规范')?.region).toBe('吉林省');
  });
});
