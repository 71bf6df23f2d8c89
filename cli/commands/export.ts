import { Option, type Command } from 'commander';
import { withReadOnlyDatabase } from '../../output/database';
import { EXPORT_TABLES, exportRows, type ExportTable } from '../../output/export';
import { processIo, reportFailures, type CommandIo } from '../errors';
import { checkDestination, writeRowsTo } from '../row-destination';

const EXPORT_FORMATS = ['jsonl', 'csv', 'xlsx'] as const;

interface ExportOptions {
  db: string;
  format: (typeof EXPORT_FORMATS)[number];
  table: ExportTable;
  out?: string;
  bom?: boolean;
  includeDuplicates?: boolean;
}

export function registerExport(program: Command, io: CommandIo = processIo()): void {
  program
    .command('export')
    .description(
      'write the facts (the contract fields of facts.md, then id, polarity, title, path, record) or a whole table or view as JSON Lines, CSV or xlsx; only data goes to stdout',
    )
    .requiredOption('--db <path>', 'qmine database')
    .addOption(
      new Option('--format <format>', 'jsonl (one object per line), csv (RFC 4180, NULL as an empty field) or xlsx (needs --out)')
        .choices(EXPORT_FORMATS)
        .default('jsonl'),
    )
    .addOption(new Option('--table <name>', "facts, a table or an analysts' view").choices(EXPORT_TABLES).default('facts'))
    .option('--out <file>', 'write to this file instead of stdout (written whole or not at all)')
    .option('--bom', 'csv: start with a UTF-8 byte order mark, for Excel and WPS on Chinese systems')
    .option('--include-duplicates', 'facts: keep the facts of duplicate documents too')
    .action(
      reportFailures('export', io, async (opts: ExportOptions) => {
        checkDestination({ format: opts.format, out: opts.out });
        await withReadOnlyDatabase(opts.db, async (db) => {
          const set = exportRows(db, opts.table, { includeDuplicates: opts.includeDuplicates });
          const rows = await writeRowsTo(io, set, { format: opts.format, out: opts.out, bom: opts.bom });
          if (opts.out !== undefined) io.stderr.write(`qmine export: ${rows} rows of ${opts.table} → ${opts.out}\n`);
        });
      }),
    );
}
