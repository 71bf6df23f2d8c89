import iconv from 'iconv-lite';

/**
 * Finds runs of mojibake in decoded text: what a broken converter left behind, not the author's words.
 *
 * - GBK read one byte out of step (the SogouCA dumps): an ASCII `?` stands for the lost byte and the
 *   following characters pair each character's trail byte with the next one's lead byte, so the run is
 *   full of symbols, full-width forms and rare characters, until the next `?` puts the reading back in step.
 * - UTF-8 read as Latin-1 or Windows-1252 (`æ–‡ç« `).
 * - Replacement characters U+FFFD left by an invalid byte sequence.
 *
 * Spans are UTF-16 indices, end exclusive, in text order, never overlapping.
 */
export interface MojibakeRun {
  start: number;
  end: number;
  kind: 'gbk-shift' | 'utf8-as-latin1' | 'replacement';
}

// eslint-disable-next-line no-control-regex -- the class is every non-ASCII character, so it starts at NUL
const SHIFTED_GBK = /\?([^\x00-\x7F]{1,40}?)\?/g;
const UTF8_AS_LATIN1 =
  /(?:[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]{1,3}){2,}/g;
const REPLACEMENT = /\uFFFD+/g;

export function findMojibake(text: string): MojibakeRun[] {
  const runs: MojibakeRun[] = [];
  if (text.includes('?')) {
    for (const m of text.matchAll(SHIFTED_GBK)) {
      if (looksShifted(m[1]!)) runs.push({ start: m.index, end: m.index + m[0].length, kind: 'gbk-shift' });
    }
  }
  for (const m of text.matchAll(UTF8_AS_LATIN1)) runs.push({ start: m.index, end: m.index + m[0].length, kind: 'utf8-as-latin1' });
  for (const m of text.matchAll(REPLACEMENT)) runs.push({ start: m.index, end: m.index + m[0].length, kind: 'replacement' });
  runs.sort((a, b) => a.start - b.start);
  const merged: MojibakeRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && run.start < last.end) last.end = Math.max(last.end, run.end);
    else merged.push({ ...run });
  }
  return merged;
}

/**
 * A shifted GBK run starts with a symbol-row character (GBK rows A1–A9: full-width forms, punctuation,
 * kana, pinyin letters) or has many characters outside the 3755 common characters of GB2312 level 1.
 */
function looksShifted(inside: string): boolean {
  const chars = [...inside];
  if (chars.length === 0) return false;
  // Shifted pairs are made of trail and lead bytes, both >= 0xA1: GB2312 area only (so never traditional text).
  if (!chars.every((ch) => ch === '\uFFFD' || inGb2312Area(ch))) return false;
  if (isSymbolRow(chars[0]!)) return true;
  let rare = 0;
  for (const ch of chars) if (!isCommonHanzi(ch)) rare++;
  return chars.length >= 2 && rare / chars.length >= 0.4;
}

function gbkBytes(ch: string): Buffer | null {
  const bytes = iconv.encode(ch, 'gbk');
  return bytes.length === 2 ? bytes : null;
}

function inGb2312Area(ch: string): boolean {
  const bytes = gbkBytes(ch);
  return bytes !== null && bytes[0]! >= 0xa1 && bytes[1]! >= 0xa1;
}

function isSymbolRow(ch: string): boolean {
  const bytes = gbkBytes(ch);
  return bytes !== null && bytes[0]! >= 0xa1 && bytes[0]! <= 0xa9;
}

const commonCache = new Map<string, boolean>();

function isCommonHanzi(ch: string): boolean {
  let common = commonCache.get(ch);
  if (common === undefined) {
    const bytes = gbkBytes(ch);
    common = bytes !== null && bytes[0]! >= 0xb0 && bytes[0]! <= 0xd7 && bytes[1]! >= 0xa1;
    commonCache.set(ch, common);
  }
  return common;
}
