import { Command } from 'commander';
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
import { CODE_VERSION } from '../core/version';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('qmine')
    .description('Mine Chinese quality-supervision work reports into a SQLite database of traceable facts')
    .version(CODE_VERSION);
  registerRun(program);
  registerReprocess(program);
  registerMerge(program);
  registerDiff(program);
  registerExport(program);
  registerQuery(program);
  registerFacts(program);
  registerSearch(program);
  registerEval(program);
  registerServe(program);
  registerReport(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
