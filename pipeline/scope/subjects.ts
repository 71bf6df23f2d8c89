import type { Dictionaries } from '../../core/dictionaries';
import type { Token } from '../../core/document';

/**
 * The subject of a figure (contract v1.1): the product, product class, industry, company or group its
 * phrase names, as the run of noun words ending in a subject head (dictionaries/context/subjects.json).
 */

export const SUBJECTS_FILE = 'context/subjects.json';

interface SubjectsFile {
  heads: string[];
  generic: string[];
  dropLeading: string[];
  notSubjects: string[];
  companyEndings: string[];
}

export interface SubjectRules {
  heads: string[];
  generic: ReadonlySet<string>;
  dropLeading: ReadonlySet<string>;
  notSubjects: ReadonlySet<string>;
  companyEndings: string[];
}

export function loadSubjectRules(dictionaries: Dictionaries): SubjectRules {
  return dictionaries.parseOnce(
    SUBJECTS_FILE,
    (text) => {
      const file = JSON.parse(text) as SubjectsFile;
      return {
        heads: [...file.heads].sort((a, b) => b.length - a.length),
        generic: new Set(file.generic),
        dropLeading: new Set(file.dropLeading),
        notSubjects: new Set(file.notSubjects),
        companyEndings: [...file.companyEndings].sort((a, b) => b.length - a.length),
      };
    },
    'compiled',
  );
}

/** POS tags of words a subject is made of: nouns, names, abbreviations, distinguishing words (大型), letters. */
function isSubjectWord(token: Token): boolean {
  const tag = token.tag;
  return (
    tag.startsWith('n') || tag === 'vn' || tag === 'j' || tag === 'b' || tag === 'eng' || tag === 'l' || (tag === 'm' && /[a-zA-Z]/.test(token.word))
  );
}

/** The head a word ends in, or null. */
function headOf(word: string, rules: SubjectRules): string | null {
  return rules.heads.find((head) => word.endsWith(head)) ?? null;
}

/**
 * The subject named by `tokens` (the words of a figure's phrase, in order): the noun run ending in the
 * last word with a subject head, without leading scope words and places (`isPlace`); a generic head
 * (企业, 产品) counts only with another noun before it. Null when the phrase names none.
 */
export function subjectOfTokens(tokens: readonly Token[], rules: SubjectRules, isPlace: (token: Token) => boolean): string | null {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const token = tokens[k]!;
    if (!isSubjectWord(token) || isPlace(token)) continue;
    const head = headOf(token.word, rules);
    if (!head) continue;
    let first = k;
    while (first > 0) {
      const before = tokens[first - 1]!;
      if (!isSubjectWord(before) || isPlace(before) || before.end !== tokens[first]!.start) break;
      first--;
    }
    while (first < k && (rules.dropLeading.has(tokens[first]!.word) || rules.notSubjects.has(tokens[first]!.word))) first++;
    const words = tokens.slice(first, k + 1);
    const text = words.map((t) => t.word).join('');
    if (rules.notSubjects.has(text)) continue;
    if (words.length === 1 && rules.generic.has(token.word)) continue;
    if (words.length === 1 && token.word === head && rules.generic.has(head)) continue;
    return text;
  }
  return null;
}

/**
 * A company or group the document is about (南方电网, 达芬奇): the one its title names that the text names
 * most often, at least three times.
 */
export function documentCompany(title: string | null, tokens: readonly Token[], rules: SubjectRules): string | null {
  if (!title) return null;
  const counts = new Map<string, number>();
  for (const token of tokens) {
    const word = token.word;
    if (word.length < 2 || !title.includes(word)) continue;
    const isCompany = token.tag === 'nt' || (token.tag.startsWith('n') && rules.companyEndings.some((e) => word.endsWith(e) && word.length > e.length));
    if (isCompany) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 3 ? best[0] : null;
}
