import Database from 'better-sqlite3';
import { UserError } from '../output/errors';

/** Exit status of a command given wrong arguments (as for commander's own usage errors). */
export const USAGE_EXIT = 2;
/** Exit status of a command that failed while running. */
export const FAILURE_EXIT = 1;

/** The command was used wrongly (a path that does not exist, a file --fresh must not replace): exit 2. */
export class UsageError extends UserError {
  override readonly name = 'UsageError';
}

/** Where a command writes and how it reports failure: the process by default, something to inspect in tests. */
export interface CommandIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  setExitCode(code: number): void;
}

export function processIo(): CommandIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    setExitCode: (code) => {
      process.exitCode = code;
    },
  };
}

/**
 * Wraps a command's action so that any failure becomes one line on stderr, `qmine <command>: <reason>`,
 * and exit code 1 (2 for a UsageError), with nothing more on stdout. A reader that went away (`| head`) is not a failure.
 * QMINE_DEBUG=1 adds the stack of unexpected errors.
 */
export function reportFailures<A extends unknown[]>(
  command: string,
  io: CommandIo,
  action: (...args: A) => Promise<void> | void,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await action(...args);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') return;
      io.stderr.write(`qmine ${command}: ${reason(error)}\n`);
      if (process.env.QMINE_DEBUG && !(error instanceof UserError) && error instanceof Error) io.stderr.write(`${error.stack}\n`);
      io.setExitCode(error instanceof UsageError ? USAGE_EXIT : FAILURE_EXIT);
    }
  };
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0]!;
  if (error instanceof UserError) return firstLine;
  if (error instanceof Database.SqliteError) return `SQLite: ${firstLine}`;
  const code = (error as NodeJS.ErrnoException).code;
  return code && !firstLine.includes(code) ? `${firstLine} (${code})` : firstLine;
}
