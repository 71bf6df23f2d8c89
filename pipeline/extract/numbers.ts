/**
 * Our own numeral grammar over normalised text: Arabic numerals (thousands separators, decimals, full-width
 * digits) and Chinese numerals (〇/零/两/十/百/千/万/亿, capital 壹…玖拾佰仟, 点 decimals). It finds numerals
 * only; units, multipliers after Arabic numerals (`3.5万`) and bounds are the quantity layer's job.
 *
 * Positions are UTF-16 indices of the scanned string. The scanner is a single left-to-right pass with no
 * per-character allocation.
 */

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
}

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
  貳: 2,
  參: 3,
  陸: 6,
  兩: 2,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Per UTF-16 code: 1 when the character belongs to a Chinese numeral (a lookup, not a string test: hot loop). */
const CHINESE_NUMERAL_CODE = new Uint8Array(0x10000);
for (const table of [CHINESE_DIGITS, SMALL_UNITS, BIG_UNITS])
  for (const ch of Object.keys(table)) CHINESE_NUMERAL_CODE[ch.charCodeAt(0)] = 1;

function isChineseNumeralCode(code: number): boolean {
  return CHINESE_NUMERAL_CODE[code] === 1;
}

function isChineseNumeralChar(ch: string): boolean {
  return isChineseNumeralCode(ch.charCodeAt(0));
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
  return ch === ',' || ch === ' ' || ch === '\u2009' || ch === '\u202f' || ch === '\u00a0';
}

/**
 * Value of a Chinese integer (`四千五百一十`, `一万五`, `捌拾伍万`), or null when the run is not one
 * well-formed numeral (`一五一十`, `三四`, `万一`).
 */
export function parseChineseInteger(run: string): number | null {
  if (run.length === 0) return null;
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastUnit = 0; // last place unit seen (small or big), for elision (`一百五` = 150)
  let sectionUnit = Infinity; // small units must fall within a section
  let bigUnit = Infinity;
  let zeroSinceUnit = false;
  let sawUnit = false;
  for (let i = 0; i < run.length; i++) {
    const ch = run[i]!;
    const d = CHINESE_DIGITS[ch];
    if (d === 0) {
      if (digit >= 0) return null; // `一零`: a digit string, not a numeral
      zeroSinceUnit = true;
      continue;
    }
    if (d !== undefined) {
      if (digit >= 0) return null; // two digits in a row: a vague range (`三四`) or a digit string
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      if (small >= sectionUnit) return null;
      if (digit < 0) {
        // Only 十 may open a numeral or a section without a digit (`十二`, `一百一十`).
        if (small !== 10 || (i > 0 && !zeroSinceUnit && section !== 0)) return null;
        digit = 1;
      }
      section += digit * small;
      digit = -1;
      sectionUnit = small;
      lastUnit = small;
      zeroSinceUnit = false;
      sawUnit = true;
      continue;
    }
    const big = BIG_UNITS[ch]!;
    if (big >= bigUnit && !(big === 1e8 && bigUnit === 1e4)) return null;
    if (digit >= 0) section += digit;
    digit = -1;
    if (section === 0 && total === 0) return null; // `万一`: a place unit cannot open a longer numeral
    if (big === 1e8) total = (total + section) * 1e8;
    else total += section * 1e4;
    section = 0;
    sectionUnit = Infinity;
    bigUnit = big;
    lastUnit = big;
    zeroSinceUnit = false;
    sawUnit = true;
  }
  if (digit >= 0) {
    // `一百五` = 150, `一万五` = 15000; after 零 or without units the digit is the ones.
    section += lastUnit > 0 && !zeroSinceUnit ? digit * (lastUnit / 10) : digit;
  }
  if (!sawUnit && run.length > 1) return null;
  return total + section;
}

/** Value of a digit string without place units (`二〇〇八` → 2008), or null. */
function parseDigitString(run: string): number | null {
  let value = 0;
  for (const ch of run) {
    const d = CHINESE_DIGITS[ch];
    if (d === undefined || ch === '两') return null;
    value = value * 10 + d;
  }
  return value;
}

/** Scans `text[from, to)` for numerals. */
export function scanNumerals(text: string, from = 0, to = text.length): Numeral[] {
  const found: Numeral[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (digitValue(code) >= 0) {
      i = scanArabic(text, i, to, found);
      // Place units right after an Arabic numeral are its multiplier (`3.5万`, `1.2亿`), not a numeral.
      while (i < to && (text[i] === '万' || text[i] === '亿' || text[i] === '千' || text[i] === '百')) i++;
      continue;
    }
    if (!isChineseNumeralCode(code)) {
      i++;
      continue;
    }
    const ch = text[i]!;
    if (ch === '百' && text.startsWith('分之', i + 1)) {
      const inner = i + 3 < to ? readChineseOrArabic(text, i + 3, to) : null;
      if (inner) {
        found.push({ start: i, end: inner.end, value: inner.value, kind: inner.kind, bareUnit: false, percentPrefix: true });
        i = inner.end;
        continue;
      }
    }
    i = scanChinese(text, i, to, found);
  }
  return found;
}

function readChineseOrArabic(text: string, at: number, to: number): Numeral | null {
  const out: Numeral[] = [];
  if (digitValue(text.charCodeAt(at)) >= 0) scanArabic(text, at, to, out);
  else if (isChineseNumeralChar(text[at]!)) scanChinese(text, at, to, out);
  const n = out[0];
  return n && n.start === at && n.kind !== 'digits' && !n.bareUnit ? n : null;
}

/** Reads an Arabic numeral at `start`; pushes it and returns the index after it. */
function scanArabic(text: string, start: number, to: number, out: Numeral[]): number {
  const spaced = scanSpacedDigits(text, start, to);
  if (spaced) {
    out.push({ start, end: spaced.end, value: spaced.value, kind: 'arabic', bareUnit: false, percentPrefix: false });
    return spaced.end;
  }
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
    if (groups > 0) {
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

/**
 * Some typeset reports put a space after every character, digits included (`7 4 7 7 2亿元`, `8 .8 %`):
 * a run of single digits each followed by one space reads as one numeral. A group of three digits after
 * the space (`2 975家`) is a thousands group instead, so it never starts this reading.
 */
function scanSpacedDigits(text: string, start: number, to: number): { end: number; value: number } | null {
  const isDigit = (k: number) => k < to && digitValue(text.charCodeAt(k)) >= 0;
  const isSingle = (k: number) => isDigit(k) && !isDigit(k + 1);
  if (!isSingle(start) || text[start + 1] !== ' ' || !(isSingle(start + 2) || (isDecimalPoint(text[start + 2]) && isSingle(start + 3))))
    return null;
  let digits = String(digitValue(text.charCodeAt(start)));
  let end = start + 1;
  let sawPoint = false;
  for (;;) {
    let k = end;
    if (text[k] === ' ') k++;
    if (!sawPoint && isDecimalPoint(text[k]) && isSingle(k + 1)) {
      digits += '.' + String(digitValue(text.charCodeAt(k + 1)));
      sawPoint = true;
      end = k + 2;
      continue;
    }
    if (k > end && isSingle(k)) {
      digits += String(digitValue(text.charCodeAt(k)));
      end = k + 1;
      continue;
    }
    break;
  }
  // Two bare digits (`第1 2批`) are two numerals unless the text is typeset that way elsewhere too.
  if (digits.length === 2 && text[end] !== ' ' && !isSpacedTypesetting(text)) return null;
  return { end, value: Number(digits) };
}

const SPACED_RUN = /(?<!\d)\d (?:\d |\.\d )+\.?\d?(?!\d)/;
let spacedCache: { text: string; spaced: boolean } | null = null;

/** Whether the text spaces out longer numbers (`4 6 2 8 0亿元`), once per text. */
function isSpacedTypesetting(text: string): boolean {
  if (spacedCache?.text !== text) spacedCache = { text, spaced: SPACED_RUN.test(text) };
  return spacedCache.spaced;
}

function isDigitRun(text: string, at: number, length: number, to: number): boolean {
  if (at + length > to) return false;
  for (let k = 0; k < length; k++) if (digitValue(text.charCodeAt(at + k)) < 0) return false;
  return true;
}

function threeDigits(text: string, at: number): number {
  return digitValue(text.charCodeAt(at)) * 100 + digitValue(text.charCodeAt(at + 1)) * 10 + digitValue(text.charCodeAt(at + 2));
}

/** Reads a Chinese numeral run at `start` (with 点 decimals); pushes it if well formed. */
function scanChinese(text: string, start: number, to: number, out: Numeral[]): number {
  let i = start;
  while (i < to && isChineseNumeralCode(text.charCodeAt(i))) i++;
  const run = text.slice(start, i);
  let kind: NumeralKind = 'chinese';
  const bareUnit = run.length === 1 && !(run in CHINESE_DIGITS) && run !== '十' && run !== '拾';
  let value = bareUnit ? (SMALL_UNITS[run] ?? BIG_UNITS[run]!) : parseChineseInteger(run);
  if (value === null) {
    value = run.length > 1 ? parseDigitString(run) : null;
    kind = 'digits';
  }
  // A lone 零 is a word part (`零件`, `零的突破`), not a count of nothing.
  if (value === null || (run.length === 1 && CHINESE_DIGITS[run] === 0)) return i;
  // 点 decimals: digits only (`一千二百三十四点五六`).
  let decimals = false;
  if (kind === 'chinese' && text[i] === '点' && i + 1 < to && CHINESE_DIGITS[text[i + 1]!] !== undefined) {
    let j = i + 1;
    let fraction = '';
    while (j < to && CHINESE_DIGITS[text[j]!] !== undefined && text[j] !== '两') {
      fraction += String(CHINESE_DIGITS[text[j]!]);
      j++;
    }
    if (fraction) {
      value = Number(`${value}.${fraction}`);
      i = j;
      decimals = true;
    }
  }
  out.push({ start, end: i, value, kind, bareUnit, percentPrefix: false });
  // As after Arabic numerals: a place unit right after decimals is their multiplier (`一点五万`).
  if (decimals) {
    while (i < to && (text[i] === '万' || text[i] === '亿')) i++;
  }
  return i;
}
