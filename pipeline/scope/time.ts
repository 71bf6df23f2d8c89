import type { Dictionaries } from '../../core/dictionaries';
import { allMatches } from '../text/all-matches';

/**
 * Words that say which year a figure refers to (contract v1.1, period): years, spans, cumulative spans
 * (五年来, “十二五”期间, 2011年以来), relative years (去年, 明年) and target years (到2020年), each resolved
 * against the report year R (the year the report is about) or the year of writing N. The patterns are data:
 * dictionaries/context/time.json.
 */

export const TIME_FILE = 'context/time.json';

interface TimeFile {
  Y: string;
  N: string;
  year: string;
  span: string;
  since: string;
  lastYears: string;
  spanRestated: string;
  paragraphLeadIn: string;
  nextYears: string;
  cumulative: string;
  totalOverSpan: string;
  sinceFounding: string;
  planPeriods: Record<string, string>;
  planSuffix: string;
  planEnd: string;
  planStart: string;
  relative: Record<string, number>;
  reportRelative: string[];
  relativeNotBefore: string;
  relativeNotAfter: string;
  yearsAgo: string;
  rocYear: string;
  rocSpanJoin: string;
  rocPage: string;
  rocShortYear: string;
  target: string;
  comparisonBefore: string;
  comparisonAfter: string;
  nameAfter: string;
  baseAfter: string;
  centuryEnd: string;
  multipleBefore: string;
  multipleAfter: string;
  multipleReachedBefore: string;
  multipleReachedAfter: string;
  average: string;
  vaguePast: string;
  equivalenceBefore: string;
  attributive: string;
  reachedVerbs: string;
  reached: string;
  reachedList: string;
  listLead: string;
  listItem: string;
  steady: string;
  perYear: string;
  mean: string;
  rankAfter: string;
  crossedBefore: string;
  changeOver: string;
  comparisonWord: string;
  flowShare: string;
  stockBefore: string;
  populationStock: string;
  fromValue: string;
  standardIssued: string;
  standardReference: string;
  present: string;
  limitStandard: string;
  limitBefore: string;
  limitAfter: string;
  then: string;
  speech: string;
  fiscalPeriod: string;
  fiscalReport: string;
  ownRound: string;
  roundNamed: string;
  roundAfterYear: string;
  meeting: string;
}

export interface TimeRules {
  year: RegExp;
  span: RegExp;
  since: RegExp;
  lastYears: RegExp;
  /** Between a span written as two years and a count of years that restates it (1953年到1978年的二十六年间). */
  spanRestated: RegExp;
  /** Words a paragraph may open with before its leading time word (刚刚过去的2025年，…; 回望2024年，…). */
  paragraphLeadIn: RegExp;
  nextYears: RegExp;
  cumulative: RegExp;
  /** Words of a total in a figure's clause (累计, 共计): over the span reviewed, whatever year a sentence before named. */
  totalOverSpan: RegExp;
  sinceFounding: RegExp;
  plan: RegExp;
  planPeriods: Map<string, string>;
  /** After a plan's name: its end (末, 期末), its last year alone. */
  planEnd: RegExp;
  /** After a plan's name: its start (开好局, 开局之年, 第一年), its first year alone; its Nth year (group 1: 第二年). */
  planStart: RegExp;
  relative: RegExp;
  relativeOffsets: Map<string, number>;
  /** Relative words that count from the report year, not the year of writing (本年度: the year the report is on). */
  reportRelative: ReadonlySet<string>;
  /** A count of years back from the year of writing (十年前, 3年之前). */
  yearsAgo: RegExp;
  /** A year of the Republic era (民国112年, 112年度, 一一二年11月): group 1 or 2, plus 1911. */
  rocYear: RegExp;
  /** What joins two years of the Republic era into a span (106年度至110年7月底止): from the first to the second. */
  rocSpanJoin: RegExp;
  /** Words of a page from Taiwan (民国, 新台币, 行政院): with traditional script, its two-figure years are of the Republic era. */
  rocPage: RegExp;
  /** A two-figure year of the Republic era (98年7月, 九十五年度): read only where the frame says the page counts by it. */
  rocShortYear: RegExp;
  target: RegExp;
  comparisonBefore: RegExp;
  comparisonAfter: RegExp;
  /** After a year that names an edition or a long-range goal (2023年度区长质量奖, 2035年远景目标): part of a name, not a period. */
  nameAfter: RegExp;
  /** After a year, the base a sentence builds on (在2009年较快增长的基础上): not the year of its figures. */
  baseAfter: RegExp;
  /** The end of the century a target is set for (到本世纪末, 二十世纪末): its last year. */
  centuryEnd: RegExp;
  multipleBefore: RegExp;
  multipleAfter: RegExp;
  /** A verb of reaching before a year and a multiple in 倍 after it (达到一九五〇年的一点八倍): the year is its base. */
  multipleReachedBefore: RegExp;
  multipleReachedAfter: RegExp;
  average: RegExp;
  vaguePast: RegExp;
  equivalenceBefore: RegExp;
  attributive: RegExp;
  reached: RegExp;
  /** After a level reached, the next items of its list (达到9341个、床位10.5万张): reached as well. */
  reachedList: RegExp;
  /** PERIOD-LIST-LEAD: a line that opens a list (…的计划产量如下列：) and the items under it (钢：从…增加到…). */
  listLead: RegExp;
  listItem: RegExp;
  /** Words of a level held over a span (保持在, 稳定在, 一直): the span. */
  steady: RegExp;
  /** Words of a figure reached every year of a span (每年超过60万人, 年均达到): the span, even after a verb of reaching. */
  perYear: RegExp;
  /** Words of a mean over a span (平均为, 年均): the span. */
  mean: RegExp;
  /**
   * A rank in the figure's clause after it (14种农产品产量居全国第1位, 7家企业进入中国企业500强): a standing at one time, the
   * level a span ends with (PERIOD-SPAN-LEVEL).
   */
  rankAfter: RegExp;
  /** A verb of crossing a mark right before an amount or a rate (地区生产总值迈上6万亿元, 跨过3万亿元): a level reached. */
  crossedBefore: RegExp;
  /** Words of what was added or changed over a span (新增装机, 下降24.7%): the span. */
  changeOver: RegExp;
  /** A comparison anywhere in a clause (比原计划节约10%, 高于全国): a difference, not a level. */
  comparisonWord: RegExp;
  /** A flow a share is taken of (投资占43.7%, 财政支出八成以上用于民生): a share of a total over the span. */
  flowShare: RegExp;
  /** A stock named right before its figure (总装机规模3.1亿千瓦, 存款余额): the level at the span's end. */
  stockBefore: RegExp;
  /** A figure that gives a country's or a people's size (十亿人口的大国, 我国有13亿多人口): the level of its time. */
  populationStock: RegExp;
  fromValue: RegExp;
  standardIssued: RegExp;
  standardReference: RegExp;
  /** Words of now in a figure's clause (目前, 现在): the report's own time. */
  present: RegExp;
  /** Words before a figure in its sentence that name a standard or a rule (国家标准, 限量, 规定): a limit it sets. */
  limitStandard: RegExp;
  /** A limit word right before a figure (不超过, 低于, ≤, 上限是): with limitStandard, the figure is a standard's limit. */
  limitBefore: RegExp;
  /** A limit word right after a figure (以下, 以内). */
  limitAfter: RegExp;
  /** Words that refer back to the time named last (当时, 那时, 同年): a figure after them is of that time. */
  then: RegExp;
  /** A sentence that opens with a speaker's words (他向记者表示：“…): it speaks of now, not of a time the sentence before named. */
  speech: RegExp;
  /** Words of a company report's own period (本期, 报告期内): of the year of the report named last (fiscalReport). */
  fiscalPeriod: RegExp;
  /** A company report of a year (2010年年报, 2012年第三季度报告): group 1 is its year. */
  fiscalReport: RegExp;
  /** A sentence about the document's own sampling round (此次抽查, 本次抽检). */
  ownRound: RegExp;
  /** Words of a sampling round (抽查, 抽检): a sentence that may name the round's year. */
  roundNamed: RegExp;
  /** After a year, up to a sampling word in the same clause: the year is the round's (2010的抽查合格率). */
  roundAfterYear: RegExp;
  meeting: RegExp;
}

/** `vague`: a vague past time (以前, 早几年): its period is empty and dates a figure to no year. */
export type TimeKind = 'year' | 'span' | 'relative' | 'target' | 'vague';

export interface TimeMention {
  /** UTF-16 span in the text searched. */
  start: number;
  end: number;
  kind: TimeKind;
  /** `"2009"` or `"2011-2015"`. */
  period: string;
  /** The years of a span written as two years (`2007年到2008年`), for the items of a `分别` list. */
  items?: string[];
  /** For a count of years (五年内, 今后五年): how many, so that a target can take the years ahead. */
  years?: number;
  /** For the years ahead (今后五年, 未来十年): the year they run out, the year after their last (PERIOD-YEARS-AHEAD). */
  runsOut?: number;
  /** The base of a comparison (`比2009年`, `上年同期`): not the year of the figure. */
  comparison: boolean;
  /** The base of a multiple (`是1997年的2.3倍`): a comparison that dates no year after it. */
  equivalence?: boolean;
  /** A year in a name (`荣获2018年度省长质量奖`): it dates no figure and is the base of no comparison. */
  named?: boolean;
  /** The base a sentence builds on (`在2009年较快增长的基础上`): it dates only the figures inside that phrase. */
  builtOn?: boolean;
}

/** The years relative words and cumulative spans resolve against. */
export interface TimeFrame {
  /** R: the year the report is about. */
  reportYear: number | null;
  /** N: the year of writing (今年 = N, 去年 = N − 1). */
  nowYear: number | null;
  /** Whether the page counts years by the Republic era (a page from Taiwan): its 99年3月 is 2010, not 1999. */
  rocCalendar?: boolean;
  /** The first of the years ahead (未来五年): see DocumentScope; R + 1 when not given. */
  yearsAheadFrom?: number | null;
}

function compile(file: TimeFile): TimeRules {
  const fill = (pattern: string) => new RegExp(pattern.replaceAll('{Y}', file.Y).replaceAll('{N}', file.N), 'g');
  const relativeWords = Object.keys(file.relative).sort((a, b) => b.length - a.length);
  const planNames = Object.keys(file.planPeriods).sort((a, b) => b.length - a.length);
  return {
    year: fill(file.year),
    span: fill(file.span),
    since: fill(file.since),
    lastYears: fill(file.lastYears),
    spanRestated: new RegExp(file.spanRestated),
    paragraphLeadIn: new RegExp(file.paragraphLeadIn),
    nextYears: fill(file.nextYears),
    cumulative: new RegExp(file.cumulative),
    totalOverSpan: new RegExp(file.totalOverSpan),
    sinceFounding: fill(file.sinceFounding),
    // A plan period by name: quoted (“十二五”), or bare before 期间/时期/规划 (十二五期间).
    plan: new RegExp(`[“"](${planNames.join('|')})[”"]|(${planNames.join('|')})(?=${file.planSuffix})`, 'g'),
    planPeriods: new Map(Object.entries(file.planPeriods)),
    planEnd: new RegExp(file.planEnd),
    planStart: new RegExp(file.planStart),
    relative: new RegExp(`(?<!${file.relativeNotAfter})(${relativeWords.join('|')})(?!${file.relativeNotBefore})`, 'g'),
    relativeOffsets: new Map(Object.entries(file.relative)),
    reportRelative: new Set(file.reportRelative),
    yearsAgo: fill(file.yearsAgo),
    rocYear: fill(file.rocYear),
    rocSpanJoin: new RegExp(file.rocSpanJoin),
    rocPage: new RegExp(file.rocPage),
    rocShortYear: fill(file.rocShortYear),
    target: fill(file.target),
    comparisonBefore: new RegExp(file.comparisonBefore),
    comparisonAfter: new RegExp(file.comparisonAfter),
    nameAfter: new RegExp(file.nameAfter),
    baseAfter: new RegExp(file.baseAfter),
    centuryEnd: new RegExp(file.centuryEnd, 'g'),
    multipleBefore: new RegExp(file.multipleBefore),
    multipleAfter: new RegExp(file.multipleAfter),
    multipleReachedBefore: new RegExp(file.multipleReachedBefore),
    multipleReachedAfter: new RegExp(file.multipleReachedAfter),
    average: new RegExp(file.average),
    vaguePast: new RegExp(file.vaguePast, 'g'),
    equivalenceBefore: new RegExp(file.equivalenceBefore),
    attributive: new RegExp(file.attributive),
    reached: new RegExp(file.reached.replaceAll('{V}', file.reachedVerbs)),
    reachedList: new RegExp(file.reachedList.replaceAll('{V}', file.reachedVerbs)),
    listLead: new RegExp(file.listLead),
    listItem: new RegExp(file.listItem),
    steady: new RegExp(file.steady),
    perYear: new RegExp(file.perYear),
    mean: new RegExp(file.mean),
    rankAfter: new RegExp(file.rankAfter),
    crossedBefore: new RegExp(file.crossedBefore),
    changeOver: new RegExp(file.changeOver),
    comparisonWord: new RegExp(file.comparisonWord),
    flowShare: new RegExp(file.flowShare),
    stockBefore: new RegExp(file.stockBefore),
    populationStock: new RegExp(file.populationStock),
    fromValue: new RegExp(file.fromValue),
    standardIssued: new RegExp(file.standardIssued),
    standardReference: new RegExp(file.standardReference),
    present: new RegExp(file.present),
    limitStandard: new RegExp(file.limitStandard),
    limitBefore: new RegExp(file.limitBefore),
    limitAfter: new RegExp(file.limitAfter),
    then: new RegExp(file.then),
    speech: new RegExp(file.speech),
    fiscalPeriod: new RegExp(file.fiscalPeriod),
    fiscalReport: fill(file.fiscalReport),
    ownRound: new RegExp(file.ownRound),
    roundNamed: new RegExp(file.roundNamed),
    roundAfterYear: new RegExp(file.roundAfterYear),
    meeting: new RegExp(file.meeting),
  };
}

export function loadTimeRules(dictionaries: Dictionaries): TimeRules {
  return dictionaries.parseOnce(TIME_FILE, (text) => compile(JSON.parse(text) as TimeFile), 'compiled');
}

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `2009`, `一九七四` → the year. */
export function yearValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  return Number([...text].map((c) => DIGITS[c] ?? 0).join(''));
}

/** `5`, `五`, `十二`, `二十`, `七八` (seven or eight: the larger) → the count. */
export function countValue(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const chars = [...text];
  if (chars.every((c) => c in DIGITS)) return Math.max(...chars.map((c) => DIGITS[c]!));
  const ten = text.indexOf('十');
  if (ten < 0) return null;
  const tens = ten === 0 ? 1 : (DIGITS[text[ten - 1]!] ?? 1);
  const ones = ten + 1 < text.length ? (DIGITS[text[ten + 1]!] ?? 0) : 0;
  return tens * 10 + ones;
}

/** The Republic era's first year is 1912 (民国元年): 民国112年 is 2023. */
const ROC_OFFSET = 1911;

/**
 * A year of the Republic era as written: `112`, `一一二` (digit by digit), `九十八`, `一百零五`, `一百一十二`
 * (counted); null when it is none.
 */
export function rocYearValue(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const chars = [...text];
  if (chars.every((c) => c in DIGITS && c !== '两')) return Number(chars.map((c) => DIGITS[c]!).join(''));
  const hundred = text.indexOf('百');
  if (hundred < 0) return countValue(text);
  const hundreds = hundred === 0 ? 1 : (DIGITS[text[hundred - 1]!] ?? 1);
  // 一百零五: the 零 holds the empty tens place; 一百一十二: the tens as counted.
  const rest = text.slice(hundred + 1).replace(/^[零〇○]/, '');
  return hundreds * 100 + (rest === '' ? 0 : (countValue(rest) ?? 0));
}

const span = (from: number, to: number): string => (from === to ? String(from) : `${from}-${to}`);

/** A title in book-title marks: 《质量发展纲要(2011-2020年)》. */
const TITLE = /《[^》]*》/g;

/** Every time word in text[from, to), in order, overlaps resolved in favour of the longer (spans over years). */
/** How far into a sentence, past its lead-in words, a time word may start and still lead it (五年来，… / “十四五”时期是…). */
const LEAD_OPENING = 3;
/** How much of a sentence's opening is searched for the time word that leads it. */
const LEAD_REACH = 24;

/**
 * The time word a sentence opening at `at` leads with (2025年是…; 五年来，我们…; 刚刚过去的2025年，是…; 回望2024年，…), not
 * a comparison's base nor a vague past; null when its first time word stands further in.
 */
export function leadingTime(text: string, at: number, stop: number, rules: TimeRules, frame: TimeFrame): TimeMention | null {
  const leadIn = rules.paragraphLeadIn.exec(text.slice(at, Math.min(stop, at + LEAD_REACH)))?.[0].length ?? 0;
  const time = findTimes(text, at, Math.min(stop, at + leadIn + LEAD_REACH), rules, frame).find((t) => !t.comparison && t.kind !== 'vague');
  return time && time.start - at - leadIn <= LEAD_OPENING ? time : null;
}

/** A count of one year that looks back (一年来, 一年以来, 过去一年, 过去的一年). */
const ONE_YEAR_BACK = /^过去|(?:来|以来)$/;

export function findTimes(text: string, from: number, to: number, rules: TimeRules, frame: TimeFrame): TimeMention[] {
  const slice = text.slice(from, to);
  const found: TimeMention[] = [];
  const R = frame.reportYear;
  const N = frame.nowYear;
  const add = (index: number, length: number, kind: TimeKind, period: string | null, items?: string[], years?: number) => {
    if (period === null) return;
    found.push({ start: from + index, end: from + index + length, kind, period, items, years, comparison: false });
  };
  for (const m of allMatches(rules.span, slice)) {
    const a = yearValue(m[1]!);
    const b = yearValue(m[2]!);
    if (b > a) add(m.index, m[0].length, 'span', span(a, b), [String(a), String(b)]);
  }
  for (const m of allMatches(rules.since, slice)) {
    const from = yearValue(m[1] ?? m[2] ?? m[3]!);
    add(m.index, m[0].length, 'span', R && R >= from ? span(from, R) : null);
  }
  for (const m of allMatches(rules.plan, slice)) {
    const years = rules.planPeriods.get(m[1] ?? m[2]!) ?? null;
    // The end of a plan (“十三五”末) is its last year alone, its start (“十五五”开好局) its first.
    const after = slice.slice(m.index + m[0].length);
    const end = years ? rules.planEnd.exec(after) : null;
    const begin = years && !end ? rules.planStart.exec(after) : null;
    const length = m[0].length + (end?.[0].length ?? begin?.[0].length ?? 0);
    // The plan's Nth year (第二个五年计划的第二年) counts from its first.
    const nth = begin?.[1] ? (countValue(begin[1]) ?? 1) - 1 : 0;
    add(m.index, length, begin ? 'year' : 'span', end ? years!.slice(-4) : begin ? String(Number(years!.slice(0, 4)) + nth) : years);
  }
  for (const m of allMatches(rules.lastYears, slice)) {
    const n = countValue(m[1] ?? m[2]!);
    // The one year looked back on (一年来, 过去一年, 过去的一年里) is the report year ((R−1+1)-R); a year ahead or
    // within (一年内) counts no year looked back on.
    if (n === 1 && R && ONE_YEAR_BACK.test(m[0])) add(m.index, m[0].length, 'year', String(R));
    else add(m.index, m[0].length, 'span', R && n && n > 1 && n < 80 ? span(R - n + 1, R) : null, undefined, n ?? undefined);
  }
  // PERIOD-YEARS-AHEAD: the years ahead count from the year of writing, that year first (未来五年 in a news page of June
  // 2011 is 2011-2015; 今后五年 in a report given in 2018 on 2017 is 2018-2022), unless the page is written as its year
  // closes or its date is unknown: then from the year after the report year (今后三年 in a report of December 1982).
  const ahead = frame.yearsAheadFrom ?? (R !== null ? R + 1 : null);
  for (const m of allMatches(rules.nextYears, slice)) {
    const n = countValue(m[1]!);
    if (!ahead || !n || n <= 1 || n >= 80) continue;
    const mention: TimeMention = {
      start: from + m.index,
      end: from + m.index + m[0].length,
      kind: 'span',
      period: span(ahead, ahead + n - 1),
      years: n,
      comparison: false,
    };
    // On a page written in the year it is about, the current year is part gone: a level reached in the years ahead
    // (未来10年…有望达到30% on a page of 2011) is of the year they run out, ten years from now (2021). A report given early
    // in the year after the one it reviews plans whole years (今后五年…达到 in 2018: 2022, the span's last).
    if (ahead === R) mention.runsOut = ahead + n;
    found.push(mention);
  }
  for (const m of allMatches(rules.sinceFounding, slice)) add(m.index, m[0].length, 'span', R ? span(1949, R) : null);
  for (const m of allMatches(rules.target, slice)) add(m.index, m[0].length, 'target', String(yearValue(m[1] ?? m[2]!)));
  for (const m of allMatches(rules.year, slice)) add(m.index, m[0].length, 'year', String(yearValue(m[1] ?? m[2]!)));
  // The end of the century (到本世纪末, in a report of 1994: 2000; 二十世纪末: 2000), as a target's year.
  const Y = N ?? R;
  for (const m of allMatches(rules.centuryEnd, slice)) {
    const last = m[0].includes('二十') ? 2000 : Y !== null ? Math.floor((Y - 1) / 100) * 100 + 100 : null;
    add(m.index, m[0].length, 'target', last !== null ? String(last) : null);
  }
  const rocYears = [...allMatches(rules.rocYear, slice), ...(frame.rocCalendar ? allMatches(rules.rocShortYear, slice) : [])].sort(
    (a, b) => a.index - b.index,
  );
  rocYears.forEach((m, i) => {
    const year = rocYearValue(m[1] ?? m[2]!);
    add(m.index, m[0].length, 'year', year !== null && year >= 1 && year <= 150 ? String(year + ROC_OFFSET) : null);
    const next = rocYears[i + 1];
    const last = next ? rocYearValue(next[1] ?? next[2]!) : null;
    const join = slice.slice(m.index + m[0].length, next?.index);
    if (year !== null && last !== null && last > year && last <= 150 && rules.rocSpanJoin.test(join)) {
      add(m.index, next!.index + next![0].length - m.index, 'span', span(year + ROC_OFFSET, last + ROC_OFFSET));
    }
  });
  for (const m of allMatches(rules.vaguePast, slice)) add(m.index, m[0].length, 'vague', '');
  for (const m of allMatches(rules.yearsAgo, slice)) {
    const n = countValue(m[1]!);
    add(m.index, m[0].length, 'relative', N !== null && n && n < 80 ? String(N - n) : null);
  }
  for (const m of allMatches(rules.relative, slice)) {
    const offset = rules.relativeOffsets.get(m[1]!)!;
    // 本年度 names the year the report is on (a review of 2021 given in January 2022), 今年 the year it is written in.
    const base = rules.reportRelative.has(m[1]!) ? (R ?? N) : N;
    add(m.index, m[0].length, 'relative', base !== null ? String(base + offset) : null);
  }
  // Longest first at each start, then drop what overlaps an earlier kept one, and years inside a title
  // (《质量发展纲要(2011-2020年)》 names a document, not when a figure was).
  const titles = allMatches(TITLE, slice).map((m) => [from + m.index, from + m.index + m[0].length] as const);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TimeMention[] = [];
  for (const mention of found) {
    const last = kept[kept.length - 1];
    if (last && mention.start < last.end) continue;
    if (titles.some(([s, e]) => mention.start >= s && mention.end <= e)) continue;
    const before = text.slice(Math.max(from, mention.start - 4), mention.start);
    const after = text.slice(mention.end, Math.min(to, mention.end + 4));
    const following = text.slice(mention.end, Math.min(to, mention.end + 16));
    const multiple =
      (rules.multipleBefore.test(before) && rules.multipleAfter.test(following)) ||
      (rules.multipleReachedBefore.test(before) && rules.multipleReachedAfter.test(following));
    // A year in a name (获评2023年度区长质量奖, 实现2035年远景目标) dates no figure, like a comparison's base: the
    // figures around it keep the year their own words or their section give (今年…，1家企业获评…; “十五五”…年均增长5%).
    const named = rules.nameAfter.test(following);
    // The base a sentence builds on (在2009年较快增长的基础上，2010年…) dates none of its figures, like a comparison's.
    const builtOn = rules.baseAfter.test(following);
    if (named) mention.named = true;
    if (builtOn) mention.builtOn = true;
    mention.comparison =
      multiple ||
      named ||
      builtOn ||
      (mention.kind !== 'target' && (rules.comparisonBefore.test(before) || rules.comparisonAfter.test(after)));
    // The base of a multiple reached (达到2005年的1.8倍) is no deadline, though 到 opens it.
    if (multiple) {
      mention.equivalence = true;
      if (mention.kind === 'target') mention.kind = 'year';
    }
    if (last && restatesSpan(text, last, mention, rules)) {
      last.end = mention.end;
      continue;
    }
    kept.push(mention);
  }
  return kept;
}

/**
 * Whether a count of years right after a span written as its two years restates that span
 * (从1953年到1978年的二十六年间, 一九七九年到一九八二年的四年内): the written years date the figures, not the
 * years counted back from the report year. The count may be off by one (1965年到1976年11年中).
 */
function restatesSpan(text: string, span: TimeMention, count: TimeMention, rules: TimeRules): boolean {
  if (span.kind !== 'span' || span.items?.length !== 2 || count.years === undefined) return false;
  if (!rules.spanRestated.test(text.slice(span.end, count.start))) return false;
  const written = Number(span.items[1]) - Number(span.items[0]);
  return count.years === written || count.years === written + 1;
}
