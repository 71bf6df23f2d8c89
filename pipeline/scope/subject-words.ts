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
  /** Words glued after a head that name a kind of it (食品类): the word is about the head. */
  kindSuffixes: readonly string[];
  dropActions: ReadonlySet<string>;
  governing: ReadonlySet<string>;
  generic: ReadonlySet<string>;
  /** Measure words, longest first. */
  measures: readonly string[];
  /** What a test measures in a product (甲醛, 菌落): never the subject. */
  tested: readonly string[];
  /** What a classifier counts that is an event, an activity or a measure, not a thing (案件, 活动, 人次). */
  notCounted: readonly string[];
  /** A person's office (省长, 总书记): the person, not a product, industry or group. */
  offices: readonly string[];
  /** Endings of the name of a body that acts (监督管理局, 协会): never a subject, nor what the name opens with. */
  bodies: readonly string[];
  /** Endings of a measure word (…率, …数, …量, …额): what is measured, not what it is measured on. */
  measureEndings: readonly string[];
  /** Places that are no administrative region (景区, 园区, 城市): never a subject, nor the region. */
  placeNouns: readonly string[];
  /** Words a clause may hold and still go on about what an earlier clause named (合格, 样品). */
  continuing: ReadonlySet<string>;
  /** Words between a noun phrase and the figure that counts it (建成, 新增, 改造). */
  predicates: ReadonlySet<string>;
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
  // A kind of a head (食品类, 家电类: 食品类投诉) is about that head.
  const suffix = rules.kindSuffixes.find((kind) => word.length > kind.length + 1 && word.endsWith(kind));
  return suffix ? headOf(word.slice(0, word.length - suffix.length), rules) : null;
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

/**
 * Tags of a word that may end a noun phrase a classifier counts though no head of the lexicon names it
 * (科技攻关项目/l, 楼宇/n, 行政审批事项/n): nouns, institutions, abbreviations, set phrases. Not places (ns: the
 * region), persons (nr), times (t), verbal nouns (vn: 改造, 培训 are activities) or words the segmenter does
 * not know (x: 钢由, 煤一 are pieces of a figure's words run together).
 */
const COUNTED_NOUN_TAGS: ReadonlySet<string> = new Set(['n', 'nz', 'nt', 'nl', 'ng', 'j', 'l']);

/** Whether `word` ends in one of `endings` (an ending of one character only when the word is that character). */
function endsInAny(word: string, endings: readonly string[]): boolean {
  return endings.some((ending) => (ending.length > 1 ? word.endsWith(ending) : word === ending));
}

/**
 * Whether a word may end the noun phrase a figure counts or is measured on (contract v1.1: the product,
 * industry, company or group; not the measure, not an event): a Chinese noun by its tag that is none of
 * the file's measures, measure endings, tested substances,
 * events, activities and documents (案件, 活动, 文件), offices and bodies (省长, 部门), places that are no region
 * (景区, 园区), words that go on about an earlier clause (合格) or words that are never a subject.
 */
export function namesCountedThing(token: Token, rules: SubjectWordRules): boolean {
  const word = token.word;
  if (!/^[\u4e00-\u9fff]+$/.test(word)) return false;
  if (!COUNTED_NOUN_TAGS.has(token.tag)) return false;
  // A set phrase that ends in a predicate (全面完成/l, 基本建成/l) says what was done, not what to.
  if (token.tag === 'l' && [...rules.predicates].some((predicate) => predicate.length > 1 && word.endsWith(predicate))) return false;
  return !(
    rules.notSubjects.has(word) ||
    rules.dropLeading.has(word) ||
    rules.governing.has(word) ||
    rules.continuing.has(word) ||
    endsInAny(word, rules.notCounted) ||
    endsInAny(word, rules.placeNouns) ||
    endsInAny(word, rules.offices) ||
    endsInAny(word, rules.bodies) ||
    rules.measures.some((measure) => word.endsWith(measure)) ||
    rules.measureEndings.some((ending) => word.endsWith(ending)) ||
    rules.tested.some((tested) => word.endsWith(tested))
  );
}

/** Quotation marks that set off a name inside a noun phrase (“环保型”电梯, 专精特新“小巨人”企业). */
const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '「', '『', '"', '‘']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '」', '』', '"', '’']);

/** Text without its quotation marks: the words a quoted name is made of (“中国名牌”产品 → 中国名牌产品). */
export function withoutQuoteMarks(text: string): string {
  return [...text].filter((c) => !OPENING_QUOTES.has(c) && !CLOSING_QUOTES.has(c)).join('');
}

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

/**
 * The text of words as a subject, as it reads (contract: the subject as it reads in the text): a quoted name keeps
 * its marks, alone or inside the phrase (“四上”企业, 专精特新“小巨人”企业, “新三样”), as annotators write it; a mark
 * whose partner lies outside the words (the closing half of a quote cut off) is dropped.
 */
export function subjectText(words: readonly Token[]): string {
  const kept = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (!OPENING_QUOTES.has(words[i]!.word)) continue;
    const close = words.findIndex((t, k) => k > i && CLOSING_QUOTES.has(t.word));
    if (close < 0) continue;
    kept.add(i).add(close);
    i = close;
  }
  return words
    .filter((t, i) => !isQuoteMark(t) || kept.has(i))
    .map((t) => t.word)
    .join('');
}
