import {
  contractFacts,
  mapTableOffsets,
  type Document,
  type DocumentMeta,
  type Fact,
  type Message,
  type SourceInfo,
  type Table,
} from './document';
import { encodeTokens } from './token-blob';

/**
 * A processed document in the one form that leaves a pipeline thread: what a worker posts to the
 * writer, what the store saves (one column or row per field) and what reprocessing loads back
 * (batch/restore.ts turns it into a Document again). Plain and structured-cloneable; every offset is in
 * code points. The clean layer is not part of it: it is recomputed from `raw` when a stage after it
 * must run again (restore's resumeStage).
 */
export interface DocumentRecord {
  source: SourceInfo;
  meta: DocumentMeta;
  raw: string;
  norm: StoredLayer;
  sentences: SentenceRecord[];
  /** The tables found in the normalised text (offsets in code points), stored so that a stage after them resumes without them. */
  tables: Table[];
  /** Every token of the normalised text, boundaries and tags (core/token-blob.ts). */
  tokens: Uint8Array;
  facts: Fact[];
  /** Cache key of every stage (Pipeline.stageKeys). */
  stageKeys: Record<string, string>;
  /**
   * Duplicate-detection fingerprints of the normalised text, with the number of characters they hashed
   * (batch/dedupe.ts Fingerprint; `length` is absent in records made before it was stored).
   */
  fingerprint: { exact: string; simhash: string; length?: number } | null;
  /** Id of the earlier document this one duplicates (exactly or nearly), if any. */
  duplicateOf: string | null;
  messages: Message[];
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
}

/** Converts a processed Document (every stored layer present) into its record. */
export function toRecord(doc: Document, stageKeys: Record<string, string>): DocumentRecord {
  if (!doc.norm || !doc.sentences) throw new Error(`document ${doc.source.id}: not fully processed`);
  const norm = doc.norm;
  const sentences: SentenceRecord[] = doc.sentences.map((s) => {
    const span = norm.span(s.start, s.end);
    return {
      order: s.order,
      start: span.start,
      end: span.end,
      rawStart: span.rawStart,
      rawEnd: span.rawEnd,
      text: norm.text.slice(s.start, s.end),
    };
  });
  return {
    source: doc.source,
    meta: doc.meta,
    raw: doc.raw,
    norm: { text: norm.text, map: norm.toRaw.toBuffer() },
    sentences,
    tables: (doc.tables ?? []).map((table) => mapTableOffsets(table, (utf16) => norm.index.toCodePoint(utf16))),
    tokens: encodeTokens(doc.tokens ?? [], norm.index),
    facts: contractFacts(doc),
    stageKeys,
    fingerprint: null,
    duplicateOf: null,
    messages: doc.messages,
  };
}
