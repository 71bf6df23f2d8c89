import type { Dictionaries } from '../../core/dictionaries';
import type { DocumentMeta } from '../../core/document';
import { loadNormaliseRules } from '../text/normalise-rules';
import { stripPinyin } from '../text/steps/pinyin';

/**
 * Boilerplate line rules (dictionaries/corpus/boilerplate.jsonl): which lines of a page or text dump are
 * site chrome, and which metadata (date, site, author) the header and chrome lines state.
 */

export const BOILERPLATE_FILE = 'corpus/boilerplate.jsonl';

export interface BoilerplateRuleSpec {
  id: string;
  kind: 'drop' | 'field';
  field?: 'title' | 'date' | 'site' | 'author';
  pattern: string;
  flags?: string;
  maxLength: number;
  /** "header": the rule applies only to the first lines of a text or article (datelines); "body": only after them. */
  position?: 'header' | 'body';
  /** true: the line heads a list of other pages (相关新闻：): the short lines after it are dropped with it. */
  opensList?: boolean;
  /** false: a line it drops is another page's (a related headline, the day the page was viewed): its date is not ours. */
  readsFields?: boolean;
  examples: (string | [string, string])[];
  counterexamples: string[];
}

export interface BoilerplateRule extends BoilerplateRuleSpec {
  regex: RegExp;
}

/**
 * A date as written in Chinese pages: 2011-07-29, 2009/2/19, 2017年10月14日, 2012.07.02, in numerals as a
 * bulletin's signature writes it (二〇一二年七月十日), in the Republic era as Taiwan pages write it (民國112年3月5日,
 * 112年3月5日, 112-03-05, 112/3/5: the year plus 1911), and day first with dots as some sites' templates stamp a
 * page (20.02.2017 18:38; a year of four figures last, so no decimal number is one) or with slashes as Hong Kong and
 * Macau pages do (16/5/2024 13:54).
 */
export const DATE_PATTERN =
  '(?:(?<![\\d./])\\d{1,2}(?:\\.\\d{1,2}\\.|/\\d{1,2}/)(?:19|20)\\d{2}(?![\\d./])|\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|民[国國]\\s*\\d{2,3}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日?|(?<![\\d.])1[0-2]\\d(?:[-/.]\\d{1,2}[-/.]\\d{1,2}(?![\\d.])|\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日))';

export function compileRules(specs: readonly BoilerplateRuleSpec[]): BoilerplateRule[] {
  return specs.map((spec) => {
    try {
      return { ...spec, regex: new RegExp(spec.pattern.replace(/DATE/g, DATE_PATTERN), spec.flags ?? '') };
    } catch (error) {
      throw new Error(`boilerplate rule ${spec.id}: ${(error as Error).message}`);
    }
  });
}

/** The line rules and how a line is read before they test it. */
export interface BoilerplateRules {
  readonly lines: readonly BoilerplateRule[];
  /**
   * A line as the rules read it: without the pinyin a page for learners puts after each character, header lines too
   * (發(fā)布時(shí)間:2007-12-04 is read 發布時間:2007-12-04), found by the normalise stage's own reader and rules, which
   * strip the same annotations from the text only later.
   */
  readonly plain: (line: string) => string;
}

/** The compiled rules of a dictionaries folder, parsed once per Dictionaries instance. */
export function loadBoilerplateRules(dictionaries: Dictionaries): BoilerplateRules {
  const lines = dictionaries.parseOnce(
    BOILERPLATE_FILE,
    () => compileRules(dictionaries.jsonl<BoilerplateRuleSpec>(BOILERPLATE_FILE)),
    'compiled',
  );
  const normalise = loadNormaliseRules(dictionaries);
  return { lines, plain: (line) => stripPinyin(line, normalise).text };
}

/** Lines at the top of a text or an article that may be its header (title, dateline, source). */
export const HEADER_LINES = 12;

/** The first drop rule a line matches, or null when the line is content. */
export function matchDropRule(line: string, rules: BoilerplateRules, inHeader = true): BoilerplateRule | null {
  const trimmed = rules.plain(line.trim());
  if (trimmed === '') return null;
  for (const rule of rules.lines) {
    if (rule.kind !== 'drop' || trimmed.length > rule.maxLength) continue;
    if (rule.position === 'header' && !inHeader) continue;
    if (rule.position === 'body' && inHeader) continue;
    if (rule.regex.test(trimmed)) return rule;
  }
  return null;
}

/** Whether the metadata a dropped line states (its date, its source) are the page's own. */
export function statesOwnFields(rule: BoilerplateRule | null): boolean {
  return rule?.readsFields !== false;
}

/** Metadata values a (header or chrome) line states, by the field rules. */
export function lineFields(line: string, rules: BoilerplateRules): Partial<Pick<DocumentMeta, 'date' | 'site' | 'author' | 'title'>> {
  const trimmed = rules.plain(line.trim());
  const out: Partial<Pick<DocumentMeta, 'date' | 'site' | 'author' | 'title'>> = {};
  for (const rule of rules.lines) {
    if (rule.kind !== 'field' || !rule.field || trimmed.length > rule.maxLength || out[rule.field]) continue;
    const m = rule.regex.exec(trimmed);
    const value = m?.[1]?.trim();
    if (!value) continue;
    if (rule.field === 'date') {
      const date = normaliseDate(value);
      if (date) out.date = date;
    } else {
      out[rule.field] = value;
    }
  }
  return out;
}

/** ISO `YYYY-MM-DD` of a written date, or null when it is not a valid date. */
export function normaliseDate(text: string): string | null {
  const republic = ROC_DATE.exec(text);
  if (republic) {
    const [year, month, day] = republic[1] ? republic.slice(1, 4) : [republic[4], republic[5] ?? republic[7], republic[6] ?? republic[8]];
    return normaliseDate(`${Number(year) + ROC_OFFSET}-${month}-${day}`);
  }
  const dayFirst = DAY_FIRST_DATE.exec(text);
  if (dayFirst) {
    const [first, second] = [Number(dayFirst[1]), Number(dayFirst[3])];
    const [day, month] = second > 12 && first <= 12 ? [second, first] : [first, second];
    return normaliseDate(`${dayFirst[4]}-${month}-${day}`);
  }
  const m =
    /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text) ??
    /([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/.exec(text);
  if (!m) return null;
  const [year, month, day] = [numberOf(m[1]!), numberOf(m[2]!), numberOf(m[3]!)];
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A date written day first with dots or slashes (20.02.2017, 16/5/2024): day, month and a year of four figures
 * last. A second figure above 12 is the day of a date written month first (5/16/2024).
 */
const DAY_FIRST_DATE = /^\s*(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?![\d./])/;

/** A date of the Republic era (民國112年3月5日, 112年3月5日, 112-03-05 with a three-figure year): its year plus 1911 (民國元年 = 1912). */
const ROC_DATE =
  /^\s*(?:民[国國]\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})|(?<!\d)(1[0-2]\d)(?:[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日))/;
const ROC_OFFSET = 1911;

const NUMERALS = '〇一二三四五六七八九';

/** A number written in digits or in numerals, digit by digit (二〇一二) or counted (十, 二十一). */
function numberOf(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const digits = text.replace(/[零○]/g, '〇');
  if (!digits.includes('十')) return Number([...digits].map((c) => NUMERALS.indexOf(c)).join(''));
  const [tens, ones] = digits.split('十') as [string, string];
  return (tens ? NUMERALS.indexOf(tens) : 1) * 10 + (ones ? NUMERALS.indexOf(ones) : 0);
}

/** Copies the values found into the fields of `meta` that are still empty. */
export function mergeMissing(meta: Partial<DocumentMeta>, found: Partial<DocumentMeta>): void {
  for (const [key, value] of Object.entries(found) as [keyof DocumentMeta, string | null | undefined][]) {
    if (value && !meta[key]) meta[key] = value;
  }
}
