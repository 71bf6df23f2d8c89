/** Word counts of a document: what the corpus-wide keyword ranking reads (batch/corpus-keywords.ts). */

/**
 * Each word's count, keys in order of first use. The object has no prototype, so that any word
 * (`constructor`, `__proto__`) is a plain key.
 */
export function countWords(words: Iterable<string>): Record<string, number> {
  const counts = Object.create(null) as Record<string, number>;
  for (const word of words) counts[word] = (counts[word] ?? 0) + 1;
  return counts;
}

/** Words and their counts as parallel lists, in the order of the object's keys. */
export interface WordCounts {
  words: string[];
  counts: number[];
}

export function wordCountsOf(counts: Readonly<Record<string, number>>): WordCounts {
  const words = Object.keys(counts);
  return { words, counts: words.map((word) => counts[word]!) };
}

/**
 * `wordCountsOf(countWords(words))` counted in a Map, which is several times faster than an object of
 * thousands of keys (this runs for every document at the end of a run): the same words and counts in
 * the object's key order, array-index words first in numeric order, then the others in order of first use.
 */
export function countWordsInOrder(words: Iterable<string>): WordCounts {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const indexWords: string[] = [];
  const others: string[] = [];
  for (const word of counts.keys()) (isArrayIndex(word) ? indexWords : others).push(word);
  indexWords.sort((a, b) => Number(a) - Number(b));
  const ordered = [...indexWords, ...others];
  return { words: ordered, counts: ordered.map((word) => counts.get(word)!) };
}

/** A key an object orders before the others: a canonical integer below 2^32 − 1. */
function isArrayIndex(word: string): boolean {
  return /^(?:0|[1-9]\d{0,9})$/.test(word) && Number(word) < 4294967295;
}
