import type { Dictionaries } from '../../core/dictionaries';
import type { Token } from '../../core/document';
import { tagWords } from './jieba';
import { JIEBA_USER_DICT_FILE } from './user-dict';
import { scanChineseNumerals, scanLatinAndNumbers, type ScannedSpan } from './number-scan';

export { JIEBA_USER_DICT_FILE } from './user-dict';
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
  /**
   * The tokens segment() gives each range (a document's sentences, in order), one list after the other,
   * with a single call into jieba for all of them.
   */
  segmentRanges(text: string, ranges: readonly { start: number; end: number }[]): Token[];
}

/**
 * Joins the pieces of a document into one jieba call. A line break is one of jieba's separators
 * (cppjieba SPECIAL_SEPARATORS: PreFilter cuts the text at each one and segments the parts apart), so
 * each piece is segmented exactly as when it is cut on its own.
 */
const PIECE_JOINER = '\n';

/** A stretch of a range without numbers or Latin words: what jieba segments. */
interface Piece {
  start: number;
  end: number;
}

/** Tags jieba gives numerals and time words: a numeral run may be cut out of them (三十多个 → 三十 + 多个). */
const NUMERIC_TAGS = /^(m|mq|q|t)$/;

export function createSegmenter(dictionaries: Dictionaries): Segmenter {
  const splitRules = dictionaries
    .json<{ rules: SplitRule[] }>(SPLIT_RULES_FILE)
    .rules.map((rule) => ({ ...rule, next: new RegExp(rule.nextTag) }));
  const userDicts = [dictionaries.path(JIEBA_USER_DICT_FILE)];

  /** jieba's tokens for a piece without numbers or Latin words, positioned from `offset`. */
  function tagPiece(text: string, offset: number, out: Token[]): void {
    if (!/\S/.test(text)) return;
    let pos = 0;
    const { words, tags } = tagWords(userDicts, text);
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
      if (at < 0) break; // jieba changed the text (never seen): stop rather than misplace tokens
      pos = at + word.length;
      if (word.trim() === '') continue;
      out.push({ start: offset + at, end: offset + pos, word, tag: tags[i]! });
    }
  }

  /**
   * jieba's tokens of every piece, from one call over the pieces joined by PIECE_JOINER; null when
   * jieba's words do not spell the joined text exactly (text it cannot decode), where tagPiece's
   * piece-by-piece search is the safe way.
   */
  function tagPieces(text: string, pieces: readonly Piece[]): Token[][] | null {
    const out: Token[][] = pieces.map(() => []);
    if (pieces.length === 0) return out;
    const joined = pieces.map((p) => text.slice(p.start, p.end)).join(PIECE_JOINER);
    const { words, tags } = tagWords(userDicts, joined);
    let k = 0;
    let pieceAt = 0; // where piece k starts in `joined`
    let pos = 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (!joined.startsWith(word, pos)) return null;
      const at = pos;
      pos += word.length;
      if (word.trim() === '') continue;
      while (at >= pieceAt + pieces[k]!.end - pieces[k]!.start) {
        pieceAt += pieces[k]!.end - pieces[k]!.start + PIECE_JOINER.length;
        k++;
      }
      if (pos > pieceAt + pieces[k]!.end - pieces[k]!.start) return null;
      const start = pieces[k]!.start + (at - pieceAt);
      out[k]!.push({ start, end: start + word.length, word, tag: tags[i]! });
    }
    return pos === joined.length ? out : null;
  }

  /** The pieces jieba segments and the number and Latin tokens between them, in text order. */
  function plan(text: string, start: number, end: number): (Piece | Token)[] {
    const items: (Piece | Token)[] = [];
    let pos = start;
    const piece = (from: number, to: number) => {
      if (/\S/.test(text.slice(from, to))) items.push({ start: from, end: to });
    };
    for (const span of scanLatinAndNumbers(text, start, end)) {
      piece(pos, span.start);
      items.push({ start: span.start, end: span.end, word: text.slice(span.start, span.end), tag: span.tag });
      pos = span.end;
    }
    piece(pos, end);
    return items;
  }

  /** Chinese numerals merged and split rules applied to a range's tokens. */
  function finish(text: string, start: number, end: number, tokens: Token[]): Token[] {
    for (const span of scanChineseNumerals(text, start, end)) tokens = mergeNumeral(tokens, span, text);
    return applySplitRules(tokens);
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

  function segment(text: string, start = 0, end = text.length): Token[] {
    const tokens: Token[] = [];
    for (const item of plan(text, start, end)) {
      if ('word' in item) tokens.push(item);
      else tagPiece(text.slice(item.start, item.end), item.start, tokens);
    }
    return finish(text, start, end, tokens);
  }

  return {
    segment,
    segmentRanges(text, ranges) {
      const plans = ranges.map((r) => plan(text, r.start, r.end));
      const tagged = tagPieces(
        text,
        plans.flatMap((items) => items.filter((item): item is Piece => !('word' in item))),
      );
      if (tagged === null) return ranges.flatMap((r) => segment(text, r.start, r.end));
      const out: Token[] = [];
      let k = 0;
      plans.forEach((items, i) => {
        const tokens: Token[] = [];
        for (const item of items) {
          if ('word' in item) tokens.push(item);
          else for (const token of tagged[k++]!) tokens.push(token);
        }
        for (const token of finish(text, ranges[i]!.start, ranges[i]!.end, tokens)) out.push(token);
      });
      return out;
    },
  };
}
