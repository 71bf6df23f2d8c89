/**
 * Fact extraction over a normalised, segmented document: per sentence, numerals → quantities → not-a-fact
 * vetoes → typing rules → metric, category, subject, period, region, status; plus named standards,
 * policies and brands. Every fact names the rule that produced it.
 */
import type { Dictionaries } from '../../core/dictionaries';
import type { Document, ExtractedFact, Token } from '../../core/document';
import { findBrands } from './brands';
import { bindContext, factContext } from './context';
import { enumerationSubjects, type EnumeratedFigure } from './enumeration';
import { LEXICON_FILES, loadLexicons, type Lexicons } from './lexicons';
import { metricPhrase, trimSpan } from './metric';
import { scanNumerals } from './numbers';
import { buildQuantities, type Quantity } from './quantities';
import {
  ABSTRACT_HEADS_FILE,
  forEachMatch,
  IDIOMS_FILE,
  loadNameRules,
  loadQuantityRules,
  loadVetoes,
  RULE_FILES,
  type CompiledQuantityRule,
  type CompiledVeto,
  type NameRules,
} from './rules';
import { SentenceView } from './sentence';
import { LIST_OR_RANGE_SEPARATOR } from '../text/numeral-grammar';
import { findStandardCodes, findTitles, type NamedThing } from './titles';

/** Every dictionary file the extractor reads (the stage's `reads`). */
export const EXTRACT_FILES: readonly string[] = [
  ...Object.values(RULE_FILES),
  ABSTRACT_HEADS_FILE,
  IDIOMS_FILE,
  ...Object.values(LEXICON_FILES),
];

/** Which not-a-fact rules covered which numerals, for tests and debugging. */
export interface ExtractionTrace {
  /** Every numeral a not-a-fact rule covers (whether or not it would have made a fact). */
  vetoed: { rule: string; text: string; start: number; end: number }[];
}

interface Extractor {
  lexicons: Lexicons;
  vetoes: CompiledVeto[];
  quantityRules: CompiledQuantityRule[];
  nameRules: NameRules;
}

function extractor(dictionaries: Dictionaries): Extractor {
  const lexicons = loadLexicons(dictionaries);
  return {
    lexicons,
    vetoes: loadVetoes(dictionaries),
    quantityRules: loadQuantityRules(dictionaries),
    nameRules: loadNameRules(dictionaries, lexicons.brands.macros),
  };
}

interface Veto {
  start: number;
  end: number;
  priority: number;
  rule: string;
}

/** A quantity fact being built, with what a following figure may inherit. */
interface Draft {
  quantity: Quantity;
  fact: ExtractedFact;
  head: string;
}

export function extractFacts(doc: Document, dictionaries: Dictionaries, trace?: ExtractionTrace): ExtractedFact[] {
  const norm = doc.norm;
  if (!norm || !doc.sentences) return [];
  const ex = extractor(dictionaries);
  bindContext(doc, dictionaries);
  const text = norm.text;
  const tokens = doc.tokens ?? [];
  const facts: ExtractedFact[] = [];
  let t = 0;
  for (const sentence of doc.sentences) {
    while (t < tokens.length && tokens[t]!.end <= sentence.start) t++;
    let u = t;
    while (u < tokens.length && tokens[u]!.start < sentence.end) u++;
    const view = new SentenceView(text, sentence.start, sentence.end, sentence.order, sliceTokens(tokens, t, u));
    extractSentence(view, doc, ex, facts, trace);
    t = u;
  }
  return dropShortTitles(facts);
}

/** `《专项行动工作方案》` after `《…专项行动工作方案》`: a short name of a title the document gives in full. */
function dropShortTitles(facts: ExtractedFact[]): ExtractedFact[] {
  const titles = facts.filter((f) => (f.type === 'policy' || f.type === 'standard') && f.name && !/^[A-Z]/.test(f.name));
  if (titles.length < 2) return facts;
  const names = [...new Set(titles.map((f) => f.name!))];
  const short = new Set(names.filter((name) => names.some((other) => other.length > name.length && other.endsWith(name))));
  return short.size === 0 ? facts : facts.filter((f) => !(f.name && short.has(f.name) && (f.type === 'policy' || f.type === 'standard')));
}

function sliceTokens(tokens: readonly Token[], from: number, to: number): Token[] {
  return from === 0 && to === tokens.length ? (tokens as Token[]) : tokens.slice(from, to);
}

function extractSentence(view: SentenceView, doc: Document, ex: Extractor, facts: ExtractedFact[], trace?: ExtractionTrace): void {
  const { text, start, end } = view;
  const named: NamedThing[] = [];
  const blocked: Veto[] = [];
  const codeRule = ex.nameRules.standardCode;
  for (const code of findStandardCodes(text, start, end, codeRule, view.slice)) {
    named.push(code);
    blocked.push({ start: code.start, end: code.end, priority: Infinity, rule: code.rule });
  }
  const titleSpans: [number, number][] = [];
  named.push(
    ...findTitles(
      text,
      start,
      end,
      ex.lexicons,
      { standard: ex.nameRules.standardTitle.id, policy: ex.nameRules.policyTitle.id },
      titleSpans,
      view.slice,
    ),
  );
  for (const [s, e] of titleSpans) blocked.push({ start: s, end: e, priority: Infinity, rule: 'title' });
  const brands = findBrands(view, ex.nameRules.brands, ex.lexicons);
  named.push(...brands);
  for (const thing of named) facts.push(namedFact(thing, view, doc, ex.lexicons));

  const numerals = scanNumerals(text, start, end);
  if (numerals.length === 0) return;
  const quantities = buildQuantities(view, numerals, ex.lexicons);
  if (quantities.length === 0 && !trace) return;
  const vetoes = findVetoes(view, ex.vetoes, blocked);
  if (trace) {
    for (const numeral of numerals) {
      for (const veto of vetoes) {
        if (veto.start < numeral.end && veto.end > numeral.start) {
          trace.vetoed.push({ rule: veto.rule, text: text.slice(numeral.start, numeral.end), start: numeral.start, end: numeral.end });
        }
      }
    }
  }

  const kept: Quantity[] = [];
  const typed = new Map<Quantity, { rule: CompiledQuantityRule; before: string; after: string }>();
  let last: Quantity | null = null;
  for (const quantity of quantities) {
    const clauseBefore = text.slice(view.clauseStart(quantity.start), quantity.start);
    const clauseAfter = text.slice(quantity.end, view.clauseEnd(quantity.end));
    // The next item of a list or the end of a range is typed like the item before it.
    const separator = last ? text.slice(last.end, quantity.start) : '';
    // `至`/`到` joins a range (its ends bounded), not a change and the level it reached (`下降5吨至10吨`).
    const joined =
      last &&
      last.unitClass === quantity.unitClass &&
      LIST_OR_RANGE_SEPARATOR.test(separator) &&
      (!/[至到]/.test(separator) || last.bound === 'at_least');
    const listed = joined && last ? typed.get(last) : undefined;
    const rule = listed?.rule ?? typeQuantity(quantity, clauseBefore, ex.quantityRules, clauseAfter);
    if (!rule) continue;
    const veto = strongestVeto(vetoes, quantity.numeral.start, quantity.numeral.end);
    if (veto && veto.priority >= rule.rule.priority) continue;
    kept.push(quantity);
    typed.set(quantity, { rule, before: listed?.before ?? clauseBefore, after: clauseAfter });
    last = quantity;
  }
  if (kept.length === 0) return;

  const enumerated = enumerationSubjects(view, kept, ex.lexicons.trims.sharedEndings);
  let previous: Draft | null = null;
  const drafts: Draft[] = [];
  // Number of facts made before the current `分别…` list (-1 outside one).
  let listBase = -1;
  for (const quantity of kept) {
    // The high end of a vague range (`三四倍`) is the fact of its low end with the other value.
    if (previous && previous.quantity.numeral === quantity.numeral && previous.quantity.value !== 0) {
      const fact: ExtractedFact = {
        ...previous.fact,
        value: (previous.fact.value! / previous.quantity.value) * quantity.value,
        bound: quantity.bound,
      };
      facts.push(fact);
      const twin: Draft = { quantity, fact, head: previous.head };
      drafts.push(twin);
      previous = twin;
      continue;
    }
    const { rule, before, after } = typed.get(quantity)!;
    let figure = enumerated.get(quantity) ?? null;
    if (figure?.earlier !== undefined) {
      // `分别增长a、b` after figures that name their metrics: each takes the metric of its counterpart.
      if (listBase < 0) listBase = drafts.length;
      const counterpart = drafts[listBase - figure.earlier];
      figure = counterpart ? { subject: counterpart.fact.subject, metric: counterpart.fact.metric } : null;
    } else {
      listBase = -1;
    }
    const draft = quantityFact(quantity, rule, { before, after }, previous, kept, figure, view, doc, ex.lexicons);
    if (!draft) continue;
    facts.push(draft.fact);
    drafts.push(draft);
    previous = draft;
  }
}

function findVetoes(view: SentenceView, vetoes: readonly CompiledVeto[], blocked: Veto[]): Veto[] {
  const slice = view.slice;
  const found = [...blocked];
  for (const { rule, regex } of vetoes) {
    forEachMatch(regex, slice, (m) => {
      found.push({ start: view.start + m.index, end: view.start + m.index + m[0].length, priority: rule.priority, rule: rule.id });
    });
  }
  return found;
}

function strongestVeto(vetoes: readonly Veto[], start: number, end: number): Veto | null {
  let best: Veto | null = null;
  for (const veto of vetoes) {
    if (veto.start < end && veto.end > start && (!best || veto.priority > best.priority)) best = veto;
  }
  return best;
}

/** The highest-priority typing rule whose conditions hold. */
export function typeQuantity(
  quantity: Quantity,
  clauseBefore: string,
  rules: readonly CompiledQuantityRule[],
  clauseAfter = '',
): CompiledQuantityRule | null {
  for (const rule of rules) {
    if (rule.unitClass && !rule.unitClass.has(quantity.unitClass!)) continue;
    if (rule.unit ? !rule.unit.has(quantity.unit!) : quantity.requires !== null) continue;
    if (quantity.requires !== null && !clauseBefore.includes(quantity.requires)) continue;
    if (rule.before && !rule.before.test(clauseBefore)) continue;
    if (rule.notBefore && rule.notBefore.test(clauseBefore)) continue;
    if (rule.after && !rule.after.test(clauseAfter)) continue;
    return rule;
  }
  return null;
}

function quantityFact(
  quantity: Quantity,
  rule: CompiledQuantityRule,
  clause: { before: string; after: string },
  previous: Draft | null,
  kept: readonly Quantity[],
  enumerated: EnumeratedFigure | null,
  view: SentenceView,
  doc: Document,
  lexicons: Lexicons,
): Draft | null {
  const type = rule.rule.then.type;
  // The words before the figure start after the figure before it (one that made a fact or not).
  const before = kept[kept.indexOf(quantity) - 1];
  const previousEnd = before && view.clauseStart(before.end) === view.clauseStart(quantity.start) ? before.end : view.start;
  const phrase = metricPhrase(view, quantity, previousEnd, kept, lexicons);
  let metric = enumerated?.metric ?? phrase.metric;
  let head = phrase.head;
  let inherited: Draft | null = null;
  if (!enumerated && !phrase.hasNoun && previous && (type === 'change' || previous.quantity.unitClass === quantity.unitClass)) {
    inherited = previous;
    metric = metric && previous.head ? metric + previous.head : previous.fact.metric;
    head = previous.head;
  }
  if (!metric && previous) {
    // `110多批计1500多万美元`: a figure with no words of its own is about what the figure before it is.
    inherited = previous;
    metric = previous.fact.metric;
  }
  // A share with no words of its own before or after it (`…最低，只有59.5%`) takes the clause before.
  if (!enumerated && !inherited && !phrase.hasNoun && phrase.postEnd === quantity.end && quantity.unitClass === 'percent') {
    metric = previousClauseMetric(view, quantity.start, lexicons) || metric;
  }
  if (!metric) return null;
  const negative = rule.negativeWhen?.test(clause.before) || rule.negativeAfter?.test(clause.after);
  const value = negative ? -quantity.value : quantity.value;
  const hasPre = phrase.preEnd > phrase.preStart;
  const context = factContext({
    view,
    doc,
    lexicons,
    type,
    metric,
    unit: quantity.unit,
    start: quantity.start,
    end: quantity.end,
    phrase,
    listedSubject: enumerated?.subject,
    inheritedCategory: inherited?.fact.category,
  });
  const fact: ExtractedFact = {
    type,
    metric,
    value,
    unit: quantity.unit,
    bound: quantity.bound,
    ...context,
    name: null,
    // Without words naming the metric, the text still shows the clause's words before the figure
    // (`较上年提高1.2个百分点`).
    start: hasPre ? phrase.preStart : phrase.contextStart,
    end: hasPre ? quantity.end : Math.max(quantity.end, phrase.postEnd),
    sentence: view.order,
    rule: rule.rule.id,
  };
  return { quantity, fact, head: head || previous?.head || '' };
}

/** Longest clause-opening stretch (`只有`, `大约只占`) after which the clause before names the figure's metric. */
const MAX_BARE_OPENING = 6;

/** The words of the clause before the one at `pos` when that clause opens with a few words only (`只有`). */
function previousClauseMetric(view: SentenceView, pos: number, lexicons: Lexicons): string {
  const clauseStart = view.clauseStart(pos);
  if (clauseStart <= view.start || pos - clauseStart > MAX_BARE_OPENING) return '';
  const previousStart = view.clauseStart(clauseStart - 1);
  let from = Math.max(previousStart, clauseStart - 1 - MAX_PREVIOUS_CLAUSE);
  while (from < clauseStart - 1 && !view.isBoundary(from)) from++;
  const [start, end] = trimSpan(view, from, clauseStart - 1, lexicons);
  return end > start && view.hasNoun(start, end) ? view.text.slice(start, end) : '';
}

/** Longest stretch of the clause before taken as a metric. */
const MAX_PREVIOUS_CLAUSE = 16;

function namedFact(thing: NamedThing, view: SentenceView, doc: Document, lexicons: Lexicons): ExtractedFact {
  const context = factContext({
    view,
    doc,
    lexicons,
    type: thing.type,
    metric: thing.metric,
    unit: null,
    start: thing.start,
    end: thing.end,
    name: thing.name,
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
