// The keyword ranking as natural's TF-IDF computes it: the oracle batch/corpus-keywords.ts is tested
// against (its linear-time ranking must give the same weights and order). Test-only.
import type { TfIdf } from 'natural/lib/natural/tfidf';
import { isKeywordCandidate, loadStopwords } from '../pipeline/keywords';

/** natural's TF-IDF alone: `require('natural')` loads every module and prints banners. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const TfIdfClass = require('natural/lib/natural/tfidf/tfidf') as typeof TfIdf;

let defaultStopwords: Set<string> | null = null;

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
