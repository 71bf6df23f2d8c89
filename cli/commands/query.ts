import { Option, type Command } from 'commander';
import { withReadOnlyDatabase } from '../../output/database';
import { readOnlyQuery } from '../../output/query';
import { ROW_FORMATS, writeRows, type RowFormat } from '../../output/row-output';
import { TextSink } from '../../output/text-sink';
import { processIo, reportFailures, type CommandIo } from '../errors';

export function registerQuery(program: Command, io: CommandIo = processIo()): void {
  program
    .command('query')
    .description(
      'run one SQL statement on a read-only connection (tables, and the views facts_in_context, pass_rates, targets, enforcement, brands, standards, policies, document_list: qmine schema lists them)',
    )
    .argument('<sql>', 'the statement, e.g. "SELECT region, period, value FROM pass_rates"')
    .requiredOption('--db <path>', 'qmine database')
    .addOption(new Option('--format <format>', 'output format').choices(ROW_FORMATS).default('table'))
    .action(
      reportFailures('query', io, async (sql: string, opts: { db: string; format: RowFormat }) => {
        await withReadOnlyDatabase(opts.db, async (db) => {
          const sink = new TextSink(io.stdout);
          const rows = await writeRows(sink, readOnlyQuery(db, sql), opts.format, { maxCellWidth: 60 });
          if (opts.format === 'table') await sink.write(`(${rows} ${rows === 1 ? 'row' : 'rows'})\n`);
          await sink.close();
        });
      }),
    );
}
