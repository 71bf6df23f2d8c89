import type { Token } from '../../core/document';

/**
 * A grade or class designation glued before a subject's nouns (93号汽油, 0号柴油, Ⅰ类检验机构, E0级板材, 一级建造师):
 * contract v1.1, subject, "shortest form that keeps what narrows it": the grade names another product or group
 * than the bare noun (93号汽油 is not 0号柴油's kind, Ⅰ类机构 not Ⅲ类机构), so it stays in the subject.
 */

/** The grade rules of dictionaries/context/subjects.json (`grades`). */
export interface GradeRules {
  /** The word that marks a grade after its designation (号, 级, 类, 型). */
  marks: ReadonlySet<string>;
  /** A designation any mark may follow: letters, Roman numerals, with digits around them (5A, E0, Ⅱ). */
  designation: RegExp;
  /** Marks that may follow bare digits too (93号): after digits the others are counts (抽查3类产品). */
  afterDigits: ReadonlySet<string>;
  /** Grades the segmenter keeps as one word (一级, 甲级). */
  words: ReadonlySet<string>;
  /** The mark of a place in a ranking after its number (500强): the list it ranks in, glued before the number, stays. */
  rankings: ReadonlySet<string>;
}

export interface GradesFile {
  marks: string[];
  designation: string;
  afterDigits: string[];
  words: string[];
  rankings: string[];
}

export function compileGrades(file: GradesFile): GradeRules {
  return {
    marks: new Set(file.marks),
    designation: new RegExp(file.designation, 'u'),
    afterDigits: new Set(file.afterDigits),
    words: new Set(file.words),
    rankings: new Set(file.rankings),
  };
}

const DIGITS = /^[0-9]+$/;

/** Whether two tokens touch (no space, no punctuation between them). */
const glued = (before: Token | undefined, after: Token | undefined): boolean =>
  before !== undefined && after !== undefined && before.end === after.start;

/**
 * Where a subject run that starts at `first` begins with the grade glued before it: the designation's index
 * (93/m 号/m 汽油), the grade word's (一级/m 建造师), or `first` when no grade is glued there.
 */
export function gradedStart(tokens: readonly Token[], first: number, grades: GradeRules): number {
  const ranked = rankedStart(tokens, first, grades);
  if (ranked < first) return ranked;
  const mark = tokens[first - 1];
  if (!mark || !glued(mark, tokens[first])) return first;
  if (grades.words.has(mark.word)) return first - 1;
  if (!grades.marks.has(mark.word)) return first;
  const designation = tokens[first - 2];
  if (!designation || !glued(designation, mark)) return first;
  const named = grades.designation.test(designation.word) || (DIGITS.test(designation.word) && grades.afterDigits.has(mark.word));
  return named ? first - 2 : first;
}

/** Tags of the list a ranking is of, glued before its number (世界/n 500强, 中国/ns 500强). */
const RANKING_LIST_TAGS = /^n/;

/**
 * Where a run begins that opens with a ranking (500/m 强/a 企业, or 500/m 强/a before the run): at the ranking's
 * number, or at the list it ranks in glued before the number (世界500强企业, 中国500强企业: another group than
 * 全省100强企业); `first` when no ranking opens the run. The segmenter reads 强 as an adjective, so the run may
 * hold it or start after it.
 */
function rankedStart(tokens: readonly Token[], first: number, grades: GradeRules): number {
  const mark = grades.rankings.has(tokens[first]?.word ?? '') ? first : grades.rankings.has(tokens[first - 1]?.word ?? '') ? first - 1 : -1;
  if (mark < 0 || !glued(tokens[mark], tokens[mark + 1])) return first;
  const number = tokens[mark - 1];
  if (!number || !DIGITS.test(number.word) || !glued(number, tokens[mark])) return first;
  const list = tokens[mark - 2];
  return list && glued(list, number) && RANKING_LIST_TAGS.test(list.tag) ? mark - 2 : mark - 1;
}
