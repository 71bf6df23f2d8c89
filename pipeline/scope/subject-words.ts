import type { Token } from '../../core/document';

/**
 * Word-level tests for the subject of a figure (contract v1.1: the noun phrase the figure modifies): which
 * words a subject is made of, the head a word ends in, and the words the segmenter tags otherwise that still
 * stand inside a compound noun (县域快递物流中心 with 快递/v, 高速/d 电梯, “环保型”电梯).
 */

/** What these tests read of the subject rules (dictionaries/context/subjects.json). */
export interface SubjectWordRules {
  heads: string[];
  dropLeading: ReadonlySet<string>;
  notSubjects: ReadonlySet<string>;
  narrowing: ReadonlySet<string>;
  continuing: ReadonlySet<string>;
  dropActions: ReadonlySet<string>;
  governing: ReadonlySet<string>;
}

/** The heads of a rule set by their text, and the longest one's length: a word's head is found by its endings. */
const headIndexes = new WeakMap<readonly string[], { heads: ReadonlySet<string>; longest: number }>();

export function headIndex(rules: SubjectWordRules): { heads: ReadonlySet<string>; longest: number } {
  let index = headIndexes.get(rules.heads);
  if (!index) {
    index = { heads: new Set(rules.heads), longest: Math.max(0, ...rules.heads.map((head) => head.length)) };
    headIndexes.set(rules.heads, index);
  }
  return index;
}

/**
 * The head a word ends in, or null: the longest one. Looked up by the word's endings, longest first, rather
 * than by trying every head: it runs for every word of every document.
 */
export function headOf(word: string, rules: SubjectWordRules): string | null {
  const { heads, longest } = headIndex(rules);
  for (let length = Math.min(longest, word.length); length >= 0; length--) {
    const ending = word.slice(word.length - length);
    if (heads.has(ending)) return ending;
  }
  return null;
}

/** Tags the segmenter gives a product's own name when it reads it as a verb or an adverb (开关/v, 隔离/v 开关/v). */
const HEAD_AS_OTHER_TAGS: ReadonlySet<string> = new Set(['v', 'vn', 'vd', 'a', 'ad', 'd']);

/**
 * POS tags of words a subject is made of: nouns, names, abbreviations, distinguishing words (大型), letters;
 * the narrowing abbreviations of the file, whatever their tag; and a word that is a head of the lexicon
 * whole, whatever its tag (开关/v).
 */
export function isSubjectWord(token: Token, rules: SubjectWordRules): boolean {
  const tag = token.tag;
  return (
    rules.narrowing.has(token.word) ||
    tag.startsWith('n') ||
    tag === 'vn' ||
    tag === 'j' ||
    tag === 'b' ||
    tag === 'eng' ||
    tag === 'l' ||
    (tag === 'm' && /[a-zA-Z]/.test(token.word)) ||
    // A product name the segmenter does not know (原奶/x) still ends in a head of the lexicon.
    (tag === 'x' && /^[\u4e00-\u9fff]{2,}$/.test(token.word) && headOf(token.word, rules) !== null) ||
    (HEAD_AS_OTHER_TAGS.has(tag) && headIndex(rules).heads.has(token.word))
  );
}

/**
 * Tags of a modifier the segmenter splits off a compound noun as a verb, adverb or unknown word. Not
 * adjectives: 先进/a 企业 is the name of an honour more often than a kind of firm.
 */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['v', 'vd', 'd', 'z', 'x']);
/** Tags whose one-character words are function words (也, 都, 已, 就), never part of a name. */
const LONG_ONLY_TAGS: ReadonlySet<string> = new Set(['v', 'vd', 'd', 'ad', 'x']);

/**
 * Whether a word may stand inside a compound noun though the segmenter tagged it otherwise (快递/v in
 * 县域快递物流中心, 耗能/v in 重点耗能企业, 瞪羚/x in 雏鹰瞪羚独角兽企业, 高速/d in 高速电梯): a Chinese word of a
 * modifier's tag that is none of the actions, governing verbs, scope words or measures of the file (抽检/v 产品
 * is an action on a product, not a kind of product; 加强/v 城乡居民 takes its object).
 */
export function isModifier(token: Token, rules: SubjectWordRules): boolean {
  if (!MODIFIER_TAGS.has(token.tag) || !/^[\u4e00-\u9fff]+$/.test(token.word)) return false;
  if (token.word.length < 2 && LONG_ONLY_TAGS.has(token.tag)) return false;
  return !(
    rules.governing.has(token.word) ||
    rules.dropActions.has(token.word) ||
    rules.dropLeading.has(token.word) ||
    rules.notSubjects.has(token.word) ||
    rules.continuing.has(token.word)
  );
}

/** Quotation marks that set off a name inside a noun phrase (“环保型”电梯, 专精特新“小巨人”企业). */
const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '「', '『', '"', '‘']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '」', '』', '"', '’']);
/** Most words a quoted name inside a noun phrase holds. */
const QUOTED_REACH = 6;

export function isQuoteMark(token: Token): boolean {
  return OPENING_QUOTES.has(token.word) || CLOSING_QUOTES.has(token.word);
}

/**
 * Where the quoted name ends that opens at `open`, glued word to word (“环保型”电梯: the closing mark's
 * index), or -1 when the word at `open` opens none or the quote holds more than a short name.
 */
export function quotedNameEnd(tokens: readonly Token[], open: number): number {
  if (!OPENING_QUOTES.has(tokens[open]?.word ?? '')) return -1;
  for (let k = open + 1; k < tokens.length && k <= open + QUOTED_REACH + 1; k++) {
    if (tokens[k]!.start !== tokens[k - 1]!.end) return -1;
    if (CLOSING_QUOTES.has(tokens[k]!.word)) return k > open + 1 ? k : -1;
    if (!/^[\u4e00-\u9fffA-Za-z0-9]+$/.test(tokens[k]!.word)) return -1;
  }
  return -1;
}

/**
 * Where the quoted name begins that closes at `close`, glued to the word after it (专精特新“小巨人”企业: the
 * opening mark's index), or -1 when the word at `close` closes none.
 */
export function quotedNameStart(tokens: readonly Token[], close: number): number {
  if (!CLOSING_QUOTES.has(tokens[close]?.word ?? '') || tokens[close]!.end !== tokens[close + 1]?.start) return -1;
  for (let k = close - 1; k >= 0 && k >= close - QUOTED_REACH - 1; k--) {
    if (tokens[k]!.end !== tokens[k + 1]!.start) return -1;
    if (OPENING_QUOTES.has(tokens[k]!.word)) return k < close - 1 && quotedNameEnd(tokens, k) === close ? k : -1;
    if (!/^[\u4e00-\u9fffA-Za-z0-9]+$/.test(tokens[k]!.word)) return -1;
  }
  return -1;
}

/** The text of words as a subject: quotation marks dropped (annotators write the name, 数字领航, not “数字领航”). */
export function subjectText(words: readonly Token[]): string {
  return words
    .filter((t) => !isQuoteMark(t))
    .map((t) => t.word)
    .join('');
}
