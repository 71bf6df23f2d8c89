import { describe, expect, it } from 'vitest';
import { loadReportYearRules, reportYear } from '../pipeline/metadata/report-year';
import { processText } from '../pipeline/pipeline';
import { byValue, dictionaries, pipeline } from './extract-helpers';

/**
 * The year a page is about when its text does not say it outright (contract v1.1, period: else the document's
 * report year). Classes seen in the outside pages and the corpus: a page that names no year as a period but
 * dates its events or its source line; a notice re-posted years later under an editor's date; a feature that
 * recalls a past year's work years after it. Our own sentences.
 */
const rules = loadReportYearRules(dictionaries);
const yearOf = (text: string, date: string | null = null, title: string | null = null) => reportYear(text, date, rules, title);

describe('a page that names no year as a period but dates its days', () => {
  it('is about the year of the date on its source line', () => {
    const text = '首批优质消费品名单发布\n来源：某某新闻网 2025年04月15日\n某部11日发布首批名单，包括企业品牌60个、区域品牌30个。';
    expect(yearOf(text)).toEqual({ year: '2025', rule: 'dated-days-year' });
  });
  it('is about the year of its latest date: a list of cases is published after the last of them', () => {
    const text = '今年以来，全省查办了一批案件。2022年9月28日，某市局查处一起商标侵权案。2023年1月3日，某县局查获假冒白酒120箱。';
    expect(yearOf(text)?.year).toBe('2023');
  });
  it('does not count the start of a span looked back on as the page’s period (自…2017年修订实施以来)', () => {
    const text = '这是该市自《中华人民共和国标准化法》2017年修订实施以来首次发布的市级地方标准，该2项标准将于2022年6月1日起实施。';
    expect(yearOf(text)?.year).toBe('2022');
  });
  it('dates the page’s figures that name no year of their own', () => {
    const { facts } = processText('某某名单发布\n来源：某某网 2025年04月15日\n名单包括区域品牌43个。', 'dated-days', pipeline);
    expect(byValue(facts, 43).period).toBe('2025');
  });
  it('still prefers a year named as a period to the year of a date', () => {
    expect(yearOf('2021年全市抽查产品800批次。该通报于2022年3月1日发布。')?.year).toBe('2021');
  });
});

describe('a notice re-posted years later under an editor’s date', () => {
  const title = '某市质量技术监督局文件某质监发〔2010〕12号';
  const notice = '某市质量技术监督局关于\n2010年第\n2季度产品质量监督抽查结果的通报\n今年2季度共抽查了120家企业的120批次产品。';
  it('is about the year its lead names as the period it reports on, though it says 今年 of itself', () => {
    expect(yearOf(notice, '2019-05-06', title)).toEqual({ year: '2010', rule: 'archived-page-lead-year' });
  });
  it('is not when the text names the year of its date', () => {
    expect(yearOf(`${notice}2019年，该局将继续开展抽查。`, '2019-05-06', title)?.year).toBe('2019');
  });
  it('is not when the lead names a past event, not a period reported on (继2005年推出首部规范)', () => {
    const text = '某协会于11月21日发布服务规范。这是该行业继2005年推出首部行业服务规范后的又一举措。';
    expect(yearOf(text, '2011-02-28')?.year).toBe('2011');
  });
});

describe('a feature that recalls a past year’s work', () => {
  it('is about its own year when the statement names a year more than one before its date', () => {
    const text = '某省太阳能产业发展迅速，现有企业200余家。2008年，我省编制完成了太阳能利用中长期规划。';
    expect(yearOf(text, '2011-08-24')?.year).toBe('2011');
  });
  it('keeps the statement of a report given in the year after the one it reviews', () => {
    const text = '2016年，全州工业产品质量稳步提升，取得明显成效。';
    expect(yearOf(text, '2017-02-10')?.year).toBe('2016');
  });
});

/**
 * PERIOD-PUBLICATION (set 15): a bulletin whose title names the year of its work (关于2018年…抽检结果公示) comes
 * out early the next year, often with that year's issue number (2019年第3期): its figures are of the year of the
 * work (contract v1.1: the year the figure refers to; the heading or title before the report year).
 */
describe('a bulletin on a year’s work, published the next year', () => {
  it('is about the year of the work its lead names, not the issue’s year (rule bulletin-work-year)', () => {
    const text = '近日，某市市场监督管理局发布了《关于2018年流通领域小家电质量抽检结果的公示（2019年第3期）》，共抽检40批次。';
    expect(yearOf(text, '2019-03-26')).toEqual({ year: '2018', rule: 'bulletin-work-year' });
    const quarter = '某县质监局关于2016年第四季度电动自行车监督抽查情况的通报\n现将抽查情况通报如下：共抽查12家企业。';
    expect(yearOf(quarter, '2017-01-20')?.year).toBe('2016');
  });
  it('reads a title that names the work’s year and the issue’s year as the work’s', () => {
    const title = '2017年第三季度家用电器产品质量监督抽查情况（2018年第2期）';
    expect(yearOf('本次共抽查企业35家，合格率为91.4%。', '2018-02-09', title)).toEqual({ year: '2017', rule: 'title-names-past-year' });
    const issued = '某市2020年食品安全监督抽检结果公告（2021年第5号）';
    expect(yearOf('共抽检食品样品260批次。', '2021-03-01', issued)?.year).toBe('2020');
  });
  it('keeps the date’s year for a bulletin on the year it is published in', () => {
    const text = '某市市场监督管理局关于2019年第一季度儿童用品质量抽查结果的通告（2019年第4期）\n共抽查30批次。';
    expect(yearOf(text, '2019-04-15')?.year).toBe('2019');
  });
});
