import type { Command } from 'commander';
import { hasGlobMagic, missingInputs } from '../../corpus/inputs';
import { formatDerived } from '../format-derived';
import { runCorpus, type CorpusRunSummary } from '../../batch/run-corpus';
import { createProgress } from '../progress';
import { CODE_VERSION } from '../../core/version';
import { parseJobs, parsePositiveInt } from '../options';
import { InvalidArgumentError } from 'commander';
import { formatShard, parseShard, type ShardSpec } from '../../batch/shard';
import { printFactSample } from './show-facts';
import { writeStats } from '../stats';
import { processIo, reportFailures, UsageError, type CommandIo } from '../errors';
import { removeForFresh } from '../fresh';
import { storedFactCounts, type StoredFactCounts } from '../../output/fact-counts';
import { withReadOnlyDatabase } from '../../output/database';

export function registerRun(program: Command, io: CommandIo = processIo()): void {
  program
    .command('run')
    .description('read files, directories, globs or dumps (- reads paths from stdin), extract facts, store them')
    .argument('<inputs...>', 'files, directories, glob patterns, or - for a list of paths on stdin')
    .requiredOption('--db <path>', 'SQLite database to create or update')
    .option('-j, --jobs <n>', 'threads that run the pipeline: this one (which also reads and stores) and n-1 workers', parseJobs, 1)
    .option('--dictionaries <dir>', 'lexicons and rules folder (default: the bundled dictionaries/)')
    .option('--fresh', 'start from an empty database: replaces the qmine database at --db (refuses any other file)')
    .option(
      '--shard <K/N>',
      'process only the documents of shard K of N (K from 0), chosen by a hash of the document id; merge the shards with qmine merge',
      shardOption,
    )
    .option('--force', 'process every document even when its bytes and stage keys are unchanged')
    .option('--max-bytes <n>', 'refuse input files larger than this', parsePositiveInt)
    .option('--text-column <name>', 'dump column holding the document text or HTML')
    .option('--title-column <name>', 'dump column holding the title')
    .option('--url-column <name>', 'dump column holding the url')
    .option('--date-column <name>', 'dump column holding the date')
    .option('--id-column <name>', 'dump column holding the record id')
    .option('--show <n>', 'print this many facts after the summary', parsePositiveInt, 0)
    .option('--no-progress', 'no progress bar or progress lines')
    .option('--stats <file>', 'write peak memory and per-stage times as JSON to this file')
    .action(
      reportFailures('run', io, async (inputs: string[], opts: RunOptions) => {
        const missing = missingInputs(inputs);
        if (missing.length > 0) {
          throw new UsageError(`${missing.map(describeMissing).join('; ')}: nothing read, no database written`);
        }
        if (opts.fresh) io.stderr.write(`qmine run: ${removeForFresh(opts.db)}\n`);
        const summary = await runCorpus({
          db: opts.db,
          inputs,
          jobs: opts.jobs,
          dictionariesDir: opts.dictionaries,
          force: opts.force,
          shard: opts.shard,
          codeVersion: CODE_VERSION,
          stdin: process.stdin,
          read: {
            maxBytes: opts.maxBytes,
            columns: { text: opts.textColumn, title: opts.titleColumn, url: opts.urlColumn, date: opts.dateColumn, id: opts.idColumn },
          },
          progress: createProgress('qmine run', opts.progress),
          onError: (line) => process.stderr.write(`qmine: ${line}\n`),
        });
        writeStats(opts.stats, { stageMs: summary.stageMs, storeMs: summary.storeMs, derivedMs: summary.derived?.ms ?? null });
        const counts = await withReadOnlyDatabase(opts.db, (db) => storedFactCounts(db, summary.runId));
        io.stdout.write(formatRunSummary(summary, opts.db, counts));
        if (opts.show > 0) await printFactSample(opts.db, opts.show);
        if (summary.interrupted) io.setExitCode(130);
        else if (summary.errors.length > 0) io.setExitCode(2);
      }),
    );
}

function describeMissing(input: string): string {
  return hasGlobMagic(input) ? `no file matches ${input}` : `${input}: no such file or directory`;
}

interface RunOptions {
  db: string;
  jobs: number;
  dictionaries?: string;
  fresh?: boolean;
  force?: boolean;
  shard?: ShardSpec;
  maxBytes?: number;
  textColumn?: string;
  titleColumn?: string;
  urlColumn?: string;
  dateColumn?: string;
  idColumn?: string;
  show: number;
  progress: boolean;
  stats?: string;
}

function shardOption(value: string): ShardSpec {
  try {
    return parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** The summary line about the corpus-wide duplicate marks and keywords. */
/**
 * The run summary. Facts are counted three ways, because each answers another question: stored (every
 * fact in the database, duplicate documents' included), live (what the views, `qmine facts` and the
 * exports show: duplicates left out) and new in this run (fact versions this run added; 0 on a rerun that
 * changed nothing).
 */
export function formatRunSummary(summary: CorpusRunSummary, db: string, counts: StoredFactCounts): string {
  const byType = Object.entries(counts.liveByType).sort((a, b) => b[1] - a[1]);
  const lines = [
    `run ${summary.runId} → ${db}${summary.interrupted ? ' (interrupted: run again to finish)' : ''}`,
    `  files read        ${summary.files}`,
    `  documents stored  ${summary.processed} in this run${summary.duplicates ? ` (${summary.duplicates} duplicates of earlier documents)` : ''}`,
    `  unchanged         ${summary.unchanged} (skipped: same bytes, same stage keys)`,
    ...(summary.shard ? [`  other shards      ${summary.otherShards} (left to the other shards of ${formatShard(summary.shard)})`] : []),
    `  facts stored      ${counts.stored} (every document's, duplicates' included)`,
    `  facts live        ${counts.live} (duplicates left out: what facts, views and exports show)${
      byType.length ? `: ${byType.map(([t, n]) => `${t} ${n}`).join(', ')}` : ''
    }`,
    `  facts new         ${counts.newInRun} (added by this run)`,
    `  ${formatDerived(summary.derived)}`,
    `  errors            ${summary.errors.length}`,
  ];
  for (const error of summary.errors.slice(0, 10)) {
    lines.push(`    ${error.path}${error.record !== null ? `#${error.record}` : ''}: ${error.cause}`);
  }
  if (summary.errors.length > 10) lines.push(`    … ${summary.errors.length - 10} more (table ingest_errors)`);
  return lines.join('\n') + '\n';
}
