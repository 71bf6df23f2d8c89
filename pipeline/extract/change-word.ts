/**
 * The word of change a change's metric says (lexicons/change-words.json): `电梯增长10.4%` has the metric 电梯 once
 * the verb before the figure is trimmed; a change is a difference, and its metric reads as the measure and the way
 * it moved (电梯增长, 新登记企业同比增长). The quantity-facts pass adds the word to the end of the metric after the
 * fact's context is read and once the sentence's figures are made.
 */
export interface ChangeWords {
  /** Words that, in a metric, say a change already (verbs of change and rate-of-change nouns). */
  named: RegExp;
  /** The verb of change right before a figure, with its qualifier, then only the words allowed between. */
  beforeFigure: RegExp;
  /** Words holding a verb of change that are nouns (增加值), masked before reading. */
  notVerbs: RegExp;
  /** The qualifiers of a verb of change (同比, 年均), longest first. */
  qualifiers: readonly string[];
}

export interface ChangeWordInput {
  metric: string;
  /** The figure's clause up to the figure (its words before the number). */
  before: string;
  words: ChangeWords;
}

/** The verb (with its qualifier) a change's metric ends with, or '' when the metric says a change or no verb is right before the figure. */
export function changeWord({ metric, before, words }: ChangeWordInput): string {
  const mask = (text: string) => text.replace(words.notVerbs, (m) => '□'.repeat(m.length));
  if (words.named.test(mask(metric))) return '';
  const match = words.beforeFigure.exec(mask(before));
  if (!match) return '';
  // `GDP年均增长4.4%` kept 年均 in its metric (GDP年均): the verb alone follows it, not the qualifier again.
  const qualifier = words.qualifiers.find((q) => match[1]!.startsWith(q) && metric.endsWith(q));
  return qualifier ? match[1]!.slice(qualifier.length) : match[1]!;
}
