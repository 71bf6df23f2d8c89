import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { StoreError } from './errors';
import { restoreFactIndexes } from './deferred-indexes';
import type { Dictionaries } from '../core/dictionaries';
import { refreshPolarityCues } from './rate-polarity';
import { refreshRegions } from './regions-table';
import { registerTextCodec } from './text-codec';
import { registerTextKey } from './text-key';

/** PRAGMA application_id of a qmine database: the bytes 'qmin'. */
export const QMINE_APPLICATION_ID = 0x716d696e;
/** Version of output/schema.sql; migrations count up from here. */
export const BASELINE_VERSION = 1;

/** A step `NNN-what.sql` of output/migrations/ that brings a database from version NNN-1 to NNN. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export interface OpenOptions {
  readonly?: boolean;
  /** The schema steps above the baseline (default: the files of output/migrations/). */
  migrations?: readonly Migration[];
  /** Recorded as meta.created_by when the database is created. */
  codeVersion?: string;
  /** Where the rate-polarity lexicon is read from when the database is opened for writing (default: the bundled dictionaries/). */
  dictionaries?: Dictionaries;
}

/**
 * Opens a qmine database. For writing, creates it when the file is missing or empty, upgrades an older
 * one, recreates the views, and turns on WAL and foreign keys. Throws StoreError for a missing file
 * (read-only), a file that is not a qmine database, or a version this code cannot use.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  const migrations = options.migrations ?? loadMigrations();
  const target = targetVersion(migrations);
  const db = connect(file, options.readonly ?? false);
  try {
    const version = schemaVersion(db, file);
    db.pragma('busy_timeout = 5000');
    // document_texts unpacks the stored texts with it (migration 013), for readers as for writers.
    registerTextCodec(db);
    if (options.readonly) {
      if (version === 'empty') throw new StoreError(`${file} is an empty file, not a qmine database`);
      checkVersion(file, version, target, true);
      db.pragma('query_only = ON');
      return db;
    }
    if (version !== 'empty') checkVersion(file, version, target, false);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // 16 MB of page cache: a run over 20 MB of text writes no faster with 64 MB, and peaks 150 MB higher.
    db.pragma('cache_size = -16384');
    db.pragma('foreign_keys = OFF');
    registerTextKey(db);
    if (version === 'empty') initialise(db, migrations, options.codeVersion ?? 'unknown');
    else {
      // After a run that died with the facts' indexes dropped: back before any migration reads or drops them.
      restoreFactIndexes(db);
      migrate(db, version, migrations);
    }
    db.pragma('foreign_keys = ON');
    refreshViews(db);
    refreshPolarityCues(db, options.dictionaries);
    refreshRegions(db);
    return db;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.close();
    throw error;
  }
}

/**
 * Checks, without writing, that a writer can open the file: a qmine database of this schema or an older one
 * (opening it for writing upgrades it). A missing, empty or foreign file, or a newer schema, is a StoreError.
 * For commands that must fail before their first write, on a database they will then upgrade.
 */
export function checkWritableDatabase(file: string, migrations: readonly Migration[] = loadMigrations()): void {
  const db = connect(file, true);
  try {
    const version = schemaVersion(db, file);
    if (version === 'empty') throw new StoreError(`${file} is an empty file, not a qmine database`);
    checkVersion(file, version, targetVersion(migrations), false);
  } finally {
    db.close();
  }
}

/** A plain connection; StoreError for a missing file (read-only), a directory or a file SQLite cannot open. */
function connect(file: string, readonly: boolean): Database.Database {
  if (readonly && !existsSync(file)) throw new StoreError(`${file}: no such database`);
  if (existsSync(file) && statSync(file).isDirectory()) throw new StoreError(`${file} is a directory, not a database`);
  try {
    return readonly ? new Database(file, { readonly: true, fileMustExist: true }) : new Database(file);
  } catch (error) {
    throw new StoreError(`${file}: cannot open (${(error as Error).message})`);
  }
}

/** Migrations of output/migrations/, checked to be consecutive from BASELINE_VERSION + 1. */
export function loadMigrations(dir: string | null = findOutputFile('migrations')): Migration[] {
  if (dir === null) return [];
  const migrations = readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .map((name) => {
      const m = /^(\d{3})-[\w-]+\.sql$/.exec(name);
      if (!m) throw new Error(`migration ${name}: name must be NNN-what-it-does.sql`);
      return { version: Number(m[1]), name, sql: readFileSync(path.join(dir, name), 'utf8') };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== BASELINE_VERSION + 1 + i) throw new Error(`migration ${m.name}: expected version ${BASELINE_VERSION + 1 + i}`);
  });
  return migrations;
}

function targetVersion(migrations: readonly Migration[]): number {
  return migrations.length ? migrations[migrations.length - 1]!.version : BASELINE_VERSION;
}

/** The schema version of a qmine database, 'empty' for a new file; StoreError for anything else. */
function schemaVersion(db: Database.Database, file: string): number | 'empty' {
  let applicationId: number;
  let objects: number;
  try {
    applicationId = db.pragma('application_id', { simple: true }) as number;
    objects = db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new StoreError(`${file} is not a SQLite database`);
    throw new StoreError(`${file}: cannot read (${(error as Error).message})`);
  }
  if (applicationId === 0 && objects === 0) return 'empty';
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'").get() !== undefined;
  const application = hasMeta ? db.prepare("SELECT value FROM meta WHERE key = 'application'").pluck().get() : undefined;
  if (applicationId !== QMINE_APPLICATION_ID || application !== 'qmine') {
    throw new StoreError(`${file} is a SQLite database but not a qmine database`);
  }
  return db.pragma('user_version', { simple: true }) as number;
}

function checkVersion(file: string, version: number, target: number, readonly: boolean): void {
  if (version > target) {
    throw new StoreError(`${file} has schema version ${version}, newer than this qmine's ${target}: use a newer qmine`);
  }
  if (version < target && readonly) {
    throw new StoreError(
      `${file} has schema version ${version}, older than this qmine's ${target}: open it for writing once (qmine run or reprocess) to upgrade it`,
    );
  }
}

function initialise(db: Database.Database, migrations: readonly Migration[], codeVersion: string): void {
  db.transaction(() => {
    db.exec(readSql('schema.sql'));
    const setMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    setMeta.run('application', 'qmine');
    setMeta.run('created_at', new Date().toISOString());
    setMeta.run('created_by', codeVersion);
    db.pragma(`application_id = ${QMINE_APPLICATION_ID}`);
    db.pragma(`user_version = ${BASELINE_VERSION}`);
  })();
  migrate(db, BASELINE_VERSION, migrations);
}

function migrate(db: Database.Database, from: number, migrations: readonly Migration[]): void {
  // The views are made for the newest schema (they may name a table a later migration creates, which a
  // table rebuild's ALTER TABLE … RENAME refuses): dropped before upgrading, recreated after by refreshViews.
  if (migrations.some((m) => m.version > from)) dropViews(db);
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      try {
        db.exec(migration.sql);
      } catch (error) {
        throw new StoreError(
          `cannot upgrade the database to version ${migration.version} (${migration.name}): ${(error as Error).message}`,
        );
      }
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length) throw new StoreError(`migration ${migration.name} leaves ${broken.length} broken foreign keys`);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

/**
 * Drops the analysts' views, those views.sql makes. The views migrations made (document_texts,
 * sentences, fact_contents, fact_history: the shape of stored data) are part of the schema and stay: a
 * migration that rebuilds a table one of them names makes it again.
 */
function dropViews(db: Database.Database): void {
  const ours = new Set([...readSql('views.sql').matchAll(/CREATE VIEW (\w+)/gi)].map((m) => m[1]!));
  const views = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'view'").pluck().all() as string[]).filter((v) => ours.has(v));
  db.transaction(() => {
    for (const view of views) db.exec(`DROP VIEW "${view.replace(/"/g, '""')}"`);
    db.prepare("DELETE FROM meta WHERE key = 'views_sha256'").run();
  })();
}

/** Recreates the views when views.sql differs from the one the database last got (meta.views_sha256). */
function refreshViews(db: Database.Database): void {
  const sql = readSql('views.sql');
  const hash = createHash('sha256').update(sql).digest('hex');
  if (db.prepare("SELECT value FROM meta WHERE key = 'views_sha256'").pluck().get() === hash) return;
  db.transaction(() => {
    db.exec(sql);
    db.prepare("INSERT INTO meta (key, value) VALUES ('views_sha256', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(hash);
  })();
}

const sqlCache = new Map<string, string>();

export function readSql(name: string): string {
  let sql = sqlCache.get(name);
  if (sql === undefined) {
    const file = findOutputFile(name);
    if (file === null) throw new Error(`qmine installation is missing output/${name}`);
    sql = readFileSync(file, 'utf8');
    sqlCache.set(name, sql);
  }
  return sql;
}

/** A data file of output/: next to this module when run from source, two levels up when compiled to dist/output/. */
export function findOutputFile(name: string): string | null {
  for (const dir of [__dirname, path.join(__dirname, '..', '..', 'output')]) {
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Opens a qmine database read-only for the length of `use`. */
export async function withReadOnlyDatabase<T>(file: string, use: (db: Database.Database) => Promise<T> | T): Promise<T> {
  const db = openDatabase(file, { readonly: true });
  try {
    return await use(db);
  } finally {
    db.close();
  }
}
