import { readFileSync } from 'node:fs';
import nodejieba from 'nodejieba';
import type { TfIdf } from 'natural/lib/natural/tfidf';
import { Dictionaries } from '../core/dictionaries';
import { isWellFormedChineseNumeral } from './text/number-scan';

/** natural's TF-IDF alone: `require('natural')` loads every module and prints banners. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const TfIdfClass = require('natural/lib/natural/tfidf/tfidf') as typeof TfIdf;

export const KEYWORD_STOPWORDS_FILE = 'jieba/stopwords.txt';

/** nodejieba's general stop words plus the domain list in dictionaries/jieba/stopwords.txt. */
export function loadStopwords(dictionaries: Dictionaries = new Dictionaries()): Set<string> {
  // The path is exported at run time but missing from nodejieba's typings.
  const generalFile = (nodejieba as unknown as { DEFAULT_STOP_WORD_DICT: string }).DEFAULT_STOP_WORD_DICT;
  const general = readFileSync(generalFile, 'utf8').split(/\r?\n/);
  return new Set([...general, ...dictionaries.lines(KEYWORD_STOPWORDS_FILE)].map((w) => w.trim()).filter(Boolean));
}

let defaultStopwords: Set<string> | null = null;

const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\d/;

/** Whether a word can be a keyword: not a stop word, punctuation, number or single character. */
export function isKeywordCandidate(word: string, stopwords: ReadonlySet<string>): boolean {
  if ([...word].length < 2) return false;
  if (!HAS_LETTER.test(word) || HAS_DIGIT.test(word)) return false;
  if (isWellFormedChineseNumeral(word)) return false;
  return !stopwords.has(word);
}

/**
 * The `limit` words with the highest TF-IDF weight in each document, over the given documents as the
 * corpus (natural's TfIdf: weight = count in the document × (1 + ln(documents / (1 + documents with it)))).
 */
export function rankKeywords(
  docs: { id: string; words: string[] }[],
  limit: number,
  stopwords: ReadonlySet<string> = (defaultStopwords ??= loadStopwords()),
): Map<string, { word: string; weight: number }[]> {
  const tfidf = new TfIdfClass();
  for (const doc of docs)
    tfidf.addDocument(
      doc.words.filter((w) => isKeywordCandidate(w, stopwords)),
      doc.id,
    );
  const ranked = new Map<string, { word: string; weight: number }[]>();
  docs.forEach((doc, i) => {
    const terms = tfidf.listTerms(i);
    ranked.set(
      doc.id,
      terms.slice(0, limit).map((t) => ({ word: t.term, weight: t.tfidf })),
    );
  });
  return ranked;
}
