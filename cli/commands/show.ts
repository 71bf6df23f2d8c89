import { InvalidArgumentError, Option, type Command } from 'commander';
import { withReadOnlyDatabase } from '../../output/database';
import { factDetail, formatFactDetail } from '../../output/fact-detail';
import { processIo, reportFailures, type CommandIo } from '../errors';

function parseFactId(value: string): number {
  const id = Number(value.replace(/^#/, ''));
  if (!Number.isSafeInteger(id) || id < 1) throw new InvalidArgumentError(`'${value}' is not a fact id (the id column of qmine facts)`);
  return id;
}

export function registerShow(program: Command, io: CommandIo = processIo()): void {
  program
    .command('show')
    .description("one fact: its fields, its sentence, the original text around it with the span marked, the file's path and record number")
    .argument('<fact-id>', 'the fact id (column id of qmine facts, fact_id of the views)', parseFactId)
    .requiredOption('--db <path>', 'qmine database')
    .addOption(new Option('--format <format>', 'text (readable) or json').choices(['text', 'json']).default('text'))
    .action(
      reportFailures('show', io, async (id: number, opts: { db: string; format: 'text' | 'json' }) => {
        await withReadOnlyDatabase(opts.db, (db) => {
          const detail = factDetail(db, id);
          const mark = io.stdout.isTTY ? { open: '\x1b[1;4m', close: '\x1b[0m' } : { open: '【', close: '】' };
          io.stdout.write(opts.format === 'json' ? JSON.stringify(detail, null, 1) + '\n' : formatFactDetail(detail, mark));
        });
      }),
    );
}
