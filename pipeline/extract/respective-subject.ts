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
  // A clause that only names a measure before 分别 (合格率分别为…) gives it to the things the clause before lists
  // (抽查乳制品、饮料和白酒，…): what that clause acts on is any noun that names a thing, as a classifier's.
  const listedBefore = items.length < 2 && clauseStart > view.start && goesOn(clauseStart, listEnd);
  if (listedBefore) {
    const previousStart = view.clauseStart(clauseStart - 1);
    const before = view.text.slice(previousStart, clauseStart - 1);
    const figure = before.search(FIGURE_START);
    items = itemsOf(view.text, previousStart, figure < 0 ? clauseStart - 1 : previousStart + figure);
  }
  if (items.length < 2 || items.length !== values.length || index >= items.length) return null;
  const item = items[index]!;
  // An item a verb acts on is the noun phrase it ends with (抽查了学生文具: 学生文具, not the head 学生 inside it).
  if (listedBefore) return counted(item.start, item.end) ?? named(item.start, item.end);
  return named(item.start, item.end);
}

/** The items of the list in [from, to), or none when it holds a figure or an item too long to be a thing. */
function itemsOf(text: string, from: number, to: number): Items {
  const list = text.slice(from, to);
  if (FIGURE_START.test(list)) return [];
  const items: Items = [];
  let at = from;
  for (const [i, part] of list.split(ITEM_SEPARATOR).entries()) {
    const start = text.indexOf(part, at);
    // The first item may follow words of the clause's own (本次抽查的童装): only later ones must be short.
    if (part.length === 0 || (i > 0 && part.length > ITEM_LENGTH)) return [];
    items.push({ start, end: start + part.length });
    at = start + part.length;
  }
  return items;
}
