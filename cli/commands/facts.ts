import { InvalidArgumentError, Option, type Command } from 'commander';
import { withReadOnlyDatabase } from '../../output/database';
import { FACT_CATEGORIES, FACT_FIELDS, FACT_TYPES } from '../../output/fact-fields';
import { FACT_TABLE_COLUMNS, selectFacts, type FactFilter } from '../../output/facts-query';
import { ROW_FORMATS, writeRows, type RowFormat } from '../../output/row-output';
import { TextSink } from '../../output/text-sink';
import { processIo, reportFailures, type CommandIo } from '../errors';
import { parsePositiveInt } from '../options';

interface FactsOptions extends FactFilter {
  db: string;
  format: RowFormat;
}

function parseYear(value: string): string {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError(`'${value}' is not a year (four digits, e.g. 2008)`);
  return value;
}

export function registerFacts(program: Command, io: CommandIo = processIo()): void {
  program
    .command('facts')
    .description('list the facts, filtered; duplicate documents left out')
    .requiredOption('--db <path>', 'qmine database')
    .addOption(new Option('--type <type>', 'fact type').choices(FACT_TYPES))
    .addOption(new Option('--category <category>', 'what the fact is about').choices(FACT_CATEGORIES))
    .option('--region <text>', 'part of the region name (吉林 matches 吉林省)')
    .option('--year <yyyy>', 'the year the figure refers to', parseYear)
    .option('--metric <text>', 'part of the metric (合格率)')
    .option('--doc <id>', 'one document')
    .option('--limit <n>', 'at most this many facts', parsePositiveInt)
    .addOption(
      new Option('--format <format>', 'table (readable), csv, jsonl or json (every contract field)').choices(ROW_FORMATS).default('table'),
    )
    .option('--include-duplicates', 'keep the facts of duplicate documents too')
    .action(
      reportFailures('facts', io, async (opts: FactsOptions) => {
        await withReadOnlyDatabase(opts.db, async (db) => {
          const table = opts.format === 'table';
          const facts = selectFacts(db, opts, table ? FACT_TABLE_COLUMNS : FACT_FIELDS);
          const sink = new TextSink(io.stdout);
          const count = await writeRows(sink, facts, opts.format);
          if (table) await sink.write(`(${count} ${count === 1 ? 'fact' : 'facts'})\n`);
          await sink.close();
        });
      }),
    );
}
