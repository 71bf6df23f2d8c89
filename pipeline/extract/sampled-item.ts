/**
 * The product a bulletin names before the verb of sampling that leads its count of batches (contract v1.1,
 * subject: the product the figure is about): results listed item by item, 防水卷材抽查12批次、复合地板抽查8批次;
 * 洗衣液抽检15批次，合格13批次. The item's words are the product whatever head they end in (the segmenter often
 * cuts such names badly: 复混肥/n 料/v, 照明/v 开关/v), so they are read as written, not by the lexicon's heads.
 */
import type { Token } from '../../core/document';
import type { SubjectRules } from '../scope/subjects';
import { headOf } from '../scope/subject-words';

/** What closes the item before a product (a list separator, a clause mark or a colon). */
const ITEM_MARK = /[、，,；;：:。]/g;
/** The same marks, one character at a time (no global state between tests). */
const ITEM_MARK_CHAR = /^[、，,；;：:。]$/;
/** Characters a product name is written in: Chinese, Latin letters and model marks (PP-R, (PE)). */
const NAME = /^[\u4e00-\u9fffA-Za-z()（）\-·]+$/;
/** Shortest and longest product name read so. */
const SHORTEST = 2;
const LONGEST = 16;
/**
 * Tags of words no product name holds: a time (全年, 本季度), a preposition (在, 对), a pronoun, a numeral, a
 * conjunction, an adverb (共, 随意): the words before the verb are then a clause, not an item.
 */
const NOT_IN_NAME = /^(?:t|p|r|m|c|d|u)$/;

interface SampledItemContext {
  text: string;
  /** Where the clause the figure is in (or the clause looked at) starts. */
  from: number;
  /** Where the count's figure starts. */
  figure: number;
  rules: SubjectRules;
  /** The words overlapping a span. */
  wordsIn: (from: number, to: number) => readonly Token[];
  /** Whether a word names a place (the region, never the subject). */
  isPlace: (token: Token) => boolean;
}

/**
 * The product named right before a verb of sampling glued to the figure (卫生纸抽查20批次 → 卫生纸), in the
 * figure's item of its clause; null when nothing but the verb leads the figure, or the words before it are a
 * clause rather than a name (开展农产品定量抽检, 全年抽查), a body that samples (县质监局), a bare 产品 or a place.
 */
export function sampledItemBefore(ctx: SampledItemContext): string | null {
  const { text, from, figure, rules } = ctx;
  const before = text.slice(from, figure).replace(/\s+$/, '').replace(/了$/, '');
  const verb = rules.samplingVerbs.find((word) => before.endsWith(word));
  if (!verb) return null;
  const verbStart = from + before.length - verb.length;
  let itemStart = from;
  for (const mark of text.slice(from, verbStart).matchAll(ITEM_MARK)) itemStart = from + mark.index + 1;
  return itemAsWritten(ctx, itemStart, verbStart);
}

/**
 * The product an item's words in [itemStart, itemEnd) name as written, without the places and scope words it opens
 * with; null when they are a clause rather than a name, a body that samples, a bare 产品 or a place.
 */
function itemAsWritten(
  ctx: Omit<SampledItemContext, 'figure' | 'from'> & { result?: boolean },
  itemStart: number,
  itemEnd: number,
): string | null {
  const { text, rules } = ctx;
  const words = ctx.wordsIn(itemStart, itemEnd).filter((token) => token.start >= itemStart && token.end <= itemEnd);
  // Leading places and scope words are the region and the scope (全市, 广州): not part of the product.
  let first = 0;
  while (first < words.length && (ctx.isPlace(words[first]!) || rules.dropLeading.has(words[first]!.word) || !words[first]!.word.trim()))
    first++;
  const own = words.slice(first);
  if (own.length === 0 || words.length !== ctx.wordsIn(itemStart, itemEnd).length) return null;
  if (own.some((token, i) => (isClauseWord(token, rules) && !usedFor(own, i)) || ctx.isPlace(token))) return null;
  const item = text.slice(own[0]!.start, itemEnd);
  if (item.length < SHORTEST || item.length > LONGEST || !NAME.test(item)) return null;
  if (rules.bareProducts.has(item) || rules.generic.has(item) || rules.stateOnly.test(item)) return null;
  const names = (word: string) => item.includes(word);
  if ([...rules.bodies, ...rules.offices, ...rules.agents, ...rules.samplingVerbs].some(names)) return null;
  if (rules.notCounted.some((word) => item.endsWith(word))) return null;
  // An item of a list of results ends as a product's name does (a sampled item's words may be cut anyhow: 照明/v 开关/v).
  return !ctx.result || namesProduct(own, rules) ? item : null;
}

/** Tags of a word a product's name may end in: a noun of any kind, an unknown word, a foreign one (纸巾纸/n, 硬塑/x 玩具). */
const NAME_END_TAGS = /^(?:n|x|eng|j|l)/;

/**
 * Whether an item's words name a product: not only results and words that go on (合格, 产品实物质量, 总体), not ending
 * in a result (城区合格) or a verb (结果表明).
 */
function namesProduct(own: readonly Token[], rules: SubjectRules): boolean {
  const goesOn = (token: Token) =>
    rules.continuing.has(token.word) || rules.predicates.has(token.word) || rules.bareProducts.has(token.word);
  const last = own[own.length - 1]!;
  if (own.every(goesOn) || rules.continuing.has(last.word) || rules.reportVerb.test(last.word)) return false;
  // A verb may open the name (干制/v 海产品, 脱水/v 农产品), never stand inside it (情绪失控/vn 达芬奇 is a headline).
  if (own.slice(1).some((token) => token.tag === 'v' || token.tag === 'vn')) return false;
  return NAME_END_TAGS.test(last.tag) || headOf(last.word, rules) !== null;
}

/** Whether the word at `i` is the 用 of a use glued inside a name (絮用纤维制品, 食品用塑料包装): no clause's preposition. */
function usedFor(words: readonly Token[], i: number): boolean {
  const [before, use, after] = [words[i - 1], words[i]!, words[i + 1]];
  return use.word === '用' && before !== undefined && after !== undefined && before.end === use.start && use.end === after.start;
}

/** Where the item before `figure` opens: after the last mark of [from, figure) outside brackets (婴儿纸尿裤(片、垫) 2批次). */
function openingOutsideBrackets(text: string, from: number, figure: number): number {
  let depth = 0;
  let opening = from;
  for (let at = from; at < figure; at++) {
    const char = text[at]!;
    if (char === '(' || char === '（') depth++;
    else if ((char === ')' || char === '）') && depth > 0) depth--;
    else if (depth === 0 && ITEM_MARK_CHAR.test(char)) opening = at + 1;
  }
  return opening;
}

/**
 * The product an item of a list of results names as written right before its figure (干制海产品10个批次、速冻海产品
 * 25个批次; 脱水农产品合格率为51.6%、家具合格率为83.3%; 玩具6批次不合格、纸巾纸2批次不合格): the item's words from the
 * mark that opens it (、，；： or the clause's start) to the count of batches glued to it, or to the result rate
 * after it. Bulletins list products so, and name them as they are sampled, whatever head of the lexicon they
 * end in (the segmenter cuts 干制/v 海产品, 絮/zg 用/p 纤维制品): contract v1.1, subject as it reads, the shortest
 * form that keeps what narrows it.
 */
export function resultItemBefore(ctx: SampledItemContext & { type: string; unit: string | null }): string | null {
  const { text, from, figure } = ctx;
  const itemStart = openingOutsideBrackets(text, from, figure);
  // An item after 、 whose item before holds no figure is one of things counted together (进口木制品、木家具110批).
  if (text[itemStart - 1] === '、' && !/[0-9０-９]/.test(text.slice(openingOutsideBrackets(text, from, itemStart - 1), itemStart)))
    return null;
  const before = text.slice(itemStart, figure).replace(/\s+$/, '');
  const item = { ...ctx, result: true };
  if (ctx.type === 'count' && ctx.unit !== null && ctx.rules.batchUnits.has(ctx.unit))
    return itemAsWritten(item, itemStart, itemStart + before.length);
  const rate = ctx.type === 'rate' ? ctx.rules.resultRateAfterItem.exec(before) : null;
  return rate ? itemAsWritten(item, itemStart, itemStart + rate.index) : null;
}

/** Whether a word makes the words before a verb of sampling a clause of their own, not a product's name. */
function isClauseWord(token: Token, rules: SubjectRules): boolean {
  const { word } = token;
  return (
    NOT_IN_NAME.test(token.tag) ||
    rules.governing.has(word) ||
    rules.predicates.has(word) ||
    rules.dropActions.has(word) ||
    rules.placeNouns.includes(word)
  );
}

/** The first figure of a clause: where a count of it starts (20批次 in 卫生纸抽查20批次，…). */
const FIGURE = /[0-9０-９]/;

/** The product a clause in [from, to) samples before its first figure (卫生纸抽查20批次), for the clauses after it that go on. */
export function sampledItemOfClause(ctx: Omit<SampledItemContext, 'figure'> & { to: number }): string | null {
  const at = ctx.text.slice(ctx.from, ctx.to).search(FIGURE);
  return at < 0 ? null : sampledItemBefore({ ...ctx, figure: ctx.from + at });
}
