/**
 * The not-a-fact rules' matches in a sentence's text, kept by that text: a match depends on the sentence
 * alone (the patterns see nothing outside it), and half the corpus's sentences are repeats (a report in
 * a dump and as a page of its own, the same paragraph in several bulletins). Running every veto pattern
 * over every sentence with a quantity was a quarter of the extract stage.
 */
import { ownCopy } from '../../core/own-copy';
import { forEachMatch, type CompiledVeto } from './rules';

/** A veto rule's match, at offsets inside the sentence text. */
export interface VetoMatch {
  start: number;
  end: number;
  priority: number;
  rule: string;
}

/** Sentences kept per rule set; past it the oldest half goes (a sentence repeats within a few documents). */
const MAX_SENTENCES = 50_000;

const kept = new WeakMap<readonly CompiledVeto[], Map<string, readonly VetoMatch[]>>();

/** Every match of every rule of `vetoes` in `sentence`, in rule order then text order. */
export function vetoMatches(vetoes: readonly CompiledVeto[], sentence: string): readonly VetoMatch[] {
  let bySentence = kept.get(vetoes);
  if (!bySentence) kept.set(vetoes, (bySentence = new Map()));
  let matches = bySentence.get(sentence);
  if (matches) return matches;
  const found: VetoMatch[] = [];
  for (const { rule, regex } of vetoes) {
    forEachMatch(regex, sentence, (m) => {
      found.push({ start: m.index, end: m.index + m[0].length, priority: rule.priority, rule: rule.id });
    });
  }
  matches = found;
  if (bySentence.size >= MAX_SENTENCES) {
    let drop = bySentence.size / 2;
    for (const old of bySentence.keys()) {
      if (drop-- <= 0) break;
      bySentence.delete(old);
    }
  }
  bySentence.set(ownCopy(sentence), matches);
  return matches;
}
