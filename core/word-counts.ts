import type { SentenceRecord } from './record';

/**
 * A document's word counts as documents.word_counts stores them (migration 003): a JSON object of every
 * token's word → its count over all the sentences, `{"质量":12,"，":30,…}`, words in order of first use
 * (JSON.stringify puts integer-like words such as "2012" first, as any object orders its keys). What the
 * corpus-wide keyword ranking reads instead of the tokens.
 */
export function wordCountsJson(sentences: readonly SentenceRecord[]): string {
  // A Map counts faster than an object of thousands of keys, and the JSON is written from it directly
  // (this runs for every document); the result is what JSON.stringify(countWords(…)) gives.
  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const { word } of sentence.tokens) counts.set(word, (counts.get(word) ?? 0) + 1);
  const indexKeys: string[] = [];
  const parts: string[] = [];
  for (const [word, count] of counts) {
    if (isArrayIndex(word)) indexKeys.push(word);
    else parts.push(`${JSON.stringify(word)}:${count}`);
  }
  // Objects list array-index keys first, in numeric order.
  indexKeys.sort((a, b) => Number(a) - Number(b));
  return `{${[...indexKeys.map((word) => `"${word}":${counts.get(word)!}`), ...parts].join(',')}}`;
}

/** A key an object orders before the others: a canonical integer below 2^32 − 1. */
function isArrayIndex(word: string): boolean {
  return /^(?:0|[1-9]\d{0,9})$/.test(word) && Number(word) < 4294967295;
}

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
 * The words and counts of a stored word-counts object, in its order. The form JSON.stringify writes
 * (no spaces, integer counts) is scanned directly: a third of the time of JSON.parse, which builds an
 * object of thousands of keys per document. Anything else goes through JSON.parse.
 */
export function parseWordCounts(json: string): WordCounts {
  return scanWordCounts(json) ?? wordCountsOf(JSON.parse(json) as Record<string, number>);
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/** `{"word":count,…}` exactly as JSON.stringify writes it, or null for anything else. */
function scanWordCounts(json: string): WordCounts | null {
  const words: string[] = [];
  const counts: number[] = [];
  const end = json.length;
  if (json.charCodeAt(0) !== OPEN_BRACE) return null;
  let at = 1;
  if (json.charCodeAt(at) === CLOSE_BRACE) return at === end - 1 ? { words, counts } : null;
  for (;;) {
    if (json.charCodeAt(at) !== QUOTE) return null;
    let close = at + 1;
    let escaped = false;
    while (close < end && json.charCodeAt(close) !== QUOTE) {
      if (json.charCodeAt(close) === BACKSLASH) {
        escaped = true;
        close++;
      }
      close++;
    }
    if (close >= end) return null;
    // Escapes (a quote, a backslash, a control character, a lone surrogate) are JSON.parse's to read.
    words.push(escaped ? (JSON.parse(json.slice(at, close + 1)) as string) : json.slice(at + 1, close));
    at = close + 1;
    if (json.charCodeAt(at) !== COLON) return null;
    const digits = ++at;
    let count = 0;
    for (let c = json.charCodeAt(at); c >= DIGIT_0 && c <= DIGIT_9; c = json.charCodeAt(++at)) count = count * 10 + (c - DIGIT_0);
    if (at === digits) return null;
    counts.push(count);
    const next = json.charCodeAt(at++);
    if (next === CLOSE_BRACE) return at === end ? { words, counts } : null;
    if (next !== COMMA) return null;
  }
}
