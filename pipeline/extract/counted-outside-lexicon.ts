import type { Token } from '../../core/document';
import { isModifier, isSubjectWord } from '../scope/subject-words';
import type { SubjectRules } from '../scope/subjects';
import type { FigureInput } from './figure-input';

/**
 * The noun phrase glued after a count that no head of the lexicon ends (contract v1.1, subject: the noun phrase
 * the figure modifies): a fallback of figure-subject.ts for counts of things, tried after the figure's own
 * phrase and before what its clause, sentence or section names.
 */

/** A bound word and 的 between a count and the noun phrase it counts (…种左右的, …家以上的, …个的). */
export const BOUND_OF = /^(?:左右|上下|以上|以下)?的(?=[\u4e00-\u9fff])/;
/** Tags of the noun a counted phrase ends in (人口/n, 药/n): not a verbal noun, a place, a person or a time. */
const COUNTED_NOUN_TAGS: ReadonlySet<string> = new Set(['n', 'nz', 'nl', 'ng', 'j']);
/** Tags of an adverb: 分别/d 代表 goes on about what came before the count, it narrows no noun. */
const ADVERB = /^(?:d|ad|vd)$/;
/** A kind numeral the segmenter reads as a number between a count and what it counts (2款一类创新药, 3项二级指标). */
const KIND_NUMERAL = /^[一二三四五六七八九十]+[类级等]$/;

/**
 * What a count counts when no head of the lexicon ends the words glued after it (13.2万脱贫人口, 2款一类创新药):
 * the noun phrase those words make, with the modifiers the segmenter reads as verbs before its noun (脱贫/v
 * 人口, 创新/v 药) and a kind numeral it reads as a number (一类/m) kept, since they narrow it (contract v1.1,
 * subject: the noun phrase the figure modifies, shortest form that keeps what narrows it); null when it is a
 * measure, an event, a place or a bare 人口/企业 with nothing narrowing it.
 */
export function countedOutsideLexicon(input: FigureInput, rules: SubjectRules): string | null {
  const { view } = input;
  const from = input.end + (BOUND_OF.exec(view.text.slice(input.end, view.clauseEnd(input.end)))?.[0].length ?? 0);
  // A count whose own classifier is the people counted (1600万人进城落户) is followed by what they do.
  if (/人$/.test(view.text.slice(input.start, input.end))) return null;
  const words = view.tokensIn(from, view.clauseEnd(input.end)).filter((token) => token.start >= from);
  const kind = words[0] !== undefined && words[0].start === from && KIND_NUMERAL.test(words[0].word) ? 1 : 0;
  // Modifiers the segmenter reads as verbs (脱贫/v, 创新/v), glued one to the next, then the one noun they narrow;
  // not an adverb (分别/d 代表: the count goes on about what came before it).
  const modifier = (token: Token) => isModifier(token, rules) && !ADVERB.test(token.tag);
  let noun = kind;
  while (noun < words.length && words[noun]!.start === (noun === 0 ? from : words[noun - 1]!.end) && modifier(words[noun]!)) noun++;
  const head = words[noun];
  if (noun === kind || !head || head.start !== words[noun - 1]!.end || !COUNTED_NOUN_TAGS.has(head.tag)) return null;
  // A noun glued to another after it (17个样品功率指标), to 的 (…人口的饮水安全) or to a modifier of a further noun
  // (承接/v 产业/n 转移/v 主平台) is no phrase read whole here.
  const glued = (i: number) => words[i] !== undefined && words[i]!.start === words[i - 1]!.end;
  const next = glued(noun + 1) ? words[noun + 1]! : null;
  const modifiesNext = next !== null && modifier(next) && glued(noun + 2) && COUNTED_NOUN_TAGS.has(words[noun + 2]!.tag);
  if (next && (isSubjectWord(next, rules) || modifiesNext || next.word === '的')) return null;
  // A scope word (获评全国优秀, 达到全球最优) is no thing counted.
  if (rules.dropLeading.has(head.word) || head.word.startsWith('全')) return null;
  const ends = (endings: readonly string[]) => endings.some((ending) => head.word.endsWith(ending));
  if (ends(rules.notCounted) || ends(rules.placeNouns) || ends(rules.measureEndings)) return null;
  return words
    .slice(0, noun + 1)
    .map((token) => token.word)
    .join('');
}
