/**
 * Fact extraction over a normalised, segmented document, as an ordered list of named passes over one
 * sentence context (pass.ts), like the normalisation steps of pipeline/text: names (standards, titles,
 * brands) → numerals → quantities → not-a-fact vetoes → typing rules → enumerations → quantity facts with
 * metric and context; then the document passes over all facts. Every fact names the rule that produced it.
 */
import type { Dictionaries } from '../../core/dictionaries';
import type { Document, ExtractedFact, Token } from '../../core/document';
import { bindContext } from './context';
import { LEXICON_FILES } from './lexicons';
import { loadExtractor, sentenceContext, type ExtractionPass, type ExtractionTrace } from './pass';
import { findNumerals, findQuantities } from './passes/figures';
import { addNamedFacts } from './passes/named-facts';
import { findNames } from './passes/names';
import { findTableBrands } from './passes/table-brands';
import { addQuantityFacts } from './passes/quantity-facts';
import { dropShortTitles } from './passes/short-titles';
import { datePlanTitles } from './passes/plan-title-periods';
import { readEnumerations } from './passes/enumeration';
import { typeQuantities } from './passes/typing';
import { findVetoes } from './passes/vetoes';
import { ABSTRACT_HEADS_FILE, CHANGE_VERBS_FILE, IDIOMS_FILE, RULE_FILES } from './rules';
import { SentenceView } from './sentence';

export type { ExtractionTrace } from './pass';

/** Every dictionary file the extractor reads (the stage's `reads`). */
export const EXTRACT_FILES: readonly string[] = [
  ...Object.values(RULE_FILES),
  ABSTRACT_HEADS_FILE,
  IDIOMS_FILE,
  CHANGE_VERBS_FILE,
  ...Object.values(LEXICON_FILES),
];

/** The passes over each sentence, in order; a pass that returns false ends its sentence. */
export const SENTENCE_PASSES: readonly ExtractionPass[] = [
  { name: 'names', run: findNames },
  { name: 'table-brands', run: findTableBrands },
  { name: 'named-facts', run: addNamedFacts },
  { name: 'numerals', run: findNumerals },
  { name: 'quantities', run: findQuantities },
  { name: 'vetoes', run: findVetoes },
  { name: 'typing', run: typeQuantities },
  { name: 'enumeration', run: readEnumerations },
  { name: 'quantity-facts', run: addQuantityFacts },
];

/** The passes over the whole document's facts, after every sentence, in order. */
export const DOCUMENT_PASSES: readonly { name: string; run: (facts: ExtractedFact[], dictionaries: Dictionaries) => ExtractedFact[] }[] = [
  { name: 'short-titles', run: dropShortTitles },
  { name: 'plan-title-periods', run: datePlanTitles },
];

export function extractFacts(doc: Document, dictionaries: Dictionaries, trace?: ExtractionTrace): ExtractedFact[] {
  const norm = doc.norm;
  if (!norm || !doc.sentences) return [];
  const extractor = loadExtractor(dictionaries);
  bindContext(doc, dictionaries);
  const tokens = doc.tokens ?? [];
  let facts: ExtractedFact[] = [];
  let t = 0;
  for (const sentence of doc.sentences) {
    while (t < tokens.length && tokens[t]!.end <= sentence.start) t++;
    let u = t;
    while (u < tokens.length && tokens[u]!.start < sentence.end) u++;
    const view = new SentenceView(norm.text, sentence.start, sentence.end, sentence.order, sliceTokens(tokens, t, u));
    const context = sentenceContext(view, doc, extractor, facts, trace);
    for (const pass of SENTENCE_PASSES) if (pass.run(context) === false) break;
    t = u;
  }
  for (const pass of DOCUMENT_PASSES) facts = pass.run(facts, dictionaries);
  return facts;
}

function sliceTokens(tokens: readonly Token[], from: number, to: number): Token[] {
  return from === 0 && to === tokens.length ? (tokens as Token[]) : tokens.slice(from, to);
}
