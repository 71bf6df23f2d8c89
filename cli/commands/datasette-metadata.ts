import type { Command } from 'commander';
import { datasetteMetadataFor } from '../../output/datasette';
import { withReadOnlyDatabase } from '../../output/database';
import { processIo, reportFailures, type CommandIo } from '../errors';

export function registerDatasetteMetadata(program: Command, io: CommandIo = processIo()): void {
  program
    .command('datasette-metadata')
    .description('print Datasette metadata (descriptions, canned queries, the full-text table) for this database file: datasette F -m it')
    .requiredOption('--db <path>', 'qmine database (its file name is the name Datasette gives it)')
    .action(
      reportFailures('datasette-metadata', io, async (opts: { db: string }) => {
        // Opened only to refuse a file that is not a qmine database.
        await withReadOnlyDatabase(opts.db, () => undefined);
        io.stdout.write(JSON.stringify(datasetteMetadataFor(opts.db), null, 2) + '\n');
      }),
    );
}
