import type { Dictionaries } from '../../core/dictionaries';

/**
 * The word patterns a figure's category reads around its metric, beside the decision list of categories.tsv:
 * seizures, casualties, hand-overs to enforcement, schemes taking products in, testing bodies counted, shares of
 * samples, and the words by which a paragraph speaks of a standard's limit. The patterns are data:
 * dictionaries/context/category-words.json, each with examples it must and must not match (run as tests).
 */

export const CATEGORY_WORDS_FILE = 'context/category-words.json';

/** The names of the patterns the file must define. */
export const CATEGORY_WORD_NAMES = [
  'currencyUnit',
  'shareOfSamples',
  'takenIn',
  'countsTestingBodies',
  'seized',
  'casualties',
  'namesEquipment',
  'handedToEnforcement',
  'namesStandard',
  'measuredLevel',
  'limitedMeasure',
  'comparedMeasure',
  'namedAsStandard',
  'recoveredLoss',
  'brandsOnly',
  'priceComparative',
  'priceMove',
  'informantReward',
  'bareComparison',
  'moneyBefore',
  'setByStandard',
  'groupFrame',
  'testedAfterSeizure',
  'verifiedInSentence',
  'standardisedInSentence',
  'brandSchemeInSentence',
  'shareOfCounted',
  'caseAfter',
  'countOfPassed',
  'passedOrFailedOnly',
  'instrumentsChecked',
  'campaignNamed',
  'measurementCheck',
  'checkVerb',
  'placeUnit',
  'certifiedAgainst',
] as const;

export type CategoryWordName = (typeof CATEGORY_WORD_NAMES)[number];

export type CategoryWords = Readonly<Record<CategoryWordName, RegExp>>;

export interface CategoryWordPattern {
  pattern: string;
  why: string;
  holds: string[];
  lacks: string[];
}

export interface CategoryWordsFile {
  about: string;
  patterns: Record<string, CategoryWordPattern>;
}

export function parseCategoryWords(text: string): CategoryWords {
  const file = JSON.parse(text) as CategoryWordsFile;
  const words = {} as Record<CategoryWordName, RegExp>;
  for (const name of CATEGORY_WORD_NAMES) {
    const entry = file.patterns[name];
    if (!entry) throw new Error(`${CATEGORY_WORDS_FILE}: no pattern "${name}"`);
    words[name] = new RegExp(entry.pattern);
  }
  return words;
}

export function loadCategoryWords(dictionaries: Dictionaries): CategoryWords {
  return dictionaries.parseOnce(CATEGORY_WORDS_FILE, parseCategoryWords, 'compiled');
}
