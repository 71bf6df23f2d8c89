import type Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { Dictionaries } from '../core/dictionaries';
import { UserError } from '../output/errors';
import { Store } from '../output/store';
import { Pipeline } from '../pipeline/pipeline';
import { STAGES } from '../pipeline/stages';
import { refreshDerivedData, type DerivedRefresh } from './derived';
import { copyRuns, copyTables } from './merge-copy';
import { collectSentenceTexts, createSentenceTextTables, storeSentenceTexts } from './merge-sentence-texts';
import { checkPartsAgree, describePart, orderParts, partsIdentity, samePath, type PartInfo } from './merge-parts';
import { pipelineSignature } from './pipeline-signature';

export interface MergeOptions {
  parts: string[];
  db: string;
  /** Replace a database at `db` that does not already hold these parts. */
  fresh?: boolean;
  /** Where the stop words of the keyword ranking come from (default: the bundled dictionaries/). */
  dictionariesDir?: string;
  codeVersion: string;
  /** One line per thing worth knowing that does not stop the merge. */
  onNote?: (line: string) => void;
}

export interface MergeSummary {
  /** True when `db` already held exactly these parts: nothing was written. */
  alreadyMerged: boolean;
  parts: number;
  documents: number;
  sentences: number;
  facts: number;
  runs: number;
  /** The merge's own row in runs (0 when nothing was written). */
  runId: number;
  derived: DerivedRefresh | null;
  /** Milliseconds: copying the parts, the full-text index, the duplicate marks and keywords, in all. */
  ms: { copy: number; index: number; derived: number; total: number };
}

/** Key of meta: the identities of the parts a merged database was made from (batch/merge-parts.ts). */
const MERGED_PARTS_KEY = 'merged_parts';

/**
 * `qmine merge`: one database equal to a single run over the inputs of all the parts (shards made with
 * `qmine run --shard K/N`). Documents are stored in the order a single run stores them (by their
 * position among the inputs), sentences, facts and fact history get the ids a single run gives them,
 * runs keep their own rows with new ids; then the full-text index, the duplicate marks and the keywords
 * are computed once over the whole. The copy is SQL (ATTACH, INSERT … SELECT), two passes over each part:
 * the first reads only ids and counts to fix the order, the second copies the rows. It is written to a
 * file beside `db` and renamed onto it at the end, so a failed merge leaves `db` as it was.
 */
export function mergeParts(options: MergeOptions): MergeSummary {
  const began = performance.now();
  if (options.parts.length === 0) throw new UserError('no parts to merge');
  for (const file of options.parts) {
    if (samePath(file, options.db)) throw new UserError(`${file} is both a part and the output: merge into a new file`);
  }
  options.parts.forEach((file, i) => {
    if (options.parts.slice(0, i).some((earlier) => samePath(earlier, file))) throw new UserError(`${file} is named twice`);
  });
  const parts = orderParts(options.parts.map(describePart));
  const signature = checkPartsAgree(parts);
  const identity = partsIdentity(parts);
  const dictionaries = new Dictionaries(options.dictionariesDir);
  const pipeline = new Pipeline(STAGES, dictionaries);
  if (signature !== null && signature !== pipelineSignature(pipeline)) {
    options.onNote?.('the parts were made with other code or dictionaries than this qmine: its stop words rank the keywords');
  }

  if (existsSync(options.db) && statSync(options.db).size > 0) {
    const existing = Store.open(options.db, { readonly: true });
    let merged: string | null;
    try {
      merged = existing.metaValue(MERGED_PARTS_KEY);
    } finally {
      existing.close();
    }
    if (merged === identity) return unchanged(parts, performance.now() - began);
    if (!options.fresh) {
      throw new UserError(
        `${options.db} already holds a database${merged === null ? '' : ' merged from other parts'}: merge into a new file, or add --fresh to replace it`,
      );
    }
  }

  const building = `${options.db}.merging-${process.pid}`;
  removeDatabase(building);
  try {
    const summary = build({ file: building, parts, identity, options, dictionaries, pipeline, began });
    removeDatabase(options.db);
    renameSync(building, options.db);
    return summary;
  } catch (error) {
    removeDatabase(building);
    throw error;
  }
}

/** What building the merged database needs: the parts in merge order and what ranks the keywords. */
interface Build {
  file: string;
  parts: readonly PartInfo[];
  /** Recorded as meta.merged_parts. */
  identity: string;
  options: MergeOptions;
  dictionaries: Dictionaries;
  pipeline: Pipeline;
  /** performance.now() when the merge began. */
  began: number;
}

function build({ file, parts, identity, options, dictionaries, pipeline, began }: Build): MergeSummary {
  const store = Store.open(file, { codeVersion: options.codeVersion, dictionaries });
  const db = store.db;
  try {
    // A new file renamed into place only when complete: no journal and no syncs while it is filled.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = OFF');
    createWorkTables(db);
    forEachPart(db, parts, (part, index) => {
      copyRuns(db, index, part.file);
      collectOrder(db, index, parts);
    });
    computeOrder(db);
    createSentenceTextTables(db);
    forEachPart(db, parts, (_part, index) => collectSentenceTexts(db, index));
    storeSentenceTexts(db);
    forEachPart(db, parts, (part, index) => copyTables(db, index, part.file));
    const copied = performance.now();

    db.exec("INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild')");
    const indexed = performance.now();

    const runId = store.beginRun({
      command: 'merge',
      codeVersion: options.codeVersion,
      dictionaryHashes: pipeline.dictionaryHashes(),
      options: { parts: parts.map((p) => p.file), pipeline: pipelineSignature(pipeline) },
    });
    const derived = refreshDerivedData(store, dictionaries, runId);
    const counts = {
      documents: db.prepare('SELECT count(*) FROM documents').pluck().get() as number,
      sentences: db.prepare('SELECT count(*) FROM sentences').pluck().get() as number,
      facts: db.prepare('SELECT count(*) FROM facts').pluck().get() as number,
      runs: runId - 1,
    };
    store.finishRun(runId, { parts: parts.length, ...counts, duplicates: derived.duplicates });
    store.setMetaValue(MERGED_PARTS_KEY, identity);
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0)
      throw new UserError(`the merged database has ${broken.length} broken references: are the parts whole qmine databases?`);
    db.pragma('journal_mode = WAL');
    const done = performance.now();
    return {
      alreadyMerged: false,
      parts: parts.length,
      ...counts,
      runId,
      derived,
      ms: { copy: copied - began, index: indexed - copied, derived: done - indexed, total: done - began },
    };
  } finally {
    store.close();
  }
}

/** Runs `use` with each part attached as `part`, in a transaction of its own (ATTACH cannot be inside one). */
function forEachPart(db: Database.Database, parts: readonly PartInfo[], use: (part: PartInfo, index: number) => void): void {
  parts.forEach((part, index) => {
    db.prepare('ATTACH DATABASE ? AS part').run(part.file);
    try {
      db.transaction(() => use(part, index))();
    } finally {
      db.exec('DETACH DATABASE part');
    }
  });
}

function createWorkTables(db: Database.Database): void {
  db.exec(`
    CREATE TEMP TABLE merge_runs (part INTEGER NOT NULL, old_id INTEGER NOT NULL, new_id INTEGER NOT NULL, PRIMARY KEY (part, old_id));
    CREATE TEMP TABLE merge_documents (
      part INTEGER NOT NULL, doc TEXT NOT NULL PRIMARY KEY, input_order INTEGER, record INTEGER, part_rowid INTEGER NOT NULL,
      sentences INTEGER NOT NULL, facts INTEGER NOT NULL);
    CREATE TEMP TABLE merge_history_counts (part INTEGER NOT NULL, doc TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (part, doc));
  `);
}

/** First pass over a part: each document's place among the inputs and how many sentences and facts it has. */
function collectOrder(db: Database.Database, part: number, parts: readonly PartInfo[]): void {
  const clash = db.prepare('SELECT m.doc, m.part FROM part.documents d JOIN temp.merge_documents m ON m.doc = d.id LIMIT 1').get() as
    { doc: string; part: number } | undefined;
  if (clash) {
    throw new UserError(
      `document '${clash.doc}' is in both ${parts[clash.part]!.file} and ${parts[part]!.file}: parts must be disjoint shards of one corpus`,
    );
  }
  db.prepare(
    `INSERT INTO temp.merge_documents (part, doc, input_order, record, part_rowid, sentences, facts)
     SELECT ?, d.id, d.input_order, d.record, d.rowid,
       (SELECT count(*) FROM part.sentence_spans s WHERE s.document = d.number), (SELECT count(*) FROM part.facts f WHERE f.doc = d.id)
     FROM part.documents d`,
  ).run(part);
  db.prepare('INSERT INTO temp.merge_history_counts (part, doc, n) SELECT ?, doc, count(*) FROM part.fact_versions GROUP BY doc').run(part);
}

/**
 * The merged storage order: a single run stores documents file by file in input order, records of a
 * file in order; documents of older databases without input_order come after, part by part. Sentences
 * and facts take consecutive ids in that order, as a single run gives them; fact history too, with the
 * history of documents no longer stored at the end.
 */
function computeOrder(db: Database.Database): void {
  db.exec(`
    CREATE TEMP TABLE merge_order AS
      SELECT part, doc, rank,
        sum(sentences) OVER w - sentences AS sentence_base,
        sum(facts) OVER w - facts AS fact_base
      FROM (SELECT *, row_number() OVER (ORDER BY input_order NULLS LAST, record NULLS FIRST, part, part_rowid) AS rank FROM temp.merge_documents)
      WINDOW w AS (ORDER BY rank ROWS UNBOUNDED PRECEDING);
    CREATE UNIQUE INDEX temp.merge_order_doc ON merge_order (part, doc);
    CREATE TEMP TABLE merge_history AS
      SELECT h.part, h.doc, sum(h.n) OVER (ORDER BY o.rank NULLS LAST, h.part, h.doc ROWS UNBOUNDED PRECEDING) - h.n AS base
      FROM temp.merge_history_counts h LEFT JOIN temp.merge_order o ON o.part = h.part AND o.doc = h.doc;
    CREATE UNIQUE INDEX temp.merge_history_doc ON merge_history (part, doc);
  `);
}

function unchanged(parts: readonly PartInfo[], ms: number): MergeSummary {
  return {
    alreadyMerged: true,
    parts: parts.length,
    documents: parts.reduce((n, p) => n + p.documents, 0),
    sentences: 0,
    facts: 0,
    runs: 0,
    runId: 0,
    derived: null,
    ms: { copy: 0, index: 0, derived: 0, total: ms },
  };
}

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}
