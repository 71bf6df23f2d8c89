/**
 * What the extraction passes share: the loaded rules and lexicons (`Extractor`), and one sentence's context
 * object that each pass reads and fills in turn (pipeline/extract/extractor.ts lists the passes in order).
 */
import type { Dictionaries } from '../../core/dictionaries';
import type { Document, ExtractedFact } from '../../core/document';
import type { EnumeratedFigure } from './enumeration';
import { loadLexicons, type Lexicons } from './lexicons';
import type { Numeral } from './numbers';
import type { Quantity } from './quantities';
import { loadNameRules, loadQuantityRules, loadVetoes, type CompiledQuantityRule, type CompiledVeto, type NameRules } from './rules';
import type { SentenceView } from './sentence';
import type { NamedThing } from './titles';

/** The rules and lexicons every pass reads, loaded once a document. */
export interface Extractor {
  lexicons: Lexicons;
  vetoes: CompiledVeto[];
  quantityRules: CompiledQuantityRule[];
  nameRules: NameRules;
}

export function loadExtractor(dictionaries: Dictionaries): Extractor {
  const lexicons = loadLexicons(dictionaries);
  return {
    lexicons,
    vetoes: loadVetoes(dictionaries),
    quantityRules: loadQuantityRules(dictionaries),
    nameRules: loadNameRules(dictionaries, {
      lists: lexicons.brands.macros.lists,
      fragments: { ...lexicons.brands.macros.fragments, ...lexicons.standardCodes.fragments },
    }),
  };
}

/** Which not-a-fact rules covered which numerals, for tests and debugging. */
export interface ExtractionTrace {
  /** Every numeral a not-a-fact rule covers (whether or not it would have made a fact). */
  vetoed: { rule: string; text: string; start: number; end: number }[];
}

/** A span where numerals make no fact unless a typing rule of higher priority says so. */
export interface Veto {
  start: number;
  end: number;
  priority: number;
  rule: string;
}

/** The typing rule a kept quantity took, with the clause words it was typed on. */
export interface Typing {
  rule: CompiledQuantityRule;
  /** The clause before the quantity (for a list's later items: before the list's first item). */
  before: string;
  after: string;
  /** The clause before the quantity's own clause in its sentence ('' for the first clause). */
  previous: string;
}

/** A quantity fact made, with the noun head a following figure without words of its own may inherit. */
export interface Draft {
  quantity: Quantity;
  fact: ExtractedFact;
  head: string;
  /** The noun naming what the figure counts (`56家企业` → 企业), for a later count that leaves it out. */
  counted: string;
  /** The word its classifier stands for (`类别`, `人数`), added to the metric once the sentence's figures have read it. */
  countedWord?: string;
  /** The last verb of the words before the figure, which a figure stacked right after it shares (`抽查41类6375批次产品`). */
  verb?: string;
  /** The verb of change a change's metric lacks (`增长`, `同比增长`), added to the metric once the sentence's figures have read it. */
  changeWord?: string;
}

/** One sentence as the passes see it: inputs first, then what each pass adds, in pass order. */
export interface SentenceContext {
  readonly view: SentenceView;
  readonly doc: Document;
  readonly extractor: Extractor;
  readonly trace: ExtractionTrace | undefined;
  /** The document's facts so far; passes append this sentence's. */
  readonly facts: ExtractedFact[];
  /** names: standards, titles and brands found in the sentence. */
  named: NamedThing[];
  /** names: spans (standard codes, titles) whose numerals are no quantities. */
  blocked: Veto[];
  /** numerals: every numeral of the sentence. */
  numerals: Numeral[];
  /** quantities: numerals with their units, bounds and ranges. */
  quantities: Quantity[];
  /** vetoes: not-a-fact spans, the blocked ones included. */
  vetoes: Veto[];
  /** typing: the quantities a typing rule took and no stronger veto dropped, in order, with their typing. */
  kept: Quantity[];
  typed: Map<Quantity, Typing>;
  /** enumeration: the subject or metric each figure of a list takes. */
  enumerated: Map<Quantity, EnumeratedFigure>;
}

export function sentenceContext(
  view: SentenceView,
  doc: Document,
  extractor: Extractor,
  facts: ExtractedFact[],
  trace?: ExtractionTrace,
): SentenceContext {
  return {
    view,
    doc,
    extractor,
    trace,
    facts,
    named: [],
    blocked: [],
    numerals: [],
    quantities: [],
    vetoes: [],
    kept: [],
    typed: new Map(),
    enumerated: new Map(),
  };
}

/**
 * One named step of sentence extraction. `run` reads and fills the context; returning false ends the
 * sentence (nothing is left for the passes after it to do).
 */
export interface ExtractionPass {
  name: string;
  run: (sentence: SentenceContext) => boolean | void;
}
