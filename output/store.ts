import Database from 'better-sqlite3';
import type { DocumentMeta, Fact, Message, SourceInfo, Table } from '../core/document';
import { CodePointIndex } from '../core/code-points';
import { tokenWords } from '../core/token-blob';
import { ownCopy } from '../core/own-copy';
import type { DocumentRecord, SentenceRecord } from '../core/record';
import { openDatabase, type OpenOptions } from './database';
import { StoreError } from './errors';
import { FACT_FIELDS } from './fact-fields';
import { FactHistoryWriter, factKeys } from './fact-history';
import { decodeOffsetMap, encodeOffsetMap } from './map-codec';
import { deferFactIndexes, restoreFactIndexes } from './deferred-indexes';
import { SENTENCE_INDEX_SHADOW_TABLES } from './sentence-index-file';
import { packBytes, packText } from './text-codec';
import { textHash, textKey } from './text-key';

export { StoreError, UserError } from './errors';

/** Key of the meta row present while the full-text index is built outside the database (deferSentenceIndex). */
const INDEX_MARKER = 'sentences_fts_incomplete';

export interface RunInfo {
  command: string;
  codeVersion: string;
  /** sha256 of every dictionary and rule file the stages read, by file. */
  dictionaryHashes: Record<string, string>;
  options?: Record<string, unknown>;
}

export interface RunRow {
  id: number;
  command: string;
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'done' | 'interrupted';
  codeVersion: string;
  dictionaryHashes: Record<string, string>;
  options: Record<string, unknown> | null;
  counts: Record<string, number> | null;
}

export interface IngestErrorInput {
  path: string;
  record: number | null;
  cause: string;
}

/**
 * The qmine database: the single writer of a run stores processed documents here, one transaction per
 * batch, and reprocessing loads them back. Readers (query, export, search) open it read-only.
 */
export class Store {
  private writes: Writes | null = null;
  private batchOpen = false;
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(readonly db: Database.Database) {}

  /** A statement prepared once per store. */
  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  static open(path: string, options: Pick<OpenOptions, 'readonly' | 'codeVersion' | 'dictionaries'> = {}): Store {
    const store = new Store(openDatabase(path, options));
    if (!options.readonly) store.repairSentenceIndex();
    return store;
  }

  /** Whether any document is stored: a run into a database without any will process every document it reads. */
  hasDocuments(): boolean {
    return this.statement('SELECT EXISTS (SELECT 1 FROM documents)').pluck().get() === 1;
  }

  /**
   * Leaves the full-text index of the sentence texts this store writes to be built elsewhere (a
   * SentenceIndexFile, by a thread of its own) and installed at the end (installSentenceIndex); their ids
   * and texts are handed out after each commit (takeNewSentences). Only for a database without
   * documents, whose index can be copied in whole: returns false otherwise. Until installed, a marker
   * in the meta table says the index is incomplete, and the next open for writing rebuilds it.
   */
  deferSentenceIndex(): boolean {
    const empty = this.db.prepare('SELECT NOT EXISTS (SELECT 1 FROM documents) AND NOT EXISTS (SELECT 1 FROM sentence_texts)').pluck();
    if (this.batchOpen || empty.get() !== 1) return false;
    this.setMetaValue(INDEX_MARKER, 'building elsewhere');
    (this.writes ??= new Writes(this.db)).deferIndex();
    return true;
  }

  /** The ids and texts of the sentence texts stored new since the last call, while the index is deferred (null otherwise). */
  takeNewSentences(): { ids: number[]; texts: string[] } | null {
    if (this.batchOpen) throw new StoreError('takeNewSentences: a batch is still open');
    return this.writes?.takeDeferred() ?? null;
  }

  /**
   * Copies the full-text index built in `file` (output/sentence-index-file.ts) into the database, as
   * one transaction with the removal of the marker, and indexes again in the store's own transactions.
   */
  installSentenceIndex(file: string): void {
    if (this.batchOpen) throw new StoreError('installSentenceIndex: a batch is still open');
    // Copied through a connection of its own: FTS5 keeps the index's structure cached per connection and
    // reads it again only when another connection has written, so this store's connection sees the copy.
    const copier = new Database(this.db.name);
    try {
      copier.pragma('busy_timeout = 5000');
      // FTS5's shadow tables are written by FTS5 only, unless defensive mode is off for the copy.
      copier.unsafeMode(true);
      copier.prepare('ATTACH ? AS built').run(file);
      copier.transaction(() => {
        for (const table of SENTENCE_INDEX_SHADOW_TABLES) {
          if (table === 'sentences_fts_config') continue; // the same in both: the FTS5 format version
          copier.exec(`DELETE FROM main.${table}; INSERT INTO main.${table} SELECT * FROM built.${table}`);
        }
        copier.prepare('DELETE FROM meta WHERE key = ?').run(INDEX_MARKER);
      })();
    } finally {
      copier.close();
    }
    this.writes?.indexHere();
  }

  /**
   * In a database without facts, drops the facts' indexes that storing does not read, to be built once
   * by restoreFactIndexes at the end of the run (output/deferred-indexes.ts); false when facts are stored.
   */
  deferFactIndexes(): boolean {
    if (this.batchOpen) return false;
    return deferFactIndexes(this.db);
  }

  /** Builds the facts' indexes deferFactIndexes dropped (nothing when none are). */
  restoreFactIndexes(): void {
    if (this.batchOpen) throw new StoreError('restoreFactIndexes: a batch is still open');
    restoreFactIndexes(this.db);
  }

  /** After a run that built the index elsewhere died before installing it: the index made again from the sentence texts. */
  private repairSentenceIndex(): void {
    if (this.metaValue(INDEX_MARKER) === null) return;
    this.db.transaction(() => {
      this.db.exec("INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild')");
      this.statement('DELETE FROM meta WHERE key = ?').run(INDEX_MARKER);
    })();
  }

  beginRun(info: RunInfo): number {
    const result = this.statement(
      'INSERT INTO runs (command, started_at, code_version, dictionary_hashes, options) VALUES (?, ?, ?, ?, ?)',
    ).run(
      info.command,
      new Date().toISOString(),
      info.codeVersion,
      JSON.stringify(info.dictionaryHashes),
      info.options ? JSON.stringify(info.options) : null,
    );
    return Number(result.lastInsertRowid);
  }

  finishRun(runId: number, counts: Record<string, number>, status: 'done' | 'interrupted' = 'done'): void {
    const result = this.statement('UPDATE runs SET finished_at = ?, counts = ?, status = ? WHERE id = ?').run(
      new Date().toISOString(),
      JSON.stringify(counts),
      status,
      runId,
    );
    if (result.changes !== 1) throw new StoreError(`no run ${runId} in this database`);
  }

  /**
   * Stores documents in one transaction: each replaces any stored document of the same id with its
   * sentences, tokens, facts and messages, and fact_history records what changed. If any record is
   * invalid, nothing of them is written. The same as addToBatch for each, then commitBatch.
   */
  saveDocuments(runId: number, records: readonly DocumentRecord[]): void {
    for (const record of records) this.addToBatch(runId, record);
    this.commitBatch();
  }

  /**
   * Stores one document into the open batch, beginning one if none is open: the one way the store
   * writes documents. A writer that stores each result as it arrives keeps its thread free between
   * documents, where storing a whole batch at once would hold it while the pipeline threads run dry.
   * The batch is one transaction until commitBatch; if a record is invalid the whole batch is rolled back.
   */
  addToBatch(runId: number, record: DocumentRecord): void {
    const writes = (this.writes ??= new Writes(this.db));
    if (!this.batchOpen) {
      this.db.exec('BEGIN');
      this.batchOpen = true;
    }
    try {
      writes.saveDocument(runId, record);
    } catch (error) {
      this.batchOpen = false;
      writes.forgetUnindexed();
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /** Commits the documents added since the last commit (nothing when no batch is open). */
  commitBatch(): void {
    if (!this.batchOpen) return;
    this.writes?.indexNewSentences();
    this.batchOpen = false;
    try {
      this.db.exec('COMMIT');
    } catch (error) {
      // What the batch stored may be gone with it: the texts it stored are found again.
      this.writes?.forgetUnindexed();
      throw error;
    }
  }

  saveErrors(runId: number, errors: readonly IngestErrorInput[]): void {
    const insert = this.statement('INSERT INTO ingest_errors (run, path, record, cause) VALUES (?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const e of errors) insert.run(runId, e.path, e.record, e.cause);
    })();
  }

  /** What decides whether a document must be processed again: the hash of its bytes and its stage keys. */
  documentState(id: string): { sha256: string; stageKeys: Record<string, string> } | null {
    const row = this.statement('SELECT sha256, stage_keys FROM documents WHERE id = ?').get(id) as
      { sha256: string; stage_keys: string } | undefined;
    return row ? { sha256: row.sha256, stageKeys: JSON.parse(row.stage_keys) as Record<string, string> } : null;
  }

  /** The state of every stored document, in storage order: what `reprocess` compares with the current stage keys. */
  documentStates(): { id: string; sha256: string; stageKeys: Record<string, string> }[] {
    return (
      this.statement('SELECT id, sha256, stage_keys FROM documents ORDER BY rowid').all() as {
        id: string;
        sha256: string;
        stage_keys: string;
      }[]
    ).map((row) => ({ id: row.id, sha256: row.sha256, stageKeys: JSON.parse(row.stage_keys) as Record<string, string> }));
  }

  /** Replaces the stage keys of documents whose stored output stands (a key of a file read in part changed, not their part). */
  updateStageKeys(keys: ReadonlyMap<string, Record<string, string>>): void {
    if (keys.size === 0) return;
    const update = this.statement('UPDATE documents SET stage_keys = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const [id, stageKeys] of keys) update.run(JSON.stringify(stageKeys), id);
    })();
  }

  /** Duplicate-detection fingerprints of every stored document that has them, in storage order. */
  fingerprints(): { id: string; exact: string; simhash: string }[] {
    return this.statement(
      'SELECT id, fingerprint_exact AS exact, fingerprint_simhash AS simhash FROM documents WHERE fingerprint_exact IS NOT NULL AND fingerprint_simhash IS NOT NULL ORDER BY rowid',
    ).all() as { id: string; exact: string; simhash: string }[];
  }

  /** A stored document's normalised text: what stage keys with a part per document (Stage.keyPart) read. */
  normText(id: string): string | null {
    return (this.statement('SELECT norm_text FROM document_texts WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
  }

  documentIds(): string[] {
    return this.statement('SELECT id FROM documents ORDER BY rowid').pluck().all() as string[];
  }

  /** A bookkeeping value of the meta table (null when unset). */
  metaValue(key: string): string | null {
    return (this.statement('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
  }

  setMetaValue(key: string, value: string): void {
    this.statement('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /** Every document's id, the run that stored its current version and its duplicate mark, in storage order. */
  documentVersions(): { id: string; run: number; duplicateOf: string | null }[] {
    return this.statement('SELECT id, run, duplicate_of AS duplicateOf FROM documents ORDER BY rowid').all() as {
      id: string;
      run: number;
      duplicateOf: string | null;
    }[];
  }

  /**
   * What duplicate detection reads, one document at a time in storage order: the stored fingerprints and
   * the number of characters they hashed, and the normalised text only for a document that lacks one of
   * them (stored before migration 003, or without fingerprints). Streams: write to the store only after
   * the iteration ends.
   */
  *duplicateInputs(): Iterable<DuplicateInput> {
    yield* this.statement(
      `SELECT id, fingerprint_exact AS exact, fingerprint_simhash AS simhash, fingerprint_length AS length, duplicate_of AS duplicateOf,
         CASE WHEN fingerprint_exact IS NULL OR fingerprint_simhash IS NULL OR fingerprint_length IS NULL
           THEN (SELECT t.norm_text FROM document_texts t WHERE t.id = d.id) END AS normText
       FROM documents d ORDER BY rowid`,
    ).iterate() as Iterable<DuplicateInput>;
  }

  /** Sets duplicate_of (null: an original) of the given documents; their facts and run stay. */
  markDuplicates(marks: ReadonlyMap<string, string | null>): void {
    const update = this.statement('UPDATE documents SET duplicate_of = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const [id, original] of marks) update.run(original, id);
    })();
  }

  /**
   * The normalised text and stored tokens (core/token-blob.ts) of every document that is not a
   * duplicate, one document at a time in storage order: what the keyword ranking counts words from.
   * `tokens` is null for a document whose tokens are not stored (stored before migration 004 and not
   * segmented since). Streams: write to the store only after the iteration ends.
   */
  *documentTokens(): Iterable<{ id: string; normText: string; tokens: Uint8Array | null }> {
    yield* this.statement(
      'SELECT d.id, t.norm_text AS normText, t.tokens FROM documents d JOIN document_texts t ON t.id = d.id WHERE d.duplicate_of IS NULL ORDER BY d.rowid',
    ).iterate() as Iterable<{ id: string; normText: string; tokens: Uint8Array | null }>;
  }

  /** The words of a stored document's tokens, in order (empty for a document not stored or without tokens). */
  tokenWords(id: string): string[] {
    const row = this.statement('SELECT norm_text AS normText, tokens FROM document_texts WHERE id = ?').get(id) as
      { normText: string; tokens: Uint8Array | null } | undefined;
    if (!row?.tokens) return [];
    return tokenWords(row.tokens, new CodePointIndex(row.normText));
  }

  /** Replaces every stored keyword by `ranked` (best first per document). */
  replaceKeywords(ranked: ReadonlyMap<string, readonly { word: string; weight: number }[]>): void {
    const insert = this.statement('INSERT INTO keywords (doc, rank, word, weight) VALUES (?, ?, ?, ?)');
    this.db.transaction(() => {
      this.statement('DELETE FROM keywords').run();
      for (const [doc, keywords] of ranked) keywords.forEach((k, i) => insert.run(doc, i + 1, k.word, k.weight));
    })();
  }

  /**
   * Stored documents as records, for reprocessing from the stored text. Each record is read completely
   * before it is yielded, so the caller may write to the store between records.
   */
  *loadRecords(ids?: readonly string[]): Iterable<DocumentRecord> {
    for (const id of ids ?? this.documentIds()) {
      const record = readRecord((sql) => this.statement(sql), id);
      if (!record) throw new StoreError(`no document '${id}' in this database`);
      yield record;
    }
  }

  runs(): RunRow[] {
    return (this.statement('SELECT * FROM runs ORDER BY id').all() as RunDbRow[]).map((r) => ({
      id: r.id,
      command: r.command,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      status: r.status,
      codeVersion: r.code_version,
      dictionaryHashes: JSON.parse(r.dictionary_hashes) as Record<string, string>,
      options: r.options === null ? null : (JSON.parse(r.options) as Record<string, unknown>),
      counts: r.counts === null ? null : (JSON.parse(r.counts) as Record<string, number>),
    }));
  }

  /** Closing with a batch open rolls it back: only committed batches are stored. */
  close(): void {
    this.batchOpen = false;
    if (this.db.open) this.db.close();
  }
}

/** A stored document as duplicate detection reads it (Store.duplicateInputs). */
export interface DuplicateInput {
  id: string;
  exact: string | null;
  simhash: string | null;
  /** Characters the fingerprints hashed. */
  length: number | null;
  /** The normalised text, read only when one of the three above is null. */
  normText: string | null;
  duplicateOf: string | null;
}

interface RunDbRow {
  id: number;
  command: string;
  started_at: string;
  finished_at: string | null;
  status: RunRow['status'];
  code_version: string;
  dictionary_hashes: string;
  options: string | null;
  counts: string | null;
}

const DOCUMENT_COLUMNS = [
  'id',
  'path',
  'record',
  'sha256',
  'encoding',
  'format',
  'mojibake',
  'title',
  'date',
  'url',
  'site',
  'author',
  'region',
  'region_code',
  'year',
  'text_key',
  'tables',
  'duplicate_of',
  'fingerprint_exact',
  'fingerprint_simhash',
  'fingerprint_length',
  'stage_keys',
  'run',
  'input_order',
];

/** The columns of a stored fact: its fields, the run that stored it and its key (fact-history.ts factKeys). */
const FACT_COLUMNS = [...FACT_FIELDS, 'run', 'fact_key'];

/** Sentence texts Writes keeps ids of (about 20 MB of text at most); past it they are forgotten and found again. */
const MAX_KNOWN_TEXTS = 200_000;

/** The prepared statements of saveDocuments, made once per store. */
class Writes {
  private readonly deleteParts: Database.Statement[];
  private readonly deleteOtherSentences: Database.Statement;
  private readonly insertDocument: Database.Statement;
  private readonly insertSentence: Database.Statement;
  private readonly appendSentence: Database.Statement;
  private readonly appendDocument: Database.Statement;
  private readonly storedNumber: Database.Statement;
  private readonly lastSentenceId: Database.Statement;
  private readonly indexSentencesAfter: Database.Statement;
  /** The largest sentence id before the first sentence not yet in the full-text index (null: none). */
  private unindexedAfter: number | null = null;
  /** While the index is built elsewhere (Store.deferSentenceIndex): the sentence texts stored new since they were last taken. */
  private deferred: { ids: number[]; texts: string[] } | null = null;
  private readonly insertFact: Database.Statement;
  private readonly insertMessage: Database.Statement;
  private readonly history: FactHistoryWriter;
  private readonly insertText: Database.Statement;
  private readonly hasText: Database.Statement;
  private readonly findSentenceText: Database.Statement;
  private readonly insertSentenceText: Database.Statement;
  private readonly sentenceTextsOf: Database.Statement;
  private readonly deleteUnnamedSentenceText: Database.Statement;
  private readonly storedTextKey: Database.Statement;
  private readonly deleteUnnamedText: Database.Statement;
  /**
   * Sentence texts this store found or stored, with their ids: half the sentences of a corpus repeat one
   * stored before (a report in a dump and as a page), and each would cost a hash and a lookup. Forgotten
   * when a batch rolls back and when a replaced document may have deleted texts.
   */
  private readonly knownTexts = new Map<string, number>();

  constructor(db: Database.Database) {
    this.deleteParts = ['facts', 'keywords', 'document_messages'].map((table) => db.prepare(`DELETE FROM ${table} WHERE doc = ?`));
    this.deleteOtherSentences = db.prepare(
      'DELETE FROM sentence_spans WHERE document = ? AND ordinal NOT IN (SELECT value FROM json_each(?))',
    );
    // An upsert keeps a replaced document's rowid, so storage order stays the order documents were first seen.
    const documentInsert = `INSERT INTO documents (${DOCUMENT_COLUMNS.join(', ')}) VALUES (${DOCUMENT_COLUMNS.map((c) => `@${c}`).join(', ')})`;
    this.insertDocument = db.prepare(`${documentInsert}
      ON CONFLICT (id) DO UPDATE SET ${DOCUMENT_COLUMNS.filter((c) => c !== 'id')
        .map((c) => `${c} = excluded.${c}`)
        .join(', ')}`);
    // A sentence that comes back the same is left alone: re-indexing it in the full-text index (which
    // triggers keep in step) is the dearest part of replacing a document whose text did not change.
    const sentenceInsert =
      'INSERT INTO sentence_spans (document, ordinal, start, end, raw_start, raw_end, text_id) VALUES (?, ?, ?, ?, ?, ?, ?)';
    this.insertSentence = db.prepare(`${sentenceInsert}
      ON CONFLICT (document, ordinal) DO UPDATE SET start = excluded.start, end = excluded.end, raw_start = excluded.raw_start,
        raw_end = excluded.raw_end, text_id = excluded.text_id
      WHERE (start, end, raw_start, raw_end, text_id) IS NOT (excluded.start, excluded.end, excluded.raw_start, excluded.raw_end, excluded.text_id)`);
    // New sentence texts get the next rowids, so those above the largest before a batch's first new text
    // are its new ones: indexed by one statement per batch (migration 002), not a trigger per row.
    // A document not stored yet (every one in a first run) takes plain inserts and no deletes: a statement
    // that could reach the full-text index (through the sentence texts' delete trigger) makes
    // FTS5 write out the terms it holds in memory, a small segment per document that then costs merges.
    // Measured over 327 documents: 1.5 s of the 5.8 s their storing took.
    // Sentences name their document by number (migration 017): its rowid, kept when an upsert replaces it.
    this.storedNumber = db.prepare('SELECT number FROM documents WHERE id = ?').pluck();
    this.appendDocument = db.prepare(documentInsert);
    this.appendSentence = db.prepare(sentenceInsert);
    this.lastSentenceId = db.prepare('SELECT coalesce(max(id), 0) FROM sentence_texts').pluck();
    this.indexSentencesAfter = db.prepare('INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentence_texts WHERE id > ?');
    // Sentence texts are stored once (migration 011): found by hash, compared by text.
    this.findSentenceText = db.prepare('SELECT id FROM sentence_texts WHERE hash = ? AND text = ?').pluck();
    this.insertSentenceText = db.prepare('INSERT INTO sentence_texts (hash, text) VALUES (?, ?)');
    this.sentenceTextsOf = db.prepare('SELECT DISTINCT text_id FROM sentence_spans WHERE document = ?').pluck();
    this.deleteUnnamedSentenceText = db.prepare(
      'DELETE FROM sentence_texts WHERE id = ? AND NOT EXISTS (SELECT 1 FROM sentence_spans WHERE text_id = ?)',
    );
    // Bound by position: named parameters from a spread copy of each fact cost more than the insert itself.
    this.insertFact = db.prepare(`INSERT INTO facts (${FACT_COLUMNS.join(', ')}) VALUES (${FACT_COLUMNS.map(() => '?').join(', ')})`);
    this.insertMessage = db.prepare('INSERT INTO document_messages (doc, ordinal, stage, level, text, rule) VALUES (?, ?, ?, ?, ?, ?)');
    this.history = new FactHistoryWriter(db);
    // Texts are keyed by their content: a second document with the same layers names the stored row.
    // Stored packed (migration 013, output/text-codec.ts); document_texts reads them unpacked.
    this.insertText = db.prepare(
      `INSERT INTO texts (key, raw, raw_bytes, norm_text, norm_bytes, norm_map, tokens, tokens_bytes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
    );
    this.hasText = db.prepare('SELECT EXISTS (SELECT 1 FROM texts WHERE key = ?)').pluck();
    this.storedTextKey = db.prepare('SELECT text_key FROM documents WHERE id = ?').pluck();
    this.deleteUnnamedText = db.prepare('DELETE FROM texts WHERE key = ? AND NOT EXISTS (SELECT 1 FROM documents WHERE text_key = ?)');
  }

  saveDocument(run: number, record: DocumentRecord): void {
    checkRecord(record);
    const { source, meta } = record;
    const id = source.id;
    const storedNumber = this.storedNumber.get(id) as number | undefined;
    const replacing = storedNumber !== undefined;
    if (replacing && this.deferred) throw new StoreError(`document ${id}: stored twice while the full-text index is built elsewhere`);
    const normMap = encodeOffsetMap(record.norm.map);
    const key = textKey(record.raw, record.norm.text, normMap, record.tokens);
    // Packed only when new: a copy of a stored document (a report reposted) costs no compression.
    if (this.hasText.get(key) !== 1) {
      const raw = packText(record.raw);
      const norm = packText(record.norm.text);
      const tokens = packBytes(record.tokens);
      this.insertText.run(key, raw.data, raw.bytes, norm.data, norm.bytes, normMap, tokens.data, tokens.bytes);
    }
    const previousKey = replacing ? (this.storedTextKey.get(id) as string) : null;
    const previousSentenceTexts = replacing ? (this.sentenceTextsOf.all(storedNumber) as number[]) : [];
    // Read while its facts are stored: a live version's content may be its fact's (migration 014).
    const liveVersions = this.history.liveVersions(id);
    if (replacing) {
      // Its sentences may be among those not indexed yet: the triggers that keep the index in step
      // when they change or go need them indexed first.
      this.indexNewSentences();
      for (const statement of this.deleteParts) statement.run(id);
      this.deleteOtherSentences.run(storedNumber, JSON.stringify(record.sentences.map((s) => s.order)));
    }
    const stored = (replacing ? this.insertDocument : this.appendDocument).run({
      id,
      path: source.path,
      record: source.record,
      sha256: source.sha256,
      encoding: source.encoding,
      format: source.format,
      mojibake: source.mojibake ? 1 : 0,
      title: meta.title,
      date: meta.date,
      url: meta.url,
      site: meta.site,
      author: meta.author,
      region: meta.region,
      region_code: meta.regionCode,
      year: meta.year,
      text_key: key,
      tables: record.tables.length > 0 ? JSON.stringify(record.tables) : null,
      duplicate_of: record.duplicateOf,
      fingerprint_exact: record.fingerprint?.exact ?? null,
      fingerprint_simhash: record.fingerprint?.simhash ?? null,
      fingerprint_length: record.fingerprint?.length ?? null,
      stage_keys: JSON.stringify(record.stageKeys),
      run,
      input_order: source.inputOrder ?? null,
    });
    const number = storedNumber ?? Number(stored.lastInsertRowid);
    // The text the document named before, when no other document names it.
    if (previousKey !== null && previousKey !== key) this.deleteUnnamedText.run(previousKey, previousKey);
    if (!this.deferred) this.unindexedAfter ??= this.lastSentenceId.get() as number;
    for (const s of record.sentences) {
      const textId = this.sentenceTextId(s.text);
      (replacing ? this.insertSentence : this.appendSentence).run(number, s.order, s.start, s.end, s.rawStart, s.rawEnd, textId);
    }
    // The sentence texts only this document named before (all in the index: indexNewSentences ran above).
    for (const textId of previousSentenceTexts) this.deleteUnnamedSentenceText.run(textId, textId);
    if (previousSentenceTexts.length > 0) this.knownTexts.clear();
    const keys = factKeys(record.facts);
    record.facts.forEach((f, i) => this.insertFact.run([...FACT_FIELDS.map((field) => (field === 'doc' ? id : f[field])), run, keys[i]]));
    record.messages.forEach((m, i) => this.insertMessage.run(id, i, m.stage, m.level, m.text, m.rule ?? null));
    this.history.update(id, run, record.facts, keys, liveVersions);
  }

  /** The id of a sentence text, stored now if it is new (and handed to the deferred index). */
  private sentenceTextId(text: string): number {
    const known = this.knownTexts.get(text);
    if (known !== undefined) return known;
    const hash = textHash(text);
    const found = this.findSentenceText.get(hash, text) as number | undefined;
    if (found !== undefined) return this.knowText(text, found);
    const id = Number(this.insertSentenceText.run(hash, text).lastInsertRowid);
    if (this.deferred) {
      this.deferred.ids.push(id);
      this.deferred.texts.push(text);
    }
    return this.knowText(text, id);
  }

  private knowText(text: string, id: number): number {
    if (this.knownTexts.size >= MAX_KNOWN_TEXTS) this.knownTexts.clear();
    // A sentence's text may be a slice of its document's, which the key would keep alive.
    this.knownTexts.set(ownCopy(text), id);
    return id;
  }

  /** Adds the sentence texts stored since the last call to the full-text index; call before the transaction commits. */
  indexNewSentences(): void {
    if (this.unindexedAfter === null) return;
    this.indexSentencesAfter.run(this.unindexedAfter);
    this.unindexedAfter = null;
  }

  /** After a rollback: the sentences not indexed yet are gone with it. */
  forgetUnindexed(): void {
    this.unindexedAfter = null;
    this.knownTexts.clear();
    if (this.deferred) this.deferred = { ids: [], texts: [] };
  }

  deferIndex(): void {
    this.deferred ??= { ids: [], texts: [] };
  }

  takeDeferred(): { ids: number[]; texts: string[] } | null {
    const taken = this.deferred;
    if (taken) this.deferred = { ids: [], texts: [] };
    return taken;
  }

  indexHere(): void {
    this.deferred = null;
  }
}

/** What the schema's constraints cannot see: non-integer offsets, non-finite values, facts of another document. */
function checkRecord(record: DocumentRecord): void {
  const id = record.source?.id;
  if (typeof id !== 'string' || id === '') throw new StoreError('a document record has no id');
  const fail = (what: string) => {
    throw new StoreError(`document ${id}: ${what}`);
  };
  const map = record.norm?.map;
  if (!(map instanceof Uint8Array) || map.byteLength % 4 !== 0 || map.byteLength === 0)
    fail("the norm layer's offset map is not an OffsetMap buffer");
  if (!(record.tokens instanceof Uint8Array)) fail('its tokens are not a token blob');
  if (new Set(record.sentences.map((s) => s.order)).size !== record.sentences.length) fail('two sentences have the same order');
  for (const s of record.sentences) {
    if (![s.order, s.start, s.end, s.rawStart, s.rawEnd].every(Number.isInteger)) fail(`sentence ${s.order}: offsets must be integers`);
  }
  // Facts name their sentence by ordinal; no foreign key checks it since sentences name their document by number (migration 017).
  const orders = new Set(record.sentences.map((s) => s.order));
  for (const f of record.facts) {
    if (f.doc !== id) fail(`a fact names document '${f.doc}'`);
    if (!orders.has(f.sentence)) fail(`fact '${f.text}': no sentence ${f.sentence} in the document`);
    if (![f.start, f.end, f.raw_start, f.raw_end, f.sentence].every(Number.isInteger)) fail(`fact '${f.text}': offsets must be integers`);
    if (f.value !== null && !Number.isFinite(f.value)) fail(`fact '${f.text}': value ${f.value} is not a finite number`);
  }
}

interface DocumentRow {
  id: string;
  path: string;
  record: number | null;
  sha256: string;
  encoding: string;
  format: string;
  mojibake: number;
  title: string | null;
  date: string | null;
  url: string | null;
  site: string | null;
  author: string | null;
  region: string | null;
  region_code: string | null;
  year: string | null;
  raw: string;
  norm_text: string;
  norm_map: Buffer;
  tokens: Buffer | null;
  tables: string | null;
  duplicate_of: string | null;
  fingerprint_exact: string | null;
  fingerprint_simhash: string | null;
  fingerprint_length: number | null;
  stage_keys: string;
  input_order: number | null;
}

interface MessageRow {
  stage: string;
  level: Message['level'];
  text: string;
  rule: string | null;
}

interface SentenceRow {
  ordinal: number;
  start: number;
  end: number;
  raw_start: number;
  raw_end: number;
  text: string;
}

function readRecord(statement: (sql: string) => Database.Statement, id: string): DocumentRecord | null {
  const d = statement(
    'SELECT d.*, t.raw, t.norm_text, t.norm_map, t.tokens FROM documents d JOIN document_texts t ON t.id = d.id WHERE d.id = ?',
  ).get(id) as DocumentRow | undefined;
  if (!d) return null;
  const source: SourceInfo = {
    id: d.id,
    path: d.path,
    record: d.record,
    sha256: d.sha256,
    encoding: d.encoding,
    format: d.format,
    mojibake: d.mojibake === 1,
    ...(d.input_order !== null ? { inputOrder: d.input_order } : {}),
  };
  const meta: DocumentMeta = {
    title: d.title,
    date: d.date,
    url: d.url,
    site: d.site,
    author: d.author,
    region: d.region,
    regionCode: d.region_code,
    year: d.year,
  };
  const sentences: SentenceRecord[] = (
    statement('SELECT ordinal, start, end, raw_start, raw_end, text FROM sentences WHERE doc = ? ORDER BY ordinal').all(id) as SentenceRow[]
  ).map((s) => ({
    order: s.ordinal,
    start: s.start,
    end: s.end,
    rawStart: s.raw_start,
    rawEnd: s.raw_end,
    text: s.text,
  }));
  const facts = statement(`SELECT ${FACT_FIELDS.join(', ')} FROM facts WHERE doc = ? ORDER BY id`).all(id) as Fact[];
  const messages: Message[] = (
    statement('SELECT stage, level, text, rule FROM document_messages WHERE doc = ? ORDER BY ordinal').all(id) as MessageRow[]
  ).map((m) => ({
    stage: m.stage,
    level: m.level,
    text: m.text,
    ...(m.rule !== null ? { rule: m.rule } : {}),
  }));
  return {
    source,
    meta,
    raw: d.raw,
    norm: { text: d.norm_text, map: decodeOffsetMap(d.norm_map) },
    sentences,
    // Stored before migration 004: none (the document's segment key is gone, so segmentation runs again).
    tokens: d.tokens ?? new Uint8Array(0),
    tables: d.tables ? (JSON.parse(d.tables) as Table[]) : [],
    facts,
    stageKeys: JSON.parse(d.stage_keys) as Record<string, string>,
    fingerprint:
      d.fingerprint_exact !== null && d.fingerprint_simhash !== null
        ? {
            exact: d.fingerprint_exact,
            simhash: d.fingerprint_simhash,
            ...(d.fingerprint_length !== null ? { length: d.fingerprint_length } : {}),
          }
        : null,
    duplicateOf: d.duplicate_of,
    messages,
  };
}
