/**
 * The vetoes pass: spans of the sentence that dictionaries/rules/not-facts.jsonl says hold no fact (dates,
 * ordinals, names with numerals…), plus the spans the names pass blocked.
 */
import { vetoMatches } from '../veto-matches';
import type { SentenceContext, Veto } from '../pass';

export function findVetoes(sentence: SentenceContext): void {
  const { view, extractor, blocked, trace } = sentence;
  const slice = view.slice;
  const found = [...blocked];
  for (const m of vetoMatches(extractor.vetoes, slice)) {
    found.push({ start: view.start + m.start, end: view.start + m.end, priority: m.priority, rule: m.rule });
  }
  sentence.vetoes = found;
  if (!trace) return;
  for (const numeral of sentence.numerals) {
    for (const veto of found) {
      if (veto.start < numeral.end && veto.end > numeral.start) {
        trace.vetoed.push({ rule: veto.rule, text: view.text.slice(numeral.start, numeral.end), start: numeral.start, end: numeral.end });
      }
    }
  }
}

/** The veto of highest priority overlapping [start, end), or null. */
export function strongestVeto(vetoes: readonly Veto[], start: number, end: number): Veto | null {
  let best: Veto | null = null;
  for (const veto of vetoes) {
    if (veto.start < end && veto.end > start && (!best || veto.priority > best.priority)) best = veto;
  }
  return best;
}
