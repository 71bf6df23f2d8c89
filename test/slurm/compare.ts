// Checks that a merged database equals a single run's, as an analyst sees them: the facts as
// `qmine export --format jsonl` writes them (lines sorted), every stored table but the run ids
// (test/merge-compare.ts), the duplicate marks, and `qmine search` results for a few words.
// Prints one line per check; exits 1 when any differs.
//
//   node dist/test/slurm/compare.js SINGLE.db MERGED.db
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { duplicateMarks, storedContent } from '../merge-compare';

const QMINE = path.resolve(__dirname, '..', '..', '..', 'bin', 'qmine.js');
/** Words of every quality-supervision report: each finds hundreds of sentences in the shared corpus. */
const SEARCHES = ['合格率', '抽查', '立案查处', '计量', '特种设备'];

function qmine(args: string[]): string[] {
  const out = execFileSync(process.execPath, [QMINE, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return out.split('\n').filter((line) => line !== '');
}

function main(): number {
  const [single, merged] = process.argv.slice(2);
  if (!single || !merged) {
    process.stderr.write('usage: compare.js SINGLE.db MERGED.db\n');
    return 2;
  }
  let differ = 0;
  const check = (what: string, a: readonly string[], b: readonly string[]) => {
    const same = a.length === b.length && a.every((line, i) => line === b[i]);
    if (!same) differ++;
    const at = same ? -1 : a.findIndex((line, i) => line !== b[i]);
    console.log(
      `  ${same ? 'equal ' : 'DIFFER'} ${what}: ${a.length} single, ${b.length} merged${at >= 0 ? ` (first difference at line ${at + 1})` : ''}`,
    );
  };
  const exportFacts = (db: string) => qmine(['export', '--db', db, '--format', 'jsonl']).sort();
  check('facts (qmine export --format jsonl, sorted)', exportFacts(single), exportFacts(merged));
  const a = storedContent(single);
  const b = storedContent(merged);
  for (const table of Object.keys(a)) check(`table ${table} (without run ids)`, a[table]!, b[table]!);
  const marks = (db: string) => duplicateMarks(db).map((m) => JSON.stringify(m));
  const duplicates = (db: string) => duplicateMarks(db).filter(([, of]) => of !== null).length;
  check(`duplicate marks (${duplicates(single)} single, ${duplicates(merged)} merged)`, marks(single), marks(merged));
  for (const word of SEARCHES) {
    const search = (db: string) => qmine(['search', word, '--db', db, '--format', 'jsonl', '--limit', '100000']);
    check(`qmine search ${word}`, search(single), search(merged));
  }
  console.log(differ === 0 ? 'merged database equals the single run' : `${differ} checks differ`);
  return differ === 0 ? 0 : 1;
}

process.exitCode = main();
