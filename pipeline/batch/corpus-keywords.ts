import type { TfIdf } from 'natural/lib/natural/tfidf';
import { isKeywordCandidate } from '../keywords';

/** natural's TF-IDF alone: `require('natural')` loads every module and prints banners. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const TfIdfClass = require('natural/lib/natural/tfidf/tfidf') as typeof TfIdf;

/**
 * natural's TfIdf holding one document, whose idf comes from document frequencies counted once over the
 * corpus. natural's own idf rescans every document for every term (terms × documents: 4 s for 240
 * reports, quadratic beyond); the weights are the same: count × (1 + ln(documents / (1 + documents with it))).
 */
class CorpusTfIdf extends TfIdfClass {
  constructor(
    private readonly documentFrequency: ReadonlyMap<string, number>,
    private readonly documentCount: number,
  ) {
    super();
  }

  override idf(term: string): number {
    return 1 + Math.log(this.documentCount / (1 + (this.documentFrequency.get(term) ?? 0)));
  }
}

export interface KeywordDocument {
  id: string;
  words: readonly string[];
}

/**
 * The `limit` best TF-IDF keywords of every document, with the same weights and order as
 * `rankKeywords` (pipeline/keywords.ts) over the same documents, in time linear in the corpus. Reads
 * `documents` once (it can stream from the database) and keeps only each document's term counts.
 */
export function rankCorpusKeywords(
  documents: Iterable<KeywordDocument>,
  limit: number,
  stopwords: ReadonlySet<string>,
): Map<string, { word: string; weight: number }[]> {
  const candidates = new Map<string, boolean>();
  const isCandidate = (word: string) => {
    let yes = candidates.get(word);
    if (yes === undefined) candidates.set(word, (yes = isKeywordCandidate(word, stopwords)));
    return yes;
  };
  // Term counts in natural's own document shape ({ __key, term: count }, terms in order of first use),
  // which its addDocument takes as it is.
  const counted: Record<string, number | string>[] = [];
  const frequency = new Map<string, number>();
  for (const doc of documents) {
    const counts: Record<string, number | string> = Object.create(null) as Record<string, number | string>;
    counts.__key = doc.id;
    for (const word of doc.words) {
      if (!isCandidate(word) || word === '__key') continue;
      const seen = counts[word] as number | undefined;
      counts[word] = seen === undefined ? 1 : seen + 1;
      if (seen === undefined) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
    counted.push(counts);
  }
  const ranked = new Map<string, { word: string; weight: number }[]>();
  for (const counts of counted) {
    const tfidf = new CorpusTfIdf(frequency, counted.length);
    tfidf.addDocument(counts as Record<string, string>);
    ranked.set(counts.__key as string, tfidf.listTerms(0).slice(0, limit).map((t) => ({ word: t.term, weight: t.tfidf })));
  }
  return ranked;
}
