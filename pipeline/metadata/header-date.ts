/**
 * A page's date from a header line that the cleaning could not read because of how it was written: the cleaning
 * reads dates on the raw lines, where a traditional page with pinyin inside its words (`發(fā)布時(shí)間:2007-12-04`)
 * or a variant form of a label hides the date line from the boilerplate rules. After normalisation the same line
 * reads `发布时间：2007-12-04`; the rules (dictionaries/corpus/boilerplate.jsonl) read it again here, in the first
 * lines only, and only a line a dateline rule would drop as the page's own (not a related headline's date).
 */
import { lineFields, matchDropRule, statesOwnFields, type BoilerplateRule } from '../clean/boilerplate';

/** The first lines of the normalised text: title, dateline, source (a longer header is rare). */
const HEADER_DATE_LINES = 6;

export interface HeaderDateInput {
  /** The normalised text. */
  text: string;
  rules: readonly BoilerplateRule[];
}

/** `YYYY-MM-DD` of the first header line the rules read as the page's date line, or null. */
export function headerLineDate({ text, rules }: HeaderDateInput): string | null {
  for (const line of text.split('\n').slice(0, HEADER_DATE_LINES)) {
    const rule = matchDropRule(line, rules, true);
    if (!rule || !statesOwnFields(rule)) continue;
    const date = lineFields(line, rules).date;
    if (date) return date;
  }
  return null;
}
