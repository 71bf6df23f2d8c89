import { describe, expect, it } from 'vitest';
import { lineFields, loadBoilerplateRules, matchDropRule } from '../pipeline/clean/boilerplate';
import { loadReportYearRules, reportYear } from '../pipeline/metadata/report-year';
import { processText } from '../pipeline/pipeline';
import { byValue, dictionaries, pipeline } from './extract-helpers';

/**
 * The year of the outside pages whose figures a reader places by the page rather than by the sentence (contract
 * v1.1, period: else the document's report year; relative years resolve against the time of writing). Classes seen
 * on news pages of several sets: the annual work conference reported in the first months, a meeting that sums up
 * a year it names before its verb, a page for learners whose header date carries pinyin, 目前 after a past year,
 * and a page a site re-posted years after the event it reports. Our own sentences.
 */
const rules = loadReportYearRules(dictionaries);
const yearOf = (text: string, date: string | null = null, title: string | null = null) => reportYear(text, date, rules, title);

describe('PERIOD-WORK-MEETING: a page of the first months on an annual work conference', () => {
  it('is about the year before its date (记者在全区…工作会议上获悉)', () => {
    const text = '某区产品抽查合格率稳中有升\n某某网讯 近日，记者在全区质监工作会议上获悉，我区产品抽查合格率稳定在90%以上。';
    expect(yearOf(text, '2018-03-12')).toEqual({ year: '2017', rule: 'work-meeting-from-date' });
  });
  it('is about the year before its date (某局召开全市市场监管工作会议)', () => {
    const text = '2月18日，某市市场监管局在市行政中心召开全市市场监管系统工作会议，会议通报了各项工作完成情况，全市新增市场主体2.1万户。';
    expect(yearOf(text, '2021-02-20')?.year).toBe('2020');
  });
  it('is not after the first quarter: a mid-year conference reports on its own year', () => {
    const text = '7月8日，某市召开全市质量工作会议，通报上半年全市产品抽查合格率为93%。';
    expect(yearOf(text, '2019-07-09')?.year).toBe('2019');
  });
  it('is not when the lead reports no work conference', () => {
    const text = '近日，某市开展节前市场检查，共检查经营户320户。';
    expect(yearOf(text, '2019-02-01')?.year).toBe('2019');
  });
  it('counts a span of years written in digits as looking back (5年来)', () => {
    const text = '某省标准化工作成效明显。5年来，我省主导或参与制修订标准1200项。';
    expect(yearOf(text, '2018-03-01')).toEqual({ year: '2017', rule: 'looks-back-from-date' });
  });
  it('does not read the last figure of a year as such a span (2019年来自…)', () => {
    const text = '某市公布抽查结果。2019年来自外地的产品占抽查总数的30%。';
    expect(yearOf(text, '2019-03-01')?.year).toBe('2019');
  });
});

describe('a meeting that sums up a year named before its verb (对2019年…工作进行了系统总结)', () => {
  it('is about that year, given the next: its 去年 is that year', () => {
    const text =
      '本网讯 3月20日，某市市场监管局召开全市市场监管工作大会。局长对2019年市场监管工作进行了系统总结，并安排部署了2020年工作任务。\n' +
      '去年，全市新增企业3200户，同比增长15%。';
    expect(yearOf(text)).toEqual({ year: '2019', rule: 'review-year-object' });
    const { facts } = processText(text, 'review-year-object', pipeline);
    expect(byValue(facts, 3200).period).toBe('2019');
  });
  it('reads the same statement with 作了 and a 全面 review (对2016年…作了全面回顾)', () => {
    expect(yearOf('会议对2016年全县质监工作作了全面回顾，全县抽查产品400批次。')?.year).toBe('2016');
  });
});

describe('a page for learners whose header carries pinyin after every character', () => {
  const rules = loadBoilerplateRules(dictionaries);
  it('reads its date line as if written plainly (發(fā)布時(shí)間:2007-12-04)', () => {
    expect(rules.plain('發(fā)布時(shí)間:2007-12-04')).toBe('發布時間:2007-12-04');
    expect(lineFields('發(fā)布時(shí)間:2007-12-04', rules).date).toBe('2007-12-04');
    expect(matchDropRule('發(fā)布時(shí)間:2007-12-04', rules)?.id).toBe('dateline-labelled');
  });
  it('keeps brackets that hold no pinyin (GB) and (2)', () => {
    expect(rules.plain('标准(GB)第(2)部分')).toBe('标准(GB)第(2)部分');
  });
  it('dates the page’s figures by it', () => {
    const text = '某區(qū)開展計量檢查\n發(fā)布時(shí)間:2007-12-04\n近期，某區(qū)局共檢查加油站12家。';
    const { facts } = processText(text, 'pinyin-date', pipeline);
    expect(byValue(facts, 12).period).toBe('2007');
  });
});

describe('PERIOD-NOW-AFTER-PAST-YEAR: 目前 after a year before the report year', () => {
  it('is the report’s own time, over the clauses after it', () => {
    const text =
      '2019年某县蔬菜品牌价值评价结果发布\n某某报 2019-05-15\n2013年，某县建设蔬菜标准化示范区，目前建成示范区3.2万亩，平均亩产2100公斤，优质率达到88%。';
    const { facts } = processText(text, 'now-after-past', pipeline);
    expect(byValue(facts, 32000).period).toBe('2019');
    expect(byValue(facts, 88).period).toBe('2019');
  });
  it('is not the report’s time after a year that names a document (在2010年年报中，…目前…)', () => {
    const text = '某乳业公司2011年发布公告。\n某某网 2011-07-14\n在2010年年报中，该公司称，目前自有牧场奶源已超过60%。';
    const { facts } = processText(text, 'now-in-report', pipeline);
    expect(byValue(facts, 60).period).toBe('2010');
  });
});

describe('PERIOD-REPOSTED-EVENT: a page re-posted years after the event it reports', () => {
  const text =
    '某市获“品牌之都”称号\n据某报报道，10月27日，2006年品牌之都颁奖仪式在某市举行。某市目前拥有驰名商标22件。今年共有8个城市入围。';
  it('is about the year of the event its lead names', () => {
    expect(yearOf(text, '2018-12-07')).toEqual({ year: '2006', rule: 'archived-page-event-year' });
  });
  it('is not when the text names the year of its date', () => {
    expect(yearOf(`${text}2018年该市再获此称号。`, '2018-12-07')?.year).toBe('2018');
  });
  it('is not when the text names a later year than the lead', () => {
    expect(yearOf(`${text}2009年该市驰名商标增至30件。`, '2018-12-07')?.year).not.toBe('2006');
  });
});
