import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { newDocument, type Document, type DocumentMeta, type SourceInfo } from '../core/document';
import { decodeBytes, encodeText } from './decode';
import { parseCsvRecords, parseJsonRecords, parseSogouRecords, type ParsedRecord } from './dumps';
import { findMojibake } from './mojibake';
import {
  DATE_COLUMNS,
  ID_COLUMNS,
  REGION_COLUMNS,
  SITE_COLUMNS,
  sniffFormat,
  TEXT_COLUMNS,
  TITLE_COLUMNS,
  URL_COLUMNS,
  type Format,
} from './sniff';

/** One input that could not become a document: the file, the record inside it (1-based) and why. */
export interface IngestError {
  path: string;
  record: number | null;
  cause: string;
}

export type ReadItem = { kind: 'document'; doc: Document } | { kind: 'error'; error: IngestError };

export interface ReadOptions {
  /** Files larger than this are refused (default 50 MB). */
  maxBytes?: number;
  /** Column names to use in JSONL/CSV dumps instead of the ones found by name. */
  columns?: { id?: string; text?: string; title?: string; url?: string; date?: string };
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Reads every document in one file: one for a page or a text, one per record for a dump. Never throws
 * for a bad file: each problem is an error item, and the good records of a dump still come back.
 */
export function readFile(filePath: string, options: ReadOptions = {}): ReadItem[] {
  const fail = (cause: string, record: number | null = null): ReadItem => ({
    kind: 'error',
    error: { path: filePath, record, cause },
  });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    const size = statSync(filePath).size;
    if (size > maxBytes) return [fail(`oversized: ${size} bytes, the limit is ${maxBytes}`)];
    bytes = readFileSync(filePath);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return [fail(`unreadable: ${e.code === 'EISDIR' ? 'is a directory' : (e.code ?? e.message)}`)];
  }
  if (bytes.length === 0) return [fail('empty file')];

  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return [fail(decoded.cause)];
  const { text, encoding } = decoded;
  if (text.trim() === '') return [fail('empty file (whitespace only)')];

  const format = sniffFormat(text, filePath);
  const baseName = path.basename(filePath, path.extname(filePath));
  const sourceFor = (id: string, record: number | null, raw: string, recordBytes: Uint8Array): SourceInfo => ({
    id,
    path: filePath,
    record,
    sha256: createHash('sha256').update(recordBytes).digest('hex'),
    encoding,
    format,
    mojibake: findMojibake(raw).length > 0,
  });

  if (format === 'text' || format === 'html') {
    return [{ kind: 'document', doc: newDocument(sourceFor(baseName, null, text, bytes), text) }];
  }

  const records = parseRecords(format, text);
  if (records.length === 0) return [fail(`no records found in a ${format} file`)];
  const singleSogouDoc = format === 'sogou-xml' && records.length === 1;
  const noTextColumn = missingTextColumn(records, format, options.columns);
  if (noTextColumn !== null) return [fail(noTextColumn)];
  return records.map((record): ReadItem => {
    if ('error' in record) return fail(record.error, record.number);
    const picked = pickColumns(record.fields, format, options.columns);
    if (picked.text === null) {
      return fail(`no text field (looked for ${options.columns?.text ?? textColumnsFor(format).join(', ')})`, record.number);
    }
    if (picked.text.trim() === '') return fail('empty text field', record.number);
    // A SogouCA file holding one record is one document named after the file, like a page.
    const id = singleSogouDoc ? baseName : (picked.id ?? `${baseName}#${record.number}`);
    const source = sourceFor(id, record.number, picked.text, encodeText(record.source, encoding));
    return { kind: 'document', doc: newDocument(source, picked.text, picked.meta) };
  });
}

/**
 * When no record of a dump has a text column: one cause for the file, naming the columns found and the
 * option to use, instead of one error per record. Null when some record has one.
 */
function missingTextColumn(records: ParsedRecord[], format: Format, columns: ReadOptions['columns']): string | null {
  const parsed = records.filter((r): r is Extract<ParsedRecord, { fields: unknown }> => 'fields' in r);
  if (parsed.length === 0 || parsed.some((r) => pickColumns(r.fields, format, columns).text !== null)) return null;
  const found = [...new Set(parsed.flatMap((r) => Object.keys(r.fields)))];
  const wanted =
    columns?.text !== undefined ? `no column '${columns.text}'` : `no text column (looked for ${textColumnsFor(format).join(', ')})`;
  return `${wanted}; the records have ${found.length ? found.join(', ') : 'no columns'}: name the text column with --text-column`;
}

function parseRecords(format: Format, text: string): ParsedRecord[] {
  if (format === 'jsonl') return parseJsonRecords(text);
  if (format === 'csv') return parseCsvRecords(text);
  return parseSogouRecords(text);
}

function textColumnsFor(format: Format): string[] {
  return format === 'sogou-xml' ? ['content'] : TEXT_COLUMNS;
}

interface PickedColumns {
  id: string | null;
  text: string | null;
  meta: Partial<DocumentMeta>;
}

function pickColumns(fields: Record<string, string>, format: Format, overrides: ReadOptions['columns'] = {}): PickedColumns {
  const lowered = new Map<string, string>();
  for (const [key, value] of Object.entries(fields)) lowered.set(key.trim().toLowerCase(), value);
  const pick = (override: string | undefined, names: readonly string[]): string | null => {
    if (override !== undefined) return fields[override] ?? lowered.get(override.toLowerCase()) ?? null;
    for (const name of names) {
      const value = lowered.get(name);
      if (value !== undefined && value.trim() !== '') return value;
    }
    return null;
  };
  const clean = (value: string | null) => (value === null ? null : value.trim() || null);
  const url = clean(pick(overrides.url, URL_COLUMNS));
  const meta: Partial<DocumentMeta> = {
    title: clean(pick(overrides.title, TITLE_COLUMNS)),
    date: clean(pick(overrides.date, DATE_COLUMNS)),
    url,
    site: clean(pick(undefined, SITE_COLUMNS)) ?? hostOf(url),
    region: clean(pick(undefined, REGION_COLUMNS)),
  };
  return {
    id: clean(pick(overrides.id, ID_COLUMNS)),
    text: pick(overrides.text, textColumnsFor(format)),
    meta,
  };
}

/** The host of a url, or null. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
