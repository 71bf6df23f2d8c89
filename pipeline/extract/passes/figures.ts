/** The numerals and quantities passes: every numeral of the sentence, then those that carry a unit. */
import { scanNumerals } from '../numbers';
import type { SentenceContext } from '../pass';
import { buildQuantities } from '../quantities';

export function findNumerals(sentence: SentenceContext): boolean {
  const { text, start, end } = sentence.view;
  sentence.numerals = scanNumerals(text, start, end);
  return sentence.numerals.length > 0;
}

/** Without quantities the sentence has no figure to type; a trace still wants to see its vetoes. */
export function findQuantities(sentence: SentenceContext): boolean {
  sentence.quantities = buildQuantities(sentence.view, sentence.numerals, sentence.extractor.lexicons);
  return sentence.quantities.length > 0 || sentence.trace !== undefined;
}
