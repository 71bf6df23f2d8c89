/**
 * What a cell holds, as the table detectors and the header analysis see it: nothing (empty, a dash), a
 * number (a numeral with at most a unit or a bound word around it), or words (a label or a header). A
 * year (`2009年`), a month (`3月`, `1—6月`, `12月份`) or a quarter (`1季度`, `第3季度`) is a label: it names a
 * row or a column of a monthly or quarterly summary, it is not a figure.
 */
import { scanNumerals } from '../extract/numbers';

export type CellKind = 'blank' | 'number' | 'label';

/** Cells that stand for "no figure": dashes, slashes, 无, ellipses. */
const BLANK = /^[\s\u3000\-—－–―─~～/／\\…·.。无空]*$/;
/** A year or a year with a qualifier: a label of a row or a column. */
const YEAR = /^(?:19|20)\d\d(?:年(?:度|末|底|上半年|下半年)?)?$/;
/**
 * A part of a year heading a row or a column of a monthly or quarterly summary: a month or a run of months
 * (`3月`, `1-6月`, `十二月份`), a quarter (`第2季度`, `一季度`, `前三季度`), a half (`上半年`), the whole year (`全年`),
 * maybe after its year (`2019年3月`, whose year is the period).
 */
const MONTH = '(?:1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十])';
export const PART_OF_YEAR = new RegExp(
  `^(?:((?:19|20)\\d\\d)年)?(?:${MONTH}(?:\\s*[-—–~～至到]\\s*${MONTH})?月(?:份|末|底)?|[第前]?[1-4一二三四]季度|[上下]半年|全年)$`,
);
/** Words a number cell may have around its numeral: a sign, bounds, a unit of a few characters (`个百分点`). */
const MAX_WORD_CHARS = 4;
const HAN = /[\u4e00-\u9fff]/g;

/** A year of the Republic of China calendar heading a column of a Taiwan report (`102年` → 2013). */
const ROC_YEAR = /^(?:民国|民國)?(\d{2,3})年(?:度)?$/;
const ROC_OFFSET = 1911;

export function rocYear(text: string): string | null {
  const m = ROC_YEAR.exec(text);
  return m ? rocToGregorian(Number(m[1])) : null;
}

/** An ROC year (38–150, the years a report of this kind can name) as its Gregorian year; null outside that range. */
function rocToGregorian(n: number): string | null {
  return n >= 38 && n <= 150 ? String(n + ROC_OFFSET) : null;
}

/** The shape of a bare year labelling a row under a year column's header (`年度`): `2019`, or ROC `106`. */
const BARE_YEAR_LABEL = /^(?:(?:19|20)\d\d|\d{2,3})$/;

/** Whether a row's label has the shape of a bare year (`2019`, `106`): what a year column's rows hold. */
export function isBareYearLabel(text: string): boolean {
  return BARE_YEAR_LABEL.test(text.trim());
}

/** The year a bare year label names: `2019` itself, ROC `106` → 2017; null when it names none. */
export function yearOfBareLabel(text: string): string | null {
  const label = text.trim();
  if (!BARE_YEAR_LABEL.test(label)) return null;
  return label.length === 4 ? label : rocToGregorian(Number(label));
}

/**
 * A cell holding two figures under a header naming two measures (`24/30` under `抽查企业/批次`, `52(5)` under
 * `抽查批次(不合格批次)`): the figures, each with where it starts and ends in the cell.
 */
const PAIR = /^(\d+(?:\.\d+)?)\s*(?:[/／]\s*(\d+(?:\.\d+)?)|[(（]\s*(\d+(?:\.\d+)?)\s*[)）])$/;

export interface PairCell {
  /** How the header joins its two measures: `/` (`企业/批次`) or a bracket (`抽查批次(不合格)`). */
  joint: 'slash' | 'bracket';
  figures: [{ start: number; end: number }, { start: number; end: number }];
}

/** A year and a month (`2019/3`, a date column's): no pair of figures. */
const YEAR_MONTH = /^(?:19|20)\d\d\s*[/／]\s*\d{1,2}$/;

export function pairCell(text: string): PairCell | null {
  const lead = text.length - text.trimStart().length;
  const m = YEAR_MONTH.test(text.trim()) ? null : PAIR.exec(text.trim());
  if (!m) return null;
  const second = m[2] ?? m[3]!;
  const secondAt = lead + m[0].lastIndexOf(second);
  return {
    joint: m[2] ? 'slash' : 'bracket',
    figures: [
      { start: lead, end: lead + m[1]!.length },
      { start: secondAt, end: secondAt + second.length },
    ],
  };
}

/** A cell naming a period: a year (`2019年`, `2019`), a part of one (`一季度`, `1-6月`, `上半年`), an ROC year (`106年`). */
export function isPeriodLabel(text: string): boolean {
  const t = text.trim();
  return YEAR.test(t) || PART_OF_YEAR.test(t) || rocYear(t) !== null;
}

export function cellKind(text: string): CellKind {
  const t = text.trim();
  if (BLANK.test(t)) return 'blank';
  if (pairCell(t)) return 'number';
  if (YEAR.test(t) || PART_OF_YEAR.test(t) || rocYear(t)) return 'label';
  const numerals = scanNumerals(t);
  if (numerals.length !== 1 || numerals[0]!.kind !== 'arabic') return 'label';
  const rest = t.slice(0, numerals[0]!.start) + t.slice(numerals[0]!.end);
  if ((rest.match(HAN)?.length ?? 0) > MAX_WORD_CHARS) return 'label';
  return /[A-Za-z(（]/.test(rest) && !LATIN_AFFIX.test(rest.trim()) ? 'label' : 'number';
}

/**
 * Latin letters a figure cell may hold around its numeral and still be a figure: a currency sign before it
 * (`HK$3.8`, `US$12`, `NT$250`) or a unit of volume, mass or strength after it (`500mL`, `2L`, `1.5kg`,
 * `46%(v/v)`, `12%vol`), as price and specification columns write them. Other letters (`4D`, `HJJ017`, `A3`)
 * make a model or a code: a label.
 */
const LATIN_AFFIX = /^(?:(?:HK|US|NT|MOP|RMB|S|A|C)?[$＄]|%\s*(?:[(（]\s*[vV]\s*\/\s*[vV]\s*[)）]|vol)|[mM]?[lL]|[kKmM]?g|mg\/kg)$/;

/** A bare four-digit number that reads as a year (`2085`): a label alone, a figure among figures. */
const BARE_YEAR = /^(?:19|20)\d\d$/;

/**
 * Kinds of the cells of a grid, rows of cell texts: a bare year-shaped number (`2085` 台件 checked, `1998`
 * batches) is a figure when both its row and its column hold other figures; alone it is a label, so a
 * header row of years (`2016 2017 2018`) and a column of years stay labels.
 */
export function gridKinds(texts: readonly (readonly string[])[]): CellKind[][] {
  const kinds = texts.map((row) => row.map(cellKind));
  const yearShaped = texts.map((row) => row.map((t) => BARE_YEAR.test(t.trim())));
  const rowHasFigure = kinds.map((row) => row.some((k) => k === 'number'));
  const columns = Math.max(0, ...texts.map((row) => row.length));
  const columnHasFigure = Array.from({ length: columns }, (_, c) => kinds.some((row) => row[c] === 'number'));
  return kinds.map((row, r) => row.map((kind, c) => (yearShaped[r]![c] && rowHasFigure[r] && columnHasFigure[c] ? 'number' : kind)));
}

/** Whether a cell reads as a bare year (`2085`): a figure only among figures (see gridKinds). */
export function isBareYear(text: string): boolean {
  return BARE_YEAR.test(text.trim());
}
