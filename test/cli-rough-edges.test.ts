import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QMINE, ROOT, tempDir } from './batch-fixtures';

/**
 * The built command as a new user meets it (issue 13): what --fresh may replace, exit codes, inputs that
 * name nothing, the run summary's counts, paths that resolve from another folder, --help and the README.
 */
const tmp = tempDir('qmine-cli-edges-');
const EXAMPLES = path.join(ROOT, 'corpus', 'examples');

function qmine(args: string[], cwd = ROOT): { stdout: string; stderr: string; status: number | null } {
  const child = spawnSync(process.execPath, [QMINE, ...args], { encoding: 'utf8', cwd });
  return { stdout: child.stdout, stderr: child.stderr, status: child.status };
}

let db: string;
let firstRun: ReturnType<typeof qmine>;

beforeAll(() => {
  db = tmp.file('examples.db');
  firstRun = qmine(['run', EXAMPLES, '--db', db, '--no-progress']);
});
afterAll(() => tmp.cleanup());

describe('qmine run --fresh', () => {
  it('refuses a file that is not a qmine database, leaving it as it was', () => {
    const notes = tmp.file('notes.txt');
    writeFileSync(notes, '我的笔记\n');
    const foreign = tmp.file('other.sqlite');
    const other = new Database(foreign);
    other.exec("CREATE TABLE customers (name TEXT); INSERT INTO customers VALUES ('甲')");
    other.close();
    for (const [file, what] of [
      [notes, 'is not a SQLite database'],
      [foreign, 'is a SQLite database but not a qmine one (tables: customers)'],
    ] as const) {
      const before = readFileSync(file);
      const result = qmine(['run', EXAMPLES, '--db', file, '--fresh', '--no-progress']);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `qmine run: --fresh replaces only a qmine database, and ${file} ${what}: nothing removed (give another --db)\n`,
      );
      expect(readFileSync(file).equals(before)).toBe(true);
    }
  });

  it('replaces a qmine database and says what it replaced', () => {
    const copy = tmp.file('replace-me.db');
    expect(qmine(['run', path.join(EXAMPLES, 'jiangxi-2015-simplified.txt'), '--db', copy, '--no-progress']).status).toBe(0);
    const result = qmine(['run', EXAMPLES, '--db', copy, '--fresh', '--no-progress']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      new RegExp(
        `^qmine run: --fresh: replaced ${copy.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, a qmine database \\(schema version \\d+, 1 documents, created .+\\)\\n$`,
      ),
    );
  });
});

describe('run summary', () => {
  it('counts facts stored, live and new in this run; a rerun adds none and says so', () => {
    expect(firstRun.status).toBe(0);
    const stored = Number(/facts stored +(\d+)/.exec(firstRun.stdout)![1]);
    const live = Number(/facts live +(\d+)/.exec(firstRun.stdout)![1]);
    expect(stored).toBeGreaterThan(0);
    expect(live).toBeLessThanOrEqual(stored);
    expect(firstRun.stdout).toMatch(new RegExp(`facts new +${stored} \\(added by this run\\)`));
    const rerun = qmine(['run', EXAMPLES, '--db', db, '--no-progress']);
    expect(rerun.stdout).toMatch(new RegExp(`facts stored +${stored} `));
    expect(rerun.stdout).toMatch(new RegExp(`facts live +${live} `));
    expect(rerun.stdout).toMatch(/facts new +0 \(added by this run\)/);
    expect(rerun.stdout).not.toMatch(/facts +0/);
  });

  it('stores absolute paths, so that they lead to the files from any folder', () => {
    const paths = new Database(db, { readonly: true }).prepare('SELECT DISTINCT path FROM documents').pluck().all() as string[];
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(path.isAbsolute(p), p).toBe(true);
      expect(existsSync(p), p).toBe(true);
    }
  });
});

describe('inputs that name nothing', () => {
  it.each([
    [['/nowhere/at/all.txt'], 'qmine run: /nowhere/at/all.txt: no such file or directory: nothing read, no database written'],
    [
      [path.join(EXAMPLES, '*.nothing')],
      `qmine run: no file matches ${path.join(EXAMPLES, '*.nothing')}: nothing read, no database written`,
    ],
  ])('%j: one line, exit 2, no database created', (inputs, message) => {
    const target = tmp.file('never.db');
    const result = qmine(['run', ...inputs, '--db', target, '--no-progress']);
    expect(result).toMatchObject({ status: 2, stdout: '', stderr: `${message}\n` });
    expect(existsSync(target)).toBe(false);
  });
});

describe('exit codes', () => {
  it('exits 2 for usage errors, 1 for runtime failures, 0 for --help', () => {
    expect(qmine(['facts']).status).toBe(2); // --db missing
    expect(qmine(['facts', '--db', db, '--format', 'xml']).status).toBe(2);
    expect(qmine(['facts', '--db', db, '--columns', 'id,nope']).status).toBe(2);
    expect(qmine(['nonsense']).status).toBe(2);
    expect(qmine(['facts', '--db', db, '--doc', 'no-such-doc']).status).toBe(1);
    expect(qmine(['query', '--db', db, 'SELECT nope FROM nowhere']).status).toBe(1);
    expect(qmine(['--help']).status).toBe(0);
    expect(qmine(['facts', '--help']).status).toBe(0);
  });
});

describe('README and --help', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const help = qmine(['--help']).stdout;

  it('list the same commands', () => {
    const commands = [...help.matchAll(/^ {2}([a-z-]+)(?= )/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands.length).toBeGreaterThan(8);
    for (const command of commands) expect(readme, command).toContain(`\`qmine ${command}`);
  });

  it('name every view, and each command the README shows takes --db as --help says', () => {
    const db2 = new Database(db, { readonly: true });
    const views = db2.prepare("SELECT name FROM sqlite_schema WHERE type = 'view'").pluck().all() as string[];
    db2.close();
    for (const view of views) expect(readme, view).toContain(`\`${view}\``);
    expect(readme).toContain('`qmine search <words…> --db F');
    expect(qmine(['search', '--help']).stdout).toMatch(/Usage: qmine search \[options\] <words\.\.\.>/);
  });
});
