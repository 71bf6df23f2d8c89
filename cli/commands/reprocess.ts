import type { Command } from 'commander';
import { reprocess, type ReprocessSummary } from '../../batch/reprocess';
import { formatDerived } from '../format-derived';
import { Store } from '../../output/store';
import { checkWritableDatabase } from '../../output/database';
import { parseJobs } from '../options';
import { createProgress } from '../progress';
import { writeStats } from '../stats';
import { CODE_VERSION } from '../../core/version';

export function registerReprocess(program: Command): void {
  program
    .command('reprocess')
    .description('re-run, from the stored text, only the stages whose dictionaries, rules or code changed')
    .requiredOption('--db <path>', 'qmine database')
    .option('--dictionaries <dir>', 'lexicons and rules folder (default: the bundled dictionaries/)')
    .option('-j, --jobs <n>', 'threads that run the pipeline: this one (which also reads and stores) and n-1 workers', parseJobs, 1)
    .option('--no-progress', 'no progress bar or progress lines')
    .option('--stats <file>', 'write peak memory and per-stage times as JSON to this file')
    .action(async (opts: { db: string; dictionaries?: string; jobs: number; progress: boolean; stats?: string }) => {
      // A missing or foreign database fails here, before any write; an older one passes, and the reprocess upgrades it.
      checkWritableDatabase(opts.db);
      const summary = await reprocess({
        db: opts.db,
        jobs: opts.jobs,
        dictionariesDir: opts.dictionaries,
        codeVersion: CODE_VERSION,
        progress: createProgress('qmine reprocess', opts.progress),
        onError: (line) => process.stderr.write(`qmine: ${line}\n`),
      });
      writeStats(opts.stats, { stageMs: summary.stageMs, storeMs: summary.storeMs, derivedMs: summary.derived?.ms ?? null });
      process.stdout.write(formatReprocessSummary(summary));
      if (summary.runId > 0) {
        // Only after a run: a reprocess that finds nothing to do does not load the diff (and its query helpers).
        const { diffRuns, formatDiffSummary } = await import('../../output/diff.js');
        const store = Store.open(opts.db, { readonly: true });
        try {
          // From the last run that finished: a killed or interrupted one did only part of the change.
          const from = Math.max(
            0,
            ...store
              .runs()
              .filter((r) => r.id < summary.runId && r.status === 'done')
              .map((r) => r.id),
          );
          process.stdout.write(formatDiffSummary(diffRuns(store, { from, to: summary.runId })));
        } finally {
          store.close();
        }
      }
      if (summary.interrupted) process.exitCode = 130;
      else if (summary.errors.length > 0) process.exitCode = 2;
    });
}

export function formatReprocessSummary(summary: ReprocessSummary): string {
  if (summary.runId === 0) {
    const caughtUp = summary.derived?.refreshed
      ? `; duplicate marks and keywords brought up to date (an earlier command stopped before it could)`
      : '';
    return `nothing to do: all ${summary.documents} documents are up to date with their dictionaries, rules and code${caughtUp}\n`;
  }
  const resumed = Object.entries(summary.resumedAt)
    .map(([stage, n]) => `${n} from ${stage}`)
    .join(', ');
  const lines = [
    `reprocess run ${summary.runId}${summary.interrupted ? ' (interrupted: run again to finish)' : ''}`,
    `  documents         ${summary.documents}`,
    `  re-run            ${summary.processed} of ${summary.documents - summary.unchanged} (resumed at: ${resumed})`,
    `  unchanged         ${summary.unchanged}`,
    `  ${formatDerived(summary.derived)}`,
    `  errors            ${summary.errors.length}`,
  ];
  return lines.join('\n') + '\n';
}
