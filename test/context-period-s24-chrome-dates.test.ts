import { describe, expect, it } from 'vitest';
import { loadReportYearRules, propertyBlockDate, reportYear, sourceLinkUrl } from '../pipeline/metadata/report-year';
import { processText } from '../pipeline/pipeline';
import { byValue, dictionaries, pipeline } from './extract-helpers';

/**
 * PERIOD-CHROME-DATE (contract v1.1, period: failing the clause, the sentence and its heading, the document's report
 * year). A page that names no year in its text may still state its own date where its site puts it: an e-paper's issue
 * line at its top, an e-paper system's property block left at its foot, the address of the original page a re-posting
 * site names under 原文链接. Our own pages.
 */
const rules = loadReportYearRules(dictionaries);

describe('the date an e-paper states in its chrome', () => {
  it('dates the figures of a page whose text names no year, from the issue line at its top', () => {
    const text = ['您好！今天是', '当前报章2019年05月06日', '某县开展电线电缆专项抽查', '此次共抽查电线电缆产品32批次，全部合格。'].join(
      '\n',
    );
    const { facts } = processText(text, 'issue-line', pipeline);
    expect(byValue(facts, 32).period).toBe('2019');
  });
  it('dates them from the property block the paper’s system leaves at the foot of the text', () => {
    const text = [
      '某区开展燃气灶具质量抽查',
      '本报讯 近日，区市场监管局组织开展燃气灶具质量抽查，共抽查产品48批次，合格46批次。',
      '--> 2018-11-20 1 1 某某日报 content_12345.html 1 某区开展燃气灶具质量抽查 /enpproperty-->',
    ].join('\n');
    const { facts } = processText(text, 'property-block', pipeline);
    expect(byValue(facts, 48).period).toBe('2018');
    expect(propertyBlockDate('正文……\n--> 2018-11-20 1 1 某某日报 content_12345.html 1 标题 /enpproperty-->')).toBe('2018-11-20');
    expect(propertyBlockDate('2018-11-20 某某日报 content_12345.html')).toBeNull();
  });
});

describe('the address of the original page a re-posting site names', () => {
  it('is read anywhere in the text, as the site writes it', () => {
    expect(sourceLinkUrl('正文……\n【原文链接】：http://www.example.gov.cn/xwfb/202109/t20210907_123.html')).toBe(
      'http://www.example.gov.cn/xwfb/202109/t20210907_123.html',
    );
    expect(sourceLinkUrl('正文……\n原文地址: https://news.example.com/2016/0412/88.shtml')).toBe(
      'https://news.example.com/2016/0412/88.shtml',
    );
    expect(sourceLinkUrl('详见http://www.example.gov.cn/202109/t20210907_123.html')).toBeNull();
  });
  it('dates the page by the day the original is filed under, over a year it names as a past event', () => {
    const text = [
      '8月20日，某市农产品区域品牌培育名单公示期满。',
      '该市某某小米在2020年获批国家地理标志保护产品。目前全市已有地理标志保护产品5个。',
      '原文链接：http://www.example.gov.cn/xwfb/202109/t20210907_123.html',
    ].join('\n');
    const { facts } = processText(text, 'source-link', pipeline);
    expect(byValue(facts, 5).period).toBe('2021');
  });
});

describe('a page of the first months that names last year once, at its foot', () => {
  const yearOf = (text: string, date: string | null, title: string | null = null) => reportYear(text, date, rules, title);
  const foot = '消委会此前已完成2018年度全市加油机计量抽查，12台加油机均合格。';
  const lead = '某市消委会公布电饭煲比较试验结果，抽查的20款样品全部合格。试验由两地消委会联合进行，样品购自实体店和网店。';
  it('is about the year of its date: its news is this year’s', () => {
    expect(yearOf(`${lead}${'样品的能效、安全和卫生指标均符合相关标准要求。'.repeat(8)}\n${foot}`, '2019-03-09')).toEqual({
      year: '2019',
      rule: 'publication-date',
    });
  });
  it('is about the year before when its lead names that year', () => {
    expect(yearOf(`某市2018年度产品质量抽查情况通报\n2018年，全市共抽查产品800批次。\n${foot}`, '2019-03-09')?.year).toBe('2018');
  });
});
