import Database from 'better-sqlite3';
import { selectFacts } from '../../output/facts-query';
import { writeRows } from '../../output/row-output';
import { TextSink } from '../../output/text-sink';

/** After `qmine run --show N`: a few facts as a table, to see at a glance what was found. */
export async function printFactSample(dbPath: string, count: number): Promise<void> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const sink = new TextSink(process.stdout);
    await sink.write(`\nfirst ${count} facts (qmine facts --db ${dbPath} for all):\n`);
    await writeRows(
      sink,
      selectFacts(db, { limit: count }, ['doc', 'type', 'metric', 'value', 'unit', 'bound', 'status', 'period', 'region', 'text']),
      'table',
    );
    await sink.close();
  } finally {
    db.close();
  }
}
