/**
 * One value stated of several measures at once (lexicons/metric-trim.json `sharedValue`): `出厂合格率和抽检合格率均为99%`,
 * `办结率、办复率均达100%`. Each measure is a statement of its own (contract: a fact is one measured statement, `metric`
 * the phrase naming what is measured), so each gets a fact with that value. A list of things under one measure
 * (`食品、药品抽检合格率均达98%`) stays one fact: its items are not measures by themselves.
 */
import type { Lexicons } from './lexicons';
import type { SentenceView } from './sentence';

/** The measures a figure's metric lists when its clause says they all take its value, or null. */
export function sharedValueMeasures(view: SentenceView, figureStart: number, metric: string, lexicons: Lexicons): string[] | null {
  const { all, separator, itemEnding } = lexicons.trims.sharedValue;
  if (!all.test(view.text.slice(view.clauseStart(figureStart), figureStart))) return null;
  const items = metric.split(separator).map((item) => item.trim());
  if (items.length < 2 || items.some((item) => item.length < 2 || !itemEnding.test(item))) return null;
  return items;
}
