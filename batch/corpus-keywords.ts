import { isKeywordCandidate } from '../pipeline/keywords';
import { countWords, wordCountsOf, type WordCounts } from '../core/word-counts';

export interface KeywordDocument {
  id: string;
  words: readonly string[];
}

/** A document by its words' counts (pipeline/word-counts.ts): any words, those that cannot be keywords are left out when ranking. */
export interface WordCountDocument extends Readonly<WordCounts> {
  id: string;
}

/**
 * The `limit` best TF-IDF keywords of every document, with the same weights and order as
 * natural's TF-IDF (test/natural-keywords.ts) over the same documents, in time linear in the corpus. Reads
 * `documents` once (it can stream from the database) and keeps only each document's word counts.
 */
export function rankCorpusKeywords(
  documents: Iterable<KeywordDocument>,
  limit: number,
  stopwords: ReadonlySet<string>,
): Map<string, { word: string; weight: number }[]> {
  const counted: WordCountDocument[] = [];
  for (const doc of documents) counted.push({ id: doc.id, ...wordCountsOf(countWords(doc.words)) });
  return rankCountedKeywords(() => counted, limit, stopwords);
}

/**
 * `rankCorpusKeywords` over documents given by their word counts. Reads `documents()` twice, document
 * frequencies first, then each document's ranking, keeping nothing of a document once it is ranked: the
 * memory is the vocabulary's, so the counts can stream from the database.
 *
 * natural's TfIdf weights, computed as natural does (its own idf rescans every document for every
 * term, quadratic in the corpus): count × (1 + ln(documents / (1 + documents with the word))), the
 * terms in the order natural lists them (listTerms: a stable sort, by weight descending, of the words
 * in the order of the document's keys).
 */
export function rankCountedKeywords(
  documents: () => Iterable<WordCountDocument>,
  limit: number,
  stopwords: ReadonlySet<string>,
): Map<string, { word: string; weight: number }[]> {
  // Each keyword candidate's place in `documentsWith`; -1 for a word seen that is not one (decided once per word).
  const candidates = new Map<string, number>();
  const documentsWith: number[] = [];
  let documentCount = 0;
  for (const doc of documents()) {
    documentCount++;
    for (const word of doc.words) {
      const at = candidates.get(word);
      if (at === undefined) candidates.set(word, isCandidate(word, stopwords) ? documentsWith.push(1) - 1 : -1);
      else if (at >= 0) documentsWith[at]!++;
    }
  }
  const idf = documentsWith.map((n) => 1 + Math.log(documentCount / (1 + n)));
  const ranked = new Map<string, { word: string; weight: number }[]>();
  const idfOf = (word: string) => {
    const at = candidates.get(word);
    return at !== undefined && at >= 0 ? idf[at] : undefined;
  };
  for (const doc of documents()) ranked.set(doc.id, bestTerms(doc, idfOf, limit));
  return ranked;
}

/** '__key' is where natural keeps a document's key, never one of its terms. */
function isCandidate(word: string, stopwords: ReadonlySet<string>): boolean {
  return word !== '__key' && isKeywordCandidate(word, stopwords);
}

/** The `limit` words of highest weight, ties in the order of the document's words (what a stable sort gives). */
function bestTerms(
  doc: Readonly<WordCounts>,
  idf: (word: string) => number | undefined,
  limit: number,
): { word: string; weight: number }[] {
  const best: { word: string; weight: number }[] = [];
  if (limit <= 0) return best;
  doc.words.forEach((word, i) => {
    // Only keyword candidates have an idf.
    const wordIdf = idf(word);
    if (wordIdf === undefined) return;
    const weight = doc.counts[i]! * wordIdf;
    if (best.length === limit && !(weight > best[limit - 1]!.weight)) return;
    let at = best.length;
    while (at > 0 && best[at - 1]!.weight < weight) at--;
    best.splice(at, 0, { word, weight });
    if (best.length > limit) best.pop();
  });
  return best;
}
