/**
 * A list of product items closed by 等 and a count of classes (对电热毯、羽绒服、保温杯等9类产品开展抽查，共抽取210批次;
 * 抽查了床垫等6类产品): the list stands for more classes than it names, so the figures of the sampling it opens are about the products
 * sampled as a whole, no item of the list and not the list as written (contract v1.1, subject: the product class
 * the figure is about; a bare 产品 names none). The words are dictionaries/context/class-counts.json.
 */
import type { Dictionaries } from '../../core/dictionaries';
import { CHINESE_NUMERAL_RUN } from '../text/numeral-grammar';
import { escapeRegex } from './rules';

export const CLASS_COUNTS_FILE = 'context/class-counts.json';

export interface ClassCountRules {
  /** 等 and a class count right after a list's last item (等9类产品, 等13大类产品, 等十余种产(商)品). */
  count: RegExp;
}

export function loadClassCountRules(dictionaries: Dictionaries): ClassCountRules {
  return dictionaries.parseOnce(
    CLASS_COUNTS_FILE,
    (text) => {
      const file = JSON.parse(text) as { closers: string[]; classifiers: string[]; goods: string[] };
      const alternatives = (words: string[]) =>
        [...words]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegex)
          .join('|');
      // The figure's numeral as the one numeral grammar spells it (9类, 十余种, 卅类), then a vague 多/余.
      const numeral = `(?:[0-9０-９]+|${CHINESE_NUMERAL_RUN})[多余]?`;
      // A count of classes may go on with a count of kinds (等4类14种产品).
      const classifiers = alternatives(file.classifiers);
      return {
        count: new RegExp(
          `(?:${alternatives(file.closers)})${numeral}(?:${classifiers})(?:${numeral}(?:${classifiers}))?(?:${alternatives(file.goods)})`,
          'g',
        ),
      };
    },
    'compiled',
  );
}

/** What the check reads: the sentence's text up to the end of the figure's clause, where the figure starts in it, the subject. */
export interface ClassCountCheck {
  sentence: string;
  figure: number;
  subject: string;
  rules: ClassCountRules;
}

/** What separates the items of a list. */
const ITEMS = /[、和及与]/;
/** Where a clause before the list ends (the list opens after it). */
const CLAUSE_END = /[，,；;：:。]/;

/**
 * Whether the subject found lies inside a list (of one item or more) closed by a class count at or before the figure (its items, or
 * the list as written): then the figure is about all the classes counted, not what the list names.
 */
export function withinCountedClasses({ sentence, figure, subject, rules }: ClassCountCheck): boolean {
  for (const match of sentence.matchAll(rules.count)) {
    if (match.index > figure) break;
    let from = match.index;
    while (from > 0 && !CLAUSE_END.test(sentence[from - 1]!)) from--;
    const list = sentence.slice(from, match.index);
    const items = subject.split(ITEMS).filter((item) => item !== '');
    // An item named again after the count (…等8类产品，其中插座合格率为90%) is that figure's own.
    const after = sentence.slice(match.index + match[0].length, figure);
    if (items.some((item) => after.includes(item))) continue;
    if (items.length > 0 && items.every((item) => list.includes(item))) return true;
  }
  return false;
}
