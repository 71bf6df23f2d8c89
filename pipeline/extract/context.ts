/**
 * The context of a figure (contract v1.1, "Context fields"): its period, region, subject, category and
 * status, from the clause, else the sentence, else the section a heading opens, else the document
 * (pipeline/scope). One call per fact: factContext. The subject is read in figure-subject.ts, the category in
 * figure-category.ts.
 */
import { Dictionaries } from '../../core/dictionaries';
import type { Document, DocumentScope, FactCategory, FactStatus, FactType, ScopeSection, Token } from '../../core/document';
import { loadPlaceIndex, NATIONAL, PLACES_FILE, type Division, type PlaceIndex } from '../metadata/places';
import { loadRegionIndex, REGIONS_FILE } from '../metadata/regions';
import { CATEGORIES_FILE, loadCategoryCues, type CategoryCue } from '../scope/category';
import { CATEGORY_WORDS_FILE, loadCategoryWords, type CategoryWords } from '../scope/category-words';
import { placesIn, type ResolvedPlace } from '../scope/places-in';
import { buildScope } from '../scope/scope';
import { loadSubjectRules, SUBJECTS_FILE, type SubjectRules } from '../scope/subjects';
import { findTimes, loadTimeRules, TIME_FILE, yearValue, type TimeMention, type TimeRules } from '../scope/time';
import { allMatches } from '../text/all-matches';
import { loadTopicRules, NEWS_PAGE_LENGTH, TOPICS_FILE, type TopicRules } from '../scope/topics';
import { loadSampledSectionRules, SAMPLED_SECTIONS_FILE, type SampledSectionRules } from '../scope/sampled-section';
import {
  lastStandardNamed,
  loadStandardLimitRules,
  STANDARD_LIMITS_FILE,
  type LimitOwner,
  type StandardLimitRules,
} from '../scope/standard-limit';
import { categoryOfFigure } from './figure-category';
import { RESPECTIVELY, subjectOf } from './figure-subject';
import type { Lexicons } from './lexicons';
import { escapeRegex } from './rules';
import { citedAsBasis, issuedNationally } from './titles';
import type { SentenceView } from './sentence';

/** What the extractor knows of a figure when it asks for its context. */
export interface FigureInput {
  view: SentenceView;
  doc: Document;
  lexicons: Lexicons;
  type: FactType;
  metric: string;
  unit: string | null;
  /** The figure (number and unit) or the named thing: UTF-16 span in the normalised text. */
  start: number;
  end: number;
  /** The words naming what is measured, before the figure and after it (`2户定点供奥运食品生产加工企业`). */
  phrase?: { preStart: number; preEnd: number; postStart: number; postEnd: number };
  /** The named thing of a brand, standard or policy. */
  name?: string | null;
  /** The subject an enumeration gives this figure (`大、中、小型企业…分别为` → 大型企业). */
  listedSubject?: string | null;
  /** The category of the figure this one took its metric from (`…4510起，货值3529万元`). */
  inheritedCategory?: FactCategory | null;
}

export interface FigureContext {
  category: FactCategory;
  status: FactStatus;
  period: string | null;
  region: string | null;
  region_code: string | null;
  subject: string | null;
}

/** The dictionary files a figure's context reads (bindContext): the extract stage's key hashes them. */
export const CONTEXT_FILES: readonly string[] = [
  TIME_FILE,
  PLACES_FILE,
  REGIONS_FILE,
  SUBJECTS_FILE,
  TOPICS_FILE,
  SAMPLED_SECTIONS_FILE,
  CATEGORIES_FILE,
  CATEGORY_WORDS_FILE,
  STANDARD_LIMITS_FILE,
];

interface ContextRules {
  time: TimeRules;
  places: PlaceIndex;
  subjects: SubjectRules;
  topics: TopicRules;
  sampledSections: SampledSectionRules;
  categories: CategoryCue[];
  categoryWords: CategoryWords;
  standardLimits: StandardLimitRules;
  /** Whether the document speaks as a government (全省, 我市): a news page does not. */
  speaksAsGovernment: boolean;
  /** Whether the document is a government's report: one that speaks as a province or city, or a long one of the nation. */
  governmentReport: boolean;
}

const bound = new WeakMap<Document, ContextRules>();
let fallbackDictionaries: Dictionaries | null = null;

/** Loads the context rules for a document and builds its scope when no scope stage ran (a resumed run). */
export function bindContext(doc: Document, dictionaries: Dictionaries): void {
  doc.scope ??= buildScope(doc, dictionaries);
  bound.set(doc, {
    time: loadTimeRules(dictionaries),
    places: loadPlaceIndex(dictionaries),
    subjects: loadSubjectRules(dictionaries),
    topics: loadTopicRules(dictionaries),
    sampledSections: loadSampledSectionRules(dictionaries),
    categories: loadCategoryCues(dictionaries),
    categoryWords: loadCategoryWords(dictionaries),
    standardLimits: loadStandardLimitRules(dictionaries),
    speaksAsGovernment: speaksAsGovernment(doc, dictionaries),
    governmentReport:
      speaksAsGovernment(doc, dictionaries) || (doc.scope.regionCode === NATIONAL.code && (doc.norm?.text.length ?? 0) > NEWS_PAGE_LENGTH),
  });
}

/**
 * How often a document must name its own province, city or county as a government does (全省, 我市, 县政府) to speak
 * as one: a news page may quote an official once or twice.
 */
const GOVERNMENT_VOICE = 3;

function speaksAsGovernment(doc: Document, dictionaries: Dictionaries): boolean {
  return loadRegionIndex(dictionaries).selfReferenceLevel(doc.norm?.text ?? '').localVoice >= GOVERNMENT_VOICE;
}

function rulesFor(doc: Document): ContextRules {
  if (!bound.has(doc)) bindContext(doc, (fallbackDictionaries ??= new Dictionaries()));
  return bound.get(doc)!;
}

/** Per sentence: its time words and place words, found once for all its figures. */
const sentenceCache = new WeakMap<SentenceView, SentenceWords>();

interface SentenceWords {
  times: TimeMention[];
  places: ResolvedPlace[];
  /** The period the sentences before this one in its paragraph name (`2025年，…。…增长5.6%`). */
  paragraphTime: string | null;
  /** The span an earlier paragraph of its section opens with (五年来，…), carried to the paragraphs after it. */
  leadSpan: string | null;
  /** For a sentence that says 当时 (then): the last time named before it in its section, sentences back. */
  thenTime: string | null;
}

function sentenceWords(input: FigureInput, scope: DocumentScope, rules: ContextRules): SentenceWords {
  const { view } = input;
  let words = sentenceCache.get(view);
  if (!words) {
    const home = scope.regionCode ? rules.places.division(scope.regionCode) : scope.region ? rules.places.lookup(scope.region) : null;
    const paragraphStart = view.paragraphStart();
    const earlier = findTimes(view.text, paragraphStart, view.start, rules.time, scope);
    const free = earlier.filter((t) => !t.comparison && t.kind !== 'vague' && !boundToItsFigure(view.text, t) && !opensPair(view.text, t));
    const opening = free.filter((t) => opensItsSentence(view.text, t, paragraphStart));
    const times = findTimes(view.text, view.start, view.end, rules.time, scope);
    words = {
      times,
      places: placesIn(view.text, view.start, view.end, view.tokens as Token[], {
        places: rules.places,
        documentRegion: home,
        lookBackFrom: paragraphStart,
      }),
      paragraphTime:
        (opening[opening.length - 1] ?? previousSentenceTime(view.text, free, paragraphStart, view.start))?.period ??
        yearAfterCompared(withoutDatedComparisons(view.text, earlier), scope, view.text, rules.time),
      leadSpan: leadSpanBefore(input.doc, paragraphStart, sectionAt(scope, view.start)?.start ?? 0, scope, rules.time),
      thenTime: rules.time.then.test(view.slice)
        ? lastTimeBefore(view.text, view.start, sectionAt(scope, view.start), scope, rules.time)
        : rules.time.fiscalPeriod.test(view.slice)
          ? lastFiscalReportYear(view.text, view.start, rules.time)
          : null,
    };
    sentenceCache.set(view, words);
  }
  return words;
}

/**
 * A time word inside an earlier sentence (…，于2000年在上海建立。注册资本30万美元。) dates the sentence right after
 * it, which goes on with the same event, but not the ones after that: a later sentence of the paragraph (another
 * speaker, 约70%的牛奶出自散户) speaks of its own time (the report's), unlike after a time word that opens its
 * sentence (2025年，…), which sets the time of the paragraph.
 */
function previousSentenceTime(
  text: string,
  free: readonly TimeMention[],
  paragraphStart: number,
  sentenceStart: number,
): TimeMention | null {
  let start = sentenceStart - 1;
  while (start > paragraphStart && /[。！？!?\s]/.test(text[start - 1]!)) start--;
  while (start > paragraphStart && !/[。！？!?]/.test(text[start - 1]!)) start--;
  return free.filter((t) => t.start >= start).pop() ?? null;
}

/**
 * The time words of earlier sentences without the comparisons made in a sentence that names its own year
 * (一九五三年…平均工资比一九五〇年增加了百分之八十四): that sentence's figures are of its own year, so the year after
 * its base (1951) dates nothing after it.
 */
function withoutDatedComparisons(text: string, times: readonly TimeMention[]): TimeMention[] {
  const sentenceOf = (t: TimeMention) => {
    let start = t.start;
    while (start > 0 && !/[。！？!?\n]/.test(text[start - 1]!)) start--;
    return start;
  };
  const dated = new Set(times.filter((t) => !t.comparison && t.kind === 'year').map(sentenceOf));
  return times.filter((t) => !t.comparison || !dated.has(sentenceOf(t)));
}

/** How far back a sentence that says 当时 looks for the time it refers to. */
const THEN_LOOK_BACK = 600;

/**
 * The last time named before a sentence in its section, within THEN_LOOK_BACK characters, not a comparison,
 * a vague past nor a year bound to another figure (追溯到2008年 counts): what 当时 (then) refers to (1998年，…首家门店开张。…。当时还
 * 捐助了80万: 1998), however many sentences without a time came between.
 */
function lastTimeBefore(text: string, start: number, section: ScopeSection | null, scope: DocumentScope, rules: TimeRules): string | null {
  const from = Math.max(section?.headingEnd ?? 0, start - THEN_LOOK_BACK);
  const times = findTimes(text, from, start, rules, scope).filter((t) => !t.comparison && t.kind !== 'vague' && !boundToItsFigure(text, t));
  return times[times.length - 1]?.period ?? null;
}

/**
 * The year of the company report a page names last before a sentence (…研读了三家公司的2010年年报。…本期新增…), within
 * twice THEN_LOOK_BACK characters: what 本期 and 报告期 in that sentence refer to; null when no such report is named.
 */
function lastFiscalReportYear(text: string, start: number, rules: TimeRules): string | null {
  const from = Math.max(0, start - 2 * THEN_LOOK_BACK);
  const reports = allMatches(rules.fiscalReport, text.slice(from, start));
  const last = reports[reports.length - 1];
  return last ? String(yearValue(last[1]!)) : null;
}

/** How far into its sentence a time word may start and still date the sentence as a whole (据统计，2010年…). */
const SENTENCE_OPENING = 12;

/**
 * A time word that opens its sentence or a part of it after ； (2025年，… / 今年以来，… / 据统计，2010年…) dates the
 * sentences after it in its paragraph before one inside a later clause does (刚刚过去的2025年，…，实现“十四五”圆满
 * 收官。…增长5.8%: 2025).
 */
function opensItsSentence(text: string, time: TimeMention, paragraphStart: number): boolean {
  let start = time.start;
  while (start > paragraphStart && !/[。！？!?；;]/.test(text[start - 1]!)) start--;
  const before = text.slice(start, time.start);
  return !/[，,；;]/.test(before) || before.length <= SENTENCE_OPENING;
}

/** The innermost section whose span holds `pos`. */
function sectionAt(scope: DocumentScope, pos: number): ScopeSection | null {
  let found: ScopeSection | null = null;
  for (const section of scope.sections) {
    if (section.start > pos) break;
    if (pos < section.end && (!found || section.level >= found.level)) found = section;
  }
  return found;
}

const QUANTITY_TYPES: ReadonlySet<FactType> = new Set(['rate', 'count', 'amount', 'change']);
const NAMED_TYPES: ReadonlySet<FactType> = new Set(['brand', 'standard', 'policy']);

export function factContext(input: FigureInput): FigureContext {
  const { doc, type } = input;
  const rules = rulesFor(doc);
  const scope = doc.scope!;
  const section = sectionAt(scope, input.start);
  const words = sentenceWords(input, scope, rules);
  const mention = timeOfFigure(input, words.times);
  const status = statusOf(input, section, mention, scope);
  const period = periodOf({ input, mention, status, section, scope, words, rules: rules.time });
  const division = regionOf(input, words.places, section, scope, rules);
  const subject = NAMED_TYPES.has(type) ? null : subjectOf(input, section, scope, rules);
  return {
    category: categoryOfFigure(input, section, rules, subject),
    status,
    period,
    region: division?.name ?? null,
    region_code: division?.code ?? null,
    subject,
  };
}

// ---------------------------------------------------------------------------------------------- period

/** After a year, words that bind it to the next figure alone (`2020年的3.68万亿元`). */
const BINDS_NEXT = /^(?:年?末|年?底|初)?的?(?:每[^\d，,。；;]{1,4})?$/;
const LIST_ITEM_SEPARATOR = /[、和及与]/g;

/**
 * The time word that dates the figure: one bound to it (`2020年的3.68万亿元`); the matching year of a list
 * of years for the items of a `分别` list; else the last one before it in its clause; else in its sentence
 * (a year bound to another figure does not count); null when the sentence names none.
 */
function timeOfFigure(input: FigureInput, times: readonly TimeMention[]): TimeMention | null {
  const { view, start } = input;
  const before = times.filter((t) => t.end <= start && !t.comparison);
  const last = before[before.length - 1];
  if (last && BINDS_NEXT.test(view.text.slice(last.end, start).trim())) return last;
  // The value a comparison is taken from, bound to its time (较2020年的9000亿元, 较“十三五”末的…), is of that time.
  const base = times
    .filter((t) => t.end <= start && t.comparison && !t.equivalence && (boundToItsFigure(view.text, t) || basesItsComparison(view, t)))
    .pop();
  if (base && BINDS_NEXT.test(view.text.slice(base.end, start).trim())) return base;
  const clauseStart = view.clauseStart(start);
  const clauseBefore = view.text.slice(clauseStart, start);
  const respectively = RESPECTIVELY.exec(clauseBefore);
  const list = [...before].reverse().find((t) => t.items && t.items.length > 1);
  if (respectively && list) {
    const between = clauseBefore.slice(respectively.index);
    const index = between.match(LIST_ITEM_SEPARATOR)?.length ?? 0;
    const item = list.items![index];
    if (item) return { ...list, period: item };
  }
  const pair = yearOfPairValue(view, before, start, clauseStart);
  if (pair) return pair;
  // The year a from-to pair opens with dates its first value alone (从2004年人均每月700元提高到现在的1721元).
  const free = before.filter(
    (t) => !boundToItsFigure(view.text, t) && !(opensPair(view.text, t) && /到|至/.test(view.text.slice(t.end, start))),
  );
  const inClause = free.filter((t) => t.start >= clauseStart);
  // A vague past (以前允许50万个，现在是200万个) dates only its own clause, unless it is a clause of its own
  // that sets the time of what follows (以前，生乳…每毫升不超过50万个).
  const dated = free.filter((t) => t.kind !== 'vague' || standsAlone(view, t));
  return inClause[inClause.length - 1] ?? dated[dated.length - 1] ?? null;
}

/** After a comparison's base and its value, the word that closes the comparison in the same clause (与三年前45%的份额相比). */
const CLOSES_COMPARISON = /^[^，,。；;！？]*?(?:相比|相较|比较|持平)/;
/** A value right after a time word, written without 的 (三年前45%, 去年同期92%). */
const VALUE_AFTER = /^(?:年?末|年?底|初)?[\d一二三四五六七八九十两百千万亿.．]/;

/**
 * Whether a comparison's base time is followed by its value with no 的 and the comparison closes after it (与三年前45%
 * 的市场份额相比, 与去年同期92%的合格率相比): the value is of the base time, like 较2020年的9000亿元.
 */
function basesItsComparison(view: FigureInput['view'], time: TimeMention): boolean {
  const after = view.text.slice(time.end, view.clauseEnd(time.end));
  return VALUE_AFTER.test(after) && !MONTH_AFTER_OF.test(`的${after}`) && CLOSES_COMPARISON.test(after);
}

/** Right before a year, the word that opens the first value of a from-to pair (由2002年7703元增加到…). */
const FROM_BEFORE = /[从由]\s*$/;
/** After that year, the rest of the pair's clause up to the word that opens its second value. */
const PAIR_GOES_ON = /^[^，,。；;]*?(?:到|至)/;
/** Before a figure, the first value of a from-to pair: the figure is its second value (由2476元增加到). */
const PAIR_BEFORE = /[从由][^，,。；;从由]*(?:到|至)\s*$/;

/**
 * Whether a year opens a from-to pair (从2002年1288亿元增加到…, 从去年的61亿元降低到45亿元): it is the year of the pair's
 * first value.
 */
function opensPair(text: string, time: TimeMention): boolean {
  return (
    (time.kind === 'year' || time.kind === 'relative') &&
    FROM_BEFORE.test(text.slice(Math.max(0, time.start - 2), time.start)) &&
    PAIR_GOES_ON.test(text.slice(time.end, time.end + 40))
  );
}

/**
 * A from-to pair that names no year of its own after one that does, in the same sentence (城镇居民…由2002年7703元
 * 增加到2007年13786元，农村居民…由2476元增加到4140元; …从2002年1288亿元增加到2007年的3664亿元，占…比重从1.07%
 * 提高到1.49%): its two values are of the two years of the pair before it.
 */
function yearOfPairValue(
  view: FigureInput['view'],
  before: readonly TimeMention[],
  start: number,
  clauseStart: number,
): TimeMention | null {
  const { text } = view;
  const clauseBefore = text.slice(clauseStart, start);
  const first = FROM_BEFORE.test(clauseBefore);
  const second = !first && PAIR_BEFORE.test(clauseBefore);
  if (!first && !second) return null;
  // The pair's own clause names a year: it dates the pair as usual.
  if (before.some((t) => t.start >= clauseStart)) return null;
  const opening = before.filter((t) => t.end <= clauseStart && opensPair(text, t)).pop();
  if (!opening) return null;
  if (first) return opening;
  const clauseEnd = view.clauseEnd(opening.end);
  return (
    before.find(
      (t) => t.start > opening.end && t.end <= clauseEnd && /(?:到|至)$/.test(text.slice(Math.max(0, t.start - 1), t.start + 1)),
    ) ?? null
  );
}

/** Whether a time word is a clause by itself (以前，…; 早几年，…): it sets the time of the clauses after it. */
function standsAlone(view: FigureInput['view'], time: TimeMention): boolean {
  const opening = view.text.slice(view.clauseStart(time.start), time.start);
  return /^\s*(?:在|而|但|可|)\s*$/.test(opening) && /^[，,]/.test(view.text.slice(time.end, time.end + 1));
}

/**
 * A year followed by 的 and a number dates that number only (`从2020年的3.68万亿元增长到…`); a month after it
 * (`2009年的12月份`) is part of a date, which dates what follows like any year.
 */
function boundToItsFigure(text: string, time: TimeMention): boolean {
  // The end of the year may come between (从2007年末的6.12万亿元, 2007年底的8.4%).
  const after = text.slice(time.end, time.end + 10).replace(YEAR_END, '');
  return (
    after[0] === '的' && /^的(?:每[^\d，,。；;]{1,4})?[\d一二三四五六七八九十两百千万亿.．]/.test(after) && !MONTH_AFTER_OF.test(after)
  );
}
const YEAR_END = /^(?:年?末|年?底|初)/;
const MONTH_AFTER_OF = /^的(?:\d{1,2}|[一二三四五六七八九十]{1,2})月/;

interface PeriodInput {
  input: FigureInput;
  mention: TimeMention | null;
  status: FactStatus;
  section: ScopeSection | null;
  scope: DocumentScope;
  words: SentenceWords;
  rules: TimeRules;
}

/**
 * The figure's period: its sentence's time word (a span's last year for the level it ends with, the year
 * before it for the first value of a from-to pair); else the year after a year it is compared with
 * (较2009年提高 in a report on 2010); else the time word of an earlier sentence of its paragraph; else the
 * year of writing for what the report says of its own meeting; else for a target the plan's year or the
 * year of writing; else the section's, else the report year.
 */
function periodOf(p: PeriodInput): string | null {
  const period = periodOfWords(p);
  return (period !== null && averageOverScope(p, period)) || period;
}

/**
 * An average rate dated by a single year (国民生产总值1987年达到…，平均每年增长11.1%; …，年均增长10.6% after such a
 * sentence) is over the years up to it that scope it: the span of its paragraph, of the paragraph that leads
 * its part or of its heading (五年来, 一、“九五”时期…的回顾) when that span ends with the year (contract: an average
 * rate from year A to year B is "A-B").
 */
function averageOverScope(p: PeriodInput, period: string): string | null {
  if (!/^\d{4}$/.test(period) || p.status !== 'actual') return null;
  const { view, start, end } = p.input;
  const lead = view.text.slice(view.clauseStart(start), start) + (FIGURE_LEAD.exec(view.text.slice(start, end))?.[0] ?? '');
  if (!p.rules.average.test(lead)) return null;
  const spans = [p.words.paragraphTime, p.words.leadSpan, p.section?.period ?? null];
  return spans.find((span) => span !== null && /^\d{4}-\d{4}$/.test(span) && span.endsWith(period)) ?? null;
}

function periodOfWords(p: PeriodInput): string | null {
  const { input, mention, status, section, scope, words, rules } = p;
  const { view, start } = input;
  const clauseBefore = view.text.slice(view.clauseStart(start), start);
  // A bound word the figure's span opens with (突破700亿元, 超过80%) says how the level was reached as well.
  const lead = clauseBefore + (FIGURE_LEAD.exec(view.text.slice(start, input.end))?.[0] ?? '');
  // A span (五年来, a heading's “十四五”时期) dates a level reached by its last year, and the first value of a
  // from-to pair by the year before it; other figures of the span keep the span.
  // A span written as its two years (从1980年至1985年，…由6.2亿吨增加到8.5亿吨) dates the first value by its
  // first year and the level reached by its last; other figures of it keep the span. A total over it
  // (累计, 合计) keeps the span.
  const within = (period: string | null): string | null => {
    if (period === null || !/^\d{4}-\d{4}$/.test(period)) return period;
    const written = mention?.items !== undefined && mention.period === period;
    if (rules.cumulative.test(clauseBefore) || rules.cumulative.test(lead)) return period;
    // A count of years in the figure's own clause (五年中央财政用于科技的投入达到3406亿元, 五年内…达到) counts what
    // came in over them, even after a word of reaching; a span set before the clause (五年来，…) does not.
    if (countedInClause(input, mention, period)) return period;
    if (rules.reached.test(clauseBefore) || rules.reached.test(lead)) return period.slice(-4);
    if (rules.fromValue.test(clauseBefore)) return written ? period.slice(0, 4) : String(Number(period.slice(0, 4)) - 1);
    // A span written as its two years (2007年到2008年，…) is the time the sentence's figures were measured over.
    return status === 'actual' && !written && levelAtSpanEnd({ input, clauseBefore, rules }) ? period.slice(-4) : period;
  };
  // A target over a count of years (五年内…增长38%, under the plan of the next five years) takes the years
  // after the report year.
  if (mention?.years && status === 'target' && scope.reportYear !== null && Number(mention.period.slice(-4)) <= scope.reportYear)
    return `${scope.reportYear + 1}-${scope.reportYear + mention.years}`;
  // An average rate dated by its year with a base year before it (2007年，…比2002年增长65.5%，年均增长10.6%) is
  // over the years from the base to its own (contract: 2000至2005年年均增长 → 2000-2005).
  const base = mention && /^\d{4}$/.test(mention.period) && rules.average.test(lead) ? averageBase(words.times, mention, start) : null;
  if (base) return `${base}-${mention!.period}`;
  // A figure its own clause says is of now (十年前产量只有3000吨，现在已达到2万吨; 去年…，目前…) is not of the time
  // counted back that an earlier clause named: it is of the report's own time, like a figure of now with no time word.
  // Not after a year written out (2006年新入选3个，目前已有15个; 在2010年年报中，…目前…): that may be the time now is.
  if (mention?.kind === 'relative' && status === 'actual' && rules.present.test(clauseBefore)) {
    if (mention.end <= view.clauseStart(start))
      return section?.period && section.status !== 'plan' ? within(section.period) : reportYearOf(scope);
  }
  if (mention) return mention.kind === 'vague' ? null : within(mention.period);
  // A figure of a sentence that says 当时 (then) is of the time named last before it, sentences back.
  const refersBack = rules.then.test(view.text.slice(view.start, start)) || rules.fiscalPeriod.test(view.text.slice(view.start, start));
  if (words.thenTime && status === 'actual' && refersBack) return words.thenTime;
  // A figure of a sentence about the document's own sampling round (此次抽查…) is of the year it gives the round.
  const round = status === 'actual' && rules.ownRound.test(view.slice) ? roundYearOf(input.doc, scope, rules) : null;
  if (round) return round;
  // A figure its clause says is of now (目前…早就控制在20万个, 现在是200万个) is of the report's own time, not of
  // a standard issued earlier nor of a year an earlier sentence named.
  if (status === 'actual' && rules.present.test(clauseBefore))
    return section?.period && section.status !== 'plan' ? within(section.period) : reportYearOf(scope);
  const issued = rules.standardReference.test(view.slice) ? standardIssueBefore(input.doc, view.start, scope, rules) : null;
  if (issued && status === 'actual') return issued;
  // A limit a standard sets (国家标准规定，…不得超过20毫克/千克), with no year in its sentence nor an issue year it
  // refers back to, is of no year, not the report's (contract: a limit in a standard takes the year the standard was
  // issued when the document gives it, else null).
  if (status === 'actual' && standardLimit(input, lead, rules)) return null;
  const compared = yearAfterCompared(
    words.times,
    scope,
    view.text,
    rules,
    [words.paragraphTime, words.leadSpan, section?.period ?? null].find((p) => p !== null && SPAN.test(p)) ?? null,
    [view.clauseStart(start), view.clauseEnd(start)],
  );
  if (compared && status === 'actual') return compared;
  // An earlier sentence's year after the year of writing (预测2014年…将达) was a forecast: no actual figure
  // after it is of that year.
  const forecast = words.paragraphTime !== null && scope.nowYear !== null && Number(words.paragraphTime.slice(-4)) > scope.nowYear;
  if (words.paragraphTime && status === 'actual' && !forecast) {
    // A total (累计对外直接投资2200亿美元) after a sentence about one year of a span looked back on (2010年比上年减少
    // 6.4%) is over the span, not that year: an earlier sentence's year does not bound it.
    const span = [words.leadSpan, section?.period ?? null].find((p) => p !== null && SPAN.test(p) && containsYear(p, words.paragraphTime!));
    const total = rules.totalOverSpan.test(clauseBefore);
    return within(total && span ? span : words.paragraphTime);
  }
  if (words.leadSpan && status === 'actual' && (!section || section.status !== 'plan')) return within(words.leadSpan);
  if (scope.nowYear !== null && rules.meeting.test(view.slice)) return String(scope.nowYear);
  if (status === 'target') {
    if (section?.status === 'plan' && section.period) return within(section.period);
    if (scope.nowYear !== null) return String(scope.nowYear);
  }
  if (section?.period && (section.status !== 'plan' || status === 'target')) return within(section.period);
  return reportYearOf(scope);
}

/** Money, alone or per unit: a fine or reward a rule sets (5000元以下的奖励) or a price (不低于80元/平方米) is no limit of a standard. */
const MONEY_UNIT = /元/;

/**
 * Whether a figure is a limit a standard or rule sets: an amount or rate, not money, after words in its sentence that
 * name a standard (limitStandard), opened by a limit word (limitBefore: 不超过, ≤) or closed by one (limitAfter: 以下).
 */
function standardLimit(input: FigureInput, lead: string, rules: TimeRules): boolean {
  if (input.type !== 'amount' && input.type !== 'rate') return false;
  if (input.unit !== null && MONEY_UNIT.test(input.unit)) return false;
  const { view, start } = input;
  if (!rules.limitStandard.test(view.text.slice(view.start, start))) return false;
  return rules.limitBefore.test(lead) || rules.limitAfter.test(view.text.slice(start, view.clauseEnd(start)));
}

/** The words of a count of years that look back to now (五年来, 三年以来): they set a time, not a total. */
const SINCE_COUNT = /(?:来|以来)$/;

/** Whether the figure's period is a count of years named in its own clause, not as a time since (五年中, 五年内). */
function countedInClause(input: FigureInput, mention: TimeMention | null, period: string): boolean {
  if (!mention?.years || mention.period !== period) return false;
  const { view, start } = input;
  if (mention.start < view.clauseStart(start) || mention.end > start) return false;
  return !SINCE_COUNT.test(view.text.slice(mention.start, mention.end));
}

const reportYearOf = (scope: DocumentScope): string | null => (scope.reportYear !== null ? String(scope.reportYear) : null);

/**
 * Whether a figure under a span with no word of reaching or totalling right before it is still the level
 * the span ends with (contract: a span is for cumulative figures): an item of a list a level reached opens
 * (达到9341个、床位10.5万张), a stock named right before it (电力总装机规模3.1亿千瓦), or a rate, which states a
 * level (城镇化率71.5%, 优良天数比率接近80%). A level held or averaged over the span (保持在90%以上, 一直,
 * 平均为), what was added or changed over it (新增装机3000万千瓦, 比原计划节约10%) and a share of a flow over it
 * (投资占43.7%) are of the span.
 */
function levelAtSpanEnd({ input, clauseBefore, rules }: { input: FigureInput; clauseBefore: string; rules: TimeRules }): boolean {
  if (input.type === 'change') return false;
  if (rules.steady.test(clauseBefore) || rules.mean.test(clauseBefore)) return false;
  if (rules.reachedList.test(clauseBefore)) return true;
  if (rules.changeOver.test(clauseBefore) || rules.comparisonWord.test(clauseBefore)) return false;
  if (rules.stockBefore.test(clauseBefore)) return true;
  return input.type === 'rate' && !rules.flowShare.test(input.view.text.slice(input.view.start, input.start));
}

/** The base year before an average rate in its sentence, earlier than the year that dates the rate. */
function averageBase(times: readonly TimeMention[], dated: TimeMention, start: number): string | null {
  const base = times.find((t) => t.comparison && t.kind === 'year' && t.end <= start && Number(t.period) < Number(dated.period));
  return base?.period ?? null;
}

const SENTENCE = /[^。！？!?\n]+/g;

/** The words of a figure's span before its number (突破 in 突破700亿元). */
const FIGURE_LEAD = /^[^0-9０-９一二三四五六七八九十两百千零〇]+/;

/** Per document: its paragraphs that open with a time word, and the period each names. */
const paragraphLeads = new WeakMap<Document, { start: number; period: string }[]>();
/** How far into a paragraph its opening time word may start (五年来，… / 过去五年，我们… / “十四五”时期是…). */
const LEAD_OPENING = 3;

/**
 * The span a paragraph opens with (五年来，我们… / “十四五”时期是…) scopes the paragraphs after it up to the next
 * heading or the next paragraph that opens with another time word (2025年是…): the five-year part of a
 * review. Null when the last opening before the paragraph names a single year or a span ahead, or none does.
 */
function leadSpanBefore(
  doc: Document,
  paragraphStart: number,
  sectionStart: number,
  scope: DocumentScope,
  rules: TimeRules,
): string | null {
  let leads = paragraphLeads.get(doc);
  if (!leads) {
    leads = [];
    const text = doc.norm?.text ?? '';
    for (let start = 0; start < text.length;) {
      const end = text.indexOf('\n', start);
      const stop = end < 0 ? text.length : end;
      // The last sentence of the paragraph that opens with a time word (各位代表！2025年是…。五年来，我们…).
      let period: string | null = null;
      for (const sentence of text.slice(start, stop).matchAll(SENTENCE)) {
        const at = start + sentence.index + sentence[0].search(/\S|$/);
        const time = findTimes(text, at, Math.min(stop, at + 24), rules, scope).find((t) => !t.comparison && t.kind !== 'vague');
        if (time && time.start - at <= LEAD_OPENING) period = time.period;
      }
      if (period !== null) leads.push({ start, period });
      start = stop + 1;
    }
    paragraphLeads.set(doc, leads);
  }
  let found: string | null = null;
  for (const lead of leads) {
    if (lead.start >= paragraphStart) break;
    if (lead.start >= sectionStart) found = lead.period;
  }
  // Only a span looked back on: one reaching past the report year (今后五年，…) plans and dates no actual figure.
  const past = found !== null && scope.reportYear !== null && Number(found.slice(-4)) <= scope.reportYear;
  return found !== null && past && /^\d{4}-\d{4}$/.test(found) ? found : null;
}

/** Per document: the year of the sampling round it reports on, when it names one. */
const roundYears = new WeakMap<Document, { year: string | null }>();

/**
 * The year a document gives its sampling round (2010的抽查合格率, 2011年电热毯产品质量国家监督抽查结果): the latest
 * year, up to the year of writing, that a sampling word follows in the same clause, not the base of a comparison.
 * A sentence about "this round" (此次抽查, 本次抽检) with no time of its own is of that year: a page published in
 * May on the previous year's round (contract: the year the report is about).
 */
function roundYearOf(doc: Document, scope: DocumentScope, rules: TimeRules): string | null {
  let found = roundYears.get(doc);
  if (!found) {
    const text = doc.norm?.text ?? '';
    let year: number | null = null;
    for (const m of text.matchAll(SENTENCE)) {
      if (!rules.roundNamed.test(m[0])) continue;
      for (const time of findTimes(text, m.index, m.index + m[0].length, rules, scope)) {
        if (time.comparison || time.kind !== 'year') continue;
        const value = Number(time.period);
        const after = text.slice(time.end, m.index + m[0].length);
        if (!rules.roundAfterYear.test(after)) continue;
        if (scope.nowYear !== null && value > scope.nowYear) continue;
        if (year === null || value > year) year = value;
      }
    }
    found = { year: year === null ? null : String(year) };
    roundYears.set(doc, found);
  }
  return found.year;
}

/** Per document: the sentences that date the issue of a standard, with the year they give. */
const standardIssues = new WeakMap<Document, { start: number; period: string }[]>();

/**
 * The year the document gives for the issue of the standard a sentence refers back to (去年6月开始施行的新
 * 《乳品安全标准》 … 在66项新乳品安全国家标准中, 原奶细菌总数…调整为200万个): the last such year before it.
 */
function standardIssueBefore(doc: Document, pos: number, scope: DocumentScope, rules: TimeRules): string | null {
  let issues = standardIssues.get(doc);
  if (!issues) {
    issues = [];
    const text = doc.norm?.text ?? '';
    for (const m of text.matchAll(SENTENCE)) {
      if (!rules.standardIssued.test(m[0])) continue;
      const time = findTimes(text, m.index, m.index + m[0].length, rules, scope).find((t) => !t.comparison && t.kind !== 'vague');
      if (time) issues.push({ start: m.index, period: time.period });
    }
    standardIssues.set(doc, issues);
  }
  let found: string | null = null;
  for (const issue of issues) if (issue.start < pos) found = issue.period;
  return found;
}

/** Whether a span of years holds a single year. */
function containsYear(span: string, year: string): boolean {
  if (!/^\d{4}$/.test(year)) return false;
  return Number(year) >= Number(span.slice(0, 4)) && Number(year) <= Number(span.slice(-4));
}

/** A clause that opens with the comparison (，比2015年增加1.1万亿元): it goes on about the figure before it. */
const COMPARISON_OPENS = /^\s*(?:同|与|比|较)\s*$/;

/** Whether a comparison is in the figure's clause, or opens the clause right after it (积累2.9万亿元，比2015年增加…). */
function inOrAfterClause(text: string, compared: TimeMention, clause: readonly [number, number]): boolean {
  if (compared.start >= clause[0] && compared.start < clause[1]) return true;
  const opening = text.slice(clause[1] + 1, compared.start);
  return compared.start > clause[1] && COMPARISON_OPENS.test(opening);
}

/** A period that is a span of years. */
const SPAN = /^\d{4}-\d{4}$/;

/**
 * The year after a year a sentence compares with (较2009年提高 in a report written in 2011 dates the
 * figures of 2010), when that year is before the year of writing. Under a span of years looked back on
 * (一、过去五年工作回顾, 五年来，…) a year it starts from (比2007年提高 in a review of 2008-2012) is compared
 * with the span's last year, the level the years reviewed ended with, in the comparison's own clause.
 */
function yearAfterCompared(
  times: readonly TimeMention[],
  scope: DocumentScope,
  text: string,
  rules: TimeRules,
  span: string | null = null,
  clause: readonly [number, number] | null = null,
): string | null {
  // An equivalence (相当于2009年的3倍) compares with a year but says nothing of a year after it.
  const comparisons = times.filter(
    (t) =>
      t.comparison && !t.equivalence && t.kind === 'year' && !rules.equivalenceBefore.test(text.slice(Math.max(0, t.start - 4), t.start)),
  );
  // The comparison of the figure's own clause, else the sentence's first.
  const compared = comparisons.find((t) => clause !== null && t.start >= clause[0] && t.start < clause[1]) ?? comparisons[0];
  if (!compared || scope.nowYear === null) return null;
  const next = Number(compared.period) + 1;
  const [first, last] = span ? [Number(span.slice(0, 4)), Number(span.slice(-4))] : [0, 0];
  const underSpan = span !== null && next >= first && next < last;
  // Under the span the comparison dates its own clause alone (…新建成轨道交通线路7条，…PM2.5年均浓度较2020年下降25%):
  // the other clauses' figures are dated by the span as they would be without it.
  if (underSpan && clause && !inOrAfterClause(text, compared, clause)) return null;
  const year = underSpan ? last : next;
  return year <= scope.nowYear ? String(year) : null;
}

// ---------------------------------------------------------------------------------------------- status

const QUOTED = /“[^”]*”|"[^"]*"/g;
/** The from-to pair a figure ends (从去年的61亿元降低到): from its 从/由 to the figure. */
const FROM_TO_PAIR = /[从由][^，,。；;从由]*(?:到|至)\s*$/;
/** Words by which a sentence under a plan heading reports something done (去年…, 已…). */
const DONE = /去年|上年|前年|过去|已经|已(?![知])|截至|截止|刚刚|曾|以来|累计完成|连续/;

/**
 * `target` where a cue says so (力争, 确保, 要…达到, 目标, 计划, 年内完成), and for every figure under a plan
 * heading unless its sentence reports something already done or dates it before the plan's year.
 */
function statusOf(input: FigureInput, section: ScopeSection | null, figureTime: TimeMention | null, scope: DocumentScope): FactStatus {
  // Under a plan heading a count of years (五年内, 今后五年) counts the years planned, not years past.
  const mention = figureTime?.years && section?.status === 'plan' ? null : figureTime;
  const cued = cuedStatus(input.view, input.start, input.end, input.lexicons);
  if (cued === 'target' && section?.status === 'review') {
    // Under a review heading a cue (实现…增长, 预计全年…) reports the year reviewed, unless the sentence
    // names a later year.
    const later = mention !== null && scope.reportYear !== null && Number(mention.period.slice(-4)) > scope.reportYear;
    return later ? 'target' : 'actual';
  }
  // A law or plan cited as the basis of the action a target sets (要严格按照《产品质量法》…) is in force already.
  if (
    cued === 'target' &&
    input.type === 'policy' &&
    citedAsBasis(input.view.text.slice(Math.max(0, input.start - 40), input.start), input.lexicons.titles)
  )
    return 'actual';
  if (cued === 'target') {
    // A target cue in a sentence dated before the year of writing reports what was reached (2007年，…实现利润…).
    // So does one dated to the year reported on (一九七四年…预计…增长, in the report on 1974).
    const year = mention && mention.kind !== 'target' ? Number(mention.period.slice(-4)) : null;
    const past =
      year !== null && ((scope.nowYear !== null && year < scope.nowYear) || (scope.reportYear !== null && year <= scope.reportYear));
    return past ? 'actual' : 'target';
  }
  // A figure dated after the year of writing (至2030年…设立27000个, in a page of 2011) is planned or forecast,
  // all but the first value of a from-to pair (从61亿元降低到45亿元).
  const future = mention !== null && scope.nowYear !== null && Number(mention.period.slice(-4)) > scope.nowYear;
  const clauseBefore = input.view.text.slice(input.view.clauseStart(input.start), input.start);
  if (future && QUANTITY_TYPES.has(input.type) && !input.lexicons.status.from.test(clauseBefore)) return 'target';
  if (section?.status !== 'plan' || !QUANTITY_TYPES.has(input.type)) return 'actual';
  // 比上年 is the base of a planned change (今年拟…，比上年增加300亿元), not a report of work done.
  const before = input.view.text.slice(input.view.start, input.start).replace(input.lexicons.status.comparisonBase, '');
  if (DONE.test(before)) return 'actual';
  const planYear = section.period ? Number(section.period.slice(0, 4)) : null;
  if (mention && planYear !== null && Number(mention.period.slice(-4)) < planYear) return 'actual';
  return 'target';
}

function cuedStatus(view: SentenceView, start: number, end: number, lexicons: Lexicons): FactStatus {
  const { status } = lexicons;
  const clauseStart = view.clauseStart(start);
  const clauseBefore = view.text.slice(clauseStart, start);
  const after = view.text.slice(end, view.clauseEnd(end));
  if (status.after.test(after)) return 'target';
  if (status.from.test(clauseBefore)) return 'actual';
  // A cue inside a quoted slogan (`“三个确保”`) governs nothing.
  const before = view.text.slice(view.start, start).replace(QUOTED, '');
  if (!status.before.test(before) && !status.clauseBefore.test(clauseBefore.replace(QUOTED, ''))) return 'actual';
  // 去年 inside a from-to pair dates its first value only (要从去年的61亿元降低到45亿元: the 45亿元 is planned).
  const outsidePair = clauseBefore.replace(FROM_TO_PAIR, '').replace(status.comparisonBase, '');
  return status.actualBefore.test(outsidePair) ? 'actual' : 'target';
}

// ---------------------------------------------------------------------------------------------- region

/** Between two places named together (`广东、福建`), or the two ends of a route (`济南至宁津`). */
const PLACE_JOIN = /^\s*[、和与及,，至]?\s*$/;
/** A standard's code names its issuer: GB national, DB62 a province's, ISO/IEC none. */
const NATIONAL_CODE = /^(?:GB|GB\/T|GB\/Z|[A-Z]{2}\/T|[A-Z]{2})\s*\d/;
const LOCAL_CODE = /^DB\s*(\d{2})/;
/** Titles of laws and national plans: nationwide unless they name a place. */
const NATIONAL_TITLE = /法$|法律|纲要|国家标准/;
/**
 * A plan named by its genre alone (《纲要》, 《纲要(草案)》, 《国民经济和社会发展第十五个五年规划纲要(草案)》): the
 * report's own plan, the one it presents (以下简称《纲要草案》), so of the document's region, not the nation's.
 */
const OWN_PLAN_TITLE = /^(?:国民经济和社会发展第[一二三四五六七八九十]+个五年规划)?纲要(?:\s*[(（]?草案[)）]?)?$/;
const FOREIGN_CODE = /^(?:ISO|IEC|EN|ASTM|ANSI|JIS|BS|DIN|IEEE|UL|CAC|ITU)\b/;

/** A standard's code just before a title in 《》 or in brackets just after it. */
const CODE_BEFORE = /((?:[A-Z]{2,5}(?:\s*\d{2})?(?:\/[TZ])?)\s*\d[\d.]*(?:[-—]\d{2,4})?)\s*$/;
const CODE_AFTER = /^\s*[（(]\s*((?:[A-Z]{2,5}(?:\s*\d{2})?(?:\/[TZ])?)\s*\d[\d.]*(?:[-—]\d{2,4})?)\s*[）)]/;
function codeBeside(text: string, start: number, end: number): string | null {
  if (text[start] !== '《' && text[start - 1] !== '《') return null;
  const open = text[start] === '《' ? start : start - 1;
  const close = text.indexOf('》', end - 1);
  return (
    CODE_BEFORE.exec(text.slice(Math.max(0, open - 24), open))?.[1] ??
    (close >= 0 ? (CODE_AFTER.exec(text.slice(close + 1, close + 30))?.[1] ?? null) : null)
  );
}

/**
 * The region of the figure: the places named last before it in its clause, else in its sentence (places
 * named together give the smallest region holding them all, a place abroad gives none), else the section's,
 * else the document's; a standard's code names its own (GB → 全国, DB62 → 甘肃省, ISO → none).
 */
function regionOf(
  input: FigureInput,
  named: readonly ResolvedPlace[],
  section: ScopeSection | null,
  scope: DocumentScope,
  rules: ContextRules,
): Division | null {
  const { view, start } = input;
  // A government's report names areas of its own region (全省中部地区) and programmes (长江经济带…) by the words
  // for areas over several provinces: only a page that speaks as none means the provinces they span.
  const places = rules.speaksAsGovernment ? named.filter((p) => !p.multiProvince) : named;
  if (input.type === 'standard' && input.name) {
    // A title stands for the code written beside it (GB/T 19580-2012《卓越绩效评价准则》, 《…》(DB22/T 1234)): the
    // code's issuer is the title's too (contract: a code and the title it stands for are two facts).
    const code = codeBeside(view.text, start, input.end) ?? input.name.trim();
    const local = LOCAL_CODE.exec(code);
    if (local) return rules.places.division(`${local[1]}0000`);
    if (FOREIGN_CODE.test(code)) return null;
    if (NATIONAL_CODE.test(code)) return NATIONAL;
  }
  // A standard named as national or of an industry (由某省制定的《…》国家标准, its short name after it: (下称《标准》))
  // holds nationwide, whoever drafted it (contract: national standards → 全国).
  if (input.type === 'standard' && input.name && nationalStandard(view.text, input.end, input.name)) return NATIONAL;
  if (NAMED_TYPES.has(input.type)) {
    // A title names its own region (《甘肃省…指导意见》); a law or national plan without one is national.
    // A brand's span may run on to the scheme it was named in (海信电器…等16种被评为山东名牌, …被认定为全国驰名商标):
    // the scheme's place names who awarded it, not where the brand's maker is (contract: a company's figure takes
    // the place named for the company).
    const inside = places.filter(
      (p) => p.start >= start && p.end <= input.end && p.kind !== 'self' && !(input.type === 'brand' && p.qualifiesScheme),
    );
    if (inside.length > 0) return inside[0]!.kind === 'foreign' ? null : inside[0]!.division;
    // A brand named after its place (迭部蕨麻猪, a geographical-indication product, listed after another) names that
    // place, though the segmenter, seeing one word, tags none (contract: a brand takes the place named for it).
    const home = input.type === 'brand' && input.name ? placeOpeningBrand(input.name, scope, rules) : null;
    if (home) return home;
    if (input.type === 'policy' && input.name && NATIONAL_TITLE.test(input.name) && !OWN_PLAN_TITLE.test(input.name.replace(/[《》]/g, '')))
      return NATIONAL;
    // A document of the State Council or a ministry (国务院办公厅印发《关于…的意见》) holds nationwide in a province's report.
    if (
      input.type === 'policy' &&
      input.name &&
      issuedNationally(input.name, view.text.slice(Math.max(0, start - 24), start), input.lexicons.titles)
    )
      return NATIONAL;
  }
  // A standard's limit (国家标准规定，…不得超过1.5毫克/升) is the standard's: nationwide for a national one, none for
  // an international or a foreign one, whoever quotes it (某协会专家说，…) and whatever the page's place.
  const owner = limitOwner(input, places, rules);
  if (owner) return owner.kind === 'national' ? NATIONAL : null;
  // In a local government's report a nationwide word inside what a verb or preposition of its clause governs
  // (新增全国文明城市5个, 入选中国潜在独角兽企业195家, 接待国内游客4.16亿人次, 在全国推广) names a rank, a market or
  // where something spread, not the region of the figure: the report's own region is (contract: 全省 and the
  // like refer to the document's region; its counts are its own).
  // So does a place abroad in a government's report, the nation's too (对东盟、欧盟进出口增长16.7%, 新增海外仓121个,
  // 使用国外贷款153.8亿美元): the region trades with it, the figure is the region's. A news page's 在美国，… or 按照
  // 欧盟的标准 is about the place abroad.
  const localGovernment = rules.speaksAsGovernment && scope.regionCode !== NATIONAL.code;
  const objectOnly = (p: ResolvedPlace) =>
    ((localGovernment && p.kind === 'national') || (rules.governmentReport && p.kind === 'foreign')) && governedInClause(view, p.start);
  const usable = places.filter((p) => p.end <= start && !p.qualifiesScheme && !objectOnly(p));
  const clauseStart = view.clauseStart(start);
  // The figure's own clause, else the sentence's opening clause (its topic: 吉林省，…); a place in another
  // clause (…，努力跑赢全国；…) is that clause's. An opening that only sets the time or the source
  // (前不久，上海市…查获; 据了解，…; 根据此前的报道，在台湾，…) hands the topic to the clause after it, and so
  // does one that names who speaks or where the news came from (记者从…了解到，按照中国的…标准，…): a place
  // there is the topic's only when the clause after it names none (延边州质监局介绍，抽查了…).
  const firstEnd = view.clauseEnd(view.start);
  const opening = view.text.slice(view.start, firstEnd).trim();
  const adverbial =
    firstEnd < start &&
    ((rules.places.adverbialOpening.test(opening) && !places.some((p) => p.start < firstEnd)) || rules.places.sourceOpening.test(opening));
  const openingEnd = adverbial ? view.clauseEnd(firstEnd + 1) : firstEnd;
  // A general statement about a market (酱香型白酒市场…, 家具行业一般…) in a page that speaks as no government
  // is nationwide unless its own clause names a place; a speaker's place before it (某协会秘书长介绍，) is his.
  const market = !rules.speaksAsGovernment && marketStatement(input, rules.places);
  const source = market && firstEnd < start && rules.places.sourceOpening.test(opening);
  const inClause = usable.filter((p) => p.start >= clauseStart);
  // A clause that goes on with the subject of the one before it (…，目前北京市已停止采购，并要求257部…) takes
  // that clause's places.
  // So does a clause after one that only names its source (…，记者从一家位于上海的企业了解到，他们的…): that
  // clause's places are its topic's.
  const afterSource =
    !market &&
    clauseStart > view.start &&
    rules.places.sourceOpening.test(view.text.slice(view.clauseStart(clauseStart - 1), clauseStart - 1).trim());
  const continues =
    afterSource || (clauseStart > view.start && rules.places.continuesClause.test(view.text.slice(clauseStart, start).trim()));
  const previousStart = continues ? view.clauseStart(clauseStart - 1) : clauseStart;
  // A clause opened by a personal pronoun (…香港某公司每平方米存放物资11430元，我们才只有1741元) names its own actor:
  // the sentence's opening topic is not its, unless that opening only sets the scene (在长春，我们建成…).
  const ownActor =
    clauseStart > view.start &&
    !LOCATIVE_OPENING.test(opening) &&
    rules.places.pronounOpening.test(view.text.slice(clauseStart, view.clauseEnd(start)).trim());
  const group =
    actorGroup(view.text, inClause, rules.places) ??
    (continues
      ? lastGroup(
          view.text,
          usable.filter((p) => p.start >= previousStart && p.end <= clauseStart),
        )
      : null) ??
    (ownActor
      ? null
      : actorGroup(
          view.text,
          // An area over several provinces opening the sentence (京津冀协同发展…，引进…800家) names a programme, not the topic.
          usable.filter((p) => p.end <= openingEnd && !(source && p.start < firstEnd) && !p.multiProvince),
          rules.places,
        ));
  if (group) {
    if (group.some((p) => p.kind === 'foreign')) return null;
    const divisions = group.map((p) => p.division).filter((d): d is Division => d !== null);
    // A count a government's report gives after examples (南阳等4个…城市, 北海某港泊位等7个港航项目, 赤壁、恩施等14个
    // 县市) is of a set of its own region the examples only begin: the region holding the examples and the report's.
    const own = rules.governmentReport && EXAMPLES_BEFORE.test(view.text.slice(clauseStart, start)) ? ownRegion(scope, rules) : null;
    if (own && divisions.length === group.length) return rules.places.smallestContaining([...divisions, own]);
    if (divisions.length === group.length) return divisions.length === 1 ? divisions[0]! : rules.places.smallestContaining(divisions);
  }
  const qualified = rules.speaksAsGovernment ? null : placesQualifyingCount(input, places, rules.places);
  if (qualified) return qualified;
  if (market) return NATIONAL;
  const makers = namesAfter(input, places, rules);
  if (makers.length > 0) return rules.places.smallestContaining(makers);
  if (section?.regionCode) return rules.places.division(section.regionCode);
  // A news page that has turned to another country (泰国南部降雨持续…。该协会称，其成员国产量预计增长4.9%) goes
  // on speaking of it: a figure whose sentence names no place is not the page's place (contract: other
  // countries → none). Not in a government's report nor a page that speaks for the whole country, which
  // return to their own region after a sentence on trade or diplomacy.
  if (!rules.speaksAsGovernment && named.length === 0 && scope.regionCode !== NATIONAL.code && paragraphTurnedAbroad(input, scope, rules))
    return null;
  if (scope.regionCode) return rules.places.division(scope.regionCode) ?? { ...NATIONAL, name: scope.region ?? '', code: scope.regionCode };
  return scope.region ? rules.places.lookup(scope.region) : null;
}

/**
 * The national or foreign standard a limit figure belongs to: the last one its sentence names before it, unless a
 * division or the report's own region is named between them (国家标准为…，而湖南省地方标准规定…不超过0.8毫克/升).
 */
/** Most characters between a country and the national standard it owns (日本的国家标准). */
const COUNTRY_GAP = 1;

function limitOwner(input: FigureInput, places: readonly ResolvedPlace[], rules: ContextRules): LimitOwner | null {
  const { view, start } = input;
  const lead = view.text.slice(view.clauseStart(start), start) + (FIGURE_LEAD.exec(view.text.slice(start, input.end))?.[0] ?? '');
  if (!standardLimit(input, lead, rules.time)) return null;
  const owner = lastStandardNamed(view.text, view.start, start, rules.standardLimits);
  if (!owner) return null;
  const placeBetween = places.some((p) => p.start >= owner.end && p.end <= start && (p.kind === 'division' || p.kind === 'self'));
  if (placeBetween) return null;
  // A country named right before a national standard (日本的国家标准, 美国国家标准) makes it that country's.
  const country = places.some((p) => p.kind === 'foreign' && p.end <= owner.start && owner.start - p.end <= COUNTRY_GAP);
  return country ? { ...owner, kind: 'foreign' } : owner;
}

/**
 * The division a brand's name opens with (迭部蕨麻猪 → 迭部县, 青岛啤酒 → 青岛市): a province or a prefecture by
 * any of its names; a county by its short name only when it lies in the document's region, since many county
 * names are also brands' words (凤凰, 红旗) elsewhere, and not a city's district, whose name is often an old
 * town's or a river's (武昌鱼 is no 武昌区 product).
 */
/** A city's district (武昌区), not a county (迭部县) nor a county-level city. */
const URBAN_DISTRICT = /区$/;

function placeOpeningBrand(name: string, scope: DocumentScope, rules: ContextRules): Division | null {
  const first = rules.places.find(name, 0, name.length, () => true)[0];
  if (!first || first.start !== 0 || first.end >= name.length || first.kind !== 'division' || first.qualifiesScheme) return null;
  const home = ownRegion(scope, rules);
  const division = first.needsPlaceTag
    ? first.divisions.find(
        (d) =>
          home !== null &&
          home.code !== NATIONAL.code &&
          d.code !== home.code &&
          !URBAN_DISTRICT.test(d.name) &&
          rules.places.contains(home, d),
      )
    : first.divisions.length === 1
      ? first.divisions[0]
      : undefined;
  return division ?? null;
}

/** An opening clause that only says where what follows happens (在长春, 在香港): the scene of the whole sentence. */
const LOCATIVE_OPENING = /^在/;

/** The words right before a figure that close a list of examples (…等7个, …等在内的12家). */
const EXAMPLES_BEFORE = /等\s*$/;

/** The document's own region as a division. */
function ownRegion(scope: DocumentScope, rules: ContextRules): Division | null {
  return scope.regionCode ? rules.places.division(scope.regionCode) : scope.region ? rules.places.lookup(scope.region) : null;
}

/** Whether the last places the sentences before this one in its paragraph name together are abroad. */
function paragraphTurnedAbroad(input: FigureInput, scope: DocumentScope, rules: ContextRules): boolean {
  const { view, doc } = input;
  const paragraphStart = view.paragraphStart();
  if (paragraphStart >= view.start) return false;
  const tokens = (doc.tokens ?? []).filter((t) => t.start >= paragraphStart && t.end <= view.start);
  const home = scope.regionCode ? rules.places.division(scope.regionCode) : null;
  const named = placesIn(view.text, paragraphStart, view.start, tokens, { places: rules.places, documentRegion: home });
  const group = lastGroup(
    view.text,
    named.filter((p) => !p.qualifiesScheme),
  );
  return group !== null && group.some((p) => p.kind === 'foreign');
}

/**
 * Whether a quantity's sentence makes a general statement about a market or an industry before it
 * (酱香型白酒市场目前以2.5%的产能…, 家具行业一般净利润是…, 消费人群…) and names no company or brand there.
 */
function marketStatement(input: FigureInput, places: PlaceIndex): boolean {
  if (!QUANTITY_TYPES.has(input.type)) return false;
  const before = input.view.text.slice(input.view.start, input.start);
  return places.marketStatement.test(before) && !places.organisationWords.test(before);
}

/** After a standard's title: the level that makes it nationwide. */
const NATIONAL_LEVEL_AFTER = /^\s*(?:国家标准|行业标准|国标)/;

/**
 * Whether a standard is national: its title is followed by 国家标准, 行业标准 or 国标, or its name is the short
 * name such a standard was given (《…》国家标准(下称《标准》) … 该《标准》规定).
 */
function nationalStandard(text: string, end: number, name: string): boolean {
  if (NATIONAL_LEVEL_AFTER.test(text.slice(end, end + 6))) return true;
  const shortName = new RegExp(`(?:国家标准|行业标准|国标)[(（](?:以下|下)?简?称[“《]${escapeRegex(name)}[”》]`);
  return shortName.test(text.slice(0, end));
}

/**
 * The divisions that open names of firms, facilities or local industries after the figure in its clause
 * (…3批次不合格，生产厂家是温州某某电器有限公司; …品牌阵营的南安水暖业): with no place before it, the figure is
 * about what those makers made, where they are (contract: a company's figure takes the place named for it).
 */
function namesAfter(input: FigureInput, places: readonly ResolvedPlace[], rules: ContextRules): Division[] {
  const { view, end } = input;
  const clauseEnd = view.clauseEnd(end);
  return places
    .filter((p) => p.start >= end && p.end <= clauseEnd && p.kind === 'division' && p.division !== null && !p.qualifiesScheme)
    .filter((p) => rules.places.nameEnding.test(view.text.slice(p.end, Math.min(clauseEnd, p.end + 12))))
    .map((p) => p.division!);
}

/**
 * The region of the places that qualify what a count counts, right after it in its clause and followed by
 * it (四家国内家具企业, 9家位于延吉的企业; not 5000亿元大关): asked when nothing before the figure names a place,
 * the count is of things of there.
 */
function placesQualifyingCount(input: FigureInput, places: readonly ResolvedPlace[], index: PlaceIndex): Division | null {
  if (input.type !== 'count') return null;
  const { view, end } = input;
  const clauseEnd = view.clauseEnd(end);
  const after = places.filter((p) => p.start >= end && p.end <= clauseEnd && !p.qualifiesScheme);
  const first = after[0];
  if (!first || !index.countQualifierBefore.test(view.text.slice(end, first.start))) return null;
  // The places named together from the first one on (来自延吉、珲春的企业).
  const group = [first];
  for (const next of after.slice(1)) {
    if (!PLACE_JOIN.test(view.text.slice(group[group.length - 1]!.end, next.start))) break;
    group.push(next);
  }
  if (group.some((p) => p.kind === 'foreign' || p.division === null)) return null;
  if (!/[\u4e00-\u9fa5]/.test(view.text.slice(group[group.length - 1]!.end, clauseEnd))) return null;
  return group.length === 1 ? group[0]!.division : index.smallestContaining(group.map((p) => p.division!));
}

/**
 * The places a clause names for its actor: the last ones named together, unless words that open what the
 * actor acts on or deals with (与, 对, 向, 假冒: places.json objectBefore) stand between them and an earlier
 * place of the clause (邯郸钢铁…与郑州某公司签订的6000吨合同; 山东省工商部门对…假冒四川名酒的…): then the
 * places before those words. A nationwide word as the actor (国家质检总局对吉林省…) leaves the place acted on.
 */
function actorGroup(text: string, places: readonly ResolvedPlace[], index: PlaceIndex): ResolvedPlace[] | null {
  const group = lastGroup(text, places);
  if (!group) return null;
  const first = places.indexOf(group[0]!);
  // A nationwide word the clause is framed by (全省在国家监督抽查中…, 我省企业参加全国…评审) is not its actor:
  // the place named before it is.
  const only = group.length === 1 ? group[0]! : null;
  if (only?.kind === 'national' && index.frameBefore.test(text.slice(Math.max(0, only.start - 2), only.start))) {
    const actor = places.slice(0, first).filter((p) => p.kind === 'division' || p.kind === 'self');
    if (actor.length > 0) return lastGroup(text, actor);
  }
  for (let i = first - 1; i >= 0; i--) {
    const actor = places[i]!;
    if (actor.kind !== 'division' && actor.kind !== 'self') continue;
    if (!index.objectBefore.test(text.slice(actor.end, group[0]!.start))) return group;
    return lastGroup(text, places.slice(0, i + 1));
  }
  return group;
}

/** Tags of a verb (not a verbal noun) or a preposition: what follows in the clause is governed by it. */
const GOVERNING_TAG = /^(?:v(?!n)|p)/;

/** Whether a verb or a preposition stands before `pos` in its clause (新增/v 全国…, 在/p 全国…). */
function governedInClause(view: SentenceView, pos: number): boolean {
  const from = view.clauseStart(pos);
  return view.tokens.some((t) => t.start >= from && t.end <= pos && GOVERNING_TAG.test(t.tag));
}

/** The last places named together (joined by 、 和 与 及 or nothing). */
function lastGroup(text: string, places: readonly ResolvedPlace[]): ResolvedPlace[] | null {
  if (places.length === 0) return null;
  const group = [places[places.length - 1]!];
  for (let i = places.length - 2; i >= 0; i--) {
    if (!PLACE_JOIN.test(text.slice(places[i]!.end, group[0]!.start))) break;
    group.unshift(places[i]!);
  }
  return group;
}
