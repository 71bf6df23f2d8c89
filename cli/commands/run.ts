import { rmSync } from 'node:fs';
import type { Command } from 'commander';
import type { DerivedRefresh } from '../../batch/derived';
import { runCorpus, type CorpusRunSummary } from '../../batch/run-corpus';
import { createProgress } from '../progress';
import { CODE_VERSION } from '../../core/version';
import { parseJobs, parsePositiveInt } from '../options';
import { InvalidArgumentError } from 'commander';
import { formatShard, parseShard, type ShardSpec } from '../../batch/shard';
import { printFactSample } from './show-facts';
import { writeStats } from '../stats';

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('read files, directories, globs or dumps (- reads paths from stdin), extract facts, store them')
    .argument('<inputs...>', 'files, directories, glob patterns, or - for a list of paths on stdin')
    .requiredOption('--db <path>', 'SQLite database to create or update')
    .option('-j, --jobs <n>', 'threads that run the pipeline: this one (which also reads and stores) and n-1 workers', parseJobs, 1)
    .option('--dictionaries <dir>', 'lexicons and rules folder (default: the bundled dictionaries/)')
    .option('--fresh', 'delete the database first')
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
    .action(async (inputs: string[], opts: RunOptions) => {
      if (opts.fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(opts.db + suffix, { force: true });
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
      process.stdout.write(formatRunSummary(summary, opts.db));
      if (opts.show > 0) await printFactSample(opts.db, opts.show);
      if (summary.interrupted) process.exitCode = 130;
      else if (summary.errors.length > 0) process.exitCode = 2;
    });
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
export function formatDerived(derived: DerivedRefresh | null): string {
  const label = 'keywords          ';
  if (derived === null) return `${label}not refreshed (interrupted: the next run or reprocess does it)`;
  if (!derived.refreshed) return `${label}up to date`;
  return `${label}ranked for ${derived.keywordDocuments} documents, ${derived.duplicates} duplicates marked (${(derived.ms / 1000).toFixed(1)} s)`;
}

export function formatRunSummary(summary: CorpusRunSummary, db: string): string {
  const facts = Object.entries(summary.factsByType).sort((a, b) => b[1] - a[1]);
  const total = facts.reduce((n, [, count]) => n + count, 0);
  const lines = [
    `run ${summary.runId} → ${db}${summary.interrupted ? ' (interrupted: run again to finish)' : ''}`,
    `  files read        ${summary.files}`,
    `  documents stored  ${summary.processed}${summary.duplicates ? ` (${summary.duplicates} duplicates of earlier documents)` : ''}`,
    `  unchanged         ${summary.unchanged} (skipped: same bytes, same stage keys)`,
    ...(summary.shard ? [`  other shards      ${summary.otherShards} (left to the other shards of ${formatShard(summary.shard)})`] : []),
    `  facts             ${total}${facts.length ? ` (${facts.map(([t, n]) => `${t} ${n}`).join(', ')})` : ''}`,
    `  ${formatDerived(summary.derived)}`,
    `  errors            ${summary.errors.length}`,
  ];
  for (const error of summary.errors.slice(0, 10)) {
    lines.push(`    ${error.path}${error.record !== null ? `#${error.record}` : ''}: ${error.cause}`);
  }
  if (summary.errors.length > 10) lines.push(`    … ${summary.errors.length - 10} more (table ingest_errors)`);
  return lines.join('\n') + '\n';
}
