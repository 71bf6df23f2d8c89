/**
 * One value stated of several measures at once (lexicons/metric-trim.json `sharedValue`): `出厂合格率和抽检合格率均为99%`,
 * `办结率、办复率均达100%`. Each measure is a statement of its own (contract: a fact is one measured statement, `metric`
 * the phrase naming what is measured), so each gets a fact with that value. A list of things under one measure
 * (`食品、药品抽检合格率均达98%`) stays one fact: its items are not measures by themselves. 分别 before a single
 * figure (`规上企业、重点项目分别达到200个以上`) says each item takes the value, whatever the items are.
 */
import type { Lexicons } from './lexicons';
import type { SentenceView } from './sentence';

/** 均 or 都 and the verb after it, left at the end of a metric (`…利润均实现`, `…知晓率均稳定`); not 年均, 人均, 平均. */
const ALL_WORDS_LEFT = /(?:(?<![年人平])均|都)[^、和与及]{0,4}$/;

/** What follows a figure that a list or range of figures goes on from. */
const ONE_OF_SEVERAL = /^\s*(?:[、和及与至到~～\-—–]|以及)/;

/** The measures a figure's metric lists when its clause says they all take its value, or null. */
export function sharedValueMeasures(
  view: SentenceView,
  figure: { start: number; end: number },
  metric: string,
  lexicons: Lexicons,
): string[] | null {
  const { all, each, separator, qualifier, itemEnding } = lexicons.trims.sharedValue;
  const before = view.text.slice(view.clauseStart(figure.start), figure.start);
  // `规上企业、重点项目分别达到200个`: 分别 with one value gives it to each item, whether things or measures; a figure
  // a list or range goes on from (`分别为18.8%、14.3%`) is one of several values, given in order, not to each.
  const eachItem = each.test(before) && !ONE_OF_SEVERAL.test(view.text.slice(figure.end, figure.end + 2));
  if (!eachItem && !all.test(before)) return null;
  // `营业收入、利润均实现翻一番`, `均稳定在98%`: the words of 均 the metric kept after its last measure are no part of it.
  const items = metric
    .replace(ALL_WORDS_LEFT, '')
    .split(separator)
    .map((item) => item.trim());
  // `工业投资、民间投资年均增长6%`: the qualifier the last measure ends with qualifies every measure's change.
  const qualified = qualifier.exec(items[items.length - 1] ?? '')?.[0] ?? '';
  const bare = qualified ? items.map((item) => (item.endsWith(qualified) ? item.slice(0, -qualified.length) : item)) : items;
  if (items.length < 2 || bare.some((item) => item.length < 2 || (!eachItem && !itemEnding.test(item)))) return null;
  return bare.map((item) => item + qualified);
}

/**
 * The subject of a later item of a list that shares one value, read as the first item's was: the first item's subject
 * with what followed it there (`小微企业` + `贷款余额`) gives the later item without the same ending (`涉农贷款余额` →
 * 涉农), or without its own measure word (`旅游收入` → 旅游); an item that is the thing itself (`规上企业、重点项目分别…`)
 * is its own subject. A subject not read from the first item stays.
 */
export function itemSubject(first: string, firstSubject: string | null, item: string, lexicons: Lexicons): string | null {
  if (!firstSubject) return null;
  const at = first.indexOf(firstSubject);
  if (at < 0) return firstSubject;
  const tail = first.slice(at + firstSubject.length);
  if (!tail) return item;
  let common = 0;
  while (common < Math.min(tail.length, item.length) && tail[tail.length - 1 - common] === item[item.length - 1 - common]) common++;
  const cut = common > 0 ? common : (lexicons.trims.sharedValue.itemEnding.exec(item)?.[0].length ?? 0);
  const rest = item.slice(0, item.length - cut);
  return rest.length >= 2 ? rest : firstSubject;
}
