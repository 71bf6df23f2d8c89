import { createHash } from 'node:crypto';
import { contentCharacters, DuplicateFinder, fingerprint, type Fingerprint } from './dedupe';
import type { DuplicateInput, Store } from '../output/store';
import type { Dictionaries } from '../core/dictionaries';
import { loadStopwords } from '../pipeline/keywords';
import { CodePointIndex } from '../core/code-points';
import { tokenWords } from '../core/token-blob';
import { countWordsInOrder } from '../core/word-counts';
import { rankCountedKeywords, type WordCountDocument } from './corpus-keywords';

/** Keywords stored per document. */
export const KEYWORDS_PER_DOCUMENT = 20;
/** Part of the signature: change it when duplicate detection or keyword ranking computes differently. */
const DERIVED_VERSION = '1';
const SIGNATURE_KEY = 'derived_signature';

export interface DerivedRefresh {
  /** False when nothing they depend on changed since they were last computed. */
  refreshed: boolean;
  /** Documents marked as duplicates of earlier ones, in all and among those run `runId` stored. */
  duplicates: number;
  duplicatesInRun: number;
  /** Documents whose keywords were ranked (the non-duplicates). */
  keywordDocuments: number;
  ms: number;
}

/**
 * The data decided over all stored documents together, which no worker can compute for one document:
 * which documents duplicate earlier ones (in storage order, as a fresh run decides it) and the TF-IDF
 * keywords of the others. Recomputed in one transaction whenever a stored document version or the
 * stop words changed since the last time (meta.derived_signature), so a command after a killed run
 * catches up; otherwise nothing is read but the document versions. Reads what the pipeline threads
 * computed for it per document (fingerprints with the characters they hashed) and the stored tokens.
 */
export function refreshDerivedData(store: Store, dictionaries: Dictionaries, runId: number): DerivedRefresh {
  const began = performance.now();
  const versions = store.documentVersions();
  const stopwords = loadStopwords(dictionaries);
  const signature = derivedSignature(versions, stopwords);
  const inRun = new Set(versions.filter((v) => v.run === runId).map((v) => v.id));
  if (store.metaValue(SIGNATURE_KEY) === signature) {
    const duplicates = versions.filter((v) => v.duplicateOf !== null);
    return {
      refreshed: false,
      duplicates: duplicates.length,
      duplicatesInRun: duplicates.filter((v) => inRun.has(v.id)).length,
      keywordDocuments: 0,
      ms: performance.now() - began,
    };
  }
  let duplicates = 0;
  let duplicatesInRun = 0;
  let keywordDocuments = 0;
  store.db.transaction(() => {
    const marks = decideDuplicates(store);
    for (const [id, original] of marks.all) {
      if (original === null) continue;
      duplicates++;
      if (inRun.has(id)) duplicatesInRun++;
    }
    store.markDuplicates(marks.changed);
    const keywords = rankCountedKeywords(storedWordCounts(store), KEYWORDS_PER_DOCUMENT, stopwords);
    keywordDocuments = keywords.size;
    store.replaceKeywords(keywords);
    store.setMetaValue(SIGNATURE_KEY, signature);
  })();
  return { refreshed: true, duplicates, duplicatesInRun, keywordDocuments, ms: performance.now() - began };
}

/** Every document's duplicate mark as a fresh run in storage order would set it, and those that differ from the stored ones. */
function decideDuplicates(store: Store): { all: Map<string, string | null>; changed: Map<string, string | null> } {
  const finder = new DuplicateFinder();
  const all = new Map<string, string | null>();
  const changed = new Map<string, string | null>();
  for (const doc of store.duplicateInputs()) {
    const original = finder.add(doc.id, storedFingerprint(doc));
    const mark = original !== null && original !== doc.id ? original : null;
    all.set(doc.id, mark);
    if (mark !== doc.duplicateOf) changed.set(doc.id, mark);
  }
  return { all, changed };
}

/** A document's fingerprint as stored, with what is missing (documents stored before migration 003) computed from its text. */
function storedFingerprint(doc: DuplicateInput): Fingerprint {
  if (doc.exact !== null && doc.simhash !== null && doc.length !== null)
    return { exact: doc.exact, simhash: doc.simhash, length: doc.length };
  // The store reads the text whenever one of the three is missing.
  const normText = doc.normText!;
  return doc.exact !== null && doc.simhash !== null
    ? { exact: doc.exact, simhash: doc.simhash, length: contentCharacters(normText).length }
    : fingerprint(normText);
}

/**
 * Words (each document's distinct ones, summed) of the word counts kept from the first reading for the
 * second: some tens of MB at most, seven times the shared corpus's 273,000. Past it (a corpus of a
 * million bulletins) the second reading goes to the database again and the memory stays the vocabulary's.
 */
const KEPT_WORDS = 2_000_000;

/**
 * The word counts of every document that is not a duplicate, in storage order, to be read twice (two
 * passes keep the ranking's memory to the vocabulary): counted from the stored tokens, which are
 * slices of the normalised text. A document without stored tokens counts no words. The second
 * reading takes the counts kept from the first when they fit in KEPT_WORDS, rather than inflating and
 * counting every document's texts again.
 */
function storedWordCounts(store: Store): () => Iterable<WordCountDocument> {
  let kept: WordCountDocument[] | null = null;
  return function* () {
    if (kept) {
      yield* kept;
      return;
    }
    let keeping: WordCountDocument[] | null = [];
    let words = 0;
    for (const { id, normText, tokens } of store.documentTokens()) {
      const counted = { id, ...countWordsInOrder(tokens ? tokenWords(tokens, new CodePointIndex(normText)) : []) };
      if (keeping) {
        words += counted.words.length;
        if (words <= KEPT_WORDS) keeping.push(counted);
        else keeping = null;
      }
      yield counted;
    }
    // Only a reading that went to the end is kept.
    kept = keeping;
  };
}

function derivedSignature(versions: readonly { id: string; run: number }[], stopwords: ReadonlySet<string>): string {
  const hash = createHash('sha256').update(`${DERIVED_VERSION}\0${KEYWORDS_PER_DOCUMENT}\0`);
  hash.update([...stopwords].sort().join('\n')).update('\0');
  for (const v of versions) hash.update(`${v.id}\0${v.run}\n`);
  return hash.digest('hex');
}
