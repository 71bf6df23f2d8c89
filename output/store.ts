import type Database from 'better-sqlite3';
import type { DocumentMeta, Fact, Message, SourceInfo } from '../core/document';
import type { DocumentRecord, SentenceRecord } from '../core/record';
import { openDatabase, type OpenOptions } from './database';
import { StoreError } from './errors';
import { FACT_FIELDS } from './fact-fields';
import { FactHistoryWriter, factKeys } from './fact-history';
import { decodeOffsetMap, encodeOffsetMap } from './map-codec';

export { StoreError, UserError } from './errors';

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

  static open(path: string, options: Pick<OpenOptions, 'readonly' | 'codeVersion'> = {}): Store {
    return new Store(openDatabase(path, options));
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
   * Stores a batch of documents in one transaction: each replaces any stored document of the same id
   * with its sentences, facts, keywords and messages, and fact_history records what changed. If any
   * record is invalid, nothing of the batch is written.
   */
  saveDocuments(runId: number, records: readonly DocumentRecord[]): void {
    const writes = (this.writes ??= new Writes(this.db));
    try {
      this.db.transaction(() => {
        for (const record of records) writes.saveDocument(runId, record);
        writes.indexNewSentences();
      })();
    } catch (error) {
      writes.forgetUnindexed();
      throw error;
    }
  }

  /**
   * Stores one document into the open batch, beginning one if none is open: a writer that stores each
   * result as it arrives keeps its thread free between documents (a 64-document saveDocuments holds it
   * for over a second, while the pipeline threads run dry). The batch is one transaction until
   * commitBatch; if a record is invalid the whole batch is rolled back, as with saveDocuments.
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
    this.db.exec('COMMIT');
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

  /** Duplicate-detection fingerprints of every stored document that has them, in storage order. */
  fingerprints(): { id: string; exact: string; simhash: string }[] {
    return this.statement(
      'SELECT id, fingerprint_exact AS exact, fingerprint_simhash AS simhash FROM documents WHERE fingerprint_exact IS NOT NULL AND fingerprint_simhash IS NOT NULL ORDER BY rowid',
    ).all() as { id: string; exact: string; simhash: string }[];
  }

  /** A stored document's normalised text: what stage keys with a part per document (Stage.keyPart) read. */
  normText(id: string): string | null {
    return (this.statement('SELECT norm_text FROM documents WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
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
         CASE WHEN fingerprint_exact IS NULL OR fingerprint_simhash IS NULL OR fingerprint_length IS NULL THEN norm_text END AS normText
       FROM documents ORDER BY rowid`,
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
   * The stored word counts (documents.word_counts: JSON {"word": count}) of every document that is not a
   * duplicate, one document at a time in storage order; null for a document stored before migration 003,
   * whose words `tokenWords` reads. Streams: write to the store only after the iteration ends.
   */
  *documentWordCounts(): Iterable<{ id: string; wordCounts: string | null }> {
    yield* this.statement(
      'SELECT id, word_counts AS wordCounts FROM documents WHERE duplicate_of IS NULL ORDER BY rowid',
    ).iterate() as Iterable<{ id: string; wordCounts: string | null }>;
  }

  /** The words of a stored document's tokens, sentence by sentence in order (empty for a document not stored). */
  tokenWords(id: string): string[] {
    const words: string[] = [];
    for (const tokens of this.statement('SELECT tokens FROM sentences WHERE doc = ? ORDER BY ordinal').pluck().all(id) as string[]) {
      for (const [word] of JSON.parse(tokens) as [string, string][]) words.push(word);
    }
    return words;
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
   * before it is yielded, so the caller may write to the store between records. With `tokensAsJson`,
   * sentences carry their tokens as stored (`tokensJson`, `tokens` left empty), to be parsed only where
   * they are needed: resuming at segmentation never needs them.
   */
  *loadRecords(ids?: readonly string[], options: { tokensAsJson?: boolean } = {}): Iterable<DocumentRecord> {
    for (const id of ids ?? this.documentIds()) {
      const record = readRecord((sql) => this.statement(sql), id, options.tokensAsJson ?? false);
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
  'raw',
  'clean_text',
  'clean_map',
  'norm_text',
  'norm_map',
  'duplicate_of',
  'fingerprint_exact',
  'fingerprint_simhash',
  'fingerprint_length',
  'word_counts',
  'stage_keys',
  'run',
  'input_order',
];

/** The prepared statements of saveDocuments, made once per store. */
class Writes {
  private readonly deleteParts: Database.Statement[];
  private readonly deleteOtherSentences: Database.Statement;
  private readonly insertDocument: Database.Statement;
  private readonly insertSentence: Database.Statement;
  private readonly appendSentence: Database.Statement;
  private readonly appendDocument: Database.Statement;
  private readonly isStored: Database.Statement;
  private readonly lastSentenceId: Database.Statement;
  private readonly indexSentencesAfter: Database.Statement;
  /** The largest sentence id before the first sentence not yet in the full-text index (null: none). */
  private unindexedAfter: number | null = null;
  private readonly insertFact: Database.Statement;
  private readonly insertKeyword: Database.Statement;
  private readonly insertMessage: Database.Statement;
  private readonly history: FactHistoryWriter;

  constructor(db: Database.Database) {
    this.deleteParts = ['facts', 'keywords', 'document_messages'].map((table) => db.prepare(`DELETE FROM ${table} WHERE doc = ?`));
    this.deleteOtherSentences = db.prepare('DELETE FROM sentences WHERE doc = ? AND ordinal NOT IN (SELECT value FROM json_each(?))');
    // An upsert keeps a replaced document's rowid, so storage order stays the order documents were first seen.
    const documentInsert = `INSERT INTO documents (${DOCUMENT_COLUMNS.join(', ')}) VALUES (${DOCUMENT_COLUMNS.map((c) => `@${c}`).join(', ')})`;
    this.insertDocument = db.prepare(`${documentInsert}
      ON CONFLICT (id) DO UPDATE SET ${DOCUMENT_COLUMNS.filter((c) => c !== 'id')
        .map((c) => `${c} = excluded.${c}`)
        .join(', ')}`);
    // A sentence that comes back the same is left alone: re-indexing it in the full-text index (which
    // triggers keep in step) is the dearest part of replacing a document whose text did not change.
    const sentenceInsert =
      'INSERT INTO sentences (doc, ordinal, start, end, raw_start, raw_end, text, tokens) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
    this.insertSentence = db.prepare(`${sentenceInsert}
      ON CONFLICT (doc, ordinal) DO UPDATE SET start = excluded.start, end = excluded.end, raw_start = excluded.raw_start,
        raw_end = excluded.raw_end, text = excluded.text, tokens = excluded.tokens
      WHERE (start, end, raw_start, raw_end, text, tokens)
        IS NOT (excluded.start, excluded.end, excluded.raw_start, excluded.raw_end, excluded.text, excluded.tokens)`);
    // New sentences get the next rowids, so those above the largest before a batch's first new sentence
    // are its new ones: indexed by one statement per batch (migration 002), not a trigger per row.
    // A document not stored yet (every one in a first run) takes plain inserts and no deletes: a statement
    // that could reach the full-text index (through the sentences' triggers or a cascade to them) makes
    // FTS5 write out the terms it holds in memory, a small segment per document that then costs merges.
    // Measured over 327 documents: 1.5 s of the 5.8 s their storing took.
    this.isStored = db.prepare('SELECT EXISTS (SELECT 1 FROM documents WHERE id = ?)').pluck();
    this.appendDocument = db.prepare(documentInsert);
    this.appendSentence = db.prepare(sentenceInsert);
    this.lastSentenceId = db.prepare('SELECT coalesce(max(id), 0) FROM sentences').pluck();
    this.indexSentencesAfter = db.prepare('INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE id > ?');
    this.insertFact = db.prepare(`INSERT INTO facts (doc, type, category, metric, value, unit, bound, status, period,
        region, region_code, subject, name, text, start, end, raw_start, raw_end, rule, sentence, run, fact_key)
      VALUES (@doc, @type, @category, @metric, @value, @unit, @bound, @status, @period, @region, @region_code, @subject, @name,
        @text, @start, @end, @raw_start, @raw_end, @rule, @sentence, @run, @fact_key)`);
    this.insertKeyword = db.prepare('INSERT INTO keywords (doc, rank, word, weight) VALUES (?, ?, ?, ?)');
    this.insertMessage = db.prepare(`INSERT INTO document_messages (doc, ordinal, stage, level, text, position, rule)
      VALUES (?, ?, ?, ?, ?, ?, ?)`);
    this.history = new FactHistoryWriter(db);
  }

  saveDocument(run: number, record: DocumentRecord): void {
    checkRecord(record);
    const { source, meta } = record;
    const id = source.id;
    const replacing = this.isStored.get(id) === 1;
    if (replacing) {
      // Its sentences may be among those not indexed yet: the triggers that keep the index in step
      // when they change or go need them indexed first.
      this.indexNewSentences();
      for (const statement of this.deleteParts) statement.run(id);
      this.deleteOtherSentences.run(id, JSON.stringify(record.sentences.map((s) => s.order)));
    }
    (replacing ? this.insertDocument : this.appendDocument).run({
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
      raw: record.raw,
      clean_text: record.clean.text,
      clean_map: encodeOffsetMap(record.clean.map),
      norm_text: record.norm.text,
      norm_map: encodeOffsetMap(record.norm.map),
      duplicate_of: record.duplicateOf,
      fingerprint_exact: record.fingerprint?.exact ?? null,
      fingerprint_simhash: record.fingerprint?.simhash ?? null,
      fingerprint_length: record.fingerprint?.length ?? null,
      word_counts: record.wordCounts ?? null,
      stage_keys: JSON.stringify(record.stageKeys),
      run,
      input_order: source.inputOrder ?? null,
    });
    this.unindexedAfter ??= this.lastSentenceId.get() as number;
    for (const s of record.sentences) {
      (replacing ? this.insertSentence : this.appendSentence).run(
        id,
        s.order,
        s.start,
        s.end,
        s.rawStart,
        s.rawEnd,
        s.text,
        s.tokensJson ?? JSON.stringify(s.tokens.map((t) => [t.word, t.tag])),
      );
    }
    const keys = factKeys(record.facts);
    record.facts.forEach((f, i) => this.insertFact.run({ ...f, doc: id, run, fact_key: keys[i] }));
    record.keywords?.forEach((k, i) => this.insertKeyword.run(id, i + 1, k.word, k.weight));
    record.messages.forEach((m, i) => this.insertMessage.run(id, i, m.stage, m.level, m.text, m.position ?? null, m.rule ?? null));
    this.history.update(id, run, record.facts, keys);
  }

  /** Adds the sentences stored since the last call to the full-text index; call before the transaction commits. */
  indexNewSentences(): void {
    if (this.unindexedAfter === null) return;
    this.indexSentencesAfter.run(this.unindexedAfter);
    this.unindexedAfter = null;
  }

  /** After a rollback: the sentences not indexed yet are gone with it. */
  forgetUnindexed(): void {
    this.unindexedAfter = null;
  }
}

/** What the schema's constraints cannot see: non-integer offsets, non-finite values, facts of another document. */
function checkRecord(record: DocumentRecord): void {
  const id = record.source?.id;
  if (typeof id !== 'string' || id === '') throw new StoreError('a document record has no id');
  const fail = (what: string) => {
    throw new StoreError(`document ${id}: ${what}`);
  };
  for (const layer of ['clean', 'norm'] as const) {
    const map = record[layer]?.map;
    if (!(map instanceof Uint8Array) || map.byteLength % 4 !== 0 || map.byteLength === 0)
      fail(`the ${layer} layer's offset map is not an OffsetMap buffer`);
  }
  if (new Set(record.sentences.map((s) => s.order)).size !== record.sentences.length) fail('two sentences have the same order');
  for (const s of record.sentences) {
    if (![s.order, s.start, s.end, s.rawStart, s.rawEnd].every(Number.isInteger)) fail(`sentence ${s.order}: offsets must be integers`);
  }
  for (const f of record.facts) {
    if (f.doc !== id) fail(`a fact names document '${f.doc}'`);
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
  clean_text: string;
  clean_map: Buffer;
  norm_text: string;
  norm_map: Buffer;
  duplicate_of: string | null;
  fingerprint_exact: string | null;
  fingerprint_simhash: string | null;
  fingerprint_length: number | null;
  word_counts: string | null;
  stage_keys: string;
  input_order: number | null;
}

interface MessageRow {
  stage: string;
  level: Message['level'];
  text: string;
  position: number | null;
  rule: string | null;
}

interface SentenceRow {
  ordinal: number;
  start: number;
  end: number;
  raw_start: number;
  raw_end: number;
  text: string;
  tokens: string;
}

/** With `tokensAsJson`, sentences keep their tokens as stored (`tokensJson`, `tokens` empty): parsed only where needed. */
function readRecord(statement: (sql: string) => Database.Statement, id: string, tokensAsJson: boolean): DocumentRecord | null {
  const d = statement('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
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
    statement('SELECT ordinal, start, end, raw_start, raw_end, text, tokens FROM sentences WHERE doc = ? ORDER BY ordinal').all(
      id,
    ) as SentenceRow[]
  ).map((s) => ({
    order: s.ordinal,
    start: s.start,
    end: s.end,
    rawStart: s.raw_start,
    rawEnd: s.raw_end,
    text: s.text,
    ...(tokensAsJson
      ? { tokens: [], tokensJson: s.tokens }
      : { tokens: (JSON.parse(s.tokens) as [string, string][]).map(([word, tag]) => ({ word, tag })) }),
  }));
  const facts = statement(`SELECT ${FACT_FIELDS.join(', ')} FROM facts WHERE doc = ? ORDER BY id`).all(id) as Fact[];
  const keywords = statement('SELECT word, weight FROM keywords WHERE doc = ? ORDER BY rank').all(id) as { word: string; weight: number }[];
  const messages: Message[] = (
    statement('SELECT stage, level, text, position, rule FROM document_messages WHERE doc = ? ORDER BY ordinal').all(id) as MessageRow[]
  ).map((m) => ({
    stage: m.stage,
    level: m.level,
    text: m.text,
    ...(m.position !== null ? { position: m.position } : {}),
    ...(m.rule !== null ? { rule: m.rule } : {}),
  }));
  return {
    source,
    meta,
    raw: d.raw,
    clean: { text: d.clean_text, map: decodeOffsetMap(d.clean_map) },
    norm: { text: d.norm_text, map: decodeOffsetMap(d.norm_map) },
    sentences,
    facts,
    // An empty keyword list is stored as no rows and comes back as null.
    keywords: keywords.length ? keywords : null,
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
    ...(d.word_counts !== null ? { wordCounts: d.word_counts } : {}),
  };
}
