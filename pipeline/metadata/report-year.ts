import type { Dictionaries } from '../../core/dictionaries';
import { citedYear } from './cited-year';

/**
 * The year a report is about. In order: a statement of the year it reviews (回顾总结了2014年…, rules in
 * dictionaries/corpus/report-year.jsonl), on a dated page the year of its date or the one before; a page
 * archived or re-posted later is about the year its title or lead reports on; a report published in the
 * first quarter that looks back on "the past year" (过去一年, 去年, 一年来), or names the year before more
 * often than its own, is about the year before its date; else the year of its date; else the year the text
 * names most often; else the year of its latest full date (a source line, the days of the cases it lists).
 */

export const REPORT_YEAR_FILE = 'corpus/report-year.jsonl';

export interface ReportYearRuleSpec {
  id: string;
  pattern: string;
  examples: [string, string][];
}

export interface ReportYearRule extends ReportYearRuleSpec {
  regex: RegExp;
}

export function compileReportYearRules(specs: readonly ReportYearRuleSpec[]): ReportYearRule[] {
  return specs.map((spec) => ({ ...spec, regex: new RegExp(spec.pattern) }));
}

export function loadReportYearRules(dictionaries: Dictionaries): ReportYearRule[] {
  return dictionaries.parseOnce(
    REPORT_YEAR_FILE,
    () => compileReportYearRules(dictionaries.jsonl<ReportYearRuleSpec>(REPORT_YEAR_FILE)),
    'compiled',
  );
}

export const LOOKS_BACK =
  /过去一年|過去一年|过去的一年|過去的一年|去年|一年来|一年來|过年的一年|刚刚过去|剛剛過去|回望过去|回顾过去|过去五年|過去五年|[二三四五六七八九十]年来|[二三四五六七八九十]年來|(?<!\d)[2-9]年[来來](?!自)/;
const FIRST_QUARTER = 3;
/** An annual work conference of a government body (全省质监工作会议, 全市市场监管工作会议, 全省系统局长会议). */
export const WORK_MEETING = /(?:全[省市区县州]|全系统|系统)[^。，,；;\n]{0,16}?(?:工作|局长)(?:视频|电视电话|视频电视)?(?:会议|大会)/;
const HALF_YEAR = 6;
/** Words for the year of writing: a page that uses them is about it. */
const CURRENT_YEAR = /今年|本年|年内|一季度|二季度|上半年|1-[3-6]月|1至[3-6]月|前[三四五六]个月/;

/**
 * An opening in which the speaker reports on the years just past (向大会报告过去五年的工作, 报告本届政府过去五年的
 * 工作, 一、过去一年工作回顾): the report is given in the year after the last one it reviews. Not a resolution that
 * approves such a report (充分肯定国务院过去五年的工作).
 */
export const REPORTS_ON_PAST =
  /(?:报告|回顾)(?:本届政府)?过去的?[一二三四五两]年|(?:过去的?[一二三四五两]年|[一二三四五两]年来|去年)的?(?:政府)?工作的?回顾/;

/** The year of a meeting or report named in a document's opening (在2016年全市质量工作会议上的讲话, 2010年工作报告). */
export const MEETING_YEAR = /((?:19|20)\d{2})年[^。\n]{0,24}?(?:工作报告|工作会议|会议上的讲话|大会上的讲话|会议上的报告)/;
/** How far into a document its opening (title, date line, meeting) reaches. */
export const OPENING = 200;

export function reportYear(
  text: string,
  date: string | null,
  rules: readonly ReportYearRule[],
  title: string | null = null,
): { year: string; rule: string } | null {
  const dated = date ? /^(\d{4})(?:-(\d{2}))?/.exec(date) : null;
  let earliest: { index: number; year: string; rule: string } | null = null;
  for (const rule of rules) {
    const m = rule.regex.exec(text);
    if (!m || (earliest && m.index >= earliest.index)) continue;
    // A report is given in the year it reviews or the next: on a page dated later still (a 2011 feature on an
    // industry: …2008年，我省编制完成了…规划), the statement tells of a past year's work the page recalls.
    if (dated && Number(dated[1]) - Number(digitsOfYear(m[1]!)) > 1) continue;
    // Nor is a year after the page's date one it reports on (a forecast: 2012年产量预计比今年增长 on a 2011 page).
    if (dated && Number(digitsOfYear(m[1]!)) > Number(dated[1])) continue;
    earliest = { index: m.index, year: m[1]!, rule: rule.id };
  }
  if (earliest) return { year: digitsOfYear(earliest.year), rule: earliest.rule };

  if (dated) {
    const year = Number(dated[1]);
    const month = dated[2] ? Number(dated[2]) : null;
    // Dated by its year alone, a work report of that year (2011年…政府工作报告) that looks back is about the
    // year before: such reports are given in the first months.
    const report = MEETING_YEAR.exec(`${title ?? ''}\n${text.slice(0, OPENING)}`);
    if (month === null && report && Number(report[1]) === year && LOOKS_BACK.test(text)) {
      return { year: String(year - 1), rule: 'year-report-looks-back' };
    }
    // A page archived or re-posted years later (dated 2017, opening 2009年12月，某省质监局开展了…抽查): when its
    // first lines open with an earlier month and the text never names the year of its date nor a year counted
    // from it (今年, 去年), it is about the year of that month.
    // A page whose title names the year before its date (2018年度产品质量状况报告, 2010年全省…抽查结果, published the
    // next spring) is about that year, in any month; one naming an earlier year is too, when its text never names
    // the year of its date nor a year counted from it (a page archived later).
    const titled = titleYear(title);
    if (titled !== null && titled < year) {
      const archived = !namedYears(text).has(String(year)) && !RELATIVE_YEAR.test(text);
      if (titled === year - 1 || archived) return { year: String(titled), rule: 'title-names-past-year' };
    }
    const opening = openingMonthYear(text);
    const archived = !namedYears(text).has(String(year)) && !RELATIVE_YEAR.test(text);
    if (opening !== null && opening < year - 1 && archived) {
      return { year: String(opening), rule: 'archived-page-opening-year' };
    }
    // So is one whose lead (title and first lines) names a single earlier year as the period it reports on (a
    // bureau's notice 关于2009年第4季度…抽查结果的通报 re-posted in 2018, the editor's date at its top) and whose text
    // never names the year of its date: the year of the notice, which may well say 今年 of itself.
    const lead = leadPeriodYear(title, text);
    if (lead !== null && lead < year - 1 && !namedYears(text).has(String(year))) {
      return { year: String(lead), rule: 'archived-page-lead-year' };
    }
    // PERIOD-REPOSTED-EVENT: so is a page re-posted by a site years later (添加时间：2018-12-07 above a report that 10月27日，
    // 2006年某某颁奖仪式在某地举行) whose lead names one year, the latest its text names, and whose text never names the
    // year of its date: its 今年 and 目前 are of the event's year, not of the re-posting.
    const event = latestLeadYear(title, text);
    if (event !== null && event < year - 1 && !namedYears(text).has(String(year))) {
      return { year: String(event), rule: 'archived-page-event-year' };
    }
    if (month !== null && month <= FIRST_QUARTER) {
      if (LOOKS_BACK.test(outsideQuotes(text))) return { year: String(year - 1), rule: 'looks-back-from-date' };
      // PERIOD-WORK-MEETING: a news page of the first months whose lead reports a work conference (记者在日前召开的全省质监
      // 工作会议上获悉, 某局召开全市市场监管系统工作会议): the annual conference reviews the year just closed, and the figures
      // the page takes from it are of that year (contract: a January 2015 meeting reviewing 2014 → 2014).
      if (WORK_MEETING.test(`${title ?? ''}\n${text.slice(0, OPENING)}`)) return { year: String(year - 1), rule: 'work-meeting-from-date' };
      // PERIOD-CHROME-DATE: only when its lead names that year too (宜兴市2025年度产品质量…抽查情况通报 dated 2026-03-17): a
      // page of March whose news is this year's (an e-paper's test results of the day) may name last year once
      // at its foot for an earlier survey, and that dates the survey's figures, not the page.
      const counts = namedYears(text);
      const lead = namedYears(`${title ?? ''}\n${text.slice(0, OPENING)}`);
      if ((counts.get(String(year - 1)) ?? 0) > (counts.get(String(year)) ?? 0) && lead.has(String(year - 1))) {
        return { year: String(year - 1), rule: 'names-past-year-from-date' };
      }
    }
    // Up to mid-year, a page on the results of the year before (近日，省局公布了2010年全省…抽查结果) names that year in
    // its lead and again after, and its own year, and 今年, never: annual results are published until the summer.
    if (month !== null && month <= HALF_YEAR) {
      const counts = namedYears(text);
      const lead = namedYears(`${title ?? ''}\n${text.slice(0, OPENING)}`);
      if ((counts.get(String(year - 1)) ?? 0) >= 2 && lead.has(String(year - 1)) && !counts.has(String(year)) && !CURRENT_YEAR.test(text)) {
        return { year: String(year - 1), rule: 'results-of-past-year' };
      }
    }
    return { year: String(year), rule: 'publication-date' };
  }

  // Undated: a meeting or report of year Y that looks back on "last year" is about Y − 1
  // (在2016年全市质量工作会议上的讲话 … 去年，全市…).
  const meeting = MEETING_YEAR.exec(text.slice(0, OPENING));
  if (meeting && LOOKS_BACK.test(text)) return { year: String(Number(meeting[1]) - 1), rule: 'meeting-year-looks-back' };

  // On a tie the earlier year: a report names the year it looks back on as often as the one it plans.
  const ranked = [...namedYears(text)].sort((a, b) => b[1] - a[1] || Number(a[0]) - Number(b[0]));
  // A page that states where things stand as of a year (截至2025年，全国已有…; 截止2019年底) was written in or after
  // it: a history of a scheme told year by year (2015年…出台, 2018年…修订, 截至2025年…) is about its latest state,
  // not its first year.
  const asOf = Math.max(...[...text.matchAll(STATUS_AS_OF)].map((m) => Number(m[1])));
  if (ranked.length > 0 && Number.isFinite(asOf) && asOf > Number(ranked[0]![0])) return { year: String(asOf), rule: 'status-as-of-year' };
  if (ranked.length > 0) return { year: ranked[0]![0], rule: 'most-named-year' };
  // A page that names no year as a period but dates what it tells or its source line (来自：某网 2025年04月15日;
  // 2022年9月28日，某局…。2023年1月3日，…; 该标准将于2022年6月1日起实施) was written on or after its last date: in
  // the year of the latest.
  const latest = Math.max(...[...text.matchAll(FULL_DATE)].map((m) => Number(m[1])));
  if (Number.isFinite(latest)) return { year: String(latest), rule: 'dated-days-year' };
  // A page that names a year only as the base its figures of this year are compared with (今年…一次合格率86.6%，较2017年度的
  // 5.67%有较大下降; 今年以来…比2014年同期增长) compares them with the year before: it is about the year after that base.
  const bases = new Set([...text.matchAll(COMPARED_WITH_YEAR)].map((m) => Number(m[1])));
  if (bases.size === 1 && THIS_YEAR_WORD.test(text)) return { year: String([...bases][0]! + 1), rule: 'compared-with-last-year' };
  // Else the latest year it cites as a span's start or in a document's number (cited-year.ts).
  const cited = citedYear(text);
  if (cited !== null) return { year: String(cited), rule: 'cited-year' };
  return null;
}

/** A status as of a year (截至2025年, 截止到2019年底): the state the page reports. */
const STATUS_AS_OF = /(?:截至|截止|截止到)\s*((?:19|20)\d{2})\s*年/g;
/** The base year a figure is compared with (较2017年度, 比2014年同期, 与2016年相比). */
const COMPARED_WITH_YEAR = /(?:较|比|同|与)\s*((?:19|20)\d{2})\s*年(?:度|同期)?/g;
const THIS_YEAR_WORD = /今年|本年度/;

/**
 * The text without what it quotes (“邻居家说去年冬天…”): a speaker quoted in a news page of the first months who
 * says 去年 tells of the winter just past, not that the page reviews the year before.
 */
function outsideQuotes(text: string): string {
  return text.replace(/“[^”\n]{0,200}”/g, '');
}

/** A full date (2022年6月1日): a day on which something happened or was published. */
const FULL_DATE = /(?<!\d)((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/g;

/**
 * A year followed by the part of it a report covers (2009年第4季度, 2010年度, 2012年上半年, 2011年1-6月), not by
 * an event of it (继2005年推出首部规范).
 */
const PERIOD_REPORTED =
  /(?<![-—–~至到\d])((?:19|20)\d{2})\s*年\s*(?:度|第\s*[一二三四1-4]\s*季度?|第\s*$|[一二三四1-4]\s*季度|上半年|下半年|全年|\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月)/gm;

/**
 * The one year a document's lead (title and first lines) names, not as a target, base or start, when no later year
 * is named anywhere in the text; else null.
 */
function latestLeadYear(title: string | null, text: string): number | null {
  const head = `${title ?? ''}\n${text.slice(0, OPENING)}`;
  const lead = [...namedYears(head).keys()].map(Number);
  if (lead.length !== 1) return null;
  // The event is told with its day (10月27日，2006年…仪式在某地举行): a feature that recalls a past year's work (2008年，
  // 我省编制完成了…规划) does not date it so.
  const dated = [...head.matchAll(/[^。！？\n]+/g)].some((s) => s[0].includes(`${lead[0]}年`) && EVENT_DAY.test(s[0]));
  return dated && [...namedYears(text).keys()].every((y) => Number(y) <= lead[0]!) ? lead[0]! : null;
}
/** A day of a month without its year (10月27日), as a news lead dates its event. */
const EVENT_DAY = /(?<![年\d])\d{1,2}\s*月\s*\d{1,2}\s*日/;

/** The one year a document's lead (its title and first lines) names as the period it reports on, or null. */
function leadPeriodYear(title: string | null, text: string): number | null {
  const lead = `${title ?? ''}\n${text.slice(0, OPENING)}`;
  const years = new Set([...lead.matchAll(PERIOD_REPORTED)].map((m) => m[1]!));
  return years.size === 1 ? Number([...years][0]) : null;
}

/**
 * A page's date as its address writes it (news sites file pages by day: /ypen/20120613/1109404.html,
 * /2011-05/18/, /201106/t20110620_123.html), as `YYYY-MM-DD`, or `YYYY-MM` without the day; null without one.
 */
export function dateInUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const m = URL_DATE.exec(path);
  if (!m) return null;
  // Filed by year, month and day with single figures (/art/2012/6/13/art_1234.html).
  if (m[4]) return `${m[4]}-${m[5]!.padStart(2, '0')}-${m[6]!.padStart(2, '0')}`;
  return m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
}

/** The address a scraped page keeps in its first lines (http://…/20120611/1104246.html), or null. */
export function urlInOpening(text: string): string | null {
  return /https?:\/\/[^\s"'<>，。]+/.exec(text.slice(0, OPENING))?.[0] ?? null;
}

/**
 * PERIOD-CHROME-DATE: the address of the page a text was taken from, as a re-posting site names it anywhere in the text
 * (原文链接：http://…/202109/t20210907_123.html at its foot, 【原文地址】：…): the original page's address, filed by its
 * day like any news page's, or null.
 */
export function sourceLinkUrl(text: string): string | null {
  return SOURCE_LINK.exec(text)?.[1] ?? null;
}
/**
 * PERIOD-CHROME-DATE: the date of the property block an e-paper system leaves in a scraped text (--> 2019-05-06 1 1
 * 某某日报 content_123.html 1 标题 /enpproperty-->): the day the article was printed, as `YYYY-MM-DD`, or null.
 */
export function propertyBlockDate(text: string): string | null {
  const m = PROPERTY_BLOCK.exec(text);
  if (!m) return null;
  const [year, month, day] = [m[1]!, Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
const PROPERTY_BLOCK = /((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})[^\n]{0,200}?enpproperty/i;
const SOURCE_LINK = /(?:原文|本文|文章|来源|來源)(?:链接|鏈接|地址|网址|網址)】?\s*[:：]\s*(https?:\/\/[^\s"'<>，。]+)/;

/**
 * A date a news page states at its opening, as `YYYY-MM-DD`, or null: a dateline (新华社北京2012年3月5日电, 本报讯（记者 某某）
 * 2012年3月5日, 中国质量新闻网2012年3月5日讯) or a first line that opens with the full date of what it tells
 * (2012年3月15日，省局召开…). The page was written then: its year is the year of writing.
 */
export function datelineDate(text: string): string | null {
  const head = text.slice(0, OPENING);
  const m = DATELINE.exec(head) ?? OPENING_DATE.exec(head.split('\n').slice(0, OPENING_LINES).join('\n'));
  if (!m) return null;
  const [year, month, day] = (m[4] ? [m[4], m[5], m[6]] : [m[1], m[2], m[3]]).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
/** A wire dateline (新华社北京2012年3月5日电, 某某网2012年3月5日讯) or a paper's (本报讯（记者 某某）2012年3月5日). */
const DATELINE =
  /(?:^|\n)[^\n。，,]{0,24}?((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:电|讯)|(?:^|\n)[^\n。，,]{0,16}?讯[^\n。，,\d]{0,16}?((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
/** A line that opens with a full date and goes on with what happened (2012年3月15日，…). */
const OPENING_DATE = /(?:^|\n)\s*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*[，,]/;
const URL_DATE =
  /(?<![\d])((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])(?:[-/_]?(0[1-9]|[12]\d|3[01]))?(?![\d])|\/((?:19|20)\d{2})\/([1-9]|1[0-2])\/([1-9]|[12]\d|3[01])\//;

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** A year as a rule found it, in digits: `1986`, `一九五七` → `1957`. */
function digitsOfYear(year: string): string {
  return /^\d{4}$/.test(year) ? year : [...year.replace(/[○零]/g, '〇')].map((c) => CHINESE_DIGITS.indexOf(c)).join('');
}
/** Years counted from the year of writing: a text using them was written in the year of its date. */
const RELATIVE_YEAR = /今年|去年|上年|本年|明年|前年|年内/;

/**
 * A year a title names as a period (2018年度, 2010年全省…), not a target (到2020年) nor a range (2011-2020年), nor
 * an issue number (2019年第3期, 2021年第5号): that names the year a bulletin came out in, not the one it reports on.
 */
const TITLE_YEAR = /(?<![-—–~至到\d])((?:19|20)\d{2})年(?![-—–~至到]?\d{4})(?!第\s*[\d一二三四五六七八九十]+\s*[期号號])/g;

/** The one year a title names as a period, or null (none, or several). */
function titleYear(title: string | null): number | null {
  if (!title) return null;
  const years = new Set<number>();
  for (const m of title.matchAll(TITLE_YEAR)) {
    if (notReported(title.slice(Math.max(0, m.index - 3), m.index))) continue;
    years.add(Number(m[1]));
  }
  for (const m of title.matchAll(ROC_YEAR)) years.add(Number(m[1] ?? m[2]) + ROC_OFFSET);
  return years.size === 1 ? [...years][0]! : null;
}

/** A line of the first ones that opens with a year and month (2009年12月，…), as dated events are told. */
const OPENING_MONTH = /(?:^|\n)\s*((?:19|20)\d{2})年\d{1,2}月(?:\d{1,2}日)?(?:[，,]|[^\n]{0,6}?[，,])/;
const OPENING_LINES = 3;

/** The year of the month a document's first lines open with, or null. */
function openingMonthYear(text: string): number | null {
  const head = text.split('\n').slice(0, OPENING_LINES).join('\n');
  const m = OPENING_MONTH.exec(head);
  return m ? Number(m[1]) : null;
}
/**
 * A year a target is set for (到1980年, 力争2015年) says nothing of the year reported on, nor does the base
 * of a comparison or a from-to pair (比1997年, 与2014年相比, 同2014年, 从1997年的7.4万亿元增加到…, 是1997年的2.3倍),
 * nor a precedent (继2005年推出首部规范后):
 * a five-year review names its first year's levels more often than the year it ends with, and a brief on months
 * of a year (2015年6月至9月) names the year it compares them with more often than its own.
 */
const TARGET_BEFORE = /(?:到|至|力争|争取|计划|比|较|[从由是为与同继繼]|等于|相当于)$/;
/**
 * …but a year after a verb of designation (被认定为2014年省著名商标, 被评为2012年度市名牌产品, 列为2010年重点项目)
 * names the edition of a scheme, which dates the page's news like any year it reports on.
 */
const DESIGNATED_AS = /(?:评|定|选|列|命名)为$/;
/** Whether the words before a year make it a target, a base or a start, not a year reported on. */
const notReported = (before: string): boolean => TARGET_BEFORE.test(before) && !DESIGNATED_AS.test(before);
/**
 * …and a deadline (一九八〇年以前) neither, nor the start of a span looked back on (1998年以来, 从1998年起, 2016年3月
 * 就职以来, 自《标准化法》2017年修订实施以来): a report at the end of a government's term names the year it took office as often as the year it ends with.
 */
const DEADLINE_AFTER =
  /^(?:年底?以前|年底?之前|年底?前|年以来|年来|年起|年开始|年\d{1,2}月[^，,。；;\n]{0,8}?(?:以来|起|开始)|年[^，,。；;\n\d年]{1,8}?以来)/;
/** How far after a year's four figures its deadline or start of a span is looked for (年3月就职以来). */
const DEADLINE_REACH = 24;

/** A year of the Republic era in figures: after 民国, or of three figures before 度 or a month (112年度, 112年11月). */
const ROC_YEAR = /民[国國]\s*(\d{2,3})\s*年|(?<![\d.-])(1[0-2]\d)\s*年(?=度|\s*\d{1,2}\s*月)/g;
const ROC_OFFSET = 1911;

/**
 * A year named as a period, also with its months (2015年6月至9月, 2015年第三季度: what a brief reports on), but not
 * in a range (2011-2020年) nor in a full date (2013年2月5日: when something was said or published).
 */
const NAMED_YEAR = /(?<![-—–~至到\d])((?:19|20)\d{2})年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?![-—–~至到]?\d{3})(?![-—–~至到]\d)/g;

/** How often each year is named as a period: not in ranges (2011-2020年) nor in dates (2013年2月5日). */
function namedYears(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(NAMED_YEAR)) {
    if (notReported(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    if (DEADLINE_AFTER.test(text.slice(m.index + 4, m.index + DEADLINE_REACH))) continue;
    counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  // Years of the Republic era as Taiwan pages write them (民國111年, 112年度, 112年11月): the year plus 1911.
  for (const m of text.matchAll(ROC_YEAR)) {
    const year = String(Number(m[1] ?? m[2]) + ROC_OFFSET);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  // Years in Chinese numerals (一九七四年), as older national reports write them.
  for (const m of text.matchAll(/(?<![至到〇零○一二三四五六七八九])([一二][九〇零○][〇零○一二三四五六七八九]{2})年(?![至到])/g)) {
    if (notReported(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    if (DEADLINE_AFTER.test(text.slice(m.index + 4, m.index + 9))) continue;
    const year = digitsOfYear(m[1]!);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}
