/**
 * What the period and region of a figure both ask of it: whether it is a quantity or a named thing, the words of its
 * span before its number, and whether it is a limit a standard sets (which has the standard's year and region, not
 * the report's).
 */
import type { FactType } from '../../core/document';
import type { TimeRules } from '../scope/time';
import type { FigureInput } from './figure-input';

export const QUANTITY_TYPES: ReadonlySet<FactType> = new Set(['rate', 'count', 'amount', 'change']);
export const NAMED_TYPES: ReadonlySet<FactType> = new Set(['brand', 'standard', 'policy']);

/** The words of a figure's span before its number (突破 in 突破700亿元). */
export const FIGURE_LEAD = /^[^0-9０-９一二三四五六七八九十两百千零〇]+/;

/** Money, alone or per unit: a fine or reward a rule sets (5000元以下的奖励) or a price (不低于80元/平方米) is no limit of a standard. */
const MONEY_UNIT = /元/;

/**
 * Whether a figure is a limit a standard or rule sets: an amount or rate, not money, after words in its sentence that
 * name a standard (limitStandard), opened by a limit word (limitBefore: 不超过, ≤) or closed by one (limitAfter: 以下).
 */
export function standardLimit(input: FigureInput, lead: string, rules: TimeRules): boolean {
  if (input.type !== 'amount' && input.type !== 'rate') return false;
  if (input.unit !== null && MONEY_UNIT.test(input.unit)) return false;
  const { view, start } = input;
  if (!rules.limitStandard.test(view.text.slice(view.start, start))) return false;
  return rules.limitBefore.test(lead) || rules.limitAfter.test(view.text.slice(start, view.clauseEnd(start)));
}
