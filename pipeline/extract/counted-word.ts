/**
 * The noun a count's metric lacks when its classifier stands for what was counted (lexicons/counted-words.json):
 * `的有18类产品` counts kinds of products (→ 产品类别), `如今只剩40多人` people (→ …人数), `抽查润滑油38家` the
 * enterprises making the oil (→ …润滑油企业). Contract: `metric` is the phrase naming what is measured. The quantity-facts
 * pass adds the word to the end of the metric once the sentence's figures are made.
 */
export interface CountedWordRule {
  id: string;
  units: readonly string[];
  /** Words that, in the metric or further on in the figure's clause, name what is counted. */
  named: readonly string[];
  /** Words one of which the metric must hold for the rule to apply (none: always). */
  when?: readonly string[];
  word: string;
  /** [text, value, key the metric then holds]: run as tests. */
  examples: readonly (readonly [string, number, string])[];
}

export interface CountedWordInput {
  unit: string | null;
  metric: string;
  /** The rest of the figure's clause after its metric's words (where a noun cut off from the metric may still stand). */
  clauseAfter: string;
  rules: readonly CountedWordRule[];
}

/**
 * The word a count's metric ends with to name what its classifier counts (`产品` + 类别, `现在只剩下` + 人数), or ''
 * when the metric or the rest of the clause names it already.
 */
export function countedWord({ unit, metric, clauseAfter, rules }: CountedWordInput): string {
  if (!unit || !metric) return '';
  const rule = rules.find((r) => r.units.includes(unit));
  if (!rule) return '';
  if (rule.named.some((w) => metric.includes(w) || clauseAfter.includes(w))) return '';
  if (rule.when && !rule.when.some((w) => metric.includes(w))) return '';
  return rule.word;
}
