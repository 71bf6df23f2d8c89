/**
 * A sentence that names nothing of its own before its figure, only result measures of what was sampled (企业合格率和
 * 批次合格率均为100%。), goes on about what the sentence before it, in the same paragraph, opened with (监督抽查成品油71家
 * 100个批次，其中轻柴油46个批次…。): contract v1.1, subject: when the sentence names none, take it from the nearest
 * enclosing lead that names one. The sentence before's opening clause, not its later items (the parts 其中 lists).
 */
import type { Token } from '../../core/document';
import { continuesEarlierClause, RESULT_RATE, type SubjectRules } from '../scope/subjects';
import { tokensWithin } from '../text/tokens-in';
import type { FigureInput } from './figure-input';

/** Where a sentence ends, and where the first clause of one ends. */
const SENTENCE_END = /[。！？!?][^。！？!?]*$/;
const CLAUSE_END = /[，,；;：:]/;

/**
 * What the sentence before the figure's opened with, counting what it sampled, when every word of the figure's
 * sentence before the figure only goes on (continuesEarlierClause: result rates, 同比, 均) and one is a result rate;
 * else null.
 */
export function goneOnSubject(input: FigureInput, rules: SubjectRules, named: (tokens: Token[]) => string | null): string | null {
  const { view, start, doc } = input;
  const own = tokensWithin(doc.tokens, view.start, start).filter((token) => token.end <= start);
  // Only a sentence of results (合格率, 检出率): a plan's or a report's sentence of verbs (要完成…, 筹措…) is no result of
  // what the sentence before sampled.
  if (!own.some((token) => RESULT_RATE.test(token.word)) || !continuesEarlierClause(own, rules)) return null;
  const paragraphStart = view.paragraphStart();
  const before = view.text.slice(paragraphStart, view.start).replace(/[。！？!?\s]+$/, '');
  if (before === '') return null;
  const previousStart = paragraphStart + before.search(SENTENCE_END) + 1;
  const previous = view.text.slice(previousStart, paragraphStart + before.length);
  const clauseEnd = previous.search(CLAUSE_END);
  const opening = clauseEnd < 0 ? previous : previous.slice(0, clauseEnd);
  // The opening counts what it sampled (监督抽查成品油71家100个批次); one that only frames the sentence (查阅历年对某类产品的
  // 抽检结果发现) names no sampling the results are of.
  if (!/[0-9０-９]/.test(opening)) return null;
  return named(tokensWithin(doc.tokens, previousStart, previousStart + opening.length));
}
