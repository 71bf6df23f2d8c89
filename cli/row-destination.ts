import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROW_FORMATS, writeRows, type RowFormat, type RowOutputOptions, type RowSet } from '../output/row-output';
import { TextSink, writeFileAtomically } from '../output/text-sink';
import { writeXlsx } from '../output/xlsx';
import { UsageError, type CommandIo } from './errors';

/** Every format a listing can be written in: the text ones, and xlsx (a file: --out). */
export const OUTPUT_FORMATS = [...ROW_FORMATS, 'xlsx'] as const;
export type OutputFormat = RowFormat | 'xlsx';

export interface Destination {
  format: OutputFormat;
  /** A file to write whole or not at all, instead of stdout. */
  out?: string;
  /** CSV: a UTF-8 byte order mark first (Excel, WPS). */
  bom?: boolean;
  table?: RowOutputOptions;
}

/**
 * Writes rows to stdout or to a file (through a temporary file renamed into place, so a failure never
 * leaves half a file). A table fits the terminal's width when stdout is one. Returns the number of rows.
 */
export async function writeRowsTo(io: CommandIo, set: RowSet, destination: Destination): Promise<number> {
  const { format, out } = destination;
  if (format === 'xlsx') {
    if (out === undefined) throw new UsageError('--format xlsx writes a file: give --out FILE.xlsx');
    const temporary = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp.xlsx`);
    try {
      const rows = await writeXlsx(temporary, set);
      renameSync(temporary, out);
      return rows;
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  }
  const options: RowOutputOptions = { ...destination.table, bom: destination.bom };
  if (out !== undefined) return writeFileAtomically(out, (sink) => writeRows(sink, set, format, options));
  const width = terminalWidth(io);
  const sink = new TextSink(io.stdout);
  const rows = await writeRows(sink, set, format, width === undefined ? options : { ...options, width });
  await sink.close();
  return rows;
}

/** Refuses a destination that cannot be written (call it before the rows are queried). */
export function checkDestination(destination: Destination): void {
  if (destination.format === 'xlsx' && destination.out === undefined)
    throw new UsageError('--format xlsx writes a file: give --out FILE.xlsx');
}

/** The terminal's width when stdout is a terminal, else none: a pipe or a file gets whole lines. */
export function terminalWidth(io: CommandIo): number | undefined {
  const stdout = io.stdout as CommandIo['stdout'] & { columns?: number };
  return stdout.isTTY && stdout.columns ? stdout.columns : undefined;
}
