/**
 * The one grammar of Chinese numerals. Segmentation (`number-scan.ts`, which keeps a numeral one token),
 * extraction (`extract/numbers.ts`, which reads its value) and the `{ZH}` macro of the rule files all read
 * a numeral with the tables and the parser of this file, so they cannot disagree on what a numeral is
 * (`一千零十`, `卅`, capital and traditional digits `貳參陸兩`).
 *
 * Also defined once here: the words that join the two ends of a range and the items of a list.
 */

/** Digits, in simplified, capital (`壹贰`) and traditional (`貳參陸兩`) forms. */
export const DIGIT_VALUES: Readonly<Record<string, number>> = {
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

/** Place units below 万, plain and capital. */
export const SMALL_UNIT_VALUES: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Place units that close a section: 万 and 亿, simplified and traditional. */
export const BIG_UNIT_VALUES: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Contracted tens as bulletins and old texts write them: 廿 = 二十, 卅 = 三十, 卌 = 四十. */
export const CONTRACTED_TENS: Readonly<Record<string, number>> = { 廿: 20, 卅: 30, 卌: 40 };

/** Every character a Chinese numeral is made of. */
export const NUMERAL_CHARACTERS: string = [DIGIT_VALUES, SMALL_UNIT_VALUES, BIG_UNIT_VALUES, CONTRACTED_TENS]
  .flatMap((table) => Object.keys(table))
  .join('');

/** A regex source for a run of numeral characters (the `{ZH}` macro of the rule files). */
export const CHINESE_NUMERAL_RUN = `[${NUMERAL_CHARACTERS}]+`;

/** What older texts set between the two digits of a vague range (`四、五十亿元`, `百分之二、三`). */
export const VAGUE_RANGE_JOINER = '、';

/** Characters joining the two ends of a range: `15%～20%`, `5%至8%`, `85%-90%`. */
export const RANGE_JOINERS = '—–~～至到-';
/** Characters joining the items of a list: `98%、93.1%和81.8%`. */
export const LIST_JOINERS = '、，,和及与';

/** A separator between the two ends of a range, alone between them. */
export const RANGE_SEPARATOR = new RegExp(`^\\s*[${RANGE_JOINERS}]\\s*$`);
/** A separator between two items of a list or the two ends of a range. */
export const LIST_OR_RANGE_SEPARATOR = new RegExp(`^\\s*[${LIST_JOINERS}${RANGE_JOINERS}]\\s*$`);
/** A separator between two items of a list. */
export const LIST_SEPARATOR = new RegExp(`^\\s*[${LIST_JOINERS}]\\s*$`);
/**
 * A separator between items of a list that writes the unit once, after its last item (`0.12、0.15和0.21mg/m³`,
 * `分别高4.2和0.7个百分点`, `1409万、1305万人次`): not a comma, which also joins clauses.
 */
export const UNIT_SHARING_SEPARATOR = /^\s*(?:[、和及与或]|以及)\s*$/;

const CODE_CLASS = new Uint8Array(0x10000);
for (const ch of NUMERAL_CHARACTERS) CODE_CLASS[ch.charCodeAt(0)] = 1;

/** Whether the UTF-16 code is a numeral character (a table lookup: the scanners call it per character). */
export function isNumeralCode(code: number): boolean {
  return (CODE_CLASS[code] ?? 0) !== 0;
}

/** Whether `ch` is a digit (not a place unit). */
export function isNumeralDigit(ch: string): boolean {
  return DIGIT_VALUES[ch] !== undefined;
}

/** 廿 → 二十: contracted tens spelled out, so the parser reads one form. */
function spellTens(run: string): string {
  if (!/[廿卅卌]/.test(run)) return run;
  return run.replace(/[廿卅卌]/g, (ch) => ['二十', '三十', '四十'][CONTRACTED_TENS[ch]! / 10 - 2]!);
}

/**
 * Value of a Chinese integer (`四千五百一十`, `一千零十`, `二百十七`, `一万五`, `捌拾伍万`, `卅`, `一万七千三百五十二万`),
 * or null when the run is not one well-formed numeral (`一五一十`, `三四`, `万一`, `百万`).
 */
export function parseChineseInteger(input: string): number | null {
  if (input.length === 0) return null;
  const run = spellTens(input);
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
    const d = DIGIT_VALUES[ch];
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
    const small = SMALL_UNIT_VALUES[ch];
    if (small !== undefined) {
      if (small >= sectionUnit) return null;
      if (digit < 0) {
        // Only 十 may open a numeral or a section without a digit (`十二`, `一百一十`, `一千零十`), and right
        // after 百 as older and formal texts write it (`二百十七` = 217, `五百十三`).
        const afterHundred = lastUnit === 100 && sectionUnit === 100 && !zeroSinceUnit;
        if (small !== 10 || (i > 0 && !zeroSinceUnit && section !== 0 && !afterHundred)) return null;
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
    const big = BIG_UNIT_VALUES[ch];
    if (big === undefined) return null;
    if (digit >= 0) section += digit;
    digit = -1;
    if (section === 0 && total === 0) return null; // `万一`: a place unit cannot open a longer numeral
    if (big >= bigUnit && !(big === 1e8 && bigUnit === 1e4)) {
      // `一万七千三百五十二万`: a count of 万 that itself holds a 万, closing the numeral.
      if (!(big === 1e4 && bigUnit === 1e4 && i === run.length - 1 && section > 0)) return null;
      total = (total + section) * 1e4;
      section = 0;
      lastUnit = 0;
      break;
    }
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
export function parseDigitString(run: string): number | null {
  let value = 0;
  for (const ch of run) {
    const d = DIGIT_VALUES[ch];
    if (d === undefined || ch === '两' || ch === '兩') return null;
    value = value * 10 + d;
  }
  return value;
}

/** A digit string a reader reads as digits: four digits (a year, `二〇〇八`) or any string holding a zero. */
export function isDigitString(run: string): boolean {
  if (run.length < 2 || parseDigitString(run) === null) return false;
  return run.length === 4 || /[〇零]/.test(run);
}

/**
 * Two neighbouring digits read as a vague range (`三四倍`, `四五百元`, `一两家`, `十七八个`, `三四十人`, `一两百万元`,
 * and as older texts write it with 、 between them, `四、五十亿元`):
 * [low, high], or null. The higher digit is one more than the lower (`两三`, `七八`).
 */
export function parseVagueRange(input: string): [number, number] | null {
  const m = /^(十?)([一二两三四五六七八九])(、?)([一二两三四五六七八九])([十百千]?)([万亿]?)$/.exec(input);
  if (!m) return null;
  const [, tensMark, lowDigit, joiner, highDigit, place, big] = m;
  const low = DIGIT_VALUES[lowDigit!]!;
  const high = DIGIT_VALUES[highDigit!]!;
  // `一二` opens lists (`一二线城市`), the range is written `一两`; older texts set the digits apart with 、
  // (`四、五十亿元`, `一、二千万亩`, `百分之二、三`), where 二 is the range's own (the scanner says when such a
  // joined pair is a range at all: `extract/numbers.ts`).
  if (high !== low + 1 || (highDigit === '二' && !joiner)) return null;
  const tens = tensMark ? 10 : 0;
  // `一两百万`, `三四千万`: a place unit, then 万 or 亿 over it.
  const unit = (place ? SMALL_UNIT_VALUES[place]! : 1) * (big ? BIG_UNIT_VALUES[big]! : 1);
  if (tens && unit !== 1) return null;
  return [(tens + low) * unit, (tens + high) * unit];
}

/**
 * Whether `s` is a Chinese numeral a reader reads as one number or one vague range (`三四`), not
 * `一五一十`, `万一`, `十一五`.
 */
export function isWellFormedChineseNumeral(s: string): boolean {
  return parseChineseNumeral(s) !== null || parseVagueRange(s) !== null;
}

/**
 * Value of a whole Chinese numeral: an integer, a digit string (`二〇〇八`), either after `百分之` (a percent),
 * with `点` decimals (`一千二百三十四点五六`); null when `s` is not one numeral.
 */
export function parseChineseNumeral(s: string): number | null {
  let body = s.startsWith('百分之') ? s.slice(3) : s;
  if (body === '') return null;
  let fraction = '';
  const point = body.indexOf('点');
  if (point >= 0) {
    fraction = body.slice(point + 1);
    body = body.slice(0, point);
    if (body === '' || fraction === '' || parseDigitString(fraction) === null) return null;
  }
  const integer = isDigitString(body) ? parseDigitString(body) : parseChineseInteger(body);
  if (integer === null) return null;
  if (!fraction) return integer;
  return Number(`${integer}.${[...fraction].map((ch) => DIGIT_VALUES[ch]).join('')}`);
}
