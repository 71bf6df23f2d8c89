/**
 * The figure a change opening its sentence refers back to. Reports state a level, end the sentence, and give
 * its change in the next one with no measure of its own (`总体合格率为91.1%。虽然较上年下降了1.2个百分点，…`,
 * `销售率为97.4%。同比下降0.78个百分点。`): the change is the change of that level, so it takes its metric.
 */
import type { ExtractedFact } from '../../core/document';
import type { SentenceView } from './sentence';

const MEASURED_TYPES = new Set(['rate', 'change', 'count', 'amount']);

interface FigureBefore {
  view: SentenceView;
  /** The document's facts so far. */
  facts: readonly ExtractedFact[];
  unit: string;
  /** Where the change's figure starts. */
  figureStart: number;
}

/**
 * The last fact of the sentence right before, in the same paragraph, that a change in `unit` can be the change
 * of: a level in points (`pp`) only changes a rate or a change in points; null when there is none.
 */
export function figureOfSentenceBefore({ view, facts, unit, figureStart }: FigureBefore): ExtractedFact | null {
  const last = facts[facts.length - 1];
  // A figure that opens its sentence bare (`翻两番，决不仅仅是…`) names a topic, not a new difference.
  if (!/[\u4e00-\u9fff]/.test(view.text.slice(view.clauseStart(figureStart), figureStart))) return null;
  if (!last || last.sentence !== view.order - 1 || !MEASURED_TYPES.has(last.type) || !last.metric) return null;
  // A paragraph break between them ends what the change can refer to.
  if (last.end > view.start || view.text.slice(last.end, view.start).includes('\n')) return null;
  if (unit === 'pp' && last.type !== 'rate' && last.unit !== 'pp') return null;
  return last;
}
