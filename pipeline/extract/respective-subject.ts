/**
 * The subject of a figure given in order to a list of things (contract v1.1: one fact per value, each with its
 * own subject when the sentence names them): 童装和童鞋合格率分别为88%和79% gives 童装 and 童鞋; 抽查乳制品、
 * 饮料和白酒，合格率分别为98%、95%和92% gives each product its rate, the list standing in the clause before.
 */
import type { FigureInput } from './figure-input';

/** Clause words before a list of figures that give them in the order of a list named before (分别, 依次). */
export const RESPECTIVELY = /(?:分别|依次)/;

/** What separates the items of a list (、, 和, 及, 与, 以及). */
const ITEM_SEPARATOR = /以及|[、和及与]/;
/** The mark that alone separates items whose names hold a joining word (建筑业、批发和零售业). */
const LIST_MARK = /、/;
/** A value after 分别: digits, with a decimal part. */
const VALUE = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;
/** A figure, or a word of one, in a list's clause: the list ends before it (抽查A、B共120批次). */
const FIGURE_START = /[0-9０-９]/;
/** Longest item after the first of a list of things (a longer one is a clause, not an item). */
const ITEM_LENGTH = 16;

interface RespectiveContext {
  input: FigureInput;
  /** The subject the words of a span name (a noun run ending in a head, a thing before a measure), or null. */
  named: (from: number, to: number) => string | null;
  /** The noun phrase a span ends with, any noun that names a thing (本次抽查的童装 → 童装), or null. */
  counted: (from: number, to: number) => string | null;
  /** Whether the words of a span name nothing of their own, only a measure of what was named before (合格率). */
  goesOn: (from: number, to: number) => boolean;
  /** Words without the scope or time words a clause opens with (全年批发 → 批发), or '' when nothing is left. */
  trimOpening: (words: string) => string;
  /** Endings of a measure an item of a list of measures may be alone (率, 数, 损失: 死亡人数, 绿地率, 直接经济损失). */
  measureEndings: readonly string[];
}

/** A list's items by their spans in the text. */
type Items = { start: number; end: number }[];

/**
 * The item of the list a figure after 分别 is given to, by the figure's place among the values: the list before
 * 分别 in its clause, else the list of the clause before (up to that clause's first figure). Null when no list
 * has as many items as the clause values, or the figure's item names no thing.
 */
export function respectiveItem(ctx: RespectiveContext): string | null {
  const { input, named, counted, goesOn } = ctx;
  const { view, start } = input;
  const clauseStart = view.clauseStart(start);
  const respectively = RESPECTIVELY.exec(view.text.slice(clauseStart, start));
  if (!respectively) return null;
  const listEnd = clauseStart + respectively.index;
  const values = view.text.slice(listEnd, view.clauseEnd(start)).match(VALUE) ?? [];
  const index = (view.text.slice(listEnd, start).match(/[0-9０-９][^、和及与]*[、和及与]/g) ?? []).length;
  let items = itemsOf(view.text, clauseStart, listEnd);
  // Items named with a joining word of their own (批发和零售业, 软件和信息服务业: the statistical names of industries)
  // are split only at 、 when that gives as many items as values.
  let joinedItems = false;
  if (items.length > values.length) {
    const whole = itemsOf(view.text, clauseStart, listEnd, LIST_MARK);
    joinedItems = whole.length === values.length && whole.length >= 2;
    if (joinedItems) items = whole;
  }
  // A clause that only names a measure before 分别 (合格率分别为…) gives it to the things the clause before lists
  // (抽查乳制品、饮料和白酒，…): what that clause acts on is any noun that names a thing, as a classifier's.
  const listedBefore = items.length < 2 && clauseStart > view.start && goesOn(clauseStart, listEnd);
  if (listedBefore) {
    let previousStart = view.clauseStart(clauseStart - 1);
    let before = view.text.slice(previousStart, clauseStart - 1);
    // A clause that itself gives a measure to the list respectively (受检率分别为…，合格率分别为…) is skipped over.
    if (RESPECTIVELY.test(before) && previousStart > view.start && goesOn(previousStart, previousStart + before.search(RESPECTIVELY))) {
      const end = previousStart - 1;
      previousStart = view.clauseStart(end);
      before = view.text.slice(previousStart, end);
    }
    const figure = before.search(FIGURE_START);
    items = itemsOf(view.text, previousStart, figure < 0 ? previousStart + before.length : previousStart + figure);
    // A list of counts (抽查电子秤120台、血压计80台、出租车计价器60台): each item is the words before its figure.
    if (items.length < 2) items = countedItems(view.text, previousStart, previousStart + before.length);
  }
  if (items.length < 2 || items.length !== values.length || index >= items.length) return null;
  const item = items[index]!;
  // An item a verb acts on is the noun phrase it ends with (抽查了学生文具: 学生文具, not the head 学生 inside it).
  if (listedBefore) return counted(item.start, item.end) ?? named(item.start, item.end);
  if (joinedItems) return joinedItem(ctx, item);
  return named(item.start, item.end) ?? (index > 0 ? sharedOwner(ctx, items[0]!, item) : null);
}

/** Characters an owner of a list of measures is written in. */
const OWNER = /^[\u4e00-\u9fff“”"]{2,}$/;
/** Longest later item of a list of measures read as a measure alone (直接经济损失). */
const BARE_MEASURE = 6;
/** Tags of the words a measure alone holds before its last word: a verb or an adverb (死亡/v 人数, 直接/ad 经济损失). */
const MEASURE_MODIFIER_TAGS = /^(?:v|vn|ad|a|d)$/;
/** Tags and words a list opens with before its owner: marks, numerals, times (“十四五”时期, 2025年). */
const OPENING_TAGS = /^(?:x|w|m|t|f)$/;
const OPENING_WORDS = /^(?:时期|期间|以来|年度)$/;
/** Tags of the last word of an owner: a noun, not a person's or place name (生产/vn 安全事故/i, 园林绿化/n). */
const OWNER_END_TAGS = /^(?:n(?![rs])|vn|i|j|l)/;

/**
 * The owner a list of measures given figures in order shares (生产安全事故起数、死亡人数分别下降… → 生产安全事故 for
 * 死亡人数): a later item that is a measure alone (short, ending as a measure does, only a verb or adverb before its
 * last word) is a measure of what the first item names before its own measure (contract v1.1: one fact per value,
 * each with its own subject; the subject is not the measure). Null when the item names a thing of its own
 * (湿地保护率, 电诈案件既遂数) or the first item's words before its measure end in no noun (诉求解决率, 对应的市净率).
 */
function sharedOwner(ctx: RespectiveContext, first: { start: number; end: number }, item: { start: number; end: number }): string | null {
  const { view } = ctx.input;
  const endsAsMeasure = (word: string) => ctx.measureEndings.some((ending) => word.endsWith(ending));
  const inside = (span: { start: number; end: number }) =>
    view.tokensIn(span.start, span.end).filter((token) => token.start >= span.start && token.end <= span.end);
  const own = inside(item);
  const words = view.text.slice(item.start, item.end);
  if (own.length === 0 || words.length > BARE_MEASURE || !endsAsMeasure(words)) return null;
  if (own.slice(0, -1).some((token) => !MEASURE_MODIFIER_TAGS.test(token.tag))) return null;
  const tokens = inside(first);
  const measure = tokens.pop();
  if (!measure || !endsAsMeasure(measure.word)) return null;
  let opening = 0;
  while (opening < tokens.length && (OPENING_TAGS.test(tokens[opening]!.tag) || OPENING_WORDS.test(tokens[opening]!.word))) opening++;
  const ownerWords = tokens.slice(opening);
  const last = ownerWords[ownerWords.length - 1];
  // One word alone (事故起数、死亡人数; 学龄儿童入学率和巩固率) names too little to own the list: a kind of it is needed.
  if (!last || ownerWords.length < 2 || !OWNER_END_TAGS.test(last.tag)) return null;
  const owner = ctx.trimOpening(view.text.slice(ownerWords[0]!.start, measure.start));
  return OWNER.test(owner) ? owner : null;
}

/** A joining word inside an item's name (批发和零售业), with the words before it. */
const JOINED_NAME = /^([\u4e00-\u9fff]{2,8})[和及与]$/;

/**
 * The subject an item of a 、-list names when its name holds a joining word of its own (批发和零售业增加值 →
 * 批发和零售业, 交通运输和仓储业): the thing the item ends with, and the words joined before it by 和 when they are
 * a short run of Chinese (contract: the subject as it reads); an item without one names what it ends with.
 */
function joinedItem(ctx: RespectiveContext, item: { start: number; end: number }): string | null {
  const { input, named, counted } = ctx;
  const text = input.view.text;
  const own = named(item.start, item.end) ?? counted(item.start, item.end);
  if (!own) return null;
  const at = text.lastIndexOf(own, item.end - own.length);
  if (at <= item.start) return own;
  const before = text.slice(item.start, at);
  const joined = JOINED_NAME.exec(before.slice(-9));
  if (!joined) return own;
  // The words before the joining word, without what the clause opens with (全年, 全市): the thing a noun run ends with.
  const partEnd = at - 1;
  const first = counted(partEnd - joined[1]!.length, partEnd) ?? named(partEnd - joined[1]!.length, partEnd);
  const part = first && before.slice(0, -1).endsWith(first) ? first : ctx.trimOpening(joined[1]!);
  return part ? `${part}${text[partEnd]}${own}` : own;
}

/** An item of a list of counts: the words before its figure and the figure's unit (血压计80台). */
const COUNTED_ITEM = /^([\u4e00-\u9fff]{2,12}?)[0-9０-９]+(?:[.．][0-9０-９]+)?[\u4e00-\u9fff]{1,2}$/;

/**
 * The items of a list of counts in [from, to) (抽查电子秤120台、血压计80台、出租车计价器60台 → 抽查电子秤, 血压计,
 * 出租车计价器), each the words before its figure; none unless every part of the list is such an item.
 */
function countedItems(text: string, from: number, to: number): Items {
  const items: Items = [];
  let at = from;
  for (const part of text.slice(from, to).split('、')) {
    const start = text.indexOf(part, at);
    const item = COUNTED_ITEM.exec(part);
    if (!item) return [];
    items.push({ start, end: start + item[1]!.length });
    at = start + part.length;
  }
  return items.length >= 2 ? items : [];
}

/** The items of the list in [from, to), or none when it holds a figure or an item too long to be a thing. */
function itemsOf(text: string, from: number, to: number, separator: RegExp = ITEM_SEPARATOR): Items {
  const list = text.slice(from, to);
  if (FIGURE_START.test(list)) return [];
  const items: Items = [];
  let at = from;
  for (const [i, part] of list.split(separator).entries()) {
    const start = text.indexOf(part, at);
    // The first item may follow words of the clause's own (本次抽查的童装): only later ones must be short.
    if (part.length === 0 || (i > 0 && part.length > ITEM_LENGTH)) return [];
    items.push({ start, end: start + part.length });
    at = start + part.length;
  }
  return items;
}
