import type { Command } from 'commander';
import { mergeParts, type MergeSummary } from '../../batch/merge';
import { CODE_VERSION } from '../../core/version';
import { processIo, reportFailures, type CommandIo } from '../errors';
import { formatDerived } from '../format-derived';

export function registerMerge(program: Command, io: CommandIo = processIo()): void {
  program
    .command('merge')
    .description('merge databases made by qmine run --shard K/N into one, equal to a single run over all their inputs')
    .argument('<parts...>', 'the shards\u2019 databases')
    .requiredOption('--db <path>', 'the merged database to write (a new file; the same parts merged again change nothing)')
    .option('--fresh', 'replace the database at --db if it holds anything else')
    .option('--dictionaries <dir>', 'lexicons folder whose stop words rank the keywords (default: the bundled dictionaries/)')
    .action(
      reportFailures('merge', io, (parts: string[], opts: { db: string; fresh?: boolean; dictionaries?: string }) => {
        const summary = mergeParts({
          parts,
          db: opts.db,
          fresh: opts.fresh,
          dictionariesDir: opts.dictionaries,
          codeVersion: CODE_VERSION,
          onNote: (line) => io.stderr.write(`qmine merge: ${line}\n`),
        });
        io.stdout.write(formatMergeSummary(summary, opts.db));
      }),
    );
}

export function formatMergeSummary(summary: MergeSummary, db: string): string {
  if (summary.alreadyMerged) return `${db} already holds these ${summary.parts} parts (${summary.documents} documents): nothing changed\n`;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return (
    [
      `merge (run ${summary.runId}) → ${db}`,
      `  parts             ${summary.parts} (${summary.runs} runs)`,
      `  documents         ${summary.documents}`,
      `  sentences         ${summary.sentences}`,
      `  facts             ${summary.facts}`,
      `  ${formatDerived(summary.derived)}`,
      `  time              ${seconds(summary.ms.total)} (copy ${seconds(summary.ms.copy)}, full-text index ${seconds(summary.ms.index)}, duplicates and keywords ${seconds(summary.ms.derived)})`,
    ].join('\n') + '\n'
  );
}
