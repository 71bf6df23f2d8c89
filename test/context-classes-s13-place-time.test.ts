import { describe, expect, it } from 'vitest';
import { categoryOf, loadCategoryCues } from '../pipeline/scope/category';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * Region, period and category classes of the thirteenth session (diagnosis of sets 13 and 14): how these documents
 * write the place and the time of a figure, and the contract's category order. One block a rule, with its id; every
 * sentence is our own, in the style of those documents.
 */

const cues = loadCategoryCues(dictionaries);

describe('CAT-ORDER: every X检率 and a 检查率 of instruments is a 检定率-like level (contract: pass_rate first)', () => {
  it('takes 强检率, 送检率 and 监督检查率 as pass_rate, though the words are metrology', () => {
    expect(categoryOf('社会公用计量标准强检率', 'rate', cues)).toBe('pass_rate');
    expect(byValue(factsOf('全县企业最高计量标准器送检率达到98%。'), 98).category).toBe('pass_rate');
    expect(byValue(factsOf('全市集贸市场在用衡器监督检查率为100%。'), 100).category).toBe('pass_rate');
  });
  it('leaves a coverage of inspections that is no 检查率 as it was', () => {
    expect(categoryOf('日常检查覆盖率', 'rate', cues)).not.toBe('pass_rate');
  });
});

describe('CAT-ORDER: 计量认证 is the accreditation of a testing body (contract: certification), not metrology', () => {
  it('takes bodies passing 计量认证 as certification', () => {
    expect(byValue(factsOf('全市有86家检测机构通过省级计量认证。'), 86).category).toBe('certification');
    expect(categoryOf('新增计量认证实验室', 'count', cues)).toBe('certification');
    expect(categoryOf('通过计量认证的质检站', 'count', cues)).toBe('certification');
  });
  it('keeps a pass rate of it pass_rate and verification of instruments metrology', () => {
    expect(categoryOf('计量认证现场评审合格率', 'rate', cues)).toBe('pass_rate');
    expect(byValue(factsOf('全市检定计量器具3.2万台件。'), 32000).category).toBe('metrology');
  });
});

describe('PERIOD-BASE-YEAR: the year a value is priced or indexed at (按X年不变价格, 以X年为基期) is no period', () => {
  it('dates the figure by its own year, not the price base', () => {
    const facts = factsOf('2015年全县工业总产值达到80亿元（按2010年不变价格计算），比上年增长9%。');
    expect(byValue(facts, 8000000000).period).toBe('2015');
    expect(byValue(facts, 9).period).toBe('2015');
    expect(byValue(factsOf('一九六五年农业总产值为八百亿元，按一九五七年不变价格计算，比一九六四年增长百分之八。'), 8).period).toBe('1965');
    expect(byValue(factsOf('2020年全市地区生产总值以2015年为基期计算增长了6.5%。'), 6.5).period).toBe('2020');
  });
});

describe('PERIOD-OTHER: 本年度 is the year the report is on, not the year it was published in', () => {
  it('dates 本年度 by the report year of a review given early the next year', () => {
    expect(byValue(factsOf('发布时间：2022-01-20\n2021年，某县市场监管局全面完成各项任务。本年度新增企业520户。'), 520).period).toBe(
      '2021',
    );
    expect(
      byValue(factsOf('发布时间：2020-02-10\n2019年，全市质监系统扎实工作，各项任务圆满完成。本年度共检定计量器具3.1万台件。'), 31000)
        .period,
    ).toBe('2019');
    const facts = factsOf('发布时间：2024-01-15\n2023年，区市场监管局稳步推进各项工作。本年度办结投诉举报1200件，办结率98%。');
    expect(byValue(facts, 1200).period).toBe('2023');
    expect(byValue(facts, 98).period).toBe('2023');
  });
});

describe('PERIOD-OTHER / PERIOD-TARGET: a year in a name (2023年度…质量奖, 2035年远景目标) dates no figure', () => {
  it('keeps the report year for the clauses after an award named by its year', () => {
    const award = factsOf(
      '某区市场监督管理局2024年工作总结\n2024年，我区质量工作稳步推进。今年全区8家企业获评2023年度区长质量奖，2家企业获评提名奖。',
    );
    expect(byValue(award, 8).period).toBe('2024');
    expect(byValue(award, 2).period).toBe('2024');
    const list = factsOf(
      '某市质监局2012年工作总结\n2012年，全市质量工作稳步推进。全市3家企业入选2011年度省名牌产品名单，新增著名商标5件。',
    );
    expect(byValue(list, 5).period).toBe('2012');
    const county = factsOf(
      '某县2019年质量工作总结\n2019年，全县质量工作扎实推进。3家企业荣获2018年度县长质量奖，全县新增检验检测机构4家。',
    );
    expect(byValue(county, 4).period).toBe('2019');
  });
  it('dates a plan period’s rate by the plan, not by the long-range goal named before it', () => {
    expect(byValue(factsOf('“十五五”期间，综合考虑实现2035年远景目标，全省地区生产总值年均增长5.5%。'), 5.5).period).toBe('2026-2030');
  });
});

describe('REGION-WRONG-PLACE: a place that hands down a task or gives help is not the figure’s region', () => {
  it('keeps the page’s own place after a helper province (对口援建) or the city that issued the task (下达)', () => {
    const helped =
      '德阳市质监局2009年上半年工作总结\n上半年，全市质监系统扎实推进灾后重建。在江苏省对口援建下，全市检测机构投入180万元购置设备。';
    expect(byValue(factsOf(helped), 1800000).region).toBe('德阳市');
    const device =
      '德阳市质监局2009年上半年工作总结\n上半年，全市质监系统扎实推进灾后重建。什邡局积极争取江苏省质监局对口援建的检定装置3套，全市共检定计量器具1.2万台。';
    expect(byValue(factsOf(device), 3).region).toBe('德阳市');
    const task =
      '平阳县市场监督管理局2021年工作总结\n2021年，全县市场监管工作稳步推进。完成温州市下达的食品抽检任务560批次，全县查处案件120起。';
    expect(byValue(factsOf(task), 560).region).toBe('平阳县');
  });
  it('does not take a helper province named twice as the page’s place', () => {
    const page =
      '全市质监系统半年工作总结\n上半年，全市质监系统扎实工作。北川局积极争取河南省质监局对口援建的检定装置，河南省质监局援建资金已经到位，全市共完成样品检验5200批次。绵阳市政府领导出席了授牌仪式。';
    expect(byValue(factsOf(page), 5200).region).toBe('绵阳市');
  });
});

describe('REGION-DISTRICTS-ONLY: a page naming only districts and counties of one city is that city’s', () => {
  it('takes the city for figures over the districts named together and for the page’s own totals', () => {
    const together = factsOf('本次抽查涉及江阳区、龙马潭区、纳溪区3个区，合计420批次产品，合格率为95.2%。');
    expect(byValue(together, 420).region).toBe('泸州市');
    expect(byValue(together, 95.2).region).toBe('泸州市');
    const page = factsOf(
      '2024年产品质量监督抽查情况通报\n本次抽查共抽查产品555批次。抽查企业分布在巴州区、恩阳区、南江县、通江县和平昌县。',
    );
    expect(byValue(page, 555).region).toBe('巴中市');
  });
  it('takes no city when the districts lie in two cities', () => {
    const facts = factsOf('抽查情况通报\n本次抽查共抽查产品200批次。抽查企业分布在江阳区、纳溪区和巴州区。');
    expect(byValue(facts, 200).region).not.toBe('泸州市');
    expect(byValue(facts, 200).region).not.toBe('巴中市');
  });
});

describe('REGION-OWN-CITY: 我市 in a city paper on its province is the city the page names most', () => {
  it('takes the city for 我市 and the province for 全省', () => {
    const luoyang = factsOf(
      '12月21日，商务部公示了新一批中华老字号名单。洛阳6家企业上榜，数量和郑州市并列全省第一。\n据了解，洛阳此次上榜企业涉及食品、酿酒等行业。我省此次上榜企业共有25家。\n来自市商务局的数据显示，此前全省共有省级以上老字号300家。我市此前共有省级以上老字号31家，其中中华老字号8家。',
    );
    expect(byValue(luoyang, 300).region).toBe('河南省');
    expect(byValue(luoyang, 31).region).toBe('洛阳市');
    expect(byValue(luoyang, 8).region).toBe('洛阳市');
    const mianyang = factsOf(
      '近日，商务厅公布了第三批省级老字号名单，绵阳4家企业入选，全省共有120家企业入选。\n据了解，绵阳此次入选的企业多为食品企业。全省老字号企业总数达到560家。\n我市现有老字号企业27家。',
    );
    expect(byValue(mianyang, 27).region).toBe('绵阳市');
  });
  it('keeps the province when two cities are named as often', () => {
    const facts = factsOf(
      '12月21日，商务部公示了新一批中华老字号名单。洛阳6家企业上榜，郑州6家企业上榜。\n据了解，郑州和洛阳此次上榜企业涉及食品、酿酒等行业。我省此次上榜企业共有25家。\n来自市商务局的数据显示，此前全省共有省级以上老字号300家。我市此前共有省级以上老字号31家。',
    );
    expect(byValue(facts, 31).region).toBe('河南省');
  });
});

describe('REGION-NATIONAL-DEFAULT: a bureau’s work on its market and a special zone’s regulation are not nationwide', () => {
  it('keeps the page’s place after 市场安全 or a campaign on an industry (no statement about a market)', () => {
    const facts = factsOf(
      '2021年，四川省某市市场监管局全面完成各项任务。保障市场安全形势稳步向好，开展保健食品行业专项清理整治，完成抽检任务770批次。',
    );
    expect(byValue(facts, 770).region).toBe('四川省');
  });
  it('takes a special economic zone’s regulation as its city’s', () => {
    const zone = (text: string) => factsOf(text).find((f) => f.type === 'policy')!.region;
    expect(zone('近日，《厦门经济特区电梯安全管理条例》正式施行。据介绍，我国电梯保有量居世界第一，全国电梯事故逐年下降。')).toBe('厦门市');
    expect(zone('记者获悉，《汕头经济特区食品安全条例》已经通过审议。我国食品安全形势总体稳定，全国抽检合格率达97%。')).toBe('汕头市');
    expect(
      zone(
        '儿童玩具等有望列入监督抽查重点产品\n在会议上，提请二审的《深圳经济特区产品质量管理条例》增加了对玩具的相关规定。\n据介绍，我国的玩具出口量很大，全国有玩具企业3000家。',
      ),
    ).toBe('深圳市');
  });
});

describe('CAT-AWARDS-TRADEMARKS: trademarks applied for are no brand (other); registered and famous marks held are brand', () => {
  it('takes counts of trademark applications as other, registered marks held as brand (s19)', () => {
    const district = factsOf(
      '某区市场监督管理局2024年工作总结\n2024年1-9月全区申请商标5506件，注册4343件，有效注册商标量63695件。全区新增驰名商标2件。',
    );
    expect(byValue(district, 5506).category).toBe('other');
    expect(byValue(district, 63695).category).toBe('brand');
    expect(byValue(district, 2).category).toBe('brand');
    const county = factsOf('某县市场监督管理局2023年工作总结\n2023年，全县办理商标注册申请860件，新增有效注册商标720件，新增著名商标2件。');
    expect(byValue(county, 860).category).toBe('other');
    expect(byValue(county, 720).category).toBe('brand');
    expect(byValue(county, 2).category).toBe('brand');
    const city = factsOf(
      '某市知识产权局2022年工作情况\n2022年，全市新增注册商标1.2万件，累计有效注册商标达9.8万件，拥有中国驰名商标15件。',
    );
    expect(byValue(city, 12000).category).toBe('brand');
    expect(byValue(city, 15).category).toBe('brand');
  });
});

describe('REGION-WRONG-PLACE: a place followed by a bracket of its figures gives them all', () => {
  it('takes each listed place for the figures in its own bracket, not the last place nor the page’s', () => {
    const facts = factsOf(
      '温州市质监局2009年第四季度产品质量监督抽查情况\n按地区分类统计，产品抽样合格率较高的是瓯海区(抽查22批次，合格21批次，合格率为95.5%)，乐清市(抽查20批次，合格19批次，合格率为95%)，合格率较低的是鹿城区(抽查48批次，合格40批次，合格率为83.3%)。',
    );
    expect(byValue(facts, 21).region).toBe('瓯海区');
    expect(byValue(facts, 95.5).region).toBe('瓯海区');
    expect(byValue(facts, 19).region).toBe('乐清市');
    expect(byValue(facts, 40).region).toBe('鹿城区');
    const firms = factsOf('某某日报\n本次抽查的企业分布在北京(12家)、上海(8家)和广州(5家)。');
    expect(byValue(firms, 8).region).toBe('上海市');
    expect(byValue(firms, 5).region).toBe('广州市');
  });
  it('leaves a bracket that follows no place to the clause’s own place', () => {
    const facts = factsOf('吉林省质量技术监督局2014年工作总结\n全省共查处案件1200起(其中长春市查处案件300起)，罚没款800万元。');
    expect(byValue(facts, 1200).region).toBe('吉林省');
    expect(byValue(facts, 300).region).toBe('长春市');
  });
});

describe('REGION-NATIONAL-DEFAULT: a short name given to a title (以下简称《条例》) stands for that title and its place', () => {
  it('takes the full title’s place for the short title', () => {
    const region = (text: string, name: string) => factsOf(text).find((f) => f.type === 'policy' && f.name === name)?.region;
    expect(
      region(
        '儿童玩具等有望列入监督抽查重点产品\n在会议上，提请二审的《深圳经济特区产品质量管理条例(修订草案)》(以下简称《条例(修订草案)》)增加了对玩具的相关规定。\n据介绍，我国的玩具出口量很大，全国有玩具企业3000家。',
        '条例(修订草案)',
      ),
    ).toBe('深圳市');
    expect(
      region(
        '某某日报\n记者获悉，《杭州市电梯安全管理办法(试行)》（以下简称《办法(试行)》）明确，我国电梯保有量居世界第一，全国电梯事故逐年下降。',
        '办法(试行)',
      ),
    ).toBe('杭州市');
    expect(
      region(
        '某某日报\n记者获悉，《汕头经济特区食品安全条例(草案)》(下称《条例(草案)》)已经通过审议。我国食品安全形势总体稳定，全国抽检合格率达97%。',
        '条例(草案)',
      ),
    ).toBe('汕头市');
  });
});

describe('CAT-MISC: 生产资料 and 消费资料 are goods, not the leaflets 资料 names in publicity', () => {
  it('takes their output, sales and growth as finance and keeps leaflets as publicity', () => {
    const plan = factsOf(
      '一九五八年国民经济计划\n一九五七年生产资料的生产为三百五十亿元，比上一年增长百分之十八，消费资料的生产为三百九十亿元，比上一年增长百分之九。',
    );
    expect(byValue(plan, 35000000000).category).toBe('finance');
    expect(byValue(plan, 18).category).toBe('finance');
    expect(byValue(plan, 39000000000).category).toBe('finance');
    const farm = factsOf('某县2012年工作总结\n2012年，全县农业生产资料销售额达到5.6亿元，同比增长12%。');
    expect(byValue(farm, 560000000).category).toBe('finance');
    const city = factsOf('某市2015年质量工作总结\n2015年，全市发放宣传资料3.2万份，生活资料类商品零售额增长8%。');
    expect(byValue(city, 32000).category).toBe('publicity');
    expect(byValue(city, 8).category).toBe('finance');
  });
});
