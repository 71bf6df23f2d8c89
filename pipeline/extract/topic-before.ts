/**
 * The topic a bare total speaks of. Provincial reports open a point with a short topic sentence or clause and
 * then give its total with no noun of its own (`经营主体持续壮大。总量接近800万户`, `市场经营主体增量提质，总量突破
 * 1000万户`): the total is the total of the topic's leading nouns.
 */
import type { Token } from '../../core/document';
import type { SentenceContext } from './pass';
import { tokensIn } from '../text/tokens-in';
import { isNounTag } from './sentence';

/** Longest topic sentence (characters) read before a total that opens its sentence: a heading-like line. */
const MAX_TOPIC_SENTENCE = 12;
/** The enumerator a point of a report opens with (`四是，`, `第二，`). */
const ENUMERATOR = /^(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3})[，,、]?/;

/** The leading nouns of the clause before `pos`, or of the short sentence before when `pos` opens its sentence; or ''. */
export function topicBefore({ view, doc }: SentenceContext, pos: number): string {
  const previous = view.previousClause(pos);
  if (previous) return leadingNouns(view.text, view.tokensIn(previous.start, previous.end));
  const before = doc.sentences?.[view.order - 1];
  if (!before || before.order !== view.order - 1) return '';
  const between = view.text.slice(before.start, view.start);
  // A point's enumerator (`四是，`, `第二，`) opens the topic line without being part of it.
  const from = before.start + (ENUMERATOR.exec(view.text.slice(before.start, before.end))?.[0].length ?? 0);
  // Only a topic line of the same paragraph: a heading on a line of its own is framed elsewhere.
  if (between.includes('\n') || before.end - from > MAX_TOPIC_SENTENCE) return '';
  const tokens = tokensIn(doc.tokens ?? [], from, before.end).filter((token) => token.start >= from && token.end <= before.end);
  return leadingNouns(view.text, tokens);
}

/** The run of noun words that opens `tokens` (`经营主体持续壮大` → `经营主体`), or ''. */
function leadingNouns(text: string, tokens: readonly Token[]): string {
  let last = 0;
  while (last < tokens.length && isNounTag(tokens[last]!.tag) && /[\u4e00-\u9fff]/.test(tokens[last]!.word)) last++;
  return last === 0 ? '' : text.slice(tokens[0]!.start, tokens[last - 1]!.end);
}
