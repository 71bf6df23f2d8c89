import type { Token } from '../../core/document';

/**
 * The adjective glued before a subject's nouns that narrows them (小/a 微企业, 清洁/a 能源, 高/a 价值发明专利, 大/a 吊灯):
 * contract v1.1, the subject is the shortest form that keeps what narrows it, and an adjective the segmenter split
 * off the compound is part of it. Only an adjective (tag a) glued to the run, none the file lists as one that
 * rates or ranks rather than narrows (主要, 重要, 良好: adjectivesNotNarrowing), nor a predicate, a governing verb or a
 * scope word the segmenter tags as one (新建/a, 新/a).
 */

/** What this test reads of the subject rules. */
export interface AdjectiveRules {
  adjectivesNotNarrowing: ReadonlySet<string>;
  predicates: ReadonlySet<string>;
  governing: ReadonlySet<string>;
  dropLeading: ReadonlySet<string>;
  notSubjects: ReadonlySet<string>;
  continuing: ReadonlySet<string>;
}

/** Tags of an adjective the segmenter splits off a compound noun. */
const ADJECTIVE_TAGS: ReadonlySet<string> = new Set(['a']);

/** The first word of the run starting at `first` with the narrowing adjective glued before it, or `first`. */
export function adjectiveStart(tokens: readonly Token[], first: number, rules: AdjectiveRules): number {
  const before = tokens[first - 1];
  const start = tokens[first];
  if (!before || !start || before.end !== start.start) return first;
  if (!ADJECTIVE_TAGS.has(before.tag) || !/^[\u4e00-\u9fff]+$/.test(before.word)) return first;
  const word = before.word;
  const excluded =
    rules.adjectivesNotNarrowing.has(word) ||
    rules.predicates.has(word) ||
    rules.governing.has(word) ||
    rules.dropLeading.has(word) ||
    rules.notSubjects.has(word) ||
    rules.continuing.has(word);
  if (excluded) return first;
  // One glued after a numeral counts kinds (6/m 大/a 特色产业: six major ones), one after a verb of one character
  // is its complement (调/v 高/a 城乡居民…: raised), as is one after a piece the segmenter does not know (次调/x 高/a):
  // none narrows the thing.
  const preceding = tokens[first - 2];
  if (
    preceding &&
    preceding.end === before.start &&
    (preceding.tag === 'm' || (preceding.tag === 'x' && before.word.length === 1) || (preceding.tag === 'v' && preceding.word.length === 1))
  )
    return first;
  return first - 1;
}
