/**
 * The context of a figure (contract v1.1, "Context fields"): its period, region, subject, category and
 * status, from the clause, else the sentence, else the section a heading opens, else the document
 * (pipeline/scope). One call per fact: factContext. The period and status are read here, the region in
 * figure-region.ts, the subject in figure-subject.ts, the category in figure-category.ts.
 */
import { CROSS_STRAIT_FILE } from '../../core/divisions';
import { Dictionaries } from '../../core/dictionaries';
import type { Document, DocumentScope, FactStatus, ScopeSection, Token } from '../../core/document';
import { loadPlaceIndex, NATIONAL, PLACES_FILE } from '../metadata/places';
import { loadRegionIndex, REGIONS_FILE } from '../metadata/regions';
import { CATEGORIES_FILE, loadCategoryCues } from '../scope/category';
import { CATEGORY_WORDS_FILE, loadCategoryWords } from '../scope/category-words';
import { placesIn, type ResolvedPlace } from '../scope/places-in';
import { buildScope } from '../scope/scope';
import { loadSubjectRules, SUBJECTS_FILE } from '../scope/subjects';
import { findTimes, leadingTime, loadTimeRules, TIME_FILE, yearValue, type TimeMention, type TimeRules } from '../scope/time';
import { allMatches } from '../text/all-matches';
import { loadTopicRules, NEWS_PAGE_LENGTH, TOPICS_FILE } from '../scope/topics';
import { loadSampledSectionRules, SAMPLED_SECTIONS_FILE } from '../scope/sampled-section';
import { loadStandardLimitRules, STANDARD_LIMITS_FILE } from '../scope/standard-limit';
import { categoryOfFigure } from './figure-category';
import { FIGURE_LEAD, NAMED_TYPES, QUANTITY_TYPES, standardLimit } from './figure-kinds';
import { regionOf } from './figure-region';
import { RESPECTIVELY, subjectOf } from './figure-subject';
import type { Lexicons } from './lexicons';
import { citedAsBasis } from './titles';
import type { SentenceView } from './sentence';
import { yearOfYearlyValue } from './yearly-list';
import { listLeadYear } from './list-lead';
import type { ContextRules, FigureContext, FigureInput } from './figure-input';
import { loadSplitPartRules, SPLIT_PARTS_FILE } from './split-part';
import { CLASS_COUNTS_FILE, loadClassCountRules } from './class-count';
import { loadRatedThingRules, RATED_THINGS_FILE } from './rated-thing';

/** The dictionary files a figure's context reads (bindContext): the extract stage's key hashes them. */
export const CONTEXT_FILES: readonly string[] = [
  TIME_FILE,
  // Read by core/divisions.ts under the places figures are resolved to (the divisions of 台湾省).
  CROSS_STRAIT_FILE,
  PLACES_FILE,
  REGIONS_FILE,
  SUBJECTS_FILE,
  TOPICS_FILE,
  SAMPLED_SECTIONS_FILE,
  CATEGORIES_FILE,
  CATEGORY_WORDS_FILE,
  STANDARD_LIMITS_FILE,
  SPLIT_PARTS_FILE,
  CLASS_COUNTS_FILE,
  RATED_THINGS_FILE,
];

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
    splitParts: loadSplitPartRules(dictionaries),
    classCounts: loadClassCountRules(dictionaries),
    ratedThings: loadRatedThingRules(dictionaries),
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
        (
          opening[opening.length - 1] ??
          (rules.time.speech.test(view.slice) ? null : previousSentenceTime(view.text, free, paragraphStart, view.start))
        )?.period ?? yearAfterCompared(withoutDatedComparisons(view.text, earlier), scope, view.text, rules.time),
      leadSpan: leadSpanBefore(input.doc, paragraphStart, sectionAt(scope, view.start), scope, rules.time),
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
 * sentence (2025年，…), which sets the time of the paragraph. Nor does it date a sentence that opens with a speaker's
 * words (…从2007年建厂时就进厂干活。他向记者表示：“…底薪900元…”): the speaker speaks of now (time.json speech).
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

export function factContext(input: FigureInput): FigureContext {
  const { doc, type } = input;
  const rules = rulesFor(doc);
  const scope = doc.scope!;
  const section = sectionAt(scope, input.start);
  const words = sentenceWords(input, scope, rules);
  const mention = timeOfFigure(input, words.times);
  const status = statusOf(input, section, mention, scope, words.paragraphTime);
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
/** After a figure, the rest of the phrase of the base a sentence builds on (…的增速基础上). */
const BUILT_ON_AFTER = /^[^，,。；;]*?基础上/;
/** The first value of a range and the word joining it to the figure (`15%～`, `1300至`): the figure is its second value. */
const RANGE_FIRST = /^(?:的)?(?:每[^\d，,。；;]{1,4})?[\d.．]+\s*[%％]?\s*(?:[~～\-—–－]|至|到)\s*$/;

/** Whether the words between a time word and a figure bind the time to it, also as a range's second value (`早几年20%～30%`). */
function bindsNext(between: string): boolean {
  const words = between.trim();
  return BINDS_NEXT.test(words) || RANGE_FIRST.test(words);
}

/**
 * The time word that dates the figure: one bound to it (`2020年的3.68万亿元`); the matching year of a list
 * of years for the items of a `分别` list; else the last one before it in its clause; else in its sentence
 * (a year bound to another figure does not count); null when the sentence names none.
 */
function timeOfFigure(input: FigureInput, times: readonly TimeMention[]): TimeMention | null {
  const { view, start } = input;
  const before = times.filter((t) => t.end <= start && !t.comparison);
  const last = before[before.length - 1];
  if (last && bindsNext(view.text.slice(last.end, start))) return last;
  // The value a comparison is taken from, bound to its time (较2020年的9000亿元, 较“十三五”末的…), is of that time; so is
  // one right after a vague past it is compared with (与早几年18%～25%的利润相比, 比以前每吨3000元): of no year.
  const base = times
    .filter(
      (t) =>
        t.end <= start &&
        t.comparison &&
        !t.equivalence &&
        (boundToItsFigure(view.text, t) || basesItsComparison(view, t) || t.kind === 'vague'),
    )
    .pop();
  if (base && bindsNext(view.text.slice(base.end, start))) return base;
  // A figure inside the base a sentence builds on (在去年近五成的高增长基础上, 在上年增产180亿公斤的基础上) is of its time.
  const builtOn = times.filter((t) => t.end <= start && t.builtOn).pop();
  if (
    builtOn &&
    !/[，,。；;]/.test(view.text.slice(builtOn.end, start)) &&
    BUILT_ON_AFTER.test(view.text.slice(start, view.clauseEnd(start)))
  )
    return builtOn;
  const clauseStart = view.clauseStart(start);
  const clauseBefore = view.text.slice(clauseStart, start);
  const respectively = RESPECTIVELY.exec(clauseBefore);
  const yearly = respectively ? yearOfYearlyValue({ view, before, start, respectively: clauseStart + respectively.index }) : null;
  if (yearly) return yearly;
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
 * (`2009年的12月份`) is part of a date, and after a deadline a count of years (`到本世纪末的五年里`, `到2030年的十年间`)
 * is the span running up to it: both date what follows like any time word. (Not after a base: 比一九七八年前的二十年平均
 * 增速 is of those years.)
 */
function boundToItsFigure(text: string, time: TimeMention): boolean {
  // The end of the year may come between (从2007年末的6.12万亿元, 2007年底的8.4%).
  const after = text.slice(time.end, time.end + 10).replace(YEAR_END, '');
  return (
    after[0] === '的' &&
    /^的(?:每[^\d，,。；;]{1,4})?[\d一二三四五六七八九十两百千万亿.．]/.test(after) &&
    !MONTH_AFTER_OF.test(after) &&
    !(YEARS_AFTER_OF.test(after) && /^[到至]/.test(text.slice(time.start, time.end)))
  );
}
const YEAR_END = /^(?:年?末|年?底|初)/;
const MONTH_AFTER_OF = /^的(?:\d{1,2}|[一二三四五六七八九十]{1,2})月/;
const YEARS_AFTER_OF = /^的(?:\d{1,2}|[一二三四五六七八九十两]{1,3})(?:多)?(?:个)?年(?!度)/;

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
    // A level held or averaged every year of the span (城镇新增就业每年超过60万人, 年均接待游客达到1亿人次) is of
    // the span even after a word of reaching: it is no level the span ends with.
    if (rules.perYear.test(clauseBefore)) return period;
    // PERIOD-SPAN-LEVEL: a rank a count, amount or rate holds (14种农产品产量居全国第1位, 7家企业进入中国企业500强) is a
    // standing at one time, and an amount or rate past a mark (地区生产总值迈上6万亿元) a level: of the year the span
    // looked back on ends with. Not a change (增长29.8%、居全国第1位: over the span) nor a count of marks crossed
    // (跨过两个万亿元大关: steps of the span).
    if (status === 'actual' && LEVEL_TYPES.has(input.type)) {
      if (rules.rankAfter.test(view.text.slice(input.end, view.clauseEnd(input.end)))) return period.slice(-4);
      if (input.type !== 'count' && rules.crossedBefore.test(lead)) return period.slice(-4);
    }
    if (rules.reached.test(clauseBefore) || rules.reached.test(lead)) {
      // A level reached in the years ahead (未来10年…有望达到30%) is of the year they run out (PERIOD-YEARS-AHEAD).
      if (mention?.runsOut !== undefined && mention.period === period) return String(mention.runsOut);
      // PERIOD-PLAN-TARGET: a target a plan sets for its whole period (under “十五五”时期的主要目标: 城镇化率达到71%)
      // names no year of its own to end with: it is the plan's, the span (contract: targets take their target year;
      // 到2030年…达到 names one and keeps it).
      // PERIOD-LIST-LEAD: the year a list's lead line names (…一九五七年计划达到的产量…如下：) dates its items.
      if (status === 'target') {
        const listed = listLeadYear(view.text, view.paragraphStart(), scope, rules);
        return listed !== null && containsYear(period, listed) ? listed : period;
      }
      return period.slice(-4);
    }
    if (rules.fromValue.test(clauseBefore)) return written ? period.slice(0, 4) : String(Number(period.slice(0, 4)) - 1);
    // A span written as its two years (2007年到2008年，…) is the time the sentence's figures were measured over.
    return status === 'actual' && !written && levelAtSpanEnd({ input, clauseBefore, rules }) ? period.slice(-4) : period;
  };
  // A target over a count of years (五年内…增长38%, under the plan of the next five years) takes the years ahead,
  // counted like 今后五年 from the year of writing, that year first (PERIOD-YEARS-AHEAD).
  if (mention?.years && status === 'target' && scope.reportYear !== null && Number(mention.period.slice(-4)) <= scope.reportYear) {
    const ahead = scope.yearsAheadFrom ?? scope.reportYear + 1;
    return `${ahead}-${ahead + mention.years - 1}`;
  }
  // An average rate dated by its year with a base year before it (2007年，…比2002年增长65.5%，年均增长10.6%) is
  // over the years from the base to its own (contract: 2000至2005年年均增长 → 2000-2005).
  const base = mention && /^\d{4}$/.test(mention.period) && rules.average.test(lead) ? averageBase(words.times, mention, start) : null;
  if (base) return `${base}-${mention!.period}`;
  // A figure its own clause says is of now (十年前产量只有3000吨，现在已达到2万吨; 去年…，目前…) is not of the time
  // counted back that an earlier clause named: it is of the report's own time, like a figure of now with no time word.
  // Not after a year written out (2006年新入选3个，目前已有15个; 在2010年年报中，…目前…): that may be the time now is.
  // PERIOD-NOW-AFTER-PAST-YEAR: but after a year written out that is earlier than the report year (2013年，某县建设示范区，
  // 目前建成4.8万亩 on a 2019 page; 2004年始改用新工艺，目前普及率达90% on a 2011 page), now is the report's own
  // time, when the page names its report year itself (a page re-posted years later may not be of its date), and the
  // year does not name a document whose now it quotes (在2010年年报中，…目前…).
  const pastYear =
    mention?.kind === 'year' &&
    scope.reportYear !== null &&
    Number(mention.period) < scope.reportYear &&
    !NAMES_DOCUMENT.test(view.text.slice(mention.end, mention.end + 4)) &&
    namesYear(input.doc, scope.reportYear);
  if (mention?.kind === 'relative' && status === 'actual' && rules.present.test(clauseBefore)) {
    if (mention.end <= view.clauseStart(start))
      return section?.period && section.status !== 'plan' ? within(section.period) : reportYearOf(scope);
  }
  // The now of such a past year's sentence goes on over the clauses after it (目前建成4.8万亩，平均亩产1742公斤，优质果率达到86%).
  if (
    pastYear &&
    status === 'actual' &&
    mention!.end <= view.clauseStart(start) &&
    rules.present.test(view.text.slice(view.clauseEnd(mention!.end), start))
  )
    return section?.period && section.status !== 'plan' ? within(section.period) : reportYearOf(scope);
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
  // A year later in the sentence dates its figures when nothing before them does (占地18万平方米，总投资2.5亿美元，2008年建成
  // 投产; 12件商标被认定为2014年省著名商标): contract, the sentence before the paragraph.
  const later = status === 'actual' ? laterYearOfSentence(input, words.times, scope) : null;
  if (later) return later;
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
  // A brand, standard or policy named in a plan part (提质打造“某某”区域公用品牌, under 二、2026年工作安排) is named for
  // the year planned, unless its sentence tells what was done (去年…, 已…).
  if (section?.period && NAMED_TYPES.has(input.type) && !DONE.test(view.text.slice(view.start, start))) return within(section.period);
  return reportYearOf(scope);
}

/** The types whose figure may be a level at a time (not a change, not a named thing). */
const LEVEL_TYPES: ReadonlySet<string> = new Set(['count', 'amount', 'rate']);

/** A figure in a time word's clause (2010年为120个): the time word is that figure's. */
const FIGURE_AFTER = /[\d０-９]|百分之|[一二三四五六七八九十两百千万亿]+(?:个|家|项|件|起|人|万|亿|吨|元|倍|座|台|所|条|种|批)/;
/** After a year, words that make it a bound (一九七八年以前, 2010年以后, 2008年起), not the time of an event. */
const BOUND_AFTER = /^(?:以前|之前|前|以后|之后|后|以来|起|开始)/;

/**
 * The year named after a figure in its sentence that dates it (…总投资2.5亿美元，2008年建成投产): the first time word
 * after the figure that is not a comparison's base nor a year in a name, when it is a year not bound to a figure of its
 * own (2010年为120个, 其中4个为2003年应急制定: another figure in its clause) nor a bound (超过了一九七八年以前…的一点三
 * 倍), and not after the report year (入选…2026年片单 in a review of 2025).
 */
function laterYearOfSentence(input: FigureInput, times: readonly TimeMention[], scope: DocumentScope): string | null {
  const { view, end } = input;
  const t = times.find((time) => time.start >= end && !time.comparison);
  if (!t || t.kind !== 'year' || BOUND_AFTER.test(view.text.slice(t.end, t.end + 3))) return null;
  if (scope.reportYear !== null && Number(t.period) > scope.reportYear) return null;
  // In a later clause the year is that clause's figure's (现有标准28个，其中4个为2003年应急制定), before it or after.
  const clauseStart = Math.max(view.clauseStart(t.start), input.end);
  const clause = view.text.slice(clauseStart, t.start) + view.text.slice(t.end, view.clauseEnd(t.end));
  return FIGURE_AFTER.test(clause) ? null : t.period;
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

/** After a year, a document of that year (2010年年报, 2009年度报告, 2008年统计公报): its 目前 is its own time. */
const NAMES_DOCUMENT = /^(?:年|度)?(?:年报|年度报告|报告|公报|年鉴)/;

/** Per document, the years its text names (2019年): a page re-posted later may never name the year of its date. */
const yearsNamed = new WeakMap<Document, Set<number>>();

function namesYear(doc: Document, year: number): boolean {
  let years = yearsNamed.get(doc);
  if (!years) {
    years = new Set([...(doc.norm?.text ?? '').matchAll(/(?<!\d)((?:19|20)\d{2})年/g)].map((m) => Number(m[1])));
    yearsNamed.set(doc, years);
  }
  return years.has(year);
}

const reportYearOf = (scope: DocumentScope): string | null => (scope.reportYear !== null ? String(scope.reportYear) : null);

/** A vague time of the recent years (近几年, 最近几年, 近些年), which may look ahead. */
const RECENT_YEARS = /^(?:近|最近)/;

/** How far past a figure's text the words that make it a population are looked for (十亿|多人口). */
const POPULATION_REACH = 10;

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
  // PERIOD-POPULATION-STOCK: a country described by its population (13亿多人口的大国, 我们这样一个九亿人口的国家) is
  // described as it stands at the span's end, whatever the clause says the span did.
  if (rules.populationStock.test(input.view.text.slice(input.end, input.end + POPULATION_REACH))) return true;
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

/** Per document: its paragraphs that open with a time word, and the period each names. */
const paragraphLeads = new WeakMap<Document, { start: number; period: string }[]>();

/**
 * The span a paragraph opens with (五年来，我们… / “十四五”时期是…) scopes the paragraphs after it up to the next
 * heading or the next paragraph that opens with another time word (2025年是…, 刚刚过去的2025年，是…): the five-year
 * part of a review. Null when the last opening before the paragraph names a single year or a span ahead, or none does.
 */
function leadSpanBefore(
  doc: Document,
  paragraphStart: number,
  section: ScopeSection | null,
  scope: DocumentScope,
  rules: TimeRules,
): string | null {
  let leads = paragraphLeads.get(doc);
  const text = doc.norm?.text ?? '';
  if (!leads) {
    leads = [];
    for (let start = 0; start < text.length;) {
      const end = text.indexOf('\n', start);
      const stop = end < 0 ? text.length : end;
      // The last sentence of the paragraph that opens with a time word (各位代表！2025年是…。五年来，我们…).
      let period: string | null = null;
      for (const sentence of text.slice(start, stop).matchAll(SENTENCE)) {
        const at = start + sentence.index + sentence[0].search(/\S|$/);
        const time = leadingTime(text, at, stop, rules, scope);
        if (time) period = time.period;
      }
      if (period !== null) leads.push({ start, period });
      start = stop + 1;
    }
    paragraphLeads.set(doc, leads);
  }
  let found: string | null = null;
  const sectionStart = section?.start ?? 0;
  for (const lead of leads) {
    if (lead.start >= paragraphStart) break;
    if (lead.start >= sectionStart) found = lead.period;
  }
  // PERIOD-TERM-REVIEW: a part that opens with the years looked back on (五年来，我们…主要做了以下工作。) goes on in
  // numbered sections ((一)创新宏观调控…) whose headings name no time of their own: the span scopes them too, as
  // the paragraphs of the part's own opening, before its first section, set it (contract: else the heading or
  // paragraph that scopes it).
  for (let inner = section; found === null && inner !== null && !headingNamesTime(text, inner, scope, rules);) {
    const outer = enclosingSection(scope, inner);
    if (!outer) break;
    const opening = firstInnerStart(scope, outer);
    for (const lead of leads) {
      if (lead.start >= opening) break;
      if (lead.start > outer.headingEnd) found = lead.period;
    }
    inner = outer;
  }
  // Only a span looked back on: one reaching past the report year (今后五年，…) plans and dates no actual figure.
  const past = found !== null && scope.reportYear !== null && Number(found.slice(-4)) <= scope.reportYear;
  return found !== null && past && /^\d{4}-\d{4}$/.test(found) ? found : null;
}

/** Whether a section's heading names a time of its own ((二)2022年工作回顾). */
function headingNamesTime(text: string, section: ScopeSection, scope: DocumentScope, rules: TimeRules): boolean {
  return findTimes(text, section.start, section.headingEnd, rules, scope).some((t) => !t.comparison);
}

/** The section of a lower level that holds a section, or null. */
function enclosingSection(scope: DocumentScope, inner: ScopeSection): ScopeSection | null {
  let found: ScopeSection | null = null;
  for (const section of scope.sections) {
    if (section.start > inner.start) break;
    if (section.level < inner.level && section.end >= inner.end && (!found || section.level >= found.level)) found = section;
  }
  return found;
}

/** Where the first section inside a section starts (the end of its own opening paragraphs). */
function firstInnerStart(scope: DocumentScope, outer: ScopeSection): number {
  for (const section of scope.sections) {
    if (section.start > outer.start && section.start < outer.end && section.level > outer.level) return section.start;
  }
  return outer.end;
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
  // An equivalence (相当于2009年的3倍) compares with a year but says nothing of a year after it, nor does a year in a
  // name (4家企业荣获2018年度省长质量奖, in a report on 2018 given in 2019: not 2019).
  const comparisons = times.filter(
    (t) =>
      t.comparison &&
      !t.equivalence &&
      !t.named &&
      t.kind === 'year' &&
      !rules.equivalenceBefore.test(text.slice(Math.max(0, t.start - 4), t.start)),
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
  // A comparison with a year well before the report's (比2020年增加 in a report on 2025: the five-year plan's base
  // year) measures the report year's figure against it. The year after the compared one dates a comparison with
  // one of the two years before (较2009年提高 in a page of 2011 on the figures of 2010) and any comparison on a page
  // whose report year is not known.
  const reported = scope.reportYear !== null && scope.reportYear - next >= 2 ? scope.reportYear : next;
  const year = underSpan ? last : reported;
  return year <= scope.nowYear ? String(year) : null;
}

// ---------------------------------------------------------------------------------------------- status

const QUOTED = /“[^”]*”|"[^"]*"/g;
/** The from-to pair a figure ends (从去年的61亿元降低到): from its 从/由 to the figure. */
const FROM_TO_PAIR = /[从由][^，,。；;从由]*(?:到|至)\s*$/;
/** Words by which a sentence under a plan heading reports something done (去年…, 已…, 一年来…). */
const DONE = /去年|上年|前年|过去|已经|已(?![知])|截至|截止|刚刚|曾|以来|一年来|累计完成|连续/;

/**
 * `target` where a cue says so (力争, 确保, 要…达到, 目标, 计划, 年内完成), and for every figure under a plan
 * heading unless its sentence reports something already done or dates it before the plan's year.
 */
function statusOf(
  input: FigureInput,
  section: ScopeSection | null,
  figureTime: TimeMention | null,
  scope: DocumentScope,
  paragraphTime: string | null,
): FactStatus {
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
    // So does one dated to the year reported on in an undated report (一九七四年…预计…增长, in the report on 1974),
    // which may be given after that year; a page dated in the year it forecasts (6月: 2011年产量预计增长4.9%) looks ahead.
    // The recent years (近几年, 最近几年) may be the years just ahead as well as those just past: they tell neither, the
    // cue decides (近几年要把产量稳住 plans). Other vague times (以前) are past.
    const ahead = mention?.kind === 'vague' && RECENT_YEARS.test(input.view.text.slice(mention.start, mention.end));
    const year = mention && mention.kind !== 'target' && !ahead ? Number(mention.period.slice(-4)) : null;
    const dated = input.doc.meta.date !== null && /^\d{4}/.test(input.doc.meta.date);
    const past =
      year !== null &&
      ((scope.nowYear !== null && year < scope.nowYear) || (!dated && scope.reportYear !== null && year <= scope.reportYear));
    // So does 实现, the one cue that also tells what was reached, in a sentence with no time of its own in a paragraph
    // an earlier sentence dates to a year before the year of writing (会议指出，2021年…。…，实现抽查结果100%公示, said
    // in 2022): it tells that year's work. A cue of intent there (拟, 将, 计划) still plans.
    const reachedOnly = !input.lexicons.status.before.test(input.view.text.slice(input.view.start, input.start).replace(QUOTED, ''));
    const paragraphPast =
      reachedOnly &&
      mention === null &&
      paragraphTime !== null &&
      /^\d{4}$/.test(paragraphTime) &&
      scope.nowYear !== null &&
      Number(paragraphTime) < scope.nowYear;
    return past || paragraphPast ? 'actual' : 'target';
  }
  // A figure dated after the year of writing (至2030年…设立27000个, in a page of 2011) is planned or forecast,
  // all but the first value of a from-to pair (从61亿元降低到45亿元).
  const future = mention !== null && scope.nowYear !== null && Number(mention.period.slice(-4)) > scope.nowYear;
  const clauseBefore = input.view.text.slice(input.view.clauseStart(input.start), input.start);
  if (future && QUANTITY_TYPES.has(input.type) && !input.lexicons.status.from.test(clauseBefore)) return 'target';
  if (section?.status !== 'plan' || !QUANTITY_TYPES.has(input.type)) return 'actual';
  // A count of years back dating the figure (近三年来，在四百多个企业中进行了试点) recalls work done before the plan.
  if (figureTime?.years && input.lexicons.status.yearsBack.test(input.view.text.slice(figureTime.start, figureTime.end))) return 'actual';
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
