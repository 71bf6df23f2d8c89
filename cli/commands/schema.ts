import { Option, type Command } from 'commander';
import { withReadOnlyDatabase } from '../../output/database';
import { describeSchema, formatSchema } from '../../output/schema-doc';
import { processIo, reportFailures, type CommandIo } from '../errors';

export function registerSchema(program: Command, io: CommandIo = processIo()): void {
  program
    .command('schema')
    .description('list the tables and views of a database with their columns and what each holds')
    .requiredOption('--db <path>', 'qmine database')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action(
      reportFailures('schema', io, async (opts: { db: string; format: 'text' | 'json' }) => {
        await withReadOnlyDatabase(opts.db, (db) => {
          const entries = describeSchema(db);
          io.stdout.write(opts.format === 'json' ? JSON.stringify(entries, null, 1) + '\n' : formatSchema(entries));
        });
      }),
    );
}
