import { Option, type Command } from 'commander';
import type { FactType } from '../../core/document';
import { withReadOnlyDatabase } from '../../output/database';
import { FACT_CATEGORIES, FACT_TYPES } from '../../output/fact-fields';
import {
  AGGREGATES,
  FACT_COLUMNS,
  FACT_DATA_COLUMNS,
  FACT_TABLE_COLUMNS,
  filterHeader,
  GROUP_COLUMNS,
  POLARITY_CHOICES,
  selectFacts,
  STATUS_CHOICES,
  summariseFacts,
  type Aggregate,
  type FactFilter,
  type StatusChoice,
} from '../../output/facts-query';
import { normaliseQuery } from '../../pipeline/text/normalise-query';
import { processIo, reportFailures, UsageError, type CommandIo } from '../errors';
import { parseList, parsePositiveInt, parseYear } from '../options';
import { checkDestination, OUTPUT_FORMATS, writeRowsTo, type OutputFormat } from '../row-destination';

/** The filter's fields as commander parses them (types as a list, a status always given), and the output's. */
interface FactsOptions extends Omit<FactFilter, 'type' | 'status'> {
  db: string;
  type?: FactType[];
  status: StatusChoice;
  groupBy?: string[];
  agg?: Aggregate;
  pivot?: string;
  columns?: string[];
  format: OutputFormat;
  out?: string;
  bom?: boolean;
}

export function registerFacts(program: Command, io: CommandIo = processIo()): void {
  program
    .command('facts')
    .description(
      'list the facts, filtered, or summarise them (--group-by, --pivot); actual figures of non-duplicate documents unless asked',
    )
    .requiredOption('--db <path>', 'qmine database')
    .option('--type <types>', `fact types, comma-separated (${FACT_TYPES.join(', ')})`, parseList(FACT_TYPES))
    .addOption(new Option('--category <category>', 'what the fact is about').choices(FACT_CATEGORIES))
    .option(
      '--region <name|code>',
      'a region by name or GB/T 2260 code, with the cities and counties inside it: 吉林, 吉林省, 220000 and 長春 (→ 长春市 in 吉林省) work; 全国 or 000000 the national figures only',
    )
    .option('--region-exact', 'with --region: only the facts of that region itself, not of the places inside it')
    .option('--year <yyyy>', 'the year the figure refers to', parseYear)
    .option('--metric <text>', 'part of the metric (合格率)')
    .option('--doc <id>', 'one document')
    .addOption(new Option('--status <status>', 'actual figures, targets, or all').choices(STATUS_CHOICES).default('actual'))
    .addOption(
      new Option(
        '--polarity <polarity>',
        'rates: pass levels, failure levels, shares, other, or all (default: pass with --category pass_rate, else all)',
      ).choices(POLARITY_CHOICES),
    )
    .option(
      '--group-by <columns>',
      `summarise: one row per group (${GROUP_COLUMNS.join(', ')}); province, prefecture and region group by GB/T 2260 code (长春市's facts count for 吉林省) and show names, in code order; year is the period when it is one year`,
      parseList(GROUP_COLUMNS),
    )
    .addOption(
      new Option('--agg <function>', 'with --group-by or --pivot: count facts, or sum, avg, min, max of the value').choices(AGGREGATES),
    )
    .addOption(
      new Option('--pivot <column>', 'with --group-by: spread this column across (period: one column per year)').choices(GROUP_COLUMNS),
    )
    .option('--columns <names>', `columns to show (${FACT_COLUMNS.join(', ')})`, parseList(FACT_COLUMNS))
    .option('--limit <n>', 'at most this many facts', parsePositiveInt)
    .addOption(
      new Option('--format <format>', 'table (readable), csv, jsonl, json or xlsx (with --out)').choices(OUTPUT_FORMATS).default('table'),
    )
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--bom', 'csv: start with a UTF-8 byte order mark (Excel, WPS)')
    .option('--include-duplicates', 'keep the facts of duplicate documents too')
    .action(
      reportFailures('facts', io, async (opts: FactsOptions) => {
        const filter: FactFilter = {
          type: opts.type,
          category: opts.category,
          // Typed values are normalised as the documents were (達標率 → 达标率, 吉林 stays).
          region: opts.region === undefined ? undefined : normaliseQuery(opts.region),
          regionExact: opts.regionExact,
          year: opts.year,
          metric: opts.metric === undefined ? undefined : normaliseQuery(opts.metric),
          doc: opts.doc,
          status: opts.status,
          polarity: opts.polarity,
          limit: opts.limit,
          includeDuplicates: opts.includeDuplicates,
        };
        if (opts.regionExact && opts.region === undefined) throw new UsageError('--region-exact needs --region');
        const summarising = opts.groupBy !== undefined || opts.pivot !== undefined;
        if (!summarising && opts.agg !== undefined) throw new UsageError('--agg needs --group-by or --pivot');
        if (summarising && opts.columns !== undefined) throw new UsageError('--columns lists facts; a summary has its own columns');
        checkDestination(opts);
        await withReadOnlyDatabase(opts.db, async (db) => {
          const table = opts.format === 'table';
          const set = summarising
            ? summariseFacts(db, filter, { groupBy: opts.groupBy ?? [], agg: opts.agg, pivot: opts.pivot })
            : selectFacts(db, filter, opts.columns ?? (table ? FACT_TABLE_COLUMNS : FACT_DATA_COLUMNS));
          if (table && opts.out === undefined) io.stdout.write(`${filterHeader(filter)}\n`);
          const count = await writeRowsTo(io, set, { format: opts.format, out: opts.out, bom: opts.bom });
          const noun = summarising ? (count === 1 ? 'group' : 'groups') : count === 1 ? 'fact' : 'facts';
          if (table && opts.out === undefined) io.stdout.write(`(${count} ${noun})\n`);
          else if (opts.out !== undefined) io.stderr.write(`qmine facts: ${count} ${noun} → ${opts.out}\n`);
        });
      }),
    );
}
