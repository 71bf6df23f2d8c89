import type { Command } from 'commander';
import { withReadOnlyDatabase } from '../../output/database';
import { formatReport, loadGold, scoreFacts, type ScoredFact } from '../../output/eval';
import { FACT_FIELDS } from '../../output/fact-fields';
import { selectFacts } from '../../output/facts-query';
import { processIo, reportFailures, type CommandIo } from '../errors';

export function registerEval(program: Command, io: CommandIo = processIo()): void {
  program
    .command('eval')
    .description('score the stored facts against a gold file (precision, recall, F1 by type and category)')
    .requiredOption('--gold <file>', 'gold facts, JSON Lines in the contract format')
    .requiredOption('--db <path>', 'qmine database')
    .option('--show', 'list the misses and the false positives')
    .option('--json', 'the report as JSON')
    .action(
      reportFailures('eval', io, async (opts: { gold: string; db: string; show?: boolean; json?: boolean }) => {
        const { gold, docs } = loadGold(opts.gold);
        await withReadOnlyDatabase(opts.db, (db) => {
          // Every stored fact is scored, targets and failure rates included: the views' defaults are for analysts, not for eval.
          const set = selectFacts(db, { includeDuplicates: true, status: 'all', polarity: 'all' }, FACT_FIELDS);
          const predicted: ScoredFact[] = [];
          for (const row of set.rows) {
            const fact: Record<string, unknown> = {};
            set.columns.forEach((column, i) => (fact[column] = row[i]));
            predicted.push(fact as unknown as ScoredFact);
          }
          const report = scoreFacts(predicted, gold, { docs });
          io.stdout.write(opts.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report, Boolean(opts.show)));
        });
      }),
    );
}
