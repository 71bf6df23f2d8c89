/**
 * The typing pass: each quantity takes the first typing rule of dictionaries/rules/quantities.jsonl whose
 * conditions hold (rate, count, amount, change), unless a not-a-fact veto of at least its priority covers it.
 */
import type { CompiledQuantityRule } from '../rules';
import type { SentenceContext } from '../pass';
import type { Quantity } from '../quantities';
import { LIST_OR_RANGE_SEPARATOR } from '../../text/numeral-grammar';
import { strongestVeto } from './vetoes';

export function typeQuantities(sentence: SentenceContext): boolean {
  const { view, extractor, vetoes, kept, typed } = sentence;
  const text = view.text;
  let last: Quantity | null = null;
  for (const quantity of sentence.quantities) {
    const clauseStart = view.clauseStart(quantity.start);
    const clauseBefore = text.slice(clauseStart, quantity.start);
    const previousSpan = view.previousClause(quantity.start);
    const previousClause = previousSpan ? text.slice(previousSpan.start, previousSpan.end) : '';
    const clauseAfter = text.slice(quantity.end, view.clauseEnd(quantity.end));
    // The next item of a list or the end of a range is typed like the item before it.
    const separator = last ? text.slice(last.end, quantity.start) : '';
    // `至`/`到` joins a range (its ends bounded), not a change and the level it reached (`下降5吨至10吨`).
    // A comma joins a list only when the figure after it ends its clause (`增长5%，8%`): one that opens a clause
    // of its own (`条目减少一半，95%以上实行备案`) is typed by its own words, and so is a mark the stock passed
    // (`新增1700公里、突破7000公里`: the level reached, not one more increment).
    const joined =
      last &&
      last.unitClass === quantity.unitClass &&
      LIST_OR_RANGE_SEPARATOR.test(separator) &&
      (!/[至到]/.test(separator) || last.bound === 'at_least') &&
      (!/[，,]/.test(separator) || clauseAfter.trim() === '') &&
      !opensWithLevelCue(quantity, text, extractor.lexicons.bounds.levelCues);
    const previous = joined && last ? typed.get(last) : undefined;
    // A rule for one unit only (`天` of 优良天数) does not type the next item in another (`、12条入海河流`).
    const listed = previous && (!previous.rule.unit || previous.rule.unit.has(quantity.unit!)) ? previous : undefined;
    const rule = listed?.rule ?? typeQuantity(quantity, clauseBefore, extractor.quantityRules, clauseAfter, previousClause);
    if (!rule) continue;
    const veto = strongestVeto(vetoes, quantity.numeral.start, quantity.numeral.end);
    if (veto && veto.priority >= rule.rule.priority) continue;
    kept.push(quantity);
    const previousText = listed?.previous ?? previousClause;
    typed.set(quantity, { rule, before: listed?.before ?? clauseBefore, after: clauseAfter, previous: previousText });
    last = quantity;
  }
  return kept.length > 0;
}

/** Whether the quantity's own prefix bound word (between its start and its numeral) is a cue of a level passed. */
function opensWithLevelCue(quantity: Quantity, text: string, cues: readonly string[]): boolean {
  const prefix = text.slice(quantity.start, quantity.numeral.start);
  return cues.some((cue) => prefix.includes(cue));
}

/** The highest-priority typing rule whose conditions hold. */
export function typeQuantity(
  quantity: Quantity,
  clauseBefore: string,
  rules: readonly CompiledQuantityRule[],
  clauseAfter = '',
  previousClause = '',
): CompiledQuantityRule | null {
  for (const rule of rules) {
    if (rule.unitClass && !rule.unitClass.has(quantity.unitClass!)) continue;
    if (rule.unit ? !rule.unit.has(quantity.unit!) : quantity.requires !== null) continue;
    if (quantity.requires !== null && !clauseBefore.includes(quantity.requires)) continue;
    if (rule.before && !rule.before.test(clauseBefore)) continue;
    if (rule.notBefore && rule.notBefore.test(clauseBefore)) continue;
    if (rule.after && !rule.after.test(clauseAfter)) continue;
    if (rule.previousClause && !rule.previousClause.test(previousClause)) continue;
    return rule;
  }
  return null;
}
