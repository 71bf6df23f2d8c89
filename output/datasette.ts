import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findOutputFile } from './database';

/** The shape of output/datasette-metadata.json that qmine reads back (descriptions of tables and columns). */
export interface DatasetteMetadata {
  title: string;
  description: string;
  databases: Record<string, { description?: string; tables: Record<string, TableMetadata>; queries?: Record<string, unknown> }>;
}

export interface TableMetadata {
  description?: string;
  columns?: Record<string, string>;
  fts_table?: string;
  fts_pk?: string;
  label_column?: string;
}

/** The key the bundled metadata file describes the database under. */
const TEMPLATE_KEY = 'qmine';

/** output/datasette-metadata.json, parsed: descriptions of every table, view and many columns, canned queries. */
export function metadataTemplate(): DatasetteMetadata {
  const file = findOutputFile('datasette-metadata.json');
  if (file === null) throw new Error('qmine installation is missing output/datasette-metadata.json');
  return JSON.parse(readFileSync(file, 'utf8')) as DatasetteMetadata;
}

/**
 * Datasette metadata for a database file: Datasette names a database after its file name without the
 * extension (reports.db → reports), and applies the metadata of that name only, so the bundled
 * descriptions are put under it. `sentences` names no full-text table (fts_table): Datasette's search box
 * asks phrase MATCH queries, which the index, kept without positions (migration 016), refuses for terms
 * of 4 or more characters; the canned query sentences_with_a_word searches with LIKE through it.
 */
export function datasetteMetadataFor(dbFile: string): DatasetteMetadata {
  const template = metadataTemplate();
  const name = path.basename(dbFile).replace(/\.[^.]*$/, '') || path.basename(dbFile);
  const described = template.databases[TEMPLATE_KEY];
  if (!described) throw new Error(`output/datasette-metadata.json has no database '${TEMPLATE_KEY}'`);
  return { ...template, databases: { [name]: described } };
}
