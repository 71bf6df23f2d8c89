import { rmSync } from 'node:fs';
import { describeIdentity, identifyDatabase } from '../output/database-identity';
import { UsageError } from './errors';

/**
 * `qmine run --fresh`: removes the database at `file` (with its -wal and -shm) only when it is a qmine
 * database, and says what it removed; a missing or empty file needs nothing removed. Anything else (another
 * program's SQLite file, a text file, a directory) is refused before anything is touched: an option must
 * never delete a file that is not ours.
 */
export function removeForFresh(file: string): string {
  const identity = identifyDatabase(file);
  if (identity.kind === 'missing') return `--fresh: ${file} is new`;
  if (identity.kind === 'empty') return `--fresh: ${file} is an empty file; it becomes the new database`;
  if (identity.kind !== 'qmine') {
    throw new UsageError(
      `--fresh replaces only a qmine database, and ${describeIdentity(file, identity)}: nothing removed (give another --db)`,
    );
  }
  for (const suffix of ['-wal', '-shm', '']) rmSync(file + suffix, { force: true });
  return `--fresh: replaced ${describeIdentity(file, identity).replace(' is a ', ', a ')}`;
}
