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
