/**
 * Money that a verb gives with no object of its own, named by the purpose clause after it (lexicons/metric-trim.json
 * `moneyPurpose`): `今年拟安排260亿元，用于补助困难家庭的保障性住房建设`, `省财政拟投入31亿元，用于支持高校毕业生就业`.
 * Contract: `metric` is the phrase naming what is measured; the verb alone (`拟安排`) names nothing, the purpose does.
 */
import type { Lexicons } from './lexicons';
import type { MetricPhrase } from './metric';
import type { Quantity } from './quantities';
import type { SentenceView } from './sentence';

/** Longest purpose taken into the metric: a clause of a report, not a paragraph. */
const MAX_PURPOSE = 24;

export interface MoneyPurposeInput {
  view: SentenceView;
  quantity: Quantity;
  phrase: MetricPhrase;
  /** The metric made so far. */
  metric: string;
  /** What the money figure before it in the sentence counts (`三年建设计划`), or ''. */
  sumBefore: string;
  lexicons: Lexicons;
}

/**
 * What to add to the metric of money given by a verb alone: the purpose clause after it (`用于…`), else, in a clause
 * opening with 其中, what the sum before it counts; or ''.
 */
export function moneyPurpose({ view, quantity, phrase, metric, sumBefore, lexicons }: MoneyPurposeInput): string {
  const { giving, purpose, part } = lexicons.trims.moneyPurpose;
  if (quantity.unitClass !== 'money' || phrase.post !== '' || !giving.test(metric)) return '';
  const after = view.text.slice(quantity.end, Math.min(view.end, quantity.end + 4 + MAX_PURPOSE));
  const opening = purpose.exec(after)?.[0];
  if (!opening) {
    const clauseOpening = view.text.slice(view.clauseStart(quantity.start), quantity.start);
    return part.test(clauseOpening) && sumBefore.length > 1 && !metric.includes(sumBefore) ? sumBefore : '';
  }
  const clause = after
    .slice(opening.length)
    .split(/[，,。；;：:！？!?]/)[0]!
    .trim();
  // `用于这方面的支出`: a purpose that only points back names nothing new.
  if (clause.length < 2 || /^(?:这|此|上述|以上)/.test(clause)) return '';
  return opening.replace(/^[，,]/, '') + clause;
}
