import { contractFacts, TextLayer, type Document, type DocumentMeta, type Fact, type Message, type SourceInfo } from './document';
import { OffsetMap } from './offset-map';

/**
 * The plain, structured-cloneable form of a processed document: what a worker thread posts to the
 * writer and what the store saves. All offsets are code points.
 */
export interface DocumentRecord {
  source: SourceInfo;
  meta: DocumentMeta;
  raw: string;
  clean: StoredLayer;
  norm: StoredLayer;
  sentences: SentenceRecord[];
  facts: Fact[];
  keywords: { word: string; weight: number }[] | null;
  /** Cache key of every stage (Pipeline.stageKeys). */
  stageKeys: Record<string, string>;
  /**
   * Duplicate-detection fingerprints of the normalised text, with the number of characters they hashed
   * (corpus/dedupe.ts Fingerprint; `length` is absent in records made before it was stored).
   */
  fingerprint: { exact: string; simhash: string; length?: number } | null;
  /** Id of the earlier document this one duplicates (exactly or nearly), if any. */
  duplicateOf: string | null;
  messages: Message[];
  /**
   * JSON object of every token's word → its count over all the sentences (pipeline/word-counts.ts),
   * what the corpus-wide keyword ranking reads instead of the tokens. Absent when not computed (records
   * made outside the pipeline threads, documents stored before it was stored).
   */
  wordCounts?: string;
  /** Milliseconds each stage took on this document (not stored; summed for the run's stage split). */
  timings?: Record<string, number>;
}

export interface StoredLayer {
  text: string;
  /** OffsetMap to the raw text, serialised with OffsetMap.toBuffer(). */
  map: Uint8Array;
}

export interface SentenceRecord {
  order: number;
  /** Code points in the normalised text. */
  start: number;
  end: number;
  /** Code points in the raw text. */
  rawStart: number;
  rawEnd: number;
  text: string;
  tokens: { word: string; tag: string }[];
  /**
   * The tokens as the store keeps them (JSON `[["word", "tag"], …]`). Worker threads post this and leave
   * `tokens` empty: one string per sentence clones far faster than an object per token.
   */
  tokensJson?: string;
}

/** Converts a processed Document (every layer present) into its record. */
export function toRecord(doc: Document, stageKeys: Record<string, string>): DocumentRecord {
  if (!doc.clean || !doc.norm || !doc.sentences) throw new Error(`document ${doc.source.id}: not fully processed`);
  const norm = doc.norm;
  const tokens = doc.tokens ?? [];
  let t = 0;
  const sentences: SentenceRecord[] = doc.sentences.map((s) => {
    const span = norm.span(s.start, s.end);
    const own: { word: string; tag: string }[] = [];
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    while (t < tokens.length && tokens[t]!.end <= s.end) {
      own.push({ word: tokens[t]!.word, tag: tokens[t]!.tag });
      t++;
    }
    return {
      order: s.order,
      start: span.start,
      end: span.end,
      rawStart: span.rawStart,
      rawEnd: span.rawEnd,
      text: norm.text.slice(s.start, s.end),
      tokens: own,
    };
  });
  return {
    source: doc.source,
    meta: doc.meta,
    raw: doc.raw,
    clean: { text: doc.clean.text, map: doc.clean.toRaw.toBuffer() },
    norm: { text: norm.text, map: norm.toRaw.toBuffer() },
    sentences,
    facts: contractFacts(doc),
    keywords: doc.keywords ?? null,
    stageKeys,
    fingerprint: null,
    duplicateOf: null,
    messages: doc.messages,
  };
}

/** Rebuilds a text layer from its stored form. */
export function layerFromStored(stored: StoredLayer): TextLayer {
  return new TextLayer(stored.text, OffsetMap.fromBuffer(stored.map));
}
