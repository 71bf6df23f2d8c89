/**
 * The product a bulletin names before the verb of sampling that leads its count of batches (contract v1.1,
 * subject: the product the figure is about): results listed item by item, 防水卷材抽查12批次、复合地板抽查8批次;
 * 洗衣液抽检15批次，合格13批次. The item's words are the product whatever head they end in (the segmenter often
 * cuts such names badly: 复混肥/n 料/v, 照明/v 开关/v), so they are read as written, not by the lexicon's heads.
 */
import type { Token } from '../../core/document';
import type { SubjectRules } from '../scope/subjects';

/** What closes the item before a product (a list separator, a clause mark or a colon). */
const ITEM_MARK = /[、，,；;：:。]/g;
/** Characters a product name is written in: Chinese, Latin letters and model marks (PP-R, (PE)). */
const NAME = /^[\u4e00-\u9fffA-Za-z()（）\-·]+$/;
/** Shortest and longest product name read so. */
const SHORTEST = 2;
const LONGEST = 16;
/**
 * Tags of words no product name holds: a time (全年, 本季度), a preposition (在, 对), a pronoun, a numeral, a
 * conjunction, an adverb (共, 随意): the words before the verb are then a clause, not an item.
 */
const NOT_IN_NAME = /^(?:t|p|r|m|c|d)$/;

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
  const words = ctx.wordsIn(itemStart, verbStart).filter((token) => token.start >= itemStart && token.end <= verbStart);
  // Leading places and scope words are the region and the scope (全市, 广州): not part of the product.
  let first = 0;
  while (first < words.length && (ctx.isPlace(words[first]!) || rules.dropLeading.has(words[first]!.word) || !words[first]!.word.trim()))
    first++;
  const own = words.slice(first);
  if (own.length === 0 || words.length !== ctx.wordsIn(itemStart, verbStart).length) return null;
  if (own.some((token) => isClauseWord(token, rules) || ctx.isPlace(token))) return null;
  const item = text.slice(own[0]!.start, verbStart);
  if (item.length < SHORTEST || item.length > LONGEST || !NAME.test(item)) return null;
  if (rules.bareProducts.has(item) || rules.generic.has(item)) return null;
  const names = (word: string) => item.includes(word);
  if ([...rules.bodies, ...rules.offices, ...rules.agents].some(names) || rules.notCounted.some((word) => item.endsWith(word))) return null;
  return item;
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
