import { Command, CommanderError } from 'commander';
import { USAGE_EXIT } from './errors';
import { CODE_VERSION } from '../core/version';

type Register = (program: Command) => void;

/**
 * Every command, in the order help lists them, with the module that defines it. A module is loaded only
 * when its command runs (or when help lists them all): each command's imports cost start-up time (the
 * pipeline, the web server, the exports: ~200 modules), and a command that checks and finds nothing to do,
 * such as an unchanged `qmine reprocess`, should not pay for the others'.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const COMMANDS: readonly { name: string; load: () => Register }[] = [
  { name: 'run', load: () => (require('./commands/run') as typeof import('./commands/run')).registerRun },
  { name: 'reprocess', load: () => (require('./commands/reprocess') as typeof import('./commands/reprocess')).registerReprocess },
  { name: 'merge', load: () => (require('./commands/merge') as typeof import('./commands/merge')).registerMerge },
  { name: 'diff', load: () => (require('./commands/diff') as typeof import('./commands/diff')).registerDiff },
  { name: 'export', load: () => (require('./commands/export') as typeof import('./commands/export')).registerExport },
  { name: 'query', load: () => (require('./commands/query') as typeof import('./commands/query')).registerQuery },
  { name: 'facts', load: () => (require('./commands/facts') as typeof import('./commands/facts')).registerFacts },
  { name: 'show', load: () => (require('./commands/show') as typeof import('./commands/show')).registerShow },
  { name: 'search', load: () => (require('./commands/search') as typeof import('./commands/search')).registerSearch },
  { name: 'schema', load: () => (require('./commands/schema') as typeof import('./commands/schema')).registerSchema },
  {
    name: 'datasette-metadata',
    load: () => (require('./commands/datasette-metadata') as typeof import('./commands/datasette-metadata')).registerDatasetteMetadata,
  },
  { name: 'eval', load: () => (require('./commands/eval') as typeof import('./commands/eval')).registerEval },
  { name: 'serve', load: () => (require('./commands/serve') as typeof import('./commands/serve')).registerServe },
  { name: 'report', load: () => (require('./commands/report') as typeof import('./commands/report')).registerReport },
];
/* eslint-enable @typescript-eslint/no-require-imports */

/** The program with every command, or only `command` when it names one (the others are not loaded). */
export function buildProgram(command?: string): Command {
  const program = new Command();
  program
    .name('qmine')
    .description('Mine Chinese quality-supervision work reports into a SQLite database of traceable facts')
    .version(CODE_VERSION)
    // Commander's own usage errors (unknown option, missing --db, a bad value) throw instead of exiting 1,
    // so that main() can exit 2 for them like every other usage error; set before the commands inherit it.
    .exitOverride();
  const only = COMMANDS.find((c) => c.name === command);
  for (const { load } of only ? [only] : COMMANDS) load()(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    // argv[2] is the command (`node qmine.js reprocess …`); anything else (--help, --version, a typo) gets them all.
    await buildProgram(argv[2]).parseAsync(argv);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // --help and --version end with exit code 0; everything else commander stops for is a usage error.
    process.exitCode = error.exitCode === 0 ? 0 : USAGE_EXIT;
  }
}
