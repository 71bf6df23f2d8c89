/**
 * What a figure measures or counts when its own words leave it out but the sentence said it before
 * (lexicons/metric-trim.json `topicFrames`, `elidedObjects`): a topic clause right before the figure's clause
 * (`在细菌总数上，多数样品控制在10万个以内`, `对于投诉举报，全年共受理了2890件`), or the object a verb and a
 * classifier imply (`今年共查处了156起` → 案件). Contract: `metric` is the phrase naming what is measured.
 */
import type { Lexicons } from './lexicons';
import type { MetricPhrase } from './metric';
import type { Quantity } from './quantities';
import type { SentenceView } from './sentence';

export interface FramedMetricInput {
  view: SentenceView;
  quantity: Quantity;
  phrase: MetricPhrase;
  /** The metric made so far. */
  metric: string;
  /** Whether the figure is a count: only a count takes what a 对于 frame or its verb and classifier imply. */
  counts: boolean;
  lexicons: Lexicons;
}

/** The metric with what the sentence's frame or the count's verb supplies, or `metric` unchanged. */
export function framedMetric(input: FramedMetricInput): string {
  const { view, quantity, phrase, metric, counts, lexicons } = input;
  const { measure, measureEndings, counted } = lexicons.trims.topicFrames;
  const topics = frameClauses(view, quantity.start);
  // `各级机构全年共办结了`: words that end at their verb name who counted, not what (the sentence's subject).
  const ownWordsNameNoObject = counts && !phrase.post && (!view.hasNoun(phrase.preStart, phrase.preEnd) || endsAtVerb(view, phrase));
  if (ownWordsNameNoObject) {
    for (const rule of lexicons.trims.elidedObjects) {
      if (rule.unit === quantity.unit && rule.verb.test(phrase.pre) && !metric.includes(rule.noun)) return phrase.pre + rule.noun;
    }
  }
  for (const topic of topics) {
    const measured = matchTopic(measure, topic);
    // `在细菌总数上，…`: the frame's measure is the metric unless the figure names a measure of its own.
    if (measured && measureEndings.test(measured) && !measureEndings.test(phrase.pre) && !metric.includes(measured)) return measured;
    const framed = matchTopic(counted, topic);
    // `受理的各类申诉中`: what is counted follows the frame's last 的.
    const countedNoun = framed.slice(framed.lastIndexOf('的') + 1);
    if (countedNoun && ownWordsNameNoObject && !metric.includes(countedNoun)) return phrase.pre + countedNoun;
  }
  return metric;
}

/** Whether the words before the figure end with a verb (`稽查大队共查处了`). */
function endsAtVerb(view: SentenceView, phrase: MetricPhrase): boolean {
  const tokens = view.tokensIn(phrase.preStart, phrase.preEnd).filter((token) => token.word !== '了');
  const last = tokens[tokens.length - 1];
  return last !== undefined && /^v(?!n)/.test(last.tag);
}

/** The clause just before the one holding `pos` (none when that one opens the sentence). */
function frameClauses(view: SentenceView, pos: number): string[] {
  const previous = view.previousClause(pos);
  return previous ? [view.text.slice(previous.start, previous.end).trim()] : [];
}

/** The topic the first matching frame pattern names in `clause`, or ''. */
function matchTopic(patterns: readonly RegExp[], clause: string): string {
  for (const pattern of patterns) {
    const topic = pattern.exec(clause)?.groups?.topic;
    if (topic) return topic;
  }
  return '';
}
