import type { Token } from '../../core/document';
import { isModifier, isSubjectWord, namesCountedThing } from './subject-words';
import type { SubjectRules } from './subjects';

/**
 * The subject with the items joined before it in the text when one figure covers them all (contract v1.1,
 * subject: as it reads in the text, keeping what narrows it): 国家级和省级龙头企业74家, 汽车、建材、电子信息产业
 * 超千亿元, 铁路、高速公路运营里程均超过10万公里. Each item narrows the figure as much as the last one does, so
 * the last item alone (省级龙头企业, 电子信息产业) drops half of what the figure is about. Not when the clause
 * gives its items figures in order (分别, 依次, 各): each item is then its own figure's.
 */

/** Words joining items of a list (、 和 及 与 以及). */
const JOINING: ReadonlySet<string> = new Set(['、', '和', '及', '与', '以及']);
/** A clause whose items each take their own figure. */
const EACH = /分别|依次|各/;
/** Tags of a verb that may open the first item while governing the whole list. */
const ACTION_TAGS: ReadonlySet<string> = new Set(['v', 'vn']);
/** Most words of one joined item (国家 领航级, 新一代 信息 技术). */
const ITEM_WORDS = 3;

export interface CoordinationContext {
  /** The words of the figure's sentence before its figure (its subject may be one an earlier clause named). */
  words: readonly Token[];
  subject: string;
  rules: SubjectRules;
  isPlace: (token: Token) => boolean;
}

/** The subject with the items joined before it, or the subject as it was when none are. */
export function withJoinedItems(ctx: CoordinationContext): string {
  const { words, subject } = ctx;
  const start = subjectStart(words, subject);
  if (start < 0 || EACH.test(clauseFrom(words, start))) return subject;
  let first = start;
  while (first > 1 && JOINING.has(words[first - 1]!.word)) {
    const itemStart = joinedItemStart(ctx, first - 1);
    if (itemStart < 0) break;
    first = itemStart;
  }
  if (first === start) return subject;
  return (
    words
      .slice(first, start)
      .map((token) => token.word)
      .join('') + subject
  );
}

/**
 * Whether an item ends in a measure (保险金水平、…; 产量、产值; 合格率、达标率): a list of
 * measures, whose last item's thing is no item of theirs.
 */
function endsInMeasure(word: string, rules: SubjectRules): boolean {
  return (
    rules.notSubjects.has(word) ||
    rules.measures.some((measure) => word.endsWith(measure)) ||
    rules.measureEndings.some((ending) => word.endsWith(ending))
  );
}

/** A numeral or a word holding a figure (11/m, 万人/m, 3类). */
function holdsFigure(token: Token): boolean {
  return token.tag === 'm' || /[0-9０-９]/.test(token.word);
}

/** Where a clause breaks a sentence. */
const CLAUSE_BREAK = /^[，,；;：:。]$/;

/** The text from the start of the clause holding the word at `at` to the figure: the clause the items are listed in. */
function clauseFrom(words: readonly Token[], at: number): string {
  let first = at;
  while (first > 0 && !CLAUSE_BREAK.test(words[first - 1]!.word)) first--;
  return words
    .slice(first)
    .map((token) => token.word)
    .join('');
}

/** The index of the word the subject starts at in the clause's words, the last place it reads there; -1 if none. */
export function subjectStart(words: readonly Token[], subject: string): number {
  for (let i = words.length - 1; i >= 0; i--) {
    let text = '';
    for (let j = i; j < words.length && text.length < subject.length; j++) text += words[j]!.word;
    if (text.startsWith(subject)) return i;
  }
  return -1;
}

/**
 * Where the item before the joining word at `joint` starts: its run of nouns and modifiers, glued together,
 * of at most ITEM_WORDS words; -1 when the word before the joint is no noun or modifier (新建、改扩建: verbs,
 * 120家、: a figure) or a place (上海和江苏: places are the region, not the subject).
 */
function joinedItemStart(ctx: CoordinationContext, joint: number): number {
  const { words, rules, isPlace } = ctx;
  let k = joint - 1;
  const inItem = (token: Token) =>
    !isPlace(token) &&
    !holdsFigure(token) &&
    !rules.predicates.has(token.word) &&
    !rules.governing.has(token.word) &&
    (isSubjectWord(token, rules) || namesCountedThing(token, rules) || isModifier(token, rules));
  if (!inItem(words[k]!) || endsInMeasure(words[k]!.word, rules)) return -1;
  while (k > 0 && joint - k < ITEM_WORDS && words[k - 1]!.end === words[k]!.start && inItem(words[k - 1]!)) k--;
  // A verb opening the item governs the list (认证/vn 绿色食品、…; 治理/vn 沙漠化、…), it is no part of it.
  while (k < joint - 1 && ACTION_TAGS.has(words[k]!.tag)) k++;
  // A classifier after a figure (航线11条、…, 843万人、…) closes an item with a figure of its own: no item of this one.
  return k > 0 && holdsFigure(words[k - 1]!) ? -1 : k;
}
