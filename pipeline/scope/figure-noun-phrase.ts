import type { Token } from '../../core/document';
import { headOf, isModifier, isQuoteMark, isSubjectWord, namesCountedThing, quotedNameStart } from './subject-words';
import { countedNounPhrase, type SubjectRules } from './subjects';

/**
 * The noun phrase right before a figure that counts it (contract v1.1, subject: the noun phrase the figure
 * modifies): `NP+N+classifier` (实施科技攻关项目482个), `NP+predicate+N+classifier` (国家先进制造业集群增至14个,
 * 城镇棚户区住房改造开工601万套). Read on the words of the figure's own phrase, so only what is glued to it.
 */

/**
 * Tags of the words that say how the predicate stands (基本/d 建成, 已/d 完成, 将/d 达到), and the aspect particle
 * after it (增产/v 了/ul, 增加/v 了/ul: 电力增产了二十亿度 counts 电力).
 */
const ADVERB_TAGS: ReadonlySet<string> = new Set(['d', 'ad', 'vd', 'ul', 'uguo']);
/** Most words of predicate between a noun phrase and its figure (改造开工, 基本建成, 又减少). */
const PREDICATE_REACH = 3;

/**
 * What the words before a figure count: the noun phrase they end with, past the predicate words of the
 * file (建成, 新增, 减少, 改造) and adverbs between it and the figure; null when they end otherwise or in a
 * measure, an event, a place or a bare 产品/企业/项目 (城镇新增就业1312万人, 立案查处案件4510起).
 */
export function nounBeforeFigure(words: readonly Token[], rules: SubjectRules, isPlace: (token: Token) => boolean): string | null {
  let k = words.length - 1;
  for (let skipped = 0; k > 0 && skipped < PREDICATE_REACH; skipped++) {
    const word = words[k]!;
    if (!rules.predicates.has(word.word) && !ADVERB_TAGS.has(word.tag)) break;
    k--;
  }
  // Words that are all predicate and adverb (基本/n 建成/v 544万套: the segmenter reads 基本 as a noun) count
  // nothing of their own: the clause goes on about what an earlier one counted.
  if (k === 0 && (rules.predicates.has(words[0]!.word) || ADVERB_TAGS.has(words[0]!.tag))) return null;
  // A quoted name right before the figure (新建“爱心驿站”1000家) is what it counts: its last word ends the phrase.
  if (k > 0 && isQuoteMark(words[k]!) && quotedNameStart(words, k) < 0 && words[k - 1]!.end === words[k]!.start) k--;
  const phrase = k >= 0 ? countedNounPhrase(words, k, rules, isPlace) : null;
  return phrase === null ? null : withoutPredicate(phrase, rules);
}

/**
 * The phrase without a predicate the segmenter glued to its last noun (农村危房改造/n → 农村危房), when what is
 * left still names a thing in two characters.
 */
function withoutPredicate(phrase: string, rules: SubjectRules): string {
  // Longest first: 升级改造 before 改造.
  for (const predicate of [...rules.predicates].sort((a, b) => b.length - a.length)) {
    if (predicate.length > 1 && phrase.endsWith(predicate) && phrase.length - predicate.length >= 2)
      return phrase.slice(0, -predicate.length);
  }
  return phrase;
}

/**
 * Words after which a noun phrase goes on: a joining word (黄标车和老旧车), an attribute's 的 (自动化的炼铁高炉); not a
 * 的 before the work done to the thing (加油机的强制检定工作: doneToIt).
 */
const CUT_AT: ReadonlySet<string> = new Set(['和', '及', '与', '以及', '的']);

/** Tags of a verbal word that closes a counted phrase as what is done to the thing (中小学体育场地升级改造/vn). */
const ACTIVITY_TAGS: ReadonlySet<string> = new Set(['v', 'vn']);

/**
 * What a figure's classifier counts in the words glued after it when no head of the lexicon names it
 * (`N+classifier+NP`: 6部作品获文华奖, 16所高校, 124万名婴幼儿): the noun phrase those words open with, up to
 * its last noun, past the activity words that close it; null when it ends in a measure, an event, a place
 * or a bare 产品/企业/项目.
 */
export function nounAfterFigure(words: readonly Token[], rules: SubjectRules, isPlace: (token: Token) => boolean): string | null {
  let end = 0;
  while (
    end < words.length &&
    words[end]!.start === (end === 0 ? words[0]!.start : words[end - 1]!.end) &&
    opensNounPhrase(words, end, rules)
  )
    end++;
  // A phrase the segmenter cut at a joining word (宜居/ns 宜业/x 和/c 美/ns 乡村) is read whole or not at all;
  // one before 的 is an attribute of what is counted (六座自动化的炼铁高炉), not the thing.
  // So is one a word or two before a place noun the segmenter left untagged (重点 帮扶/v 县/zg): the place is
  // what is counted.
  const next = words[end]?.word ?? '';
  const glued = (i: number) => i > 0 && words[i] !== undefined && words[i]!.start === words[i - 1]!.end;
  const placeAfter = [end, end + 1].some((i) => glued(i) && (i === end || glued(end)) && rules.placeNouns.includes(words[i]!.word));
  // A thing before the work done to it (加油机的强制检定工作) is what is counted, not an activity (行业结构调整的政策).
  // Only a phrase of nouns and modifiers: one holding a verb is a clause (社员投入水库的修建).
  const thingBefore = end > 0 && words[end - 1]!.tag.startsWith('n') && words.slice(0, end).every((word) => word.tag !== 'v');
  if ((CUT_AT.has(next) && !(next === OF && thingBefore && doneToIt(words, end + 1, rules))) || placeAfter) return null;
  let k = end - 1;
  // Activity words close the phrase (体育场地升级改造); one the file names an event (培训, 工作) is what is counted.
  while (k > 0 && ACTIVITY_TAGS.has(words[k]!.tag) && !rules.notCounted.some((event) => words[k]!.word.endsWith(event))) k--;
  return k >= 0 ? countedNounPhrase(words.slice(0, end), k, rules, isPlace) : null;
}

/** The particle before what is done to the thing counted (86台加油机的周期检定). */
const OF = '的';

/**
 * Whether the words glued from `i` on, to the clause's end or the first word not glued, end in the work done (132台
 * 加油机的强制检定工作, 1200台电梯的定期检验): the thing before 的 is what the classifier counts, not an attribute of it.
 */
function doneToIt(words: readonly Token[], i: number, rules: SubjectRules): boolean {
  let last = -1;
  for (let k = i; k < words.length && words[k]!.start === words[k - 1]!.end && /[\u4e00-\u9fff]/.test(words[k]!.word); k++) last = k;
  if (last < 0) return false;
  const word = words[last]!;
  return rules.notCounted.some((event) => word.word.endsWith(event)) || (word.tag === 'vn' && headOf(word.word, rules) === null);
}

/** Whether the word at `i` may stand in the noun phrase after a figure: a subject word, a noun, or a modifier of one. */
function opensNounPhrase(words: readonly Token[], i: number, rules: SubjectRules): boolean {
  const word = words[i]!;
  if (isSubjectWord(word, rules) || namesCountedThing(word, rules)) return true;
  const next = words[i + 1];
  const nounFollows = next !== undefined && next.start === word.end && (isSubjectWord(next, rules) || namesCountedThing(next, rules));
  return nounFollows && (isModifier(word, rules) || (word.tag === 'a' && word.word.length > 1));
}
