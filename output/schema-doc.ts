import type Database from 'better-sqlite3';
import { readSql } from './database';
import { metadataTemplate, type TableMetadata } from './datasette';

/** One table or view of a database with its columns, described for `qmine schema`. */
export interface SchemaEntry {
  name: string;
  kind: 'table' | 'view';
  description: string | null;
  columns: { name: string; type: string; description: string | null }[];
}

/**
 * The tables and views of a qmine database with their columns (PRAGMA table_info) and descriptions: from
 * output/datasette-metadata.json, else the column's comment in output/schema.sql, else, for a view, the
 * description of a facts or documents column of the same name. Full-text index internals are left out.
 */
export function describeSchema(db: Database.Database): SchemaEntry[] {
  const tables = metadataTemplate().databases.qmine?.tables ?? {};
  const comments = schemaComments(readSql('schema.sql'));
  const objects = db
    .prepare(
      `SELECT name, type FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'
       AND name NOT LIKE 'sentences_fts%' ORDER BY type, name`,
    )
    .all() as { name: string; type: 'table' | 'view' }[];
  return objects.map(({ name, type }) => {
    const described: TableMetadata = tables[name] ?? {};
    const info = db.prepare('SELECT name, type FROM pragma_table_info(?)').all(name) as { name: string; type: string }[];
    return {
      name,
      kind: type,
      description: described.description ?? null,
      columns: info.map((column) => ({
        name: column.name,
        type: column.type,
        description:
          described.columns?.[column.name] ??
          comments.get(`${name}.${column.name}`) ??
          (type === 'view' ? (tables.facts?.columns?.[column.name] ?? comments.get(`facts.${column.name}`) ?? null) : null),
      })),
    };
  });
}

/** `table.column` → the comment after the column's line in CREATE TABLE statements. */
export function schemaComments(sql: string): Map<string, string> {
  const comments = new Map<string, string>();
  let table: string | null = null;
  for (const line of sql.split('\n')) {
    const create = /^CREATE TABLE (\w+)/.exec(line);
    if (create) table = create[1]!;
    else if (/^\)/.test(line)) table = null;
    else if (table) {
      const column = /^\s+(\w+)\s+[A-Z]+[^-]*--\s*(.+)$/.exec(line);
      if (column && !/^(PRIMARY|UNIQUE|FOREIGN|CHECK)$/.test(column[1]!)) comments.set(`${table}.${column[1]}`, column[2]!.trim());
    }
  }
  return comments;
}

/** The schema as text: each table and view, its description, its columns aligned with theirs. */
export function formatSchema(entries: readonly SchemaEntry[]): string {
  const lines: string[] = [];
  for (const entry of entries) {
    lines.push(`${entry.name} (${entry.kind})${entry.description ? `: ${entry.description}` : ''}`);
    const width = Math.max(...entry.columns.map((c) => c.name.length));
    const typeWidth = Math.max(...entry.columns.map((c) => c.type.length));
    for (const c of entry.columns) lines.push(`  ${c.name.padEnd(width)}  ${c.type.padEnd(typeWidth)}  ${c.description ?? ''}`.trimEnd());
    lines.push('');
  }
  return lines.join('\n');
}
