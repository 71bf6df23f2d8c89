/**
 * A whole named by its two parts (城乡 = 城镇 and 农村) that a sentence gives two figures respectively
 * (城乡居民人均可支配收入分别增长5.5%和6.8%; …从38000元和15000元分别提高到45000元和19000元): the first figure of each
 * pair is the first part's (城镇居民), the second the second's (农村居民). Contract v1.1: one fact per value, each
 * with its own subject, as the sentence names it. The wholes are subjects.json's pairedWholes.
 */
import type { SubjectRules } from '../scope/subjects';

/** A figure's pair mark: a 和 or 、 joining it to the figure after it, or the figure before it to it. */
const JOINS_NEXT = /^\s*(?:以上|以下|左右)?\s*[和、与]\s*[0-9０-９]/;
const JOINED_TO_PREVIOUS = /[0-9０-９][^，,；;。、和与]*[和、与]\s*$/;
/** A mark joining items of a list. */
const LIST = /[、和与及]/;
/** What ends the stretch a whole and its 分别 may span: a sentence's or a list's break. */
const BREAK = /[；;。]/;

interface PairInput {
  /** The sentence's text from its start up to the figure's clause end, and where the figure stands in it. */
  text: string;
  start: number;
  end: number;
  subject: string;
  rules: SubjectRules;
}

/** The part of a paired whole the figure is given (城镇居民 for the first of 分别增长5.5%和6.8%), or the subject as found. */
export function pairedPart(input: PairInput): string {
  const { text, start, end, subject, rules } = input;
  for (const [whole, parts] of rules.pairedWholes) {
    if (!subject.startsWith(whole)) continue;
    const named = text.lastIndexOf(subject, start);
    const respectively = text.indexOf('分别', named);
    if (named < 0 || respectively < 0 || BREAK.test(text.slice(named, start))) return subject;
    // A list of items before 分别 (城乡居民基础养老金、低保标准分别提高…) shares the figures out among its items, not the parts.
    const items = text.slice(named + subject.length, respectively);
    const firstFigure = items.search(/[0-9０-９]/);
    if (LIST.test(firstFigure < 0 ? items : items.slice(0, firstFigure))) return subject;
    const rest = subject.slice(whole.length);
    if (JOINS_NEXT.test(text.slice(end))) return parts[0] + rest;
    if (JOINED_TO_PREVIOUS.test(text.slice(named, start))) return parts[1] + rest;
    return subject;
  }
  return subject;
}
