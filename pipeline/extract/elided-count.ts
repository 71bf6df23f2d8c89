/**
 * A count that leaves out the noun it counts because its sentence has just named it (lexicons/metric-trim.json
 * `elidedCounted`): a headless relative (`涉及食品的有23起`, `参与制订的仅20余项`) or a part of a set named before
 * (`在检查的56家企业中，有12家存在问题`, `仅参与其中不足10个`, `其中省会地区已有40多名`). Contract: `metric` names what is measured, so
 * such a count takes the noun the figure before it in the same unit counts, else the noun of an opening
 * `X中，` frame.
 */
import type { Lexicons } from './lexicons';
import type { MetricPhrase } from './metric';
import type { Quantity } from './quantities';
import type { SentenceView } from './sentence';

/** An earlier figure of the sentence: its unit and the noun it counts. */
export interface CountedFigure {
  unit: string | null;
  counted: string;
}

export interface ElidedCountInput {
  view: SentenceView;
  quantity: Quantity;
  phrase: MetricPhrase;
  /** The sentence's figures before this one, in order. */
  earlier: readonly CountedFigure[];
  lexicons: Lexicons;
}

/** The noun a count leaves out, or '' when it names its own (`有9种产品不符合`) or none is found. */
export function elidedCountedNoun({ view, quantity, phrase, earlier, lexicons }: ElidedCountInput): string {
  if (phrase.counted && phrase.post) return '';
  // A classifier that names what it counts (`批次`, `人次`) is already in the metric.
  if (quantity.unit && lexicons.units.selfNaming.has(quantity.unit)) return '';
  // `53个装配E27灯头的节能灯`: words after the count that end in 的 and a noun name what it counts.
  const of = phrase.post.lastIndexOf('的');
  if (of >= 0 && view.hasNoun(phrase.postStart + of + 1, phrase.postEnd)) return '';
  const { relative, existential, subset, frame, people } = lexicons.trims.elidedCounted;
  const opening = view.text.slice(view.clauseStart(quantity.start), quantity.start);
  const bareExistential = existential.test(opening) && !view.hasNoun(phrase.preStart, phrase.preEnd);
  // `评为劳动模范的有4万人`: a relative before a count of people already says who they are.
  const headless = relative.test(opening) && !people.includes(quantity.unit ?? '');
  // `90多名消费者…，其中省会地区已有40多名`: a part of the set the figure before counts, named by a place or group.
  const part = subset.test(opening);
  if (!headless && !bareExistential && !part) return '';
  for (let i = earlier.length - 1; i >= 0; i--) {
    const figure = earlier[i]!;
    if (figure.unit === quantity.unit && figure.counted) return figure.counted;
  }
  return part && !headless && !bareExistential ? '' : frameNoun(view, quantity.start, frame);
}

/** The noun of a clause before `pos` in the sentence that ends as a frame (`查处的案件中` → 案件). */
function frameNoun(view: SentenceView, pos: number, frame: RegExp): string {
  let clauseStart = view.clauseStart(pos);
  while (clauseStart > view.start) {
    const previousStart = view.clauseStart(clauseStart - 1);
    const m = frame.exec(view.text.slice(previousStart, clauseStart - 1));
    if (m) return view.nounHead(previousStart, clauseStart - 1 - m[0].length);
    clauseStart = previousStart;
  }
  return '';
}
