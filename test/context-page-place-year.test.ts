import { describe, expect, it } from 'vitest';
import { loadReportYearRules, reportYear } from '../pipeline/metadata/report-year';
import { loadRegionIndex } from '../pipeline/metadata/regions';
import { processText } from '../pipeline/pipeline';
import { byValue, dictionaries, pipeline } from './extract-helpers';

/**
 * The page's own place and year (contract v1.1, region and period: from the sentence, else the document). Classes
 * of how pages state them, our own sentences:
 * - a report given at the close of a year estimates that year's results (某年计划预计可以完成, 比某年预计增加): it is
 *   about the year it estimates, and written in it when it says 今年 of it, though it plans the next year under
 *   that year's heading; one that never says 今年 is given early the next year;
 * - a city's report names its province as the field it is rated or chosen in (获评全省…优秀, 入选全省…案例): that is
 *   no 全省 of its own voice, like a rank (居全省第一).
 */
const rules = loadReportYearRules(dictionaries);
const yearOf = (text: string, date: string | null = null) => reportYear(text, date, rules);

describe('a report that estimates the year it reports on', () => {
  const lateInYear = [
    '各位代表：',
    '现在我代表政府报告今后两年的计划安排。',
    '2019年的生产计划预计可以超额完成。今年上半年，全区工业产值同比增长9%，新增规模企业35家。',
    '二、2020年计划的主要任务',
    '明年全区工业产值计划增长6%。',
  ].join('\n');
  it('is about the year it estimates, not the year it names most', () => {
    expect(yearOf(`${lateInYear}\n2020年要新建标准化厂房，2020年全区新增就业岗位。`)).toEqual({ year: '2019', rule: 'year-estimated' });
  });
  it('is written in that year when it says 今年 of it, though it plans the next under that year’s heading', () => {
    const { facts } = processText(lateInYear, 'estimate-late', pipeline);
    expect(byValue(facts, 35).period).toBe('2019');
    expect(byValue(facts, 6).period).toBe('2020');
  });
  it('is given early the next year when it never says 今年 and names the next year as its own', () => {
    const text = [
      '各位代表：',
      '一九六八年钢产量预计比上年增长百分之十二，全年新建水库四十座。',
      '一九六九年我们要继续努力，一九六九年全国要新建水库五十座。',
    ].join('\n');
    expect(yearOf(text)?.year).toBe('1968');
    expect(byValue(processText(text, 'estimate-early', pipeline).facts, 40).period).toBe('1968');
  });
  it('reads an estimate given as the base of a plan (比某年预计增加)', () => {
    expect(yearOf('明年化肥产量安排为900万吨，比2003年预计增加80万吨。')?.year).toBe('2003');
  });
  it('does not read a forecast of a later year (预计将, 预计到) as the year reported on', () => {
    expect(yearOf('2030年全省新能源汽车产量预计将达到200万辆。全省去年产量为80万辆。')?.rule).not.toBe('year-estimated');
    expect(yearOf('到2025年预计全市标准化试点增加到60个。')?.rule).not.toBe('year-estimated');
  });
  it('does not take on a dated page a year after its date', () => {
    expect(yearOf('2013年全市汽车销量预计比今年增长8%，今年销量为12万辆。', '2012-11-20')?.year).toBe('2012');
  });
});

describe('a city’s report rated or chosen in its province', () => {
  it('speaks as the city, not as the province that rates it', () => {
    const text = [
      '一、2023年工作总结',
      '2023年全市市场监管系统认真落实省委部署和市委要求，各项工作取得新成效。宜昌获评全省质量工作考核优秀，',
      '我局两个案例入选全省法治建设典型案例。全市新增地方标准12项，新登记经营主体4.5万户。',
    ].join('\n');
    const { facts } = processText(text, 'city-rated', pipeline);
    expect(byValue(facts, 12).region).toBe('宜昌市');
  });
});

describe('an undated page that names its years otherwise than as periods', () => {
  it('is about the year it states the latest status as of, not the first year of the history it tells', () => {
    const text = [
      '2016年某省出台地方标准管理办法，标志着地方标准工作进入新阶段。',
      '2019年修订的办法明确了企业标准自我声明制度。截至2024年，全省已有企业标准3.2万项，累计发布地方标准1800项。',
    ].join('\n');
    expect(yearOf(text)).toEqual({ year: '2024', rule: 'status-as-of-year' });
    expect(byValue(processText(text, 'as-of', pipeline).facts, 1800).period).toBe('2024');
  });
  it('keeps the year it names most when that is the latest (截至 the end of the year before)', () => {
    expect(yearOf('截至2014年底，全市共有名牌产品120个。2015年全市新增名牌产品15个，2015年全市抽查合格率92%。')?.year).toBe('2015');
  });
  it('is about the year after the base its figures of this year are compared with', () => {
    const text = '今年1至10月，全市共检验锅炉1200台，一次检验合格率为91.2%，比2019年同期提高2个百分点。';
    expect(yearOf(text)).toEqual({ year: '2020', rule: 'compared-with-last-year' });
    expect(byValue(processText(text, 'base-year', pipeline).facts, 1200).period).toBe('2020');
  });
  it('reads no year from a comparison on a page that never says 今年', () => {
    expect(yearOf('该企业产品合格率为95%，比2012年提高3个百分点。')).toBeNull();
  });
});

describe('a prefecture’s body whose province is written only before the prefecture’s name', () => {
  it('is the page’s place, though the page speaks of the province’s bureau', () => {
    const text = [
      '洛阳计量所检定加油机',
      '本报讯 近日，河南洛阳市计量测试所技术人员对辖区加油站的加油机进行了检定。',
      '此次共检定该市加油机640台，合格率97%。检定后的加油机一律加贴省局统一印制的封签。',
    ].join('\n');
    expect(byValue(processText(text, 'prefix-province', pipeline).facts, 640).region).toBe('洛阳市');
  });
  it('keeps the prefecture its title names when the page names the province on its own too', () => {
    // REGION-TITLE-PREFECTURE: the title names one prefecture and no other place, so 该市 is that prefecture (contract:
    // the most specific region the figure is about); the province's own figure names the province.
    const text = [
      '洛阳计量所检定加油机',
      '本报讯 近日，河南洛阳市计量测试所技术人员对辖区加油站的加油机进行了检定。',
      '此次共检定该市加油机640台，合格率97%。河南全省今年检定加油机3万台，检定后的加油机一律加贴省局统一印制的封签。',
    ].join('\n');
    const facts = processText(text, 'province-alone', pipeline).facts;
    expect(byValue(facts, 640).region).toBe('洛阳市');
    expect(byValue(facts, 30000).region).toBe('河南省');
  });
});

describe('a national page that counts the province-level kinds', () => {
  it('is the whole country’s, not the province it names first among those it ranks', () => {
    const text = [
      '质量奖数据速览',
      '截至2024年底，共有8600家企业在全国质量奖信息平台登记。',
      '四川省、湖北省、河南省等31个省、自治区、直辖市的企业均有登记，其中四川省登记数最多，为920家，占全国登记总数的10.7%。',
      '本月共有210家企业在平台上提交了自评报告。',
    ].join('\n');
    expect(byValue(processText(text, 'national-kinds', pipeline).facts, 210).region).toBe('全国');
  });
});

describe('a feature on a consumer market that names no region', () => {
  it('runs the consumer-market examples (regions.json consumerMarket)', () => {
    const regions = loadRegionIndex(dictionaries);
    for (const [text, market] of regions.config.consumerMarket.examples)
      expect(regions.documentRegion(text, null)?.name ?? null, text).toBe(market ? '全国' : null);
  });
  it('gives its figures the whole country', () => {
    const text = [
      '橱柜选购调查：价格到底贵在哪',
      '橱柜市场上，消费者最关心的是价格。业内人士介绍，目前市场上整体橱柜每延米售价在1500元至3000元之间。',
      '消费者反映，市场上不少低价橱柜用料不足。业界认为，消费者选购时应查看板材检测报告，市场上合格板材甲醛释放量不超过1.5毫克/升。',
      '多位消费者表示，市场价格透明度仍有待提高，消费者维权难，业内呼吁规范市场。',
    ].join('\n');
    expect(byValue(processText(text, 'market-feature', pipeline).facts, 1500).region).toBe('全国');
  });
});

describe('a bulletin of sampling results that names no place (REGION-NATIONAL-SAMPLING)', () => {
  it('runs the sampling-bulletin examples (regions.json samplingBulletin)', () => {
    const regions = loadRegionIndex(dictionaries);
    for (const [title, text, national] of regions.config.samplingBulletin.examples)
      expect(regions.samplingBulletinPage(title || null, text), text).toBe(national);
  });
  it('gives the cells of its table the whole country', () => {
    const text = [
      '2021年上半年食品类别监督抽检结果一览',
      '食品类别',
      '|',
      '抽检批次',
      '|',
      '不合格批次',
      '|',
      '1',
      '|',
      '蜜饯',
      '|',
      '20315',
      '|',
      '402',
      '|',
      '2',
      '|',
      '坚果炒货',
      '|',
      '18870',
      '|',
      '377',
      '|',
    ].join('\n');
    const facts = processText(text, 'sampling-table', pipeline).facts;
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) expect(fact.region, fact.text).toBe('全国');
  });
});

describe('a page on a fair held in one city every year', () => {
  it('runs the hosted-event examples (regions.json hostedEventExamples)', () => {
    const regions = loadRegionIndex(dictionaries);
    for (const [title, text, region] of regions.config.hostedEventExamples)
      expect(regions.documentRegion(text, title || null)?.name ?? null, text).toBe(region);
  });
  it('gives the fair’s figures its city, though the page speaks of the country’s trade', () => {
    const text = [
      '外需回暖带旺春交会',
      '被视为我国外贸晴雨表的广交会今日开幕。本届广交会共设展位6万个，比上届增加1200个。境内企业参展2.4万家。',
      '据广交会新闻中心介绍，本届到会采购商预计比上届增长5%。',
    ].join('\n');
    expect(byValue(processText(text, 'fair', pipeline).facts, 60000).region).toBe('广州市');
  });
});

describe('an undated report whose opening looks back on a year gone by', () => {
  it('says 今年 of the year after the one it reports on', () => {
    const text = [
      '各位代表：',
      '一年来，各地区各部门团结奋斗，经济建设取得新的进展。',
      '一九九三年粮食总产量达到四千五百亿公斤，一九九三年工业总产值增长百分之十。',
      '今年头三个月，全市工业产量较上年同期又增长了百分之九。',
    ].join('\n');
    const { facts } = processText(text, 'year-gone-by', pipeline);
    expect(byValue(facts, 9).period).toBe('1994');
    expect(byValue(facts, 10).period).toBe('1993');
  });
});
