import type { Dictionaries } from '../../core/dictionaries';
import { CROSS_STRAIT_FILE } from '../../core/divisions';
import type { Document, DocumentScope, ScopeSection, Token } from '../../core/document';
import { loadPlaceIndex, PLACES_FILE } from '../metadata/places';
import { loadRegionIndex, REGIONS_FILE } from '../metadata/regions';
import { MEETING_YEAR, OPENING, REPORTS_ON_PAST } from '../metadata/report-year';
import { findHeadings, headingStatus, HEADINGS_FILE, loadHeadingRules } from './headings';
import { placesIn, type PlaceContext } from './places-in';
import { documentTopic, loadSubjectRules, subjectOfTokens, SUBJECTS_FILE } from './subjects';
import { headOf } from './subject-words';
import { definedCompanyName, loadNamedTopicRules, NAMED_TOPICS_FILE, titleNamedProduct } from './named-topic';
import { findTimes, loadTimeRules, TIME_FILE, type TimeFrame } from './time';
import { createSegmenter, type Segmenter } from '../text/segment';
import { writtenInTraditional } from '../text/steps/script';
import { tokensIn } from '../text/tokens-in';
import { headlineSubject, loadTopicRules, namesAreaOfWork, namesScheme, TOPICS_FILE } from './topics';

/**
 * The scope of a document: the year it reports on and the year it was written in, its region, what it is
 * about, and the sections its headings open with the period, status, region and subject each sets for
 * the sentences under it (a heading's own, else its parent's). Built once per document.
 */

export const SCOPE_FILES: readonly string[] = [
  HEADINGS_FILE,
  TIME_FILE,
  PLACES_FILE,
  REGIONS_FILE,
  CROSS_STRAIT_FILE,
  SUBJECTS_FILE,
  TOPICS_FILE,
  NAMED_TOPICS_FILE,
];

/** Longest heading (marker included) taken to name the topic of its section. */
const TOPIC_HEADING_LENGTH = 14;

/** Words of the year of writing in a year summary: it is written in the year it sums up. */
const THIS_YEAR = /今年|本年/;
/** An opening that looks back on a whole year gone by (一年来, 过去的一年, 刚刚过去的一年). */
const YEAR_GONE_BY = /一年来|一年來|过去的?一年|過去的?一年|刚刚过去的一年|剛剛過去的一年/;

/** Report-year rules (metadata stage) that find a report looking back on the year before it was written. */
const LOOKING_BACK_RULES = new Set([
  'review-year',
  'review-year-object',
  'year-review-heading',
  'past-year-worked',
  'just-past-year',
  'looks-back-from-date',
  'names-past-year-from-date',
  'meeting-year-looks-back',
  'year-report-looks-back',
  'opening-year-was',
]);

export function buildScope(doc: Document, dictionaries: Dictionaries): DocumentScope {
  const text = doc.norm?.text ?? '';
  const meta = doc.meta;
  const reportYear = meta.year && /^\d{4}$/.test(meta.year) ? Number(meta.year) : null;
  const timeRules = loadTimeRules(dictionaries);
  const headingRules = loadHeadingRules(dictionaries);
  const subjectRules = loadSubjectRules(dictionaries);
  const topicRules = loadTopicRules(dictionaries);
  const places = loadPlaceIndex(dictionaries);
  const tokens = doc.tokens ?? [];
  const headings = findHeadings(text, headingRules);

  // Years first as the report year frames them; the year of writing is settled below.
  // PERIOD-ROC-YEAR: a page from Taiwan, written in traditional script and naming its bodies or currency, counts
  // years by the Republic era; a mainland page's 99年 is 1999 written short.
  const rocCalendar = writtenInTraditional(doc.raw) && timeRules.rocPage.test(text);
  const provisional: TimeFrame = { reportYear, nowYear: reportYear, rocCalendar };
  const headingYears = headings.map((h) => {
    const times = findTimes(text, h.start, h.end, timeRules, provisional).filter((t) => !t.comparison);
    return times.find((t) => t.kind === 'year' || t.kind === 'target') ?? times[0] ?? null;
  });
  const nowYear = yearOfWriting(
    doc,
    reportYear,
    headings.map((h, i) => ({ text: h.text, year: headingYears[i] ?? null })),
    headingRules,
  );
  const yearsAheadFrom = firstYearAhead(doc.meta.date, reportYear);
  const frame: TimeFrame = { reportYear, nowYear, rocCalendar, yearsAheadFrom };
  // The title, where the text repeats it (a page's headline below its navigation), reads like the lead.
  const titleAt = meta.title ? text.indexOf(meta.title.trim()) : -1;
  const title = titleAt >= 0 ? { start: titleAt, end: titleAt + meta.title!.trim().length } : null;
  const isPlace = (t: Token) => places.lookup(t.word) !== null;
  // Contract: the fallback is the title that names a subject. A page none of whose subjects dominates it is
  // still about what its headline opens with.
  const headline = headlineWords({ text, tokens, title, metaTitle: meta.title, dictionaries });
  const dominant = documentTopic(tokens, subjectRules, isPlace, title);
  const found = dominant ?? (headline ? headlineSubject({ ...headline, text, subjects: subjectRules, topics: topicRules, isPlace }) : null);
  // A brand scheme a page speaks of most (名牌战略: 名牌产品) is what its counts of members count, not what the page is
  // about; a bare 产品 named by its state (不合格产品) names none.
  const general = found !== null && (namesScheme(found, topicRules) || subjectRules.stateOnly.test(found)) ? null : found;
  // A page about one company or brand is about it by the name it gives it: a short name it defines for a company and
  // keeps using, else the name its title glues to its product (named-topic.ts).
  const namedRules = loadNamedTopicRules(dictionaries);
  const namedSubject =
    definedCompanyName(text, namedRules, subjectRules) ??
    titleNamedProduct({ topic: general, titleTokens: headline?.tokens ?? [], text, rules: namedRules, subjects: subjectRules, isPlace });
  const topic = namedSubject?.subject ?? general;
  // A company's document that never speaks as a government has no region of its own (contract: a single
  // company's figure takes the place the document names for the company, else none).
  const self = loadRegionIndex(dictionaries).selfReferenceLevel(text);
  const organisation = dominant !== null && subjectRules.organisationEndings.some((e) => dominant.endsWith(e)) && self.localVoice === 0;
  const region = organisation ? null : meta.region;
  const regionCode = organisation ? null : meta.regionCode;
  const placeContext: PlaceContext = { places, documentRegion: region ? places.lookup(region) : null };

  // Only a heading that names a topic (（三）电线电缆产品), not one that reads as a sentence (（二）培育壮大实体
  // 经济，构建…产业体系) nor one that names a policy area (（二）食品安全), names what its figures are about.
  const headingSubject = (headingText: string, headingTokens: Token[]) => {
    if (headingText.length > TOPIC_HEADING_LENGTH) return null;
    const named = subjectOfTokens(headingTokens, subjectRules, isPlace);
    if (!named || namesAreaOfWork(headingText, named, topicRules) || namesScheme(named, topicRules)) return null;
    // The contract's shortest form: a heading's 电线电缆产品 is 电线电缆 (家具 for 家具产品).
    // A generic ending is dropped only from before a thing of its own (特种设备 stays whole).
    const generic = [...subjectRules.generic].find((word) => named.endsWith(word) && named.length >= word.length + 2);
    const shorter = generic ? named.slice(0, -generic.length) : null;
    return shorter && headOf(shorter, subjectRules) !== null ? shorter : named;
  };
  const sections: ScopeSection[] = [];
  const open: ScopeSection[] = [];
  const parts = new PlanParts(reportYear, nowYear);
  headings.forEach((heading, i) => {
    while (open.length > 0 && open[open.length - 1]!.level >= heading.level) open.pop();
    const parent = open[open.length - 1] ?? null;
    const times = findTimes(text, heading.start, heading.end, timeRules, frame).filter((t) => !t.comparison);
    const own = times.find((t) => t.kind === 'year' || t.kind === 'target') ?? times[0] ?? null;
    // A span that starts after the report year (“十五五”时期) is planned; a year or span up to it, reviewed.
    const firstYear = own ? Number(own.period.slice(0, 4)) : null;
    const lastYear = own ? Number(own.period.slice(-4)) : null;
    const year = firstYear !== null && reportYear !== null && firstYear > reportYear ? firstYear : lastYear;
    const status = headingStatus(heading.text, year, reportYear, headingRules);
    const headingTokens = tokensIn(tokens, heading.start, heading.end);
    // A heading names the region of its section by a place, not by the nation it serves (（十）…加快建设美丽中国
    // 先行区 in a provincial report): a national word there leaves the document's region in force.
    const place = placesIn(text, heading.start, heading.end, headingTokens, placeContext).find(
      (p) => p.division !== null && p.kind !== 'national',
    );
    const next = headings.findIndex((h, j) => j > i && h.level <= heading.level);
    const part =
      heading.level === PART_LEVEL && !headingRules.notPlanPart.test(heading.text) ? parts.next(own?.period ?? null, status) : null;
    const section: ScopeSection = {
      start: heading.start,
      end: next < 0 ? text.length : headings[next]!.start,
      headingEnd: heading.end,
      level: heading.level,
      period: own?.period ?? part?.period ?? parent?.period ?? null,
      status: status ?? part?.status ?? parent?.status ?? null,
      region: place?.division?.name ?? parent?.region ?? null,
      regionCode: place?.division?.code ?? parent?.regionCode ?? null,
      // Only a heading that names a topic (（二）食品安全), not one that reads as a sentence (（二）培育壮大实体
      //经济，构建…产业体系), names what the figures under it are about.
      subject: headingSubject(heading.text, headingTokens) ?? parent?.subject ?? null,
    };
    sections.push(section);
    open.push(section);
  });

  return {
    reportYear,
    nowYear,
    rocCalendar,
    yearsAheadFrom,
    region,
    regionCode,
    subject: topic,
    namedSubject,
    sections,
  };
}

/** The level of a report's parts (一、…). */
const PART_LEVEL = 1;

/**
 * PERIOD-PLAN-PARTS: the parts of a report given the year after the one it reviews (a national report of March 1997
 * on 1996) that come after its review (一、1996年国内工作的回顾) and name neither a time nor a review or plan of their
 * own (二、保持经济稳定增长, 四、繁荣文化事业) set out the tasks of the year it is given in, as the parts a plan
 * heading opens do (二、2016年工作总体部署, then 三、推进民生改善): their figures are targets of
 * that year (after a plan of five years too: 二、“十五”时期的主要目标, then 三、…, sets out the tasks of its first year
 * as well, with deadlines of their own), unless a sentence says what was done. Not a part on a topic of its own
 * (七、关于外交工作: headings.json notPlanPart).
 */
class PlanParts {
  private opened = false;

  constructor(
    private readonly reportYear: number | null,
    private readonly nowYear: number | null,
  ) {}

  /** The period and status a part with none of its own takes, given its own time and status; null when none. */
  next(period: string | null, status: ScopeSection['status']): { period: string; status: 'plan' } | null {
    const R = this.reportYear;
    if (R === null || this.nowYear !== R + 1) return null;
    // A review of the report year or of years up to it opens the parts after it; a review of earlier times does not.
    if (status === 'review') {
      if (period === null || Number(period.slice(-4)) === R) this.opened = true;
      return null;
    }
    // A plan of the years after it does too (二、2016年工作总体部署), but not a heading that joins the years just past to
    // the tasks ahead (一、两年来的工作和今后的任务): what follows it may go on with either.
    if (status === 'plan' && period !== null && Number(period.slice(0, 4)) <= R) return null;
    if (status === 'plan') {
      this.opened = true;
      return null;
    }
    if (period !== null || !this.opened) return null;
    return { period: String(this.nowYear), status: 'plan' };
  }
}

const segmenters = new WeakMap<Dictionaries, Segmenter>();

/**
 * The words of a document's headline and where it stands in the text: its title where the text repeats it;
 * else its title segmented apart, standing nowhere in the text (a page whose record gives its title beside
 * the text); else the text's first line, where a page without a title gives its headline.
 */
function headlineWords(p: {
  text: string;
  tokens: readonly Token[];
  title: { start: number; end: number } | null;
  metaTitle: string | null | undefined;
  dictionaries: Dictionaries;
}): { tokens: Token[]; title: { start: number; end: number } } | null {
  const { text, tokens, title, metaTitle, dictionaries } = p;
  if (title) return { tokens: tokensIn(tokens, title.start, title.end), title };
  const own = metaTitle?.trim();
  if (own) {
    let segmenter = segmenters.get(dictionaries);
    if (!segmenter) segmenters.set(dictionaries, (segmenter = createSegmenter(dictionaries)));
    return { tokens: segmenter.segment(own), title: { start: -1, end: -1 } };
  }
  const line = firstLine(text);
  return line ? { tokens: tokensIn(tokens, line.start, line.end), title: line } : null;
}

/** Longest first line taken for a title where the document has none of its own. */
const TITLE_LINE_LENGTH = 40;

/** The first line of a text, as the span a title would take, when it is short enough to be one. */
function firstLine(text: string): { start: number; end: number } | null {
  const start = text.search(/\S/);
  if (start < 0) return null;
  const newline = text.indexOf('\n', start);
  const end = newline < 0 ? text.length : newline;
  return end - start <= TITLE_LINE_LENGTH ? { start, end } : null;
}

/**
 * The year of writing, against which 今年/去年/明年 resolve: the publication date's year; else the year of
 * the meeting or report the opening names (在2016年…工作会议上的讲话); else the year of a plan heading just
 * after the report year (二、2010年工作安排); else the year after the report year when the report-year rule
 * found the report looking back on it, else the report year itself (a news page of 2011 is written in 2011).
 */
function yearOfWriting(
  doc: Document,
  reportYear: number | null,
  headings: { text: string; year: { period: string } | null }[],
  rules: Parameters<typeof headingStatus>[3],
): number | null {
  const dated = doc.meta.date ? /^(\d{4})/.exec(doc.meta.date) : null;
  if (dated) return reportYear !== null ? Math.max(reportYear, Number(dated[1])) : Number(dated[1]);
  if (reportYear === null) return null;
  const text = doc.norm?.text ?? '';
  const meeting = MEETING_YEAR.exec(`${doc.meta.title ?? ''}\n${text.slice(0, OPENING)}`);
  if (meeting && Number(meeting[1]) >= reportYear && Number(meeting[1]) <= reportYear + 1) return Number(meeting[1]);
  const rule = doc.messages.find((m) => m.stage === 'metadata' && m.rule && /^report year/.test(m.text))?.rule;
  // A report that estimates the year it is about (1980年计划正在顺利执行，预计…) and says 今年 is given before that year
  // closes (今年上半年…): written in it, though it plans the next under its own heading (二、1981年国民经济计划).
  // One that never says 今年 is given early the next year (一九七四年…预计比…增长 … 一九七五年也将…): below.
  if (rule === 'year-estimated' && THIS_YEAR.test(text)) return reportYear;
  for (const heading of headings) {
    if (heading.year && Number(heading.year.period) === reportYear + 1 && rules.plan.test(heading.text)) return reportYear + 1;
  }
  if (rule && LOOKING_BACK_RULES.has(rule)) return reportYear + 1;
  // A summary titled with its year (某县质监局2015年工作总结) that says 今年 is written in the year it sums up (今年以来，
  // 我局… is of 2015); one that never does may be given the next January, like a report looking back.
  if (rule === 'year-summary-title' && !THIS_YEAR.test(text)) return reportYear + 1;
  // An undated report that names the year after the one it is about more than once, not as a deadline (一九五四年
  // 预计…, 一九七五年也将胜利完成) is written in that year: given in it, looking back on the year before.
  if (rule === 'most-named-year' && timesNamed(text, reportYear + 1) >= 2) return reportYear + 1;
  if (rule === 'year-estimated' && timesNamed(text, reportYear + 1) >= 2) return reportYear + 1;
  // So is one whose speaker opens by reporting on the years just past (向大会报告过去五年的工作): its review names
  // the last year reviewed most, its plan part says 今年 of the year after it.
  if (rule === 'most-named-year' && REPORTS_ON_PAST.test(text.slice(0, OPENING))) return reportYear + 1;
  // So is one whose opening looks back on the year it names most as a whole year gone by (一年来，我国各条战线…; 过去的一年):
  // its 今年 (今年头三个月，工业生产又有增长) is the year after.
  if (rule === 'most-named-year' && YEAR_GONE_BY.test(text.slice(0, OPENING))) return reportYear + 1;
  return reportYear;
}

/** The last month in which the years ahead a page speaks of still start with its own year (PERIOD-YEARS-AHEAD). */
const LAST_MONTH_AHEAD_FROM_NOW = 9;

/**
 * The first of the years ahead (未来五年, 今后三年), PERIOD-YEARS-AHEAD: on a page dated in the year it is about, before
 * its last quarter, that year (a news page of June 2011 counts 未来五年 as 2011-2015); else the year after the report
 * year: a report given early the next year (2018 on 2017: 2018-2022), one given as the year closes (December 1982:
 * 1983-1985), and an undated page, whose year of writing is only estimated.
 */
function firstYearAhead(date: string | null | undefined, reportYear: number | null): number | null {
  if (reportYear === null) return null;
  const dated = date ? /^(\d{4})-(\d{2})/.exec(date) : null;
  if (dated && Number(dated[1]) === reportYear && Number(dated[2]) <= LAST_MONTH_AHEAD_FROM_NOW) return reportYear;
  return reportYear + 1;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** How often a text names a year (2009年, 一九五四年), leaving out deadlines (到1980年, 至一九八〇年). */
function timesNamed(text: string, year: number): number {
  const chinese = [...String(year)].map((d) => CHINESE_DIGITS[Number(d)]).join('');
  const written = new RegExp(`(?<![到至\\d〇零○一二三四五六七八九])(?:${year}|${chinese.replace(/〇/g, '[〇零○]')})年`, 'g');
  return [...text.matchAll(written)].length;
}
