/**
 * Our own numeral grammar over normalised text: Arabic numerals (thousands separators, decimals, full-width
 * digits) and Chinese numerals (〇/零/两/十/百/千/万/亿, capital 壹…玖拾佰仟, 点 decimals). It finds numerals
 * only; units, multipliers after Arabic numerals (`3.5万`) and bounds are the quantity layer's job.
 *
 * Positions are UTF-16 indices of the scanned string. The scanner is a single left-to-right pass with no
 * per-character allocation.
 */

import {
  BIG_UNIT_VALUES,
  DIGIT_VALUES,
  isNumeralCode,
  parseChineseInteger,
  parseDigitString,
  parseVagueRange,
  SMALL_UNIT_VALUES,
  VAGUE_RANGE_JOINER,
} from '../text/numeral-grammar';

export { parseChineseInteger } from '../text/numeral-grammar';

export type NumeralKind = 'arabic' | 'chinese' | 'digits';

export interface Numeral {
  start: number;
  end: number;
  value: number;
  /** `digits`: a Chinese digit string without place units (`二〇〇八`), a reading, not a quantity. */
  kind: NumeralKind;
  /** A lone place unit (`千`, `万`) standing for one of it: a number only next to a bound (`逾千家`, `万余`). */
  bareUnit: boolean;
  /** `百分之…`: the numeral is a percent. */
  percentPrefix: boolean;
  /** A vague range (`三四倍`, `四五百元`): `value` is its low end, `high` its high end. */
  high?: number;
}

function isChineseNumeralChar(ch: string): boolean {
  return isNumeralCode(ch.charCodeAt(0));
}

/** Value of an ASCII or full-width digit, or -1. */
export function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

function isDecimalPoint(ch: string | undefined): boolean {
  return ch === '.' || ch === '．';
}

/** Thousands separators between groups of three digits. */
function isGroupSeparator(ch: string | undefined): boolean {
  return ch === ',' || ch === '，' || ch === ' ' || ch === '\u2009' || ch === '\u202f' || ch === '\u00a0';
}

/** Scans `text[from, to)` for numerals. */
export function scanNumerals(text: string, from = 0, to = text.length): Numeral[] {
  const found: Numeral[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (digitValue(code) >= 0) {
      i = scanArabic(text, i, to, found);
      const compound = readArabicCompound(text, found[found.length - 1]!, i, to);
      if (compound) {
        i = compound;
        continue;
      }
      // Place units right after an Arabic numeral are its multiplier (`3.5万`, `1.2亿`), not a numeral.
      while (i < to && isPlaceMultiplier(text[i])) i++;
      continue;
    }
    // `半数以上的农户`, `近半数企业`: half of a whole, a share read as 百分之五十 is (contract: fractions are percents,
    // 一半 → 50); `一半` is 一 with its unit 半, read after the numeral.
    if (code === HALF && text[i + 1] === '数' && i + 2 <= to && !(i > from && isNumeralCode(text.charCodeAt(i - 1)))) {
      found.push({ start: i, end: i + 2, value: 50, kind: 'chinese', bareUnit: false, percentPrefix: true });
      i += 2;
      continue;
    }
    if (!isNumeralCode(code)) {
      i++;
      continue;
    }
    const ch = text[i]!;
    if (ch === '百' && text.startsWith('分百', i + 1)) {
      // `百分百`: one hundred percent.
      found.push({ start: i, end: i + 3, value: 100, kind: 'chinese', bareUnit: false, percentPrefix: true });
      i += 3;
      continue;
    }
    if (ch === '百' && text.startsWith('分之', i + 1)) {
      const inner = i + 3 < to ? readChineseOrArabic(text, i + 3, to, true) : null;
      if (inner) {
        const high = inner.high !== undefined ? { high: inner.high } : {};
        found.push({ start: i, end: inner.end, value: inner.value, kind: inner.kind, bareUnit: false, percentPrefix: true, ...high });
        i = inner.end;
        continue;
      }
    }
    i = scanChinese(text, i, to, found);
  }
  return found;
}

const PLACE_MULTIPLIERS: Readonly<Record<string, number>> = { 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

/** 半, opening 半数 (half of a whole). */
const HALF = '半'.charCodeAt(0);

function isPlaceMultiplier(ch: string | undefined): boolean {
  return ch !== undefined && PLACE_MULTIPLIERS[ch] !== undefined;
}

/**
 * Bulletins write large numbers as Arabic sections with their place units: `8,947万2千元`, `1万5000元`,
 * `3千500`, `1亿2千万元`, and Taiwan's and Hong Kong's notices every section down to the units (`3億2308萬4201元`).
 * When the numeral just read (`first`, ending at `at`) is a whole number followed by one place unit and an Arabic
 * section below that unit, the numeral becomes their sum; returns the index after it, or 0.
 */
function readArabicCompound(text: string, first: Numeral, at: number, to: number): number {
  let outer = PLACE_MULTIPLIERS[text[at] ?? ''];
  if (outer === undefined || outer < 1000 || !Number.isInteger(first.value) || digitValue(text.charCodeAt(at + 1)) < 0) return 0;
  let total = first.value * outer;
  let sectionStart = at + 1;
  for (;;) {
    const rest: Numeral[] = [];
    let end = scanArabic(text, sectionStart, to, rest);
    const second = rest[0]!;
    if (!Number.isInteger(second.value) || second.end - second.start > 12) return 0;
    if (isPlaceMultiplier(text[end])) {
      // The section's own place units multiply (`1亿2千万元`: 2千万 below 亿).
      const unitStart = end;
      let inner = 1;
      while (isPlaceMultiplier(text[end])) inner *= PLACE_MULTIPLIERS[text[end++]!]!;
      if (inner >= outer || second.value * inner >= outer) return 0;
      total += second.value * inner;
      // `3亿2308万4201元`: one place unit (万, 千) with a further Arabic section below it.
      if (end === unitStart + 1 && inner >= 1000 && digitValue(text.charCodeAt(end)) >= 0) {
        outer = inner;
        sectionStart = end;
        continue;
      }
    } else {
      // Without a unit the section fills the places below the outer unit exactly (`1万5000`, not `1亿2`), zeros
      // written (`12亿0008万0050元`).
      if (second.end - second.start !== Math.log10(outer)) return 0;
      total += second.value;
    }
    if (isPlaceMultiplier(text[end]) || digitValue(text.charCodeAt(end)) >= 0) return 0;
    first.value = total;
    first.end = end;
    return end;
  }
}

function readChineseOrArabic(text: string, at: number, to: number, afterPercent = false): Numeral | null {
  const out: Numeral[] = [];
  if (digitValue(text.charCodeAt(at)) >= 0) scanArabic(text, at, to, out);
  else if (isChineseNumeralChar(text[at]!)) scanChinese(text, at, to, out, afterPercent);
  const n = out[0];
  return n && n.start === at && n.kind !== 'digits' && !n.bareUnit ? n : null;
}

/** Reads an Arabic numeral at `start`; pushes it and returns the index after it. */
function scanArabic(text: string, start: number, to: number, out: Numeral[]): number {
  let i = start;
  let intValue = 0;
  let digits = 0;
  while (i < to) {
    const d = digitValue(text.charCodeAt(i));
    if (d < 0) break;
    intValue = intValue * 10 + d;
    digits++;
    i++;
  }
  // Thousands groups: a separator then exactly three digits, the first group having one to three digits.
  if (digits <= 3) {
    let j = i;
    let grouped = intValue;
    let groups = 0;
    while (
      j + 3 < to + 1 &&
      isGroupSeparator(text[j]) &&
      isDigitRun(text, j + 1, 3, to) &&
      !(j + 4 < to && digitValue(text.charCodeAt(j + 4)) >= 0)
    ) {
      // A space only groups when the comma-less reading would leave two bare numerals (`2 975家`).
      grouped = grouped * 1000 + threeDigits(text, j + 1);
      j += 4;
      groups++;
    }
    // Older reports group with the Chinese comma (`27，203，319，000元`, `33，212万吨`); as that comma also
    // ends clauses, it groups only when every separator is one and a word follows (a unit, 万, 多), not a clause mark.
    const chineseComma = groups > 0 && text.slice(i, j).includes('，');
    const wordAfter = j < to && !/[\s，,。；;：:、！？!?）)]/.test(text[j]!);
    if (groups > 0 && (!chineseComma || (wordAfter && !/[,\s]/.test(text.slice(i, j))))) {
      intValue = grouped;
      i = j;
    }
  }
  let value = intValue;
  if (i + 1 < to && isDecimalPoint(text[i]) && digitValue(text.charCodeAt(i + 1)) >= 0) {
    let scale = 0.1;
    let fraction = 0;
    let j = i + 1;
    while (j < to) {
      const d = digitValue(text.charCodeAt(j));
      if (d < 0) break;
      fraction += d * scale;
      scale /= 10;
      j++;
    }
    // Round away binary noise: 3529.55 must stay 3529.55.
    const decimals = j - i - 1;
    value = Number((intValue + fraction).toFixed(decimals));
    i = j;
  }
  out.push({ start, end: i, value, kind: 'arabic', bareUnit: false, percentPrefix: false });
  return i;
}

function isDigitRun(text: string, at: number, length: number, to: number): boolean {
  if (at + length > to) return false;
  for (let k = 0; k < length; k++) if (digitValue(text.charCodeAt(at + k)) < 0) return false;
  return true;
}

function threeDigits(text: string, at: number): number {
  return digitValue(text.charCodeAt(at)) * 100 + digitValue(text.charCodeAt(at + 1)) * 10 + digitValue(text.charCodeAt(at + 2));
}

/** What follows the 千 of a unit that starts with it: 千瓦, 千克, 千米, 千伏, 千卡, 千焦. */
const UNIT_AFTER_THOUSAND = /^[瓦克米伏卡焦]/;

/** A place unit of place units: `千万`, `百亿`, `万亿` (`突破万亿元`). */
const BARE_UNIT_PAIR = /^(?:[百千][万亿]|万亿)$/;

function bareUnitValue(run: string): number {
  let value = 1;
  for (const ch of run) value *= SMALL_UNIT_VALUES[ch] ?? BIG_UNIT_VALUES[ch]!;
  return value;
}

/** The copula before a lone 零 that states a level (`为零`, `是零`, `等于零`) and the clause mark after it. */
const ZERO_SAID_BEFORE = /[为是于]/;
const ZERO_SAID_AFTER = /[，,。；;！!]/;

/**
 * `四、五十亿元`, `二、三百亿度`, `五、六倍`, `百分之二、三`: two neighbouring digits set apart by 、 as older texts write a
 * vague range. Only a range that goes on to a place unit, to 倍 or follows 百分之 is one: the same digits also
 * list ordinals and kinds (`一、二等奖`, `二、三产业`, `第二、三季度`, `一、二、三级`). Returns where it ends, or 0.
 */
function joinedVagueRangeEnd(text: string, runEnd: number, to: number, afterPercent: boolean): number {
  if (text[runEnd] !== VAGUE_RANGE_JOINER || runEnd + 1 >= to) return 0;
  let j = runEnd + 1;
  while (j < to && isNumeralCode(text.charCodeAt(j))) j++;
  const second = text.slice(runEnd + 1, j);
  if (second === '' || text[j] === VAGUE_RANGE_JOINER) return 0;
  return /[十百千万亿]$/.test(second) || afterPercent || text[j] === '倍' ? j : 0;
}

/** Reads a Chinese numeral run at `start` (with 点 decimals); pushes it if well formed. */
function scanChinese(text: string, start: number, to: number, out: Numeral[], afterPercent = false): number {
  let i = start;
  while (i < to && isNumeralCode(text.charCodeAt(i))) i++;
  // `三万千瓦`, `二十二万七千千瓦`: a 千 after 万, 亿 or another 千 cannot go on the number; it opens a unit.
  if (i - start >= 2 && text[i - 1] === '千' && /[万亿千]/.test(text[i - 2]!) && UNIT_AFTER_THOUSAND.test(text[i] ?? '')) i--;
  const joinedEnd = i - start <= 2 ? joinedVagueRangeEnd(text, i, to, afterPercent) : 0;
  if (joinedEnd && parseVagueRange(text.slice(start, joinedEnd))) i = joinedEnd;
  const run = text.slice(start, i);
  let kind: NumeralKind = 'chinese';
  // A lone place unit (`逾千家`) or a place unit of place units (`千万余元`, `上百万`) stands for one of it.
  const bareUnit = (run.length === 1 && !(run in DIGIT_VALUES) && run !== '十' && run !== '拾') || BARE_UNIT_PAIR.test(run);
  let value = bareUnit ? bareUnitValue(run) : parseChineseInteger(run);
  const range = value === null ? parseVagueRange(run) : null;
  if (range) value = range[0];
  if (value === null) {
    value = run.length > 1 ? parseDigitString(run) : null;
    kind = 'digits';
  }
  // A lone 零 is a word part (`零件`, `零的突破`), not a count of nothing, unless decimals follow (`零点八倍`) or it
  // is what a copula says ends the clause (`合格率为零。`: a level of nothing, typed by what names it).
  const zeroPoint = run.length === 1 && DIGIT_VALUES[run] === 0 && text[i] === '点';
  const zeroSaid =
    run.length === 1 && DIGIT_VALUES[run] === 0 && ZERO_SAID_BEFORE.test(text[start - 1] ?? '') && ZERO_SAID_AFTER.test(text[i] ?? '。');
  if (value === null || (run.length === 1 && DIGIT_VALUES[run] === 0 && !zeroPoint && !zeroSaid)) return i;
  // 点 decimals: digits only (`一千二百三十四点五六`).
  let decimals = false;
  if (kind === 'chinese' && text[i] === '点' && i + 1 < to && DIGIT_VALUES[text[i + 1]!] !== undefined) {
    let j = i + 1;
    let fraction = '';
    while (j < to && DIGIT_VALUES[text[j]!] !== undefined && text[j] !== '两') {
      fraction += String(DIGIT_VALUES[text[j]!]);
      j++;
    }
    if (fraction) {
      value = Number(`${value}.${fraction}`);
      i = j;
      decimals = true;
    }
  }
  out.push({ start, end: i, value, kind, bareUnit, percentPrefix: false, ...(range ? { high: range[1] } : {}) });
  // As after Arabic numerals: a place unit right after decimals is their multiplier (`一点五万`).
  if (decimals) {
    while (i < to && (text[i] === '万' || text[i] === '亿')) i++;
  }
  return i;
}
