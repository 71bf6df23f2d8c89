import type { TimeMention } from '../scope/time';
import type { SentenceView } from './sentence';

/**
 * A span of years before a `分别` list with one value for each of its years (从近5年的抽查情况看，合格率分别为89.8%、
 * 88.9%、92.3%、91.1%和91.6%; 2012年至2016年，产量分别为…): the values are the span's years in order, the first
 * the span's first year (contract v1.1: the period is the year the figure refers to). Only when the list has as
 * many values as the span has years, and names no items of its own before `分别` (近三年来，大、中、小型企业合格率
 * 分别为…: the values are the items', over the span).
 */
export function yearOfYearlyValue(p: {
  view: SentenceView;
  /** The time words before the figure in its sentence, in order. */
  before: readonly TimeMention[];
  start: number;
  /** Where `分别` stands in the text. */
  respectively: number;
}): TimeMention | null {
  const { view, before, start, respectively } = p;
  const span = [...before].reverse().find((t) => t.kind === 'span' && !t.comparison && YEARS.test(t.period));
  if (!span) return null;
  const [first, last] = span.period.split('-').map(Number) as [number, number];
  const count = last - first + 1;
  // Two years are the two ends of a from-to pair, which the caller reads by their written years.
  if (count < MIN_YEARS || count > MAX_YEARS) return null;
  const list = view.text.slice(respectively, view.clauseEnd(start));
  const upToFigure = view.text.slice(respectively, start);
  // One value a year, the list naming no items of its own.
  if (!ITEM_SEPARATOR.test(view.text.slice(span.end, respectively)) && separators(list, ITEM_SEPARATORS) + 1 === count) {
    return { ...span, kind: 'year', period: String(first + separators(upToFigure, ITEM_SEPARATORS)) };
  }
  // A group of values a year, its groups parted by 、 and its values by 及 or 和 (市场检查及购样检验…各年度分别为
  // 7.03%及20.61%、6.18%及15.77%、…): the groups are the years.
  if (separators(list, GROUP_SEPARATORS) + 1 === count && evenGroups(list, count)) {
    return { ...span, kind: 'year', period: String(first + separators(upToFigure, GROUP_SEPARATORS)) };
  }
  return null;
}

const YEARS = /^\d{4}-\d{4}$/;
const MIN_YEARS = 3;
/** A list of yearly values longer than this is a table, not a sentence. */
const MAX_YEARS = 12;
/** What separates the values of a list (、, 和, 及, 与). */
const ITEM_SEPARATOR = /[、和及与]/;

const ITEM_SEPARATORS = /[、和及与]/g;
const GROUP_SEPARATORS = /、/g;

function separators(text: string, separator: RegExp): number {
  return text.match(separator)?.length ?? 0;
}

/** Whether every group holds as many values as the others, more than one each. */
function evenGroups(list: string, count: number): boolean {
  const inner = separators(list, ITEM_SEPARATORS) - (count - 1);
  return inner > 0 && inner % count === 0;
}
