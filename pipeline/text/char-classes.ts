/**
 * Character classes over UTF-16 code units, for hot loops that must not allocate. "Chinese side" means a
 * character that belongs to running Chinese text: an ideograph or CJK punctuation (including the curly
 * quotes and 《》 that Chinese text uses).
 */

/** A BMP ideograph (CJK Unified, Extension A, Compatibility) or 〇. */
export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3007;
}

/** High surrogates of planes 2 and 3 (CJK Extensions B–H: U+20000–U+3FFFF). */
function isAstralHanHigh(code: number): boolean {
  return code >= 0xd840 && code <= 0xd8bf;
}

/** Whether the code point that starts at UTF-16 index i is an ideograph. */
export function isHanAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return isHanCode(code) || isAstralHanHigh(code);
}

/** Whether the code point that ends just before UTF-16 index i is an ideograph. */
export function isHanBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const code = text.charCodeAt(i - 1);
  if (code >= 0xdc00 && code <= 0xdfff && i >= 2) return isAstralHanHigh(text.charCodeAt(i - 2));
  return isHanCode(code);
}

/** CJK punctuation: CJK Symbols and Punctuation, full-width forms, curly quotes, ellipsis, dashes, middle dot. */
export function isCjkPunctCode(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x303f && code !== 0x3007 && code !== 0x3000) ||
    (code >= 0xff00 && code <= 0xffef && !isFullWidthAlnum(code)) ||
    (code >= 0x2018 && code <= 0x201f) ||
    code === 0x2026 ||
    code === 0x2014 ||
    code === 0x2015 ||
    code === 0x00b7 ||
    (code >= 0xfe30 && code <= 0xfe4f)
  );
}

function isFullWidthAlnum(code: number): boolean {
  return (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
}

/** Chinese side at index i (an ideograph or CJK punctuation starts there). */
export function isChineseAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return isHanAt(text, i) || isCjkPunctCode(text.charCodeAt(i));
}

/** Chinese side just before index i. */
export function isChineseBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  return isHanBefore(text, i) || isCjkPunctCode(text.charCodeAt(i - 1));
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Horizontal white space: space, tab, no-break and typographic spaces, ideographic space. */
export function isHorizontalSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x202f ||
    code === 0x205f ||
    (code >= 0x2000 && code <= 0x200a)
  );
}

/** `chars` (characters of the Basic Multilingual Plane) as the body of a RegExp character class, each escaped as `\uXXXX` so that none is special. */
export function escapeCharClass(chars: string): string {
  return [...chars].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
}
