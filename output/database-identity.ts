import Database from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { QMINE_APPLICATION_ID } from './database';

/** What a file given as `--db` is, found without changing it. */
export type DatabaseIdentity =
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'directory' }
  | { kind: 'not-sqlite' }
  | { kind: 'foreign-sqlite'; tables: string[] }
  | { kind: 'qmine'; documents: number | null; createdAt: string | null; schemaVersion: number };

const SQLITE_HEADER = 'SQLite format 3\u0000';

/**
 * Tells a qmine database (PRAGMA application_id 'qmin' and meta.application = 'qmine', as output/database.ts
 * writes them) from anything else at that path, reading only: the file's first 16 bytes, then, for a
 * SQLite file, its schema and meta table on a read-only connection.
 */
export function identifyDatabase(file: string): DatabaseIdentity {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { kind: 'directory' };
    size = stat.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  if (size === 0) return { kind: 'empty' };
  if (readHead(file, SQLITE_HEADER.length) !== SQLITE_HEADER) return { kind: 'not-sqlite' };
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const meta = tables.includes('meta')
      ? new Map(db.prepare('SELECT key, value FROM meta').raw(true).all() as [string, string][])
      : new Map<string, string>();
    if (applicationId !== QMINE_APPLICATION_ID || meta.get('application') !== 'qmine') return { kind: 'foreign-sqlite', tables };
    const documents = tables.includes('documents') ? (db.prepare('SELECT count(*) FROM documents').pluck().get() as number) : null;
    return {
      kind: 'qmine',
      documents,
      createdAt: meta.get('created_at') ?? null,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
    };
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') return { kind: 'not-sqlite' };
    throw error;
  } finally {
    db.close();
  }
}

function readHead(file: string, length: number): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/** One line saying what the file is, for a refusal. */
export function describeIdentity(file: string, identity: DatabaseIdentity): string {
  switch (identity.kind) {
    case 'missing':
      return `${file} does not exist`;
    case 'empty':
      return `${file} is an empty file`;
    case 'directory':
      return `${file} is a directory`;
    case 'not-sqlite':
      return `${file} is not a SQLite database`;
    case 'foreign-sqlite': {
      const shown = identity.tables.slice(0, 5).join(', ');
      const more = identity.tables.length > 5 ? `, … ${identity.tables.length - 5} more` : '';
      return `${file} is a SQLite database but not a qmine one (tables: ${shown || 'none'}${more})`;
    }
    case 'qmine':
      return `${file} is a qmine database (schema version ${identity.schemaVersion}, ${identity.documents ?? 0} documents${
        identity.createdAt ? `, created ${identity.createdAt}` : ''
      })`;
  }
}
