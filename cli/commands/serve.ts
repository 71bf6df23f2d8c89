import type { Command } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT, isLoopback, startServer } from '../../web/server';
import { processIo, reportFailures, type CommandIo } from '../errors';
import { parsePositiveInt } from '../options';

interface ServeCommandOptions {
  db: string;
  port: number;
  host: string;
}

export function registerServe(program: Command, io: CommandIo = processIo()): void {
  program
    .command('serve')
    .description('browse, filter, chart and search the database in a web browser (read-only, this machine only unless --host)')
    .requiredOption('--db <path>', 'qmine database')
    .option('--port <n>', 'port to listen on (0: any free one)', parsePositiveInt, DEFAULT_PORT)
    .option('--host <address>', 'address to listen on; anything but loopback lets other machines read the database', DEFAULT_HOST)
    .action(
      reportFailures('serve', io, async (opts: ServeCommandOptions) => {
        if (!isLoopback(opts.host)) {
          io.stderr.write(
            `qmine serve: warning: listening on ${opts.host}: anyone who can reach this address can read the whole database (no password, no TLS)\n`,
          );
        }
        const running = await startServer({ db: opts.db, host: opts.host, port: opts.port });
        io.stdout.write(`qmine serve: ${opts.db} (read-only) at ${running.url}  (Ctrl-C to stop)\n`);
        await new Promise<void>((resolve) => {
          const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            void running.close().then(resolve);
          };
          process.on('SIGINT', stop);
          process.on('SIGTERM', stop);
        });
      }),
    );
}
