import type { Dictionaries } from '../dictionaries';
import type { Token } from '../document';
import { jiebaWith } from './jieba';
import { scanChineseNumerals, scanLatinAndNumbers, type ScannedSpan } from './number-scan';

export const JIEBA_USER_DICT_FILE = 'jieba/user.dict.txt';
export const SPLIT_RULES_FILE = 'jieba/split-rules.json';

export interface SplitRule {
  id: string;
  word: string;
  parts: [string, string][];
  nextTag: string;
  examples: { input: string; forbid: string[]; require: string[] }[];
}

export interface Segmenter {
  /** Tokens of text[start, end) as UTF-16 spans of `text`, white space left out. */
  segment(text: string, start?: number, end?: number): Token[];
}

/** Tags jieba gives numerals and time words: a numeral run may be cut out of them (三十多个 → 三十 + 多个). */
const NUMERIC_TAGS = /^(m|mq|q|t)$/;

export function createSegmenter(dictionaries: Dictionaries): Segmenter {
  const splitRules = dictionaries
    .json<{ rules: SplitRule[] }>(SPLIT_RULES_FILE)
    .rules.map((rule) => ({ ...rule, next: new RegExp(rule.nextTag) }));
  const userDicts = [dictionaries.path(JIEBA_USER_DICT_FILE)];
  const jieba = () => jiebaWith(userDicts);

  /** jieba's tokens for a piece without numbers or Latin words, positioned from `offset`. */
  function tagPiece(text: string, offset: number, out: Token[]): void {
    if (!/\S/.test(text)) return;
    let pos = 0;
    for (const { word, tag } of jieba().tag(text)) {
      const at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
      if (at < 0) break; // jieba changed the text (never seen): stop rather than misplace tokens
      pos = at + word.length;
      if (word.trim() === '') continue;
      out.push({ start: offset + at, end: offset + pos, word, tag });
    }
  }

  /** Merges jieba's pieces of a well-formed Chinese numeral into one `m` token. */
  function mergeNumeral(tokens: Token[], span: ScannedSpan, text: string): Token[] {
    const inside = (t: Token) => t.end > span.start && t.start < span.end;
    const first = tokens.findIndex(inside);
    if (first < 0) return tokens;
    let last = first;
    while (last + 1 < tokens.length && inside(tokens[last + 1]!)) last++;
    const head = tokens[first]!;
    const tail = tokens[last]!;
    // A word that merely contains the numeral (十七大, 一五一十) stays jieba's, unless it is itself numeric.
    if (head.start < span.start && !NUMERIC_TAGS.test(head.tag)) return tokens;
    if (tail.end > span.end && !NUMERIC_TAGS.test(tail.tag)) return tokens;
    const replacement: Token[] = [];
    if (head.start < span.start) tagPiece(text.slice(head.start, span.start), head.start, replacement);
    replacement.push({ start: span.start, end: span.end, word: text.slice(span.start, span.end), tag: 'm' });
    if (tail.end > span.end) tagPiece(text.slice(span.end, tail.end), span.end, replacement);
    return [...tokens.slice(0, first), ...replacement, ...tokens.slice(last + 1)];
  }

  function applySplitRules(tokens: Token[]): Token[] {
    const out: Token[] = [];
    tokens.forEach((token, i) => {
      const next = tokens[i + 1];
      const rule = splitRules.find((r) => r.word === token.word && next !== undefined && r.next.test(next.tag));
      if (!rule) {
        out.push(token);
        return;
      }
      let pos = token.start;
      for (const [word, tag] of rule.parts) {
        out.push({ start: pos, end: pos + word.length, word, tag });
        pos += word.length;
      }
    });
    return out;
  }

  return {
    segment(text, start = 0, end = text.length) {
      let tokens: Token[] = [];
      let pos = start;
      for (const span of scanLatinAndNumbers(text, start, end)) {
        tagPiece(text.slice(pos, span.start), pos, tokens);
        tokens.push({ start: span.start, end: span.end, word: text.slice(span.start, span.end), tag: span.tag });
        pos = span.end;
      }
      tagPiece(text.slice(pos, end), pos, tokens);
      for (const span of scanChineseNumerals(text, start, end)) tokens = mergeNumeral(tokens, span, text);
      return applySplitRules(tokens);
    },
  };
}
