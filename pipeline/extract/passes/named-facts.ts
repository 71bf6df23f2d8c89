/** The named-facts pass: each standard, title and brand the names pass found becomes a fact with its context. */
import type { ExtractedFact } from '../../../core/document';
import { factContext } from '../context';
import type { SentenceContext } from '../pass';
import type { NamedThing } from '../titles';

export function addNamedFacts(sentence: SentenceContext): void {
  for (const thing of sentence.named) sentence.facts.push(namedFact(sentence, thing));
}

function namedFact({ view, doc, extractor }: SentenceContext, thing: NamedThing): ExtractedFact {
  const context = factContext({
    view,
    doc,
    lexicons: extractor.lexicons,
    type: thing.type,
    metric: thing.metric,
    unit: null,
    start: thing.start,
    end: thing.end,
    name: thing.name,
    listFrom: thing.listFrom,
  });
  return {
    type: thing.type,
    metric: thing.metric,
    value: null,
    unit: null,
    bound: null,
    ...context,
    name: thing.name,
    start: thing.start,
    end: thing.end,
    sentence: view.order,
    rule: thing.rule,
  };
}
