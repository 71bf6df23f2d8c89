import { describe, expect, it } from 'vitest';
import { findTimes, leadingTime, loadTimeRules, TIME_FILE } from '../pipeline/scope/time';
import { loadReportYearRules, reportYear } from '../pipeline/metadata/report-year';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * PERIOD-PARAGRAPH-LEAD (contract v1.1, period: "else the heading or paragraph that scopes it"): a provincial
 * report reviewing a plan period and its last year moves from the five years to the year with a paragraph that
 * names the year after a few lead-in words (刚刚过去的2025年，是…收官之年。), as well as with one that opens on the
 * year (2025年是…). Our own texts in the style of the 2026 provincial reports.
 */
describe('paragraph lead-in words before a leading time word', () => {
  const rules = loadTimeRules(dictionaries);
  const frame = { reportYear: 2025, nowYear: 2026 };
  it('runs the examples of the file', () => {
    const examples = dictionaries.json<{ paragraphLeadInExamples: [string, string | null][] }>(TIME_FILE).paragraphLeadInExamples;
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const [text, expected] of examples) expect(leadingTime(text, 0, text.length, rules, frame)?.period ?? null, text).toBe(expected);
  });
  it('still leads with a span or a year written first', () => {
    expect(leadingTime('五年来，全省上下砥砺奋进。', 0, 13, rules, frame)?.period).toBe('2021-2025');
    expect(leadingTime('2025年是极不平凡的一年。', 0, 14, rules, frame)?.period).toBe('2025');
  });
});

const reviewThenYear = (leadIn: string) =>
  [
    '2026年某某省政府工作报告',
    '一、“十四五”时期和2025年工作回顾',
    '“十四五”时期是我省发展进程中极不平凡的五年。',
    '产业结构持续优化，高新技术企业增至2.6万家，城镇新增就业年均超过60万人。',
    `${leadIn}，全省上下攻坚克难，主要目标顺利完成。`,
    '经济运行稳中有进，地区生产总值增长5.4%，新设外商投资企业520家。',
    '民生保障扎实有力，新建普通高中14所。',
    '二、2026年工作安排',
    '地区生产总值增长5%左右。',
  ].join('\n');

describe('a five-year review followed by the year its last paragraph leads', () => {
  for (const leadIn of ['刚刚过去的2025年，是“十四五”收官之年', '回望2025年', '各位代表！刚刚过去的2025年很不平凡']) {
    it(`dates the paragraphs after 「${leadIn}」 by the year, not the span`, () => {
      const facts = factsOf(reviewThenYear(leadIn));
      expect(byValue(facts, 5.4).period).toBe('2025');
      expect(byValue(facts, 520).period).toBe('2025');
      expect(byValue(facts, 14).period).toBe('2025');
    });
  }
  it('leaves the five-year paragraphs to the span and plans the next year', () => {
    const facts = factsOf(reviewThenYear('刚刚过去的2025年，是“十四五”收官之年'));
    expect(byValue(facts, 600000).period).toBe('2021-2025');
    expect(byValue(facts, 5)).toMatchObject({ period: '2026', status: 'target' });
  });
});

/**
 * PERIOD-SPAN-LEVEL, per year (contract v1.1, period: a span for cumulative figures; an average rate from A to B
 * is "A-B"): a figure reached every year of a reviewed span (城镇新增就业每年超过60万人) is of the span, not the
 * level the span ends with; a measure named an average (平均受教育年限提高到10.5年) stays a level.
 */
describe('a figure reached every year of a span', () => {
  const rules = loadTimeRules(dictionaries);
  it('runs the examples of the file', () => {
    const examples = dictionaries.json<{ perYearExamples: [string, boolean][] }>(TIME_FILE).perYearExamples;
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const [clause, expected] of examples) expect(rules.perYear.test(clause), clause).toBe(expected);
  });
  it('keeps the span after a verb of reaching; a level reached keeps its last year', () => {
    const report = [
      '2026年某某省政府工作报告',
      '一、“十四五”时期工作回顾',
      '五年来，我们坚持就业优先，城镇新增就业每年超过65万人，年均接待入境游客达到320万人次，劳动年龄人口平均受教育年限提高到11.2年，养老床位增至41万张。',
    ].join('\n');
    const facts = factsOf(report);
    expect(byValue(facts, 650000).period).toBe('2021-2025');
    expect(byValue(facts, 3200000).period).toBe('2021-2025');
    expect(byValue(facts, 11.2).period).toBe('2025');
    expect(byValue(facts, 410000).period).toBe('2025');
  });
});

/**
 * PERIOD-PUBLICATION, quoted look-back (contract v1.1, period: "else the document's report year (the year the report
 * is about)"): a news page of the first months is about the year before only when it looks back itself (去年，全市…;
 * 过去一年，…); a speaker it quotes (“邻居说去年冬天…”) tells of the winter just past, and the page is about the
 * year it is written in. Our own pages.
 */
describe('a look-back only a quoted speaker makes', () => {
  const rules = loadReportYearRules(dictionaries);
  it('leaves a page of the first months to the year of its date', () => {
    const pages = [
      '笔者走访多家建材市场发现，节能门窗销量明显上升。“去年冬天家里暖气不热，今年换了双层玻璃。”市民张女士说。',
      '记者调查了20家药店。一位店员告诉记者：“过去一年，这类口罩卖了3000多盒。”',
      '本市新能源公交车已达1200辆。“一年来乘客反映很好，”公交集团负责人说。',
    ];
    for (const page of pages) expect(reportYear(page, '2012-03-20', rules)?.year, page).toBe('2012');
  });
  it('still dates a page that looks back in its own words by the year before', () => {
    const pages = [
      '去年，全市共查处制售假冒伪劣案件560起。“今年要继续加大力度。”局长表示。',
      '过去一年，我局抽查食品1800批次，合格率96.5%。',
      '某某公司一年来完成技改项目12个。',
    ];
    for (const page of pages) expect(reportYear(page, '2012-02-15', rules)?.year, page).toBe('2011');
  });
});

/**
 * PERIOD-PLAN-NAMED (contract v1.1, period: "else the heading or paragraph that scopes it"): a brand, standard or
 * policy named in a plan part with no time word of its own is named for the year the plan heading gives, not the
 * year reviewed; one its sentence says was done (去年…, 已…) is not. Our own report.
 */
describe('named facts under a plan heading', () => {
  const report = [
    '2026年某某省政府工作报告',
    '一、2025年工作回顾',
    '全省地区生产总值增长5.2%，培育“龙山好茶”“清溪银鱼”等区域公用品牌。',
    '二、2026年重点工作',
    '提质打造“云岭鲜果”“江乡粮仓”等区域公用品牌，做靓“青城百味”美食品牌。',
    '认真贯彻《某某省质量促进条例》，加快制定《某某省标准化发展规划》。',
    '去年出台的《某某省计量监督办法》要抓好落实。',
  ].join('\n');
  const facts = factsOf(report);
  const named = (name: string) => facts.find((f) => f.name?.includes(name) || f.text.includes(name));
  it('dates a brand or policy of the plan part by the plan year', () => {
    expect(named('云岭鲜果')?.period).toBe('2026');
    expect(named('江乡粮仓')?.period).toBe('2026');
    expect(named('青城百味')?.period).toBe('2026');
    expect(named('某某省质量促进条例')?.period).toBe('2026');
    expect(named('某某省标准化发展规划')?.period).toBe('2026');
  });
  it('leaves a brand of the review part and a policy issued last year to the year reviewed', () => {
    expect(named('龙山好茶')?.period).toBe('2025');
    expect(named('某某省计量监督办法')?.period).toBe('2025');
  });
});

/**
 * PERIOD-ONE-YEAR-BACK (contract v1.1: "In a report on year R, N年来 is (R−N+1)-R"): with N = 1 (一年来, 过去一年,
 * 过去的一年里) it is R itself, and it sets the time of its paragraph as a year would: an event year named on the way
 * (把2014年末至2015年出现的…问题解决了) does not date the next sentence.
 */
describe('one year looked back on', () => {
  const rules = loadTimeRules(dictionaries);
  const frame = { reportYear: 2016, nowYear: 2017 };
  const first = (text: string) => findTimes(text, 0, text.length, rules, frame).find((t) => !t.comparison)?.period ?? null;
  it('is the report year, and a year within (一年内) is none', () => {
    expect(first('一年来，全市新增注册商标1200件。')).toBe('2016');
    expect(first('过去的一年里，我局抽查食品900批次。')).toBe('2016');
    expect(first('力争一年内完成改造任务。')).toBeNull();
  });
  it('dates the next sentence of its paragraph, not an event year named after it', () => {
    const report = [
      '2017年某某省质量技术监督局工作报告',
      '一、2016年工作回顾',
      '在质量监管领域，过去一年里最重要的成绩，是把2014年末至2015年出现的抽查合格率下滑势头扭转过来。全省监督抽查产品合格率达到92.5%，比上年提高1.6个百分点。',
    ].join('\n');
    const facts = factsOf(report);
    expect(byValue(facts, 92.5).period).toBe('2016');
    expect(byValue(facts, 1.6).period).toBe('2016');
  });
});

/**
 * STATUS-REACHED-IN-PAST-PARAGRAPH (contract v1.1, status: target where a cue says so, "unless the sentence reports
 * something already done"): 实现 is a cue that also tells what was reached; in a sentence with no time of its own,
 * in a paragraph an earlier sentence dates to a year before the year of writing, it reports that year's work. A cue
 * of intent (拟, 将, 力争) in the same place still plans. Our own meeting news.
 */
describe('实现 in a paragraph dated to the year before the year of writing', () => {
  const page = (sentence: string) =>
    [
      '3月2日，某某市市场监管工作会议召开。会议总结2023年工作，部署2024年任务。',
      `会议指出，2023年全市市场监管工作稳中有进。${sentence}`,
    ].join('\n');
  it('reports the year before as done', () => {
    for (const [sentence, value] of [
      ['检查各类经营主体3.2万户，实现抽查结果100%公示。', 100],
      ['全年办结投诉举报1.5万件，实现按时办结率98.6%。', 98.6],
      ['新增注册商标4200件，实现地理标志产品零的突破。', 4200],
    ] as const) {
      expect(byValue(factsOf(page(sentence)), value), sentence).toMatchObject({ period: '2023', status: 'actual' });
    }
  });
  it('leaves a cue of intent planned', () => {
    const facts = factsOf(page('下一步力争实现抽查合格率达到95%。'));
    expect(byValue(facts, 95).status).toBe('target');
  });
});
