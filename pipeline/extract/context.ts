/**
 * What a figure's sentence says about it besides the number: the year it refers to, the region, and
 * whether it is a target.
 */
import type { DocumentMeta, FactStatus } from '../document';
import type { Lexicons } from './lexicons';
import { forEachMatch } from './rules';
import type { SentenceView } from './sentence';

/** A year that names when (`2008年`, `2010的`), not a comparison base (`比2015年同期`) or a range end. */
const YEAR = /(?<![\d比较与同])(?<!\d\s*[-—–~～至到]\s*)((?:19|20)\d\d)(?=年(?!代)|的)/g;

/** The year a figure at `pos` refers to: the last year before it in the sentence, else the document's. */
export function periodAt(view: SentenceView, pos: number, meta: DocumentMeta): string | null {
  let year: string | null = null;
  forEachMatch(YEAR, view.text.slice(view.start, pos), (m) => {
    year = m[1]!;
  });
  return year ?? meta.year;
}

/** The region a figure at `pos` refers to: the last place name before it in the sentence, else the document's. */
export function regionAt(view: SentenceView, pos: number, meta: DocumentMeta, lexicons: Lexicons): string | null {
  let region: string | null = null;
  for (const token of view.tokensIn(view.start, pos)) {
    if (token.tag !== 'ns') continue;
    const known = lexicons.regions.get(token.word);
    if (known) region = known;
    else if (token.word.length >= 2 && /[省市州县区盟旗]$/.test(token.word)) region = token.word;
  }
  return region ?? meta.region;
}

const QUOTED = /“[^”]*”|"[^"]*"/g;

/** `target` when a target cue (力争, 确保, 要, 目标, 计划, 年内, …) governs the figure at [start, end). */
export function statusAt(view: SentenceView, start: number, end: number, lexicons: Lexicons): FactStatus {
  const { status } = lexicons;
  const clauseStart = view.clauseStart(start);
  const clauseBefore = view.text.slice(clauseStart, start);
  const after = view.text.slice(end, view.clauseEnd(end));
  if (status.after.test(after)) return 'target';
  if (status.from.test(clauseBefore)) return 'actual';
  // A cue inside a quoted slogan (`“三个确保”`) governs nothing.
  const before = view.text.slice(view.start, start).replace(QUOTED, '');
  if (!status.before.test(before)) return 'actual';
  return status.actualBefore.test(clauseBefore) ? 'actual' : 'target';
}
