import { describe, expect, it } from 'vitest';
import { contractFacts, newDocument, type Fact } from '../core/document';
import { loadPlaceIndex, PLACES_FILE } from '../pipeline/metadata/places';
import { loadRegionIndex } from '../pipeline/metadata/regions';
import { dateInUrl, loadReportYearRules, reportYear } from '../pipeline/metadata/report-year';
import { findHeadings, loadHeadingRules } from '../pipeline/scope/headings';
import { placesIn } from '../pipeline/scope/places-in';
import { TIME_FILE } from '../pipeline/scope/time';
import { processText } from '../pipeline/pipeline';
import { byValue, dictionaries, pipeline } from './extract-helpers';

/** Our own fixtures in the style of the reports (contract v1.1, "Context fields"). */
function factsOf(text: string): Fact[] {
  return processText(text, 'context-fixture', pipeline).facts;
}

/** A national report on a five-year plan: its review part and its plan part, numbered again inside. */
const FIVE_YEAR_REPORT = [
  '关于第九个五年计划的报告',
  '一、“八五”计划执行情况的回顾',
  '从一九九○年至一九九五年，全国钢产量由六千六百万吨增加到九千五百万吨。',
  '五年合计在城镇安排就业的劳动力达到三千二百多万人。',
  '五年内新建铁路5800公里。',
  '二、“九五”时期的主要任务',
  '一、保持适度的经济增长速度',
  '计划草案规定，五年内全国国内生产总值平均每年增长百分之八。',
  '二、合理安排投资规模',
  '今后五年，全国农民的纯收入平均每年增长百分之五。',
  '三、积极发展对外贸易',
  '三、“九五”时期的体制改革',
  '全国国有企业的改制面达到百分之六十。',
].join('\n');

describe('headings whose numbering starts again inside a part', () => {
  const rules = loadHeadingRules(dictionaries);
  it('nests a numbering that restarts at 一, and returns to the outer one when its count continues', () => {
    const levels = findHeadings(FIVE_YEAR_REPORT, rules).map((h) => [h.text.slice(0, 2), h.level]);
    expect(levels).toEqual([
      ['一、', 1],
      ['二、', 1],
      ['一、', 1.1],
      ['二、', 1.1],
      ['三、', 1.1],
      ['三、', 1],
    ]);
  });
  it('keeps the plan part’s years and status for the headings nested in it', () => {
    const facts = factsOf(FIVE_YEAR_REPORT);
    expect(byValue(facts, 8)).toMatchObject({ period: '1996-2000', status: 'target' });
    expect(byValue(facts, 5)).toMatchObject({ period: '1996-2000', status: 'target' });
  });
});

describe('period: spans, counts of years and cumulative figures', () => {
  const facts = factsOf(FIVE_YEAR_REPORT);
  it('dates the first value of a span written as two years by its first year, the level reached by its last', () => {
    expect(byValue(facts, 66000000)).toMatchObject({ period: '1990' });
    expect(byValue(facts, 95000000)).toMatchObject({ period: '1995' });
  });
  it('keeps the span for a total over it (合计, 累计), and for what was added over N years (五年内)', () => {
    expect(byValue(facts, 32000000)).toMatchObject({ period: '1991-1995', status: 'actual' });
    expect(byValue(facts, 5800)).toMatchObject({ period: '1991-1995', status: 'actual' });
  });
  it('reads no 年内 (this year) inside N年内', () => {
    const plan = factsOf('某某省2015年工作报告\n一、2015年工作安排\n力争三年内建成县级检测中心12个。');
    expect(byValue(plan, 12).period).not.toBe('2016');
  });
});

describe('status and period of what lies ahead', () => {
  it('makes a figure dated after the year of writing a target, all but the first value of a from-to pair', () => {
    const facts = factsOf('发布时间：2011-04-21\n该国政府至2030年在机关、超市和加油站设立27000个充电站，充电桩从300个增加到9000个。');
    expect(byValue(facts, 27000)).toMatchObject({ period: '2030', status: 'target' });
  });
  it('takes 有望 and 预测 as cues of a target', () => {
    const facts = factsOf('发布时间：2011-08-08\n业内人士预测，该类白酒的市场份额有望达到30%左右。');
    expect(byValue(facts, 30)).toMatchObject({ status: 'target' });
  });
  it('does not carry a forecast year of an earlier sentence to an actual figure after it', () => {
    const facts = factsOf('发布时间：2011-04-21\n某公司预测2014年该市场规模将达300亿欧元。丹麦电力的近20%来自风力发电。');
    expect(byValue(facts, 300 * 1e8)).toMatchObject({ period: '2014', status: 'target' });
    expect(byValue(facts, 20)).toMatchObject({ period: '2011', status: 'actual' });
  });
  it('reads 相当于X年的 as the base of a comparison, not the year of the figure', () => {
    const facts = factsOf('发布时间：2011-04-21\n计划2013年前在2600万个家庭安装智能电表，相当于2009年的3倍。');
    expect(byValue(facts, 3).period).not.toBe('2009');
    expect(byValue(facts, 26000000).period).not.toBe('2010');
  });
});

describe('region: places that only qualify, openings that only set the time, routes', () => {
  const places = loadPlaceIndex(dictionaries);
  it('runs the qualifier examples of places.json: the place word qualifies no figure', () => {
    const examples = dictionaries.json<{ qualifierExamples: [string, string][] }>(PLACES_FILE).qualifierExamples;
    for (const [text, word] of examples) {
      const found = places.find(text, 0, text.length, () => true).find((p) => text.slice(p.start, p.end) === word);
      expect(found?.qualifiesScheme, text).toBe(true);
    }
  });
  it('takes the own region, not the base of a share or a rank', () => {
    const facts = factsOf(
      '山东省2026年政府工作报告\n全省生产总值年均增长5.9%、高于全国0.5个百分点，经济总量占全国比重由7.2%提升至7.4%。\n建成全国唯一示范省，人均预期寿命增至80.5岁。',
    );
    expect(byValue(facts, 0.5).region).not.toBe('全国');
    expect(byValue(facts, 7.4).region).not.toBe('全国');
    expect(byValue(facts, 80.5).region).not.toBe('全国');
  });
  it('reads the place of the clause after an opening that only sets the time (前不久，上海市…查获…)', () => {
    const facts = factsOf('消费者警惕山寨家电\n前不久，上海市稽查总队执法人员在郊区发现一处窝点，查获了5000台小家电。');
    expect(byValue(facts, 5000)).toMatchObject({ region: '上海市' });
  });
  it('runs the name examples of places.json: a figure takes the places that open its makers’ names after it', () => {
    for (const [text, region] of dictionaries.json<{ nameExamples: [string, string][] }>(PLACES_FILE).nameExamples) {
      expect(factsOf(text)[0]?.region, text).toBe(region);
    }
  });
  it('runs the continuation examples of places.json: a clause going on with the subject before it (并, 还) takes its places', () => {
    for (const [text, region] of dictionaries.json<{ continuationExamples: [string, string][] }>(PLACES_FILE).continuationExamples) {
      expect(factsOf(text)[0]?.region, text).toBe(region);
    }
  });
  it('reads 全省 in a national page as the province its paragraph named before it, in a city’s page as its province', () => {
    const national = factsOf(
      '我国电线电缆行业面临挑战\n全国电线电缆行业产值已达5000亿元。湖北电线电缆行业发展也很快，全省行业产值已突破300亿元。',
    );
    expect(byValue(national, 30000000000).region).toBe('湖北省');
    expect(byValue(national, 500000000000).region).toBe('全国');
    const city = factsOf(
      '青岛市质量工作会议\n全市监督抽查合格率为92.5%，居全省第一；全省抽查合格率为90.1%。全市共查处案件120起，全市罚没款300万元。',
    );
    expect(byValue(city, 90.1).region).toBe('山东省');
    expect(byValue(city, 120).region).toBe('青岛市');
  });
  it('dates the entries of a chronology by the date line above each, and a year followed by 的12月 as a date', () => {
    const facts = factsOf(
      '某某电梯事故一览\n2008年8月\n某地一处展览馆电梯突然下落，造成10人受伤。\n2009年11月\n某地一商场扶梯逆行，造成12人受伤。\n早在2007年的12月份，某地就发生过类似故障。该事故导致25名乘客受伤。',
    );
    expect(byValue(facts, 10).period).toBe('2008');
    expect(byValue(facts, 12).period).toBe('2009');
    expect(byValue(facts, 25).period).toBe('2007');
  });
  it('spans 自1984年…以来 to the report year', () => {
    const facts = factsOf('某某公司在华发展情况\n2011年7月19日\n自1984年在中国组建合资公司以来，该公司在各地设有9家合资企业。');
    expect(byValue(facts, 9).period).toBe('1984-2011');
  });
  it('gives a route between two places (济南至宁津) the smallest region holding both', () => {
    const facts = factsOf('山东省2026年政府工作报告\n三、2026年重点工作\n建成通车济南至宁津等5个高速公路项目。');
    expect(byValue(facts, 5)).toMatchObject({ region: '山东省' });
  });
});

describe('document scope: report year and region', () => {
  it('takes a work report dated by its year alone, looking back, to be about the year before', () => {
    const rules = loadReportYearRules(dictionaries);
    const text = '各位代表：过去五年，我们经受住了严峻考验。去年国内生产总值增长10.3%。';
    expect(reportYear(text, '2011', rules, '2011年某某省政府工作报告')).toEqual({ year: '2010', rule: 'year-report-looks-back' });
    expect(reportYear('全年工作安排如下。', '2011', rules, '2011年某某省政府工作报告')?.year).toBe('2011');
  });
  it('gives a news page that speaks as no government the most specific place it names', () => {
    const regions = loadRegionIndex(dictionaries);
    const page = '日前，河北钢铁集团邯郸钢铁完成一份钢板合同，产品将全部用于液压支架制造。邯郸钢铁依托两条生产线开发新产品。';
    expect(regions.documentRegion(page, '“邯钢造”打造液压支架')?.name).toBe('邯郸市');
    const report = '全省质量工作会议召开。全省监督抽查合格率为91%。河北省邯郸市一家企业获奖。全省共查处案件300起。';
    // One 我国 leaves a page to the place its lead tells the story in, not to a place named only further down.
    const story =
      '日前，杭州市稽查人员在一处仓库查获仿冒品牌的电热水壶2000台。' +
      '执法人员现场抽检发现电源线过细。'.repeat(12) +
      '我国现行法规对此处罚较轻。';
    expect(regions.documentRegion(story, '仿冒小家电流入市场')?.name).toBe('杭州市');
    const later = '仿冒小家电屡禁不止，消费者应当警惕。'.repeat(20) + '杭州市稽查人员查获一批电热水壶。我国现行法规对此处罚较轻。';
    expect(regions.documentRegion(later, '仿冒小家电流入市场')).toBeNull();
    expect(regions.documentRegion(report, '河北省质量工作会议')?.name).toBe('河北省');
  });
});

describe('an opening clause that names a topic keeps it', () => {
  it('does not hand 铁路方面 on to a route named in the next clause', () => {
    const facts = factsOf('山东省2026年政府工作报告\n三、2026年重点工作\n铁路方面，推动日照至五莲铁路纳规；抓好6条续建铁路建设。');
    expect(byValue(facts, 6)).toMatchObject({ region: '山东省' });
  });
});

describe('a paragraph that opens with a span scopes the paragraphs after it', () => {
  const report = [
    '2026年某某省政府工作报告',
    '一、2025年和“十四五”时期工作回顾',
    '2025年，全省新建5G基站1.2万个。',
    '五年来，我们坚持创新驱动，综合实力迈上新台阶。',
    '新增高速公路2600公里，建成农村公路3000公里。',
    '二、2026年工作安排',
    '今后五年，全省新建高速公路1800公里。',
  ].join('\n');
  it('gives the five-year part’s figures the span, up to the next heading', () => {
    const facts = factsOf(report);
    expect(byValue(facts, 12000)).toMatchObject({ period: '2025' });
    expect(byValue(facts, 2600)).toMatchObject({ period: '2021-2025', status: 'actual' });
    expect(byValue(facts, 1800)).toMatchObject({ status: 'target' });
  });
});

describe('the span of a sentence that opens with it, inside a paragraph that opens otherwise', () => {
  it('carries 五年来 from 各位代表！2025年是…。五年来，… to the paragraphs after it', () => {
    const report = [
      '2026年某某省政府工作报告',
      '一、2025年及“十四五”时期工作回顾',
      '各位代表！2025年是“十四五”收官之年。五年来，我们牢记嘱托，砥砺前行。',
      '——美丽家园建设实现新跃升。治理废弃矿山16.4万亩，修复湿地90余万亩。',
    ].join('\n');
    expect(byValue(factsOf(report), 164000)).toMatchObject({ period: '2021-2025' });
  });
});

describe('a heading that names the nation in a provincial report', () => {
  it('leaves the document’s region to the figures under it', () => {
    const report = [
      '山东省2026年政府工作报告',
      '三、2026年重点工作',
      '（十）加快建设美丽中国先行区',
      '实施16处大宗工业固废回填试点。',
    ].join('\n');
    expect(byValue(factsOf(report), 16)).toMatchObject({ region: '山东省' });
  });
});

describe('a county named in a quoted product name', () => {
  it('gives the product’s figure the county when it lies in the document’s region', () => {
    const facts = factsOf('甘肃省质量技术监督局2016年工作总结\n完成“迭部蕨麻猪”、“迭部羊肚菌”2个地理标志产品的评审。');
    expect(byValue(facts, 2)).toMatchObject({ region: '迭部县' });
  });
});

describe('a from-to pair under a target cue', () => {
  it('keeps 去年 to the first value: the value to reach is the target', () => {
    const facts = factsOf('发布时间：2011-03-14\n今年，公司总库存要从去年的61亿元降低到45亿元。全省合格率已从去年的90%提高到93%。');
    expect(byValue(facts, 6.1e9)).toMatchObject({ status: 'actual' });
    expect(byValue(facts, 4.5e9)).toMatchObject({ status: 'target', period: '2011' });
    expect(byValue(facts, 93)).toMatchObject({ status: 'actual' });
  });
});

describe('a part headed by a line without a marker (“十四五”时期工作回顾, 2026年重点工作)', () => {
  const report = [
    '2026年某某自治区政府工作报告',
    '各位代表：',
    '“十四五”时期工作回顾',
    '刚刚过去的2025年，全区经济平稳运行。这五年，全区新修农村公路5100公里，新增城镇就业人口42万人。',
    '“十五五”时期的主要目标任务',
    '全区生产总值年均增长6%以上，研发经费投入年均增长9%。',
    '2026年重点工作',
    '全区生产总值增长5.5%左右，粮食产量稳定在800万吨以上。',
  ].join('\n');
  const facts = factsOf(report);
  it('reads the review part as actual figures of its span', () => {
    expect(byValue(facts, 5100)).toMatchObject({ period: '2021-2025', status: 'actual' });
  });
  it('reads the five-year plan part and the next year’s part as targets of their years', () => {
    expect(byValue(facts, 9)).toMatchObject({ period: '2026-2030', status: 'target' });
    expect(byValue(facts, 5.5)).toMatchObject({ period: '2026', status: 'target' });
    expect(byValue(facts, 8000000)).toMatchObject({ period: '2026', status: 'target' });
  });
  it('takes no line cut short by the layout for a heading (主要预期目标 / 是：…)', () => {
    const cut = factsOf(
      ['2026年某某省政府工作报告', '三、2026年工作安排', '今年的', '主要预期目标', '是：地区生产总值增长5%左右。'].join('\n'),
    );
    expect(byValue(cut, 5)).toMatchObject({ period: '2026', status: 'target' });
    expect(findHeadings('今年的\n主要预期目标\n是：增长5%。', loadHeadingRules(dictionaries))).toEqual([]);
  });
});

describe('a level a span ends with, when the figure’s own words say it was reached (突破, 超过)', () => {
  it('dates 突破N and 首次超过N by the span’s last year, a total over it by the span', () => {
    const report = [
      '2026年某某省政府工作报告',
      '一、2025年和“十四五”时期工作回顾',
      '五年来，全省外贸总额首次突破900亿元，社会消费品零售总额超过6000亿元，累计新建学校320所。',
    ].join('\n');
    const facts = factsOf(report);
    expect(byValue(facts, 9e10)).toMatchObject({ period: '2025' });
    expect(byValue(facts, 6e11)).toMatchObject({ period: '2025' });
    expect(byValue(facts, 320)).toMatchObject({ period: '2021-2025' });
  });
});

describe('the year that opens an earlier sentence of the paragraph', () => {
  it('dates what follows before a span named inside a later clause (…，实现“十四五”圆满收官)', () => {
    const report = [
      '2026年某某省政府工作报告',
      '一、“十四五”时期工作回顾',
      '过去的2025年，全省上下攻坚克难，实现“十四五”圆满收官。地区生产总值增长6.3%，进出口总额增长7.1%。',
    ].join('\n');
    const facts = factsOf(report);
    expect(byValue(facts, 6.3)).toMatchObject({ period: '2025' });
    expect(byValue(facts, 7.1)).toMatchObject({ period: '2025' });
  });
  it('reads a year after ； as opening its part of the sentence', () => {
    const facts = factsOf('发布时间：2012-05-02\n2010年，该市抽查了5类产品；2011年，抽查范围扩大到9类。截至目前，已检查经营户3400余家。');
    expect(byValue(facts, 3400)).toMatchObject({ period: '2011' });
  });
});

describe('the base year of a multiple (是1997年的2.3倍, 等于一九四九年的二点五倍)', () => {
  it('dates the multiple by the sentence’s own year, and no year after the base', () => {
    const facts = factsOf('一九五四年预计钢产量二百二十万吨，等于一九四九年的十三倍。');
    expect(byValue(facts, 13)).toMatchObject({ period: '1954' });
    const later = factsOf('发布时间：2009-03-05\n去年，全省高校在校生达到96万人，是2003年的2.4倍。');
    expect(byValue(later, 2.4)).toMatchObject({ period: '2008' });
  });
  it('counts no base of a multiple or a from-to pair toward the year a report is about', () => {
    const rules = loadReportYearRules(dictionaries);
    const text = [
      '过去五年工作回顾',
      '五年来，全国财政收入从1992年的3400亿元增加到1997年的8600亿元，在校生是1992年的2倍。',
      '公路里程由1992年的105万公里增加到1997年的123万公里，电话用户是1992年的5倍。',
      '1997年，国内生产总值增长8.8%。',
    ].join('\n');
    expect(reportYear(text, null, rules)?.year).toBe('1997');
  });
});

describe('a vague past time (以前, 早几年: contract, period null)', () => {
  it('gives the figures of its own clause no year, and leaves the next clause to its own time', () => {
    const facts = factsOf(
      '发布时间：2011-06-20\n以前的行业标准规定每毫升不超过80万个，现在的标准是每毫升150万个。早几年全县只有3家检测站。',
    );
    expect(byValue(facts, 800000).period).toBeNull();
    expect(byValue(facts, 3).period).toBeNull();
    expect(byValue(facts, 1500000).period).toBe('2011');
  });
});

describe('figures about Europe and America (欧美): foreign, no region', () => {
  it('gives 欧美 and 日韩 no region, as the countries they name', () => {
    const facts = factsOf('某某日报\n欧美规定生乳每毫升细菌数不超过12万个，日韩的同类限值为每毫升30万个。');
    expect(byValue(facts, 120000).region).toBeNull();
    expect(byValue(facts, 300000).region).toBeNull();
  });
});

describe('a standard named as national or of an industry (《…》国家标准, 《…》行业标准)', () => {
  it('holds nationwide whoever drafted it, and so does the short name it is given', () => {
    const facts = factsOf(
      '某某日报\n由某某省质监局牵头起草的《浓香型黄酒》国家标准（以下简称《标准》）近日发布。该《标准》共设12项指标。另有宁波市起草的《不锈钢水槽》行业标准同时实施。',
    );
    const named = (name: string) => facts.filter((f) => f.type === 'standard' && f.name === name);
    expect(named('浓香型黄酒').map((f) => f.region)).toEqual(['全国']);
    expect(named('标准').length).toBeGreaterThan(0);
    expect(named('标准').every((f) => f.region === '全国')).toBe(true);
    expect(named('不锈钢水槽').map((f) => f.region)).toEqual(['全国']);
  });
});

describe('a provincial report’s money from the centre and its firsts in the nation (中央, 全国率先)', () => {
  it('keeps the report’s own region for 争取中央…资金 and after 在全国率先…', () => {
    const report = [
      '2026年山东省政府工作报告',
      '一、2025年工作回顾',
      '争取中央预算内投资128亿元，与中央企业签约项目46个。',
      '在全国率先出台农田建设条例，新建高标准农田860万亩。',
    ].join('\n');
    const facts = factsOf(report);
    expect(byValue(facts, 12800000000).region).toBe('山东省');
    expect(byValue(facts, 46).region).toBe('山东省');
    expect(byValue(facts, 8600000).region).toBe('山东省');
  });
});

describe('an average rate with a base year and a year of its own (2007年，…比2002年增长…，年均增长…)', () => {
  it('spans the base year to its own year, and a share of a base year (为2000年的226%) takes the sentence’s year', () => {
    const facts = factsOf(
      '某某日报\n2009年，全省粮食产量比2004年增长31%，年均增长5.6%。2008年，行业出口额为2003年的218%，平均每年递增16.9%。',
    );
    expect(byValue(facts, 5.6)).toMatchObject({ period: '2004-2009' });
    expect(byValue(facts, 31)).toMatchObject({ period: '2009' });
    expect(byValue(facts, 218)).toMatchObject({ period: '2008' });
    expect(byValue(facts, 16.9)).toMatchObject({ period: '2003-2008' });
  });
});

describe('an undated report that names the year after the one it is about (一九五四年预计…)', () => {
  it('is written in that later year: 今年 and 明年 count from it', () => {
    const report = [
      '各位代表：',
      '一九五三年全国钢产量比一九五二年增加百分之十八。一九五三年完成基本建设投资八十亿元。一九五三年新建工厂四百个。',
      '一九五四年预计发电量达到一百一十亿度。一九五四年计划新建铁路九百公里。',
      '农业生产合作社在今年七月已经发展到九万个，预计明年春耕时将达四十万个以上。',
    ].join('\n');
    const facts = factsOf(report);
    expect(byValue(facts, 90000)).toMatchObject({ period: '1954', status: 'actual' });
    expect(byValue(facts, 400000)).toMatchObject({ period: '1955' });
  });
});

describe('the year a standard was issued, for the limits a later sentence gives of it', () => {
  it('skips a draft put out for comment and a vague past, reads 现行…标准 as a reference, 因此…标准 as none', () => {
    const page = [
      '某某日报',
      '发布时间：2012-05-10',
      '以前的规定较宽，但在去年新发布的果汁新国标中，维生素限值改为每百克不低于8毫克。',
      '早在2009年底，《果汁饮料》新标准征求意见稿一发布，就有人质疑。',
      '现行果汁国家标准要求，每百克果汁的糖分不高于12克。',
      '专家称，企业因此降低相关标准，全省约六成的果农受到影响。',
    ].join('\n');
    const facts = factsOf(page);
    expect(byValue(facts, 12)).toMatchObject({ period: '2011' });
    expect(byValue(facts, 60)).toMatchObject({ period: '2012' });
  });
});

describe('the end of a five-year plan (“十三五”末) and the value a comparison is taken from', () => {
  const facts = factsOf(
    '某某省2026年政府工作报告\n一、“十四五”时期工作回顾\n2025年是“十四五”收官之年。全省粮食产量达到780亿斤，较“十三五”末的702亿斤增加78亿斤。\n城乡居民收入比“十三五”期末提高35.5%。',
  );
  it('dates the value bound to the plan’s end by its last year, the rest by the year the paragraph names', () => {
    expect(byValue(facts, 70200000000).period).toBe('2020');
    expect(byValue(facts, 78000000000).period).toBe('2025');
  });
  it('dates no figure the year after the plan’s end (a comparison with 2020 in a report on 2025)', () => {
    expect(byValue(facts, 35.5).period).not.toBe('2021');
  });
  it('dates a value bound to a compared year (比一九五七年的…) by that year', () => {
    const old = factsOf('政府工作报告\n一九五八年农业总产值达到八百八十亿元，比一九五七年的五百三十七亿元增长百分之六十四。');
    expect(byValue(old, 53700000000).period).toBe('1957');
    expect(byValue(old, 88000000000).period).toBe('1958');
  });
});

describe('general statements about a market in a page that speaks as no government (contract: → 全国)', () => {
  it('runs the market examples of places.json', () => {
    for (const [text, region] of dictionaries.json<{ marketExamples: [string, string][] }>(PLACES_FILE).marketExamples) {
      expect(factsOf(text)[0]?.region, text).toBe(region);
    }
  });
  it('reads an industry standard (行业标准) as a level of standards, not a statement about an industry (REGION-INDUSTRY-STANDARD)', () => {
    const facts = factsOf(
      '“数说”安徽计量与标准\n发布时间：2011-05-10\n主导起草国际标准12项、行业标准3080项；承担化工行业标准起草任务16项。\n这是安徽省标准化工作交出的成绩单。',
    );
    expect(byValue(facts, 3080).region).toBe('安徽省');
    expect(byValue(facts, 16).region).toBe('安徽省');
  });
  it('reads a market statement as nationwide in a page about one city, a speaker’s place as his, a firm’s figure as the city’s', () => {
    const facts = factsOf(
      '广州灯具企业调查\n发布时间：2011-05-10\n广州市灯具企业多达3000家。广州市某协会会长李某介绍，灯具行业一般毛利率是15%左右。某公司去年市场销售额达到3亿元。',
    );
    expect(byValue(facts, 3000).region).toBe('广州市');
    expect(byValue(facts, 15).region).toBe('全国');
    expect(byValue(facts, 300000000).region).toBe('广州市');
  });
  it('leaves a government’s report to its own region', () => {
    const facts = factsOf(
      '广州市质量工作报告\n全市抽查合格率为92%。全市共查处案件120起。全市产品质量稳步提升。灯具行业一般毛利率是15%左右。',
    );
    expect(byValue(facts, 15).region).toBe('广州市');
  });
});

describe('a bureau named with its province before its city or county (内蒙古乌海市质监局, 四川省彭州市市场监管局)', () => {
  it.each([
    ['质监动态\n2019年，内蒙古乌海市质监局全年完成建材抽查180个批次，合格率为95%。全年查处案件36起。', 36, '乌海市'],
    ['工作动态\n2020年，广东省东莞市市场监督管理局加大执法力度。全年查处案件420起。', 420, '东莞市'],
    ['市场监管动态\n2021年，四川省彭州市市场监管局全面完成各项任务。本年度受理投诉2100件。', 2100, '彭州市'],
    // A page that speaks as its province keeps it, whatever city its lead names.
    ['2019年全区质监工作总结\n内蒙古乌海市质监局等单位受到表彰。全区共查处案件3600起，全区抽查合格率为93%。', 3600, '内蒙古自治区'],
  ])('%s', (text, value, region) => {
    expect(byValue(factsOf(text), value).region).toBe(region);
  });
});

describe('short names that are also ordinary words (白银 the metal, 安康 well-being, 龙井 the tea)', () => {
  const places = loadPlaceIndex(dictionaries);
  it('runs the common-word examples of places.json: a place only with a locative verb, a place noun or a list of places', () => {
    const examples = dictionaries.json<{ commonWordExamples: [string, string | null][] }>(PLACES_FILE).commonWordExamples;
    for (const [text, region] of examples) {
      const { doc } = processText(text, 'common-word', pipeline);
      const norm = doc.norm!.text;
      const found = placesIn(norm, 0, norm.length, doc.tokens ?? [], { places, documentRegion: null }).filter((p) => p.kind === 'division');
      expect(found[found.length - 1]?.division?.name ?? null, text).toBe(region);
    }
  });
});

describe('a nationwide average per year (全国平均每年) is no base of a comparison', () => {
  it('gives the figure the nation, while 全国平均水平 still qualifies none', () => {
    const facts = factsOf(
      '深圳电梯安全检查\n发布时间：2011-07-13\n深圳市共检查电梯3400台。全国平均每年发生电梯事故40起左右。深圳市电梯事故率低于全国平均水平，下降了12%。',
    );
    expect(byValue(facts, 40).region).toBe('全国');
    expect(byValue(facts, -12).region).toBe('深圳市');
  });
});

describe('an agency named with its place (广东省质量技术监督局, 深圳市市场监督管理局)', () => {
  it('gives what the agency did or required its place, in a page about no region', () => {
    const facts = factsOf('电梯安全追踪\n发布时间：2011-07-13\n根据杭州市市场监督管理局的要求，运营公司需要对280台扶梯实施自查。');
    expect(byValue(facts, 280).region).toBe('杭州市');
  });
});

describe('region: the actor’s place, not the place of what it acts on (contract: the region the figure is about)', () => {
  it('runs the object examples of places.json: a place after 与, 对, 向 or 假冒 is the partner’s or the maker’s', () => {
    for (const [sentence, region] of dictionaries.json<{ objectExamples: [string, string][] }>(PLACES_FILE).objectExamples) {
      expect(factsOf(`吉林省质量技术监督局2014年工作总结\n${sentence}`)[0]?.region, sentence).toBe(region);
    }
  });
  it('keeps the place acted on when a nationwide body is the actor (国家质检总局对…)', () => {
    const facts = factsOf('吉林省质量技术监督局2014年工作总结\n国家质检总局对辽宁省的乳制品企业抽查了45家。');
    expect(byValue(facts, 45).region).toBe('辽宁省');
  });
});

describe('region: a county’s short name where the text names the county in full (乐平 after 在乐平市)', () => {
  it('reads the short name as the county the page names in full, though the segmenter tags no place', () => {
    const facts = factsOf(
      '江西首家生物柴油企业投产\n近日，在乐平市，一家生物柴油企业正式投产。\n据介绍，乐平已有80多辆货车用上了这种柴油。',
    );
    expect(byValue(facts, 80).region).toBe('乐平市');
  });
  it('leaves the short name alone where the text never names the county in full', () => {
    const facts = factsOf('江西首家生物柴油企业投产\n据介绍，乐平已有80多辆货车用上了这种柴油。');
    expect(byValue(facts, 80).region).not.toBe('乐平市');
  });
});

describe('region: an opening that is a date (今年3月1日，…) hands the topic to the clause after it', () => {
  it('takes the place the clause after a full date names', () => {
    const facts = factsOf('贵州茶乡见闻\n去年4月12日，一位浙江茶商从杭州来到湄潭县，收购茶叶3万公斤。');
    expect(byValue(facts, 30000).region).toBe('湄潭县');
  });
});

describe('region: a place the segmenter joins to the area noun after it (上海地区, 北京市区)', () => {
  it('reads 上海地区 as 上海市 in a clause that names it', () => {
    const facts = factsOf('家具维权案进展\n据了解，全国已有90多名消费者登记维权，其中上海地区已有30多名。');
    expect(byValue(facts, 30).region).toBe('上海市');
    expect(byValue(facts, 90).region).toBe('全国');
  });
});

describe('period: a target under a plan heading of several years (contract: targets take their target year)', () => {
  const plan = '2016年政府工作报告\n二、“十三五”时期的主要目标任务\n';
  it('keeps the plan’s span for a level to be reached that names no year, and dates the value it starts from by the report year', () => {
    // PERIOD-PLAN-TARGET: the goal is set for the plan period as a whole (gold of three sets reads it so).
    const facts = factsOf(`${plan}常住人口城镇化率从56.1%提高到60%，森林覆盖率达到23.04%。`);
    expect(byValue(facts, 56.1).period).toBe('2015');
    expect(byValue(facts, 60).period).toBe('2016-2020');
    expect(byValue(facts, 23.04).period).toBe('2016-2020');
  });
  it('dates a level to be reached by the year its sentence names (到2020年)', () => {
    const facts = factsOf(`${plan}到2020年，森林覆盖率达到23.04%。`);
    expect(byValue(facts, 23.04).period).toBe('2020');
  });
  it('keeps the plan’s span for an average rate over it', () => {
    const facts = factsOf(`${plan}全省地区生产总值年均增长6.5%以上。`);
    expect(byValue(facts, 6.5).period).toBe('2016-2020');
  });
});

describe('region: areas over several provinces, frames, openings and what a count is of (places.json)', () => {
  const inJilin = (sentence: string) => factsOf(`吉林省质量技术监督局2014年工作总结\n${sentence}`)[0]?.region;
  it('runs the multi-province examples: 京津冀, 长三角, 北方一些省份 are nationwide in a news page, not a firm named after one', () => {
    for (const [text, value, region] of dictionaries.json<{ multiProvinceExamples: [string, number, string][] }>(PLACES_FILE)
      .multiProvinceExamples)
      expect(byValue(factsOf(text), value).region, text).toBe(region);
  });
  it('runs the frame examples: a nationwide word after 在 or 参加 frames the clause, its actor is the place before it', () => {
    for (const [sentence, region] of dictionaries.json<{ frameExamples: [string, string][] }>(PLACES_FILE).frameExamples)
      expect(inJilin(sentence), sentence).toBe(region);
  });
  it('runs the frame-opening examples: an opening 在…中 naming a campaign’s organiser hands the topic to the next clause', () => {
    for (const [text, value, region] of dictionaries.json<{ frameOpeningExamples: [string, number, string][] }>(PLACES_FILE)
      .frameOpeningExamples)
      expect(byValue(factsOf(text), value).region, text).toBe(region);
  });
  it('runs the bureau-paragraph examples: a local bureau’s case goes on in the sentences of its paragraph that name no place', () => {
    for (const [text, value, region] of dictionaries.json<{ bureauParagraphExamples: [string, number, string][] }>(PLACES_FILE)
      .bureauParagraphExamples)
      expect(byValue(factsOf(text), value).region, text).toBe(region);
  });
  it('runs the count-qualifier examples: 9家来自延吉的企业 counts firms of 延吉, 五家国内企业 domestic ones', () => {
    for (const [text, value, region] of dictionaries.json<{ qualifierAfterExamples: [string, number, string][] }>(PLACES_FILE)
      .qualifierAfterExamples)
      expect(byValue(factsOf(text), value).region, text).toBe(region);
  });
  it('runs the opening examples: a source or time opening (根据…报道, …了解到, 截至…年) hands the topic to the next clause', () => {
    for (const [sentence, region] of dictionaries.json<{ openingExamples: [string, string][] }>(PLACES_FILE).openingExamples)
      expect(inJilin(sentence), sentence).toBe(region);
  });
  it('runs the firm-name examples: 中国 opening a firm’s name (中国某某人寿) names the firm, not the nation', () => {
    for (const [text, value, region] of dictionaries.json<{ firmNameExamples: [string, number, string | null][] }>(PLACES_FILE)
      .firmNameExamples)
      expect(byValue(factsOf(text), value).region, text).toBe(region);
  });
  it('runs the place-named-nation examples: 中国 right after a place’s name (某县中国某某牛肉) is inside a name, not the nation', () => {
    for (const [text, value, region] of dictionaries.json<{ placeNamedNationExamples: [string, number, string | null][] }>(PLACES_FILE)
      .placeNamedNationExamples)
      expect(byValue(factsOf(text), value).region, text).toBe(region);
  });
  it('runs the comparison examples: a clause opening with a comparison’s base (较上一交易日, 同比) goes on with the clause before it', () => {
    for (const [text, value, region] of dictionaries.json<{ comparisonExamples: [string, number, string][] }>(PLACES_FILE)
      .comparisonExamples)
      expect(byValue(factsOf(text), value).region, text).toBe(region);
  });
  it('runs the brand-place examples: a brand named after a county of the document’s region (卓尼藏香猪) takes it', () => {
    for (const [text, brand, region] of dictionaries.json<{ brandPlaceExamples: [string, string, string][] }>(PLACES_FILE)
      .brandPlaceExamples) {
      const fact = factsOf(text).find((f) => f.type === 'brand' && f.name === brand);
      expect(fact?.region, text).toBe(region);
    }
  });
  it('runs the numbered-firm examples: a place before 第N and a firm’s name (郑州第三电缆有限公司) is the firm’s, not a rank', () => {
    for (const [text, value, region] of dictionaries.json<{ numberedFirmExamples: [string, number, string][] }>(PLACES_FILE)
      .numberedFirmExamples)
      expect(byValue(factsOf(text), value).region, text).toBe(region);
  });
  it('runs the brand-scheme examples: the place of the scheme a brand was named in (山东名牌, 全国驰名商标) is not the brand’s', () => {
    for (const [text, brand, region] of dictionaries.json<{ brandSchemeExamples: [string, string, string][] }>(PLACES_FILE)
      .brandSchemeExamples) {
      const fact = factsOf(text).find((f) => f.type === 'brand' && f.name === brand);
      expect(fact?.region, text).toBe(region);
    }
  });
  it('runs the abroad-paragraph examples: a news paragraph that turned to another country goes on about it', () => {
    for (const [text, value, region] of dictionaries.json<{ abroadParagraphExamples: [string, number, string | null][] }>(PLACES_FILE)
      .abroadParagraphExamples)
      expect(byValue(factsOf(text), value).region, text).toBe(region);
  });
  it('runs the governed-national examples: in a province’s report 新增全国文明城市5个 counts the province’s', () => {
    for (const [text, value, region] of dictionaries.json<{ governedNationalExamples: [string, number, string][] }>(PLACES_FILE)
      .governedNationalExamples)
      expect(byValue(factsOf(text), value).region, text).toBe(region);
  });
  it('runs the scheme-name examples: 全国 opening an honour’s or a licence’s name (全国文明城市, 全国…生产许可证) is no figure’s region', () => {
    for (const [text, value, region] of dictionaries.json<{ schemeNameExamples: [string, number, string][] }>(PLACES_FILE)
      .schemeNameExamples)
      expect(byValue(factsOf(text), value).region, text).toBe(region);
  });
  it('runs the own-plan examples: 《纲要(草案)》 in a province’s report is the province’s plan, a named plan the nation’s', () => {
    for (const [text, title, region] of dictionaries.json<{ ownPlanExamples: [string, string, string][] }>(PLACES_FILE).ownPlanExamples) {
      const fact = factsOf(text).find((f) => f.type === 'policy' && f.name === title);
      expect(fact?.region, text).toBe(region);
    }
  });
  it('runs the pronoun examples: a clause opened by 我们 or 他们 takes no place from the sentence’s opening topic', () => {
    for (const [text, value, region] of dictionaries.json<{ pronounExamples: [string, number, string][] }>(PLACES_FILE).pronounExamples)
      expect(byValue(factsOf(text), value).region, text).toBe(region);
  });
  it('runs the listed examples: a government’s count after examples closed by 等 is of a set of its own region', () => {
    for (const [text, value, region] of dictionaries.json<{ listedExamples: [string, number, string][] }>(PLACES_FILE).listedExamples)
      expect(byValue(factsOf(text), value).region, text).toBe(region);
  });
  it('runs the enumerated examples: a count after its things listed one by one, each opening with its place, is over them all (REGION-ENUMERATED-ITEMS)', () => {
    for (const [text, value, region] of dictionaries.json<{ enumeratedExamples: [string, number, string][] }>(PLACES_FILE)
      .enumeratedExamples)
      expect(byValue(factsOf(text), value).region, text).toBe(region);
  });
  it('runs the semicolon actor examples: each item of a list of bureaus’ deeds is its opening bureau’s (REGION-SEMICOLON-ACTOR)', () => {
    for (const [text, value, region] of dictionaries.json<{ semicolonActorExamples: [string, number, string][] }>(PLACES_FILE)
      .semicolonActorExamples)
      expect(byValue(factsOf(text), value).region, text).toBe(region);
  });
  it('reads a county-level city by the name it had as a county (玉环县 → 玉环市), and its short name after it', () => {
    const facts = factsOf('台州阀门产业调查\n发布时间：2011-05-16\n玉环县是阀门之都。截至2010年，玉环已有阀门企业700多家。');
    expect(byValue(facts, 700).region).toBe('玉环市');
  });
});

describe('a level, a total and a change under a span (contract: a span is for cumulative figures)', () => {
  const review = (sentence: string) => factsOf(['2026年某某省政府工作报告', '一、“十四五”时期工作回顾', `五年来，${sentence}`].join('\n'));
  it('dates a stock named right before its figure by the span’s last year, what was added to it by the span', () => {
    const facts = review('全省风电总装机规模2.4亿千瓦，新增光伏装机1800万千瓦，公路总里程超8万公里。');
    expect(byValue(facts, 2.4e8)).toMatchObject({ period: '2025' });
    expect(byValue(facts, 1.8e7)).toMatchObject({ period: '2021-2025' });
    expect(byValue(facts, 8e4)).toMatchObject({ period: '2025' });
  });
  it('dates a rate by the last year unless it is held, averaged or compared over the span', () => {
    const facts = review('全市森林覆盖率36.5%，空气质量优良率保持在92%以上，抽查合格率平均为93.4%，能耗比五年前降低14%。');
    expect(byValue(facts, 36.5)).toMatchObject({ period: '2025' });
    expect(byValue(facts, 92)).toMatchObject({ period: '2021-2025' });
    expect(byValue(facts, 93.4)).toMatchObject({ period: '2021-2025' });
    expect(byValue(facts, -14)).toMatchObject({ period: '2021-2025' });
  });
  it('gives the items of a list a reached level opens that level’s year, and reads 达到了 and 提高到每月 as reaching', () => {
    const facts = review('托育机构达到1200个、托位3.6万个，电视覆盖率都达到了98%，低保标准提高到每月760元和590元。');
    expect(byValue(facts, 36000)).toMatchObject({ period: '2025' });
    expect(byValue(facts, 98)).toMatchObject({ period: '2025' });
    expect(byValue(facts, 760)).toMatchObject({ period: '2025' });
    expect(byValue(facts, 590)).toMatchObject({ period: '2025' });
  });
  it('keeps the span for a share of money spent over it, and for a target over a plan period', () => {
    const facts = review('全省财政支出的七成以上用于民生。');
    expect(byValue(facts, 70)).toMatchObject({ period: '2021-2025' });
    const plan = factsOf(
      ['2026年某某省政府工作报告', '二、“十五五”时期主要目标', '“十五五”时期，力争制造业增加值占比稳定在30%。'].join('\n'),
    );
    expect(byValue(plan, 30)).toMatchObject({ period: '2026-2030', status: 'target' });
  });
  it('spans 自2009年起 to the year reported on, as 以来, but not a rule in force from a year (从2015年起实施)', () => {
    const facts = factsOf('发布时间：2011-06-20\n自2009年起，该公司因质量问题先后9次召回产品。');
    expect(byValue(facts, 9)).toMatchObject({ period: '2009-2011' });
  });
});

describe('an average rate dated by the year a span of its scope ends with', () => {
  it('spans the heading’s or the leading paragraph’s years (contract: an average rate from A to B is A-B)', () => {
    const report = [
      '关于第十个五年计划的报告',
      '一、“九五”时期经济和社会发展的回顾',
      '全国钢产量2000年达到1.3亿吨，平均每年增长6.2%。',
      '城镇居民人均收入2000年达到6300元，年均实际增长5.6%，粮食产量2000年为4.6亿吨。',
    ].join('\n');
    const facts = factsOf(report);
    expect(byValue(facts, 6.2)).toMatchObject({ period: '1996-2000' });
    expect(byValue(facts, 5.6)).toMatchObject({ period: '1996-2000' });
    expect(byValue(facts, 1.3e8)).toMatchObject({ period: '2000' });
  });
});

describe('a page stamped by its template with the time of day or day first (PERIOD-CHROME-DATE)', () => {
  it('dates the page, and so its figures, by a date line with 上午/下午 or written 20.02.2017', () => {
    const pages: [string, string][] = [
      [
        '某某新闻网\n市售电暖器抽检结果出炉\n记者某某台北报导\n2014/11/3 下午 03:12:45 / 消费资讯\n消保单位随机购买12件电暖器样品，其中4件不符合规定。',
        '2014',
      ],
      ['某某县局开展加油机计量检查\n08.05.2019 10:21\n本文来源：某某县市场监管局\n该局共检查加油站23家，抽查加油机61枪。', '2019'],
      ['质监动态\n16.09.2015 某某日报\n某某区局对辖区内31家眼镜店开展专项检查，发现问题9处。', '2015'],
    ];
    for (const [page, year] of pages) {
      const facts = factsOf(page);
      expect(facts.length, page).toBeGreaterThan(0);
      for (const fact of facts) expect(fact.period, `${page}: ${fact.text}`).toBe(year);
    }
  });
});

describe('the date a page’s address files it under', () => {
  it('reads a day or a month from the path of a news page, never from its host or a bare number', () => {
    expect(dateInUrl('http://news.example.com/20120615/n3457.shtml')).toBe('2012-06-15');
    expect(dateInUrl('http://www.example.gov.cn/2011-05/18/content_77.htm')).toBe('2011-05-18');
    expect(dateInUrl('http://www.example.gov.cn/zwgk/201106/t20110620_123.html')).toBe('2011-06');
    expect(dateInUrl('http://example.com/a/1998123.html')).toBeNull();
    expect(dateInUrl(null)).toBeNull();
  });
  it('dates by it a page that states no date, and so its relative years (今年一季度)', () => {
    const source = {
      id: 'url-dated',
      path: 'url-dated.txt',
      record: null,
      sha256: 'url-dated',
      encoding: 'utf-8',
      format: 'text',
      mojibake: false,
    } as const;
    const doc = pipeline.process(
      newDocument(source, '某银行今年一季度净利润增长12%。', { url: 'http://biz.example.com/news/20120606/1093.html' }),
    );
    expect(byValue(contractFacts(doc), 12)).toMatchObject({ period: '2012' });
  });
});

describe('a time word inside an earlier sentence of the paragraph', () => {
  it('dates the sentence right after it, not the ones after that', () => {
    const page = [
      '发布时间：2011-06-22',
      '某协会秘书长表示，标准下调是尊重现实，2007年到2008年北方生乳合格的比例只有六成。另一位专家也称，调研显示散户牛奶的蛋白质普遍低于3.0g。约70%的牛奶出自散户。',
    ].join('\n');
    const facts = factsOf(page);
    expect(byValue(facts, 3)).toMatchObject({ period: '2007-2008' });
    expect(byValue(facts, 70)).toMatchObject({ period: '2011' });
  });
});

describe('a figure its clause says is of now (目前, 现在)', () => {
  it('is of the report’s own time, not of the year a standard named before it was issued', () => {
    const page = [
      '发布时间：2011-07-04',
      '2010年6月公布的新版收购标准中，将生乳中细菌总数规定为每毫升低于200万个。“就这个标准而言，目前沿海大部分地区生乳的菌落总数早就控制在20万个/毫升。”',
    ].join('\n');
    const facts = factsOf(page);
    expect(byValue(facts, 2000000)).toMatchObject({ period: '2010' });
    expect(byValue(facts, 200000)).toMatchObject({ period: '2011' });
  });
});

describe('period: a limit a standard sets (dictionaries/context/time.json limitExamples)', () => {
  it('dates a limit to the year the document gives the standard, else to no year; a measured value keeps its year', () => {
    for (const [text, value, period] of dictionaries.json<{ limitExamples: [string, number, string | null][] }>(TIME_FILE).limitExamples)
      expect(byValue(factsOf(text), value), text).toMatchObject({ period });
  });
});
