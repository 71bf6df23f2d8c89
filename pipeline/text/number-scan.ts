/**
 * Finds numbers (and Latin words, which jieba cuts letter by letter or digit by digit) in normalised
 * text, so that the segmenter can keep each one a single token: `4510`, `87.9%`, `3529.55`, `1,236`,
 * `PM2.5`, `GB/T`, and well-formed Chinese numerals such as `四千五百一十`, `一千二百三十四点五六`,
 * `百分之九十五点五`, `二〇〇八`. What a Chinese numeral is, is the grammar's (numeral-grammar.ts).
 */
import { CHINESE_NUMERAL_RUN, DIGIT_VALUES, isWellFormedChineseNumeral } from './numeral-grammar';

export { isWellFormedChineseNumeral } from './numeral-grammar';

const DECIMAL_DIGITS = Object.keys(DIGIT_VALUES).join('');

export interface ScannedSpan {
  /** UTF-16 span in the scanned text. */
  start: number;
  end: number;
  /** `m` for a number, `eng` for a Latin word or code. */
  tag: 'm' | 'eng';
}

/**
 * A Latin word that starts with digits (3C), an Arabic number with optional thousands commas, decimals
 * and percent sign, or a Latin word or dotted name (GB, PM2.5, www.cqn.com.cn). Never glued to a letter,
 * digit or dot on the left.
 */
const LATIN_OR_NUMBER =
  /(?<![A-Za-z0-9.])(?:(\d+[A-Za-z][A-Za-z0-9]*)|(\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\d+(?:\.\d+)?%?)|([A-Za-z][A-Za-z0-9]*(?:[./][A-Za-z0-9]+)*))/g;

export function scanLatinAndNumbers(text: string, from = 0, to = text.length): ScannedSpan[] {
  return scan(LATIN_OR_NUMBER, text, from, to, (m) => (m[2] !== undefined ? 'm' : 'eng'));
}

/** Matches of a global pattern inside text[from, to), each kept as a span when `tagOf` gives a tag. */
function scan(
  pattern: RegExp,
  text: string,
  from: number,
  to: number,
  tagOf: (match: RegExpExecArray) => ScannedSpan['tag'] | null,
): ScannedSpan[] {
  // Search the range alone: exec on the whole text would run on past `to` looking for the next match.
  const range = from === 0 && to === text.length ? text : text.slice(from, to);
  const spans: ScannedSpan[] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(range)) !== null) {
    const tag = tagOf(m);
    if (tag) spans.push({ start: from + m.index, end: from + m.index + m[0].length, tag });
  }
  return spans;
}

/** Candidate runs: numeral characters, an optional 百分之 before and 点 + digits after. */
const CHINESE_RUN = new RegExp(`(?:百分之)?${CHINESE_NUMERAL_RUN}(?:点[${DECIMAL_DIGITS}]+)?`, 'g');

/** Well-formed Chinese numeral runs of at least two characters in text[from, to). */
export function scanChineseNumerals(text: string, from = 0, to = text.length): ScannedSpan[] {
  return scan(CHINESE_RUN, text, from, to, (m) => {
    const run = m[0];
    return run.length >= 2 && isWellFormedChineseNumeral(run) ? 'm' : null;
  });
}
