/**
 * Finds numbers (and Latin words, which jieba cuts letter by letter or digit by digit) in normalised
 * text, so that the segmenter can keep each one a single token: `4510`, `87.9%`, `3529.55`, `1,236`,
 * `PM2.5`, `GB/T`, and well-formed Chinese numerals such as `四千五百一十`, `一千二百三十四点五六`,
 * `百分之九十五点五`, `二〇〇八`.
 */

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

const DIGIT = '一二两三四五六七八九壹贰叁肆伍陆柒捌玖';
const CAPITAL_UNITS: Record<string, string> = { 拾: '十', 佰: '百', 仟: '千' };
/** One section below 万: 十二, 三千零五, 一千五 (colloquial trailing digit), 十 (ten). */
const SECTION = new RegExp(`^(?:十[${DIGIT}]?|(?:[${DIGIT}]千)?(?:零?[${DIGIT}]百)?(?:零?[${DIGIT}]十)?(?:零?[${DIGIT}])?)$`);
/** Digit strings such as years: 二〇〇八, 一九九八. */
const DIGIT_STRING = /^[〇零一二三四五六七八九]{4}$|^[〇零一二三四五六七八九]*[〇零][〇零一二三四五六七八九]*$/;
const DECIMALS = /^[〇零一二三四五六七八九]+$/;
/** Candidate runs: numeral characters, an optional 百分之 before and 点 + digits after. */
const CHINESE_RUN = /(?:百分之)?[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+(?:点[〇零一二三四五六七八九]+)?/g;

/** Whether `s` is a Chinese numeral a reader would read as one number (not 一五一十, 万一, 十一五). */
export function isWellFormedChineseNumeral(s: string): boolean {
  let body = s.startsWith('百分之') ? s.slice(3) : s;
  if (body === '') return false;
  const point = body.indexOf('点');
  if (point >= 0) {
    if (!DECIMALS.test(body.slice(point + 1))) return false;
    body = body.slice(0, point);
    if (body === '') return false;
  }
  if (DIGIT_STRING.test(body) && body.length >= 2) return true;
  body = body.replace(/[拾佰仟]/g, (c) => CAPITAL_UNITS[c]!).replace(/〇/g, '零');
  // Sections split by 亿 and 万, each multiplier smaller than the one before and with a coefficient.
  const parts = body.split(/([亿万])/);
  let lastMultiplier = Infinity;
  for (let i = 0; i < parts.length; i += 2) {
    const section = parts[i]!;
    const multiplier = parts[i + 1];
    if (multiplier !== undefined) {
      const value = multiplier === '亿' ? 1e8 : 1e4;
      if (section === '' || value >= lastMultiplier) return false;
      lastMultiplier = value;
    } else if (section === '') {
      continue; // the number ends with 万 or 亿
    }
    if (!SECTION.test(section.replace(/^零/, ''))) return false;
  }
  return true;
}

/** Well-formed Chinese numeral runs of at least two characters in text[from, to). */
export function scanChineseNumerals(text: string, from = 0, to = text.length): ScannedSpan[] {
  return scan(CHINESE_RUN, text, from, to, (m) => {
    const run = m[0];
    return run.length >= 2 && isWellFormedChineseNumeral(run) ? 'm' : null;
  });
}
