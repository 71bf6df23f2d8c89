import { csvRecord } from './csv';
import { formatTable, type TableOptions } from './text-table';
import type { TextSink } from './text-sink';

export const ROW_FORMATS = ['table', 'csv', 'jsonl', 'json'] as const;
export type RowFormat = (typeof ROW_FORMATS)[number];

/** Rows as SQLite gives them (raw mode): values in column order. */
export interface RowSet {
  columns: string[];
  rows: Iterable<unknown[]>;
}

/** A cell as text: null stays null, a BLOB is base64, numbers as JavaScript writes them. */
export function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return value.toString('base64');
  return String(value);
}

/** A cell as a JSON value: a BLOB is base64, an integer too large for a double a string. */
function cellJson(value: unknown): unknown {
  if (value === undefined) return null;
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  return value;
}

function rowObject(columns: readonly string[], row: readonly unknown[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  columns.forEach((name, i) => (object[name] = cellJson(row[i])));
  return object;
}

/** How a table shows SQL NULL: unlike an empty cell, it is visibly "no value". */
export const NULL_CELL = '—';

export interface RowOutputOptions extends TableOptions {
  /** CSV: begin with a UTF-8 byte order mark, so that Excel and WPS on Chinese systems read UTF-8. */
  bom?: boolean;
}

/**
 * Writes rows as an aligned table (NULL as —), CSV with a header line, JSON Lines (one object per row) or
 * one JSON array. Returns the number of rows. Only the table is built in memory (its widths need every row).
 */
export async function writeRows(sink: TextSink, set: RowSet, format: RowFormat, table: RowOutputOptions = {}): Promise<number> {
  let count = 0;
  switch (format) {
    case 'table': {
      const rows = [...set.rows];
      const rightAligned = set.columns.map(
        (_, c) => rows.some((r) => typeof r[c] === 'number') && rows.every((r) => r[c] === null || typeof r[c] === 'number'),
      );
      await sink.write(
        formatTable(
          set.columns,
          rows.map((r) => r.map((v) => (Buffer.isBuffer(v) ? `<${v.length} bytes>` : (cellText(v) ?? NULL_CELL)))),
          { rightAligned, ...table },
        ),
      );
      count = rows.length;
      break;
    }
    case 'csv':
      if (table.bom) await sink.write('\ufeff');
      await sink.write(csvRecord(set.columns));
      for (const row of set.rows) {
        await sink.write(csvRecord(row.map(cellText)));
        count++;
      }
      break;
    case 'jsonl':
      for (const row of set.rows) {
        await sink.write(JSON.stringify(rowObject(set.columns, row)) + '\n');
        count++;
      }
      break;
    case 'json':
      await sink.write('[');
      for (const row of set.rows) {
        await sink.write((count ? ',\n' : '\n') + JSON.stringify(rowObject(set.columns, row)));
        count++;
      }
      await sink.write(count ? '\n]\n' : ']\n');
      break;
  }
  return count;
}
