import { Command, CommanderError } from 'commander';
import { registerDiff } from './commands/diff';
import { registerEval } from './commands/eval';
import { registerExport } from './commands/export';
import { registerFacts } from './commands/facts';
import { registerMerge } from './commands/merge';
import { registerQuery } from './commands/query';
import { registerReport } from './commands/report';
import { registerReprocess } from './commands/reprocess';
import { registerRun } from './commands/run';
import { registerSearch } from './commands/search';
import { registerServe } from './commands/serve';
import { registerShow } from './commands/show';
import { registerSchema } from './commands/schema';
import { registerDatasetteMetadata } from './commands/datasette-metadata';
import { USAGE_EXIT } from './errors';
import { CODE_VERSION } from '../core/version';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('qmine')
    .description('Mine Chinese quality-supervision work reports into a SQLite database of traceable facts')
    .version(CODE_VERSION)
    // Commander's own usage errors (unknown option, missing --db, a bad value) throw instead of exiting 1,
    // so that main() can exit 2 for them like every other usage error; set before the commands inherit it.
    .exitOverride();
  registerRun(program);
  registerReprocess(program);
  registerMerge(program);
  registerDiff(program);
  registerExport(program);
  registerQuery(program);
  registerFacts(program);
  registerShow(program);
  registerSearch(program);
  registerSchema(program);
  registerDatasetteMetadata(program);
  registerEval(program);
  registerServe(program);
  registerReport(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // --help and --version end with exit code 0; everything else commander stops for is a usage error.
    process.exitCode = error.exitCode === 0 ? 0 : USAGE_EXIT;
  }
}
