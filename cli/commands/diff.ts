import type { Command } from 'commander';
import { withReadOnlyDatabase } from '../../output/database';
import { diffRuns, formatDiffDetails, formatDiffSummary } from '../../output/diff';
import { processIo, reportFailures, type CommandIo } from '../errors';
import { parsePositiveInt } from '../options';

export function registerDiff(program: Command, io: CommandIo = processIo()): void {
  program
    .command('diff')
    .description('facts added, removed and changed between two runs, by type and rule, with the documents touched')
    .requiredOption('--db <path>', 'qmine database')
    .option('--from <run>', 'the earlier run (default: the run before --to; 0 is the empty database)', parsePositiveInt)
    .option('--to <run>', 'the later run (default: the latest)', parsePositiveInt)
    .option('--limit <n>', 'list at most this many facts of each kind', parsePositiveInt, 50)
    .option('--summary', 'counts only')
    .action(
      reportFailures('diff', io, async (opts: { db: string; from?: number; to?: number; limit: number; summary?: boolean }) => {
        await withReadOnlyDatabase(opts.db, (db) => {
          const diff = diffRuns(db, { from: opts.from, to: opts.to });
          io.stdout.write(formatDiffSummary(diff));
          if (!opts.summary) {
            io.stdout.write(formatDiffDetails(diff, opts.limit));
            if (diff.documents.length) io.stdout.write(`documents: ${diff.documents.join(' ')}\n`);
          }
        });
      }),
    );
}
