import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';

/**
 * The sentences' full-text index built in a file of its own, by a thread of its own, while a run stores
 * everything else; copied into the database when the run ends (Store.installSentenceIndex). Indexing is
 * the dearest part of storing (trigram FTS5: about half of it), and a run with several jobs has one
 * writer: built apart, it no longer holds that writer.
 *
 * The file holds an FTS5 table with the database's tokenizer and options and the same shadow tables (data,
 * idx, config), so that copying their rows gives the database's `sentences_fts` exactly the index
 * its own inserts would have built (FTS5 `integrity-check` agrees, tested). Contentless here: the
 * text is in the database's sentences table, which the copied index reads as its external content.
 */
export const SENTENCE_INDEX_SHADOW_TABLES = ['sentences_fts_data', 'sentences_fts_idx', 'sentences_fts_config'];

/** The options of the database's index (migration 016): trigrams without positions, no lengths table. */
export const SENTENCE_INDEX_OPTIONS = "tokenize = 'trigram', detail = none, columnsize = 0";

export class SentenceIndexFile {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[number, string]>;

  private constructor(readonly path: string) {
    rmSync(path, { force: true });
    this.db = new Database(path);
    // A scratch file: if the run dies, the database's marker makes the next command rebuild the index instead.
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.exec(`CREATE VIRTUAL TABLE sentences_fts USING fts5 (text, content = '', ${SENTENCE_INDEX_OPTIONS})`);
    this.insert = this.db.prepare('INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)');
  }

  static create(path: string): SentenceIndexFile {
    return new SentenceIndexFile(path);
  }

  /** Indexes sentences by their ids in the database, in one transaction. */
  add(ids: ArrayLike<number>, texts: readonly string[]): void {
    this.db.transaction(() => {
      for (let i = 0; i < texts.length; i++) this.insert.run(ids[i]!, texts[i]!);
    })();
  }

  close(): void {
    this.db.close();
  }
}
