/**
 * One metric for the ends of a range and for the bands of a graded list (lexicons/metric-trim.json `rangeEnds`).
 * The contract gives a range `A～B` two facts of the same metric, but the text may name the measure before the
 * low end only (`货值8万元至15万元的案件2起`: 货值) or after the high end only (`处2万元以上、10万元以下罚款`: 罚款);
 * each end read alone would lack half of it. A graded list goes on with bands that name only what they qualify
 * (`…，30万元以上的案件1起`): each band is of the measure its list opened with.
 */
import type { Draft } from './pass';
import type { RangeEnds } from './lexicons';

/** What the range pass reads: the sentence's text and its drafts in order. */
export interface RangeInput {
  text: string;
  drafts: readonly Draft[];
  rules: RangeEnds;
}

/** Gives both ends of each range the longer metric, then each later band its list's measure (in place). */
export function shareRangeMetrics({ text, drafts, rules }: RangeInput): void {
  shareEnds(text, drafts, rules);
  for (let i = 1; i < drafts.length; i++) {
    const band = drafts[i]!;
    const noun = band.fact.metric;
    if (!qualifies(text, band, noun, rules)) continue;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = drafts[j]!;
      const metric = earlier.fact.metric;
      if (!sameMeasure(earlier, band) || metric === noun || !metric.endsWith(noun) || !qualifies(text, earlier, noun, rules)) continue;
      band.fact.metric = metric;
      break;
    }
  }
  // A band that is a range whose high end only took its list's measure (`6万元至20万元之间的案件`) gives it to its low end.
  shareEnds(text, drafts, rules);
}

/**
 * Each range's ends take one metric: the longer when one contains the other (`货值案件` and `案件`); the words before
 * the low end and those after the high end together when each end has only its own (`依法处经营者` … `罚款`).
 */
function shareEnds(text: string, drafts: readonly Draft[], rules: RangeEnds): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const low = drafts[i]!;
    const high = drafts[i + 1]!;
    if (!rangeEnds(text, low, high, rules)) continue;
    const [a, b] = [low.fact.metric, high.fact.metric];
    if (a === b) continue;
    if (a.includes(b)) high.fact.metric = a;
    else if (b.includes(a)) low.fact.metric = b;
    else {
      // The words written after the high end (`罚锾` of `罚锾新台币`) name the range when the low end has none after it.
      const after = wordsAfter(text, high, b, rules);
      // Words the low end's metric already shares with them (`…常温奶` and `…常温奶”`) were read for it already.
      if (!after || wordsAfter(text, low, a, rules) || sharesWords(a, after)) continue;
      const rest = b.slice(after.length);
      low.fact.metric = high.fact.metric = a + after + (a.includes(rest) ? '' : rest);
    }
  }
}

/** Whether two metrics have a two-character word in common. */
function sharesWords(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= b.length; i++) if (a.includes(b.slice(i, i + 2))) return true;
  return false;
}

/** The longest opening of `metric` (two characters or more) written right after the figure, or ''. */
function wordsAfter(text: string, draft: Draft, metric: string, rules: RangeEnds): string {
  for (let k = metric.length; k >= 2; k--) if (qualifies(text, draft, metric.slice(0, k), rules)) return metric.slice(0, k);
  return '';
}

/** Two facts of one type and unit, the low end smaller, with only a range joiner between them and bounds that face each other. */
function rangeEnds(text: string, low: Draft, high: Draft, rules: RangeEnds): boolean {
  if (!sameMeasure(low, high) || low.fact.value === null || high.fact.value === null) return false;
  if (Math.abs(low.fact.value) >= Math.abs(high.fact.value)) return false;
  const between = text.slice(low.quantity.end, high.quantity.start);
  if (!rules.joiner.test(between)) return false;
  if (rules.rangeMarks.test(between)) return true;
  return rules.lowBounds.includes(low.fact.bound ?? '') && rules.highBounds.includes(high.fact.bound ?? '');
}

/**
 * Two amounts in one unit. Counts and rates are left as they read: their ranges stand in lists of grades and items
 * (`创建1个国家级、2-3个省级园区`) whose words before the low end name another item, not the range's measure.
 */
function sameMeasure(a: Draft, b: Draft): boolean {
  return a.fact.type === 'amount' && b.fact.type === 'amount' && a.fact.unit === b.fact.unit && a.fact.unit !== null;
}

/** Whether `noun` is written right after the figure (`5万元以上的案件`), the words `between` allows apart. */
function qualifies(text: string, draft: Draft, noun: string, rules: RangeEnds): boolean {
  if (noun.length < 2) return false;
  const after = text.slice(draft.quantity.end, draft.quantity.end + noun.length + 6);
  const skipped = rules.bandBetween.exec(after)?.[0].length ?? 0;
  return after.startsWith(noun, skipped);
}
