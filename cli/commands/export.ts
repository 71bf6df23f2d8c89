import { Option, type Command } from 'commander';
import { withReadOnlyDatabase } from '../../output/database';
import { EXPORT_FORMATS, EXPORT_TABLES, exportRows, type ExportFormat, type ExportTable } from '../../output/export';
import { writeRows } from '../../output/row-output';
import { TextSink, writeFileAtomically } from '../../output/text-sink';
import { processIo, reportFailures, type CommandIo } from '../errors';

interface ExportOptions {
  db: string;
  format: ExportFormat;
  table: ExportTable;
  out?: string;
  includeDuplicates?: boolean;
}

export function registerExport(program: Command, io: CommandIo = processIo()): void {
  program
    .command('export')
    .description(
      'write the facts (in the contract form of facts.md) or a whole table or view as JSON Lines or CSV; only data goes to stdout',
    )
    .requiredOption('--db <path>', 'qmine database')
    .addOption(
      new Option('--format <format>', 'jsonl (one object per line) or csv (RFC 4180, NULL as an empty field)')
        .choices(EXPORT_FORMATS)
        .default('jsonl'),
    )
    .addOption(new Option('--table <name>', "facts, a table or an analysts' view").choices(EXPORT_TABLES).default('facts'))
    .option('--out <file>', 'write to this file instead of stdout (written whole or not at all)')
    .option('--include-duplicates', 'facts: keep the facts of duplicate documents too')
    .action(
      reportFailures('export', io, async (opts: ExportOptions) => {
        await withReadOnlyDatabase(opts.db, async (db) => {
          const write = (sink: TextSink) =>
            writeRows(sink, exportRows(db, opts.table, { includeDuplicates: opts.includeDuplicates }), opts.format);
          if (opts.out !== undefined) {
            const rows = await writeFileAtomically(opts.out, write);
            io.stderr.write(`qmine export: ${rows} rows of ${opts.table} → ${opts.out}\n`);
            return;
          }
          const sink = new TextSink(io.stdout);
          await write(sink);
          await sink.close();
        });
      }),
    );
}
