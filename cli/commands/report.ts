import type { Command } from 'commander';
import { withReadOnlyDatabase } from '../../output/database';
import { writeFileAtomically } from '../../output/text-sink';
import { renderReport } from '../../web/report';
import { processIo, reportFailures, type CommandIo } from '../errors';

export function registerReport(program: Command, io: CommandIo = processIo()): void {
  program
    .command('report')
    .description('write the overview (counts, charts, map) as one self-contained HTML file to mail around')
    .requiredOption('--db <path>', 'qmine database')
    .requiredOption('--out <file>', 'the HTML file to write')
    .action(
      reportFailures('report', io, async (opts: { db: string; out: string }) => {
        const page = await withReadOnlyDatabase(opts.db, (db) => renderReport(db, opts.db));
        await writeFileAtomically(opts.out, (sink) => sink.write(page));
        io.stdout.write(`qmine report: ${opts.out} (${Math.round(Buffer.byteLength(page) / 1024)} KB)\n`);
      }),
    );
}
