/**
 * What the words around a brand rule's match say (rules/names.jsonl, options `previousScheme` and `clauseCue` of
 * brands.ts): the scheme the sentence before names when a sentence opens with its members (`今年又有三件商标被认定为
 * 驰名商标。它们分别是A、B、C。`), and whether the clause holding a match holds a word that marks what it names
 * (`抽检了A、B等洗发水`, not `附近有A、B等奢侈品展厅`).
 */
import type { SentenceView } from './sentence';

/** Marks that end a sentence: the sentence before another ends at the last of them before it. */
const SENTENCE_END = /[。！？!?]/;
/** A count of members (`4件`, `三个`): a sentence naming a scheme and counting them announces a list. */
const MEMBER_COUNT = /[0-9０-９一二两三四五六七八九十百]+(?:个|件|项|种|家|枚|只)/;

/** The pattern of the schemes, made once for the list the lexicon holds (longest first, as it sorts them). */
let schemePattern: { schemes: readonly string[]; regex: RegExp } | null = null;

/**
 * The scheme the sentence right before `view` names, in the same paragraph, when it also counts members
 * (`今年又有三件商标被认定为驰名商标。`): the last scheme written there, else null. `schemes` are the lexicon's,
 * longest first, so a scheme holding another (`中国驰名商标`, `驰名商标`) is read whole.
 */
export function previousSentenceScheme(view: SentenceView, schemes: readonly string[]): string | null {
  let end = view.start;
  while (end > 0 && /[ \t\u3000]/.test(view.text[end - 1]!)) end--;
  if (end === 0 || !SENTENCE_END.test(view.text[end - 1]!)) return null;
  let from = end - 1;
  while (from > 0 && !SENTENCE_END.test(view.text[from - 1]!) && view.text[from - 1] !== '\n') from--;
  const before = view.text.slice(from, end);
  if (!MEMBER_COUNT.test(before)) return null;
  if (schemePattern?.schemes !== schemes) schemePattern = { schemes, regex: new RegExp(schemes.join('|'), 'g') };
  let last: string | null = null;
  for (const m of before.matchAll(schemePattern.regex)) last = m[0];
  return last;
}

/** Whether the clause holding `span` (from the clause mark before it to the one after it) holds one of `words`. */
export function clauseHolds(view: SentenceView, span: { from: number; to: number }, words: readonly string[]): boolean {
  const clause = view.text.slice(view.clauseStart(span.from), view.clauseEnd(span.to));
  return words.some((word) => clause.includes(word));
}
