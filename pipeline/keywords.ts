import { readFileSync } from 'node:fs';
import nodejieba from 'nodejieba';
import { Dictionaries } from '../core/dictionaries';
import { isWellFormedChineseNumeral } from './text/number-scan';

export const KEYWORD_STOPWORDS_FILE = 'jieba/stopwords.txt';

/** nodejieba's general stop words plus the domain list in dictionaries/jieba/stopwords.txt. */
export function loadStopwords(dictionaries: Dictionaries = new Dictionaries()): Set<string> {
  // The path is exported at run time but missing from nodejieba's typings.
  const generalFile = (nodejieba as unknown as { DEFAULT_STOP_WORD_DICT: string }).DEFAULT_STOP_WORD_DICT;
  const general = readFileSync(generalFile, 'utf8').split(/\r?\n/);
  return new Set([...general, ...dictionaries.lines(KEYWORD_STOPWORDS_FILE)].map((w) => w.trim()).filter(Boolean));
}

const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\d/;

/** Whether a word can be a keyword: not a stop word, punctuation, number or single character. */
export function isKeywordCandidate(word: string, stopwords: ReadonlySet<string>): boolean {
  if ([...word].length < 2) return false;
  if (!HAS_LETTER.test(word) || HAS_DIGIT.test(word)) return false;
  if (isWellFormedChineseNumeral(word)) return false;
  return !stopwords.has(word);
}
