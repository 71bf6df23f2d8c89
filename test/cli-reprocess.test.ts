import Database from 'better-sqlite3';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  byDoc,
  copyDictionaries,
  dropIncreaseFromChangeRule,
  QMINE,
  ROOT,
  snapshot,
  tempDir,
  withNewWord,
  writeFixtureCorpus,
  writeGeneratedCorpus,
  type Snapshot,
} from './batch-fixtures';

/**
 * The built command (`npm run build`), as a user runs it: interrupted by SIGKILL or SIGINT, with one or
 * two pipeline threads, run twice over the same corpus.
 */

const GENERATED_REPORTS = 200;
const tmp = tempDir('qmine-cli-batch-');
let generated: string;
let original: string;
/** The user dictionary gains a word and change.absolute loses 增加: segmentation, extraction and facts change. */
let changed: string;
/** The generated corpus after an uninterrupted `qmine run` with the original dictionaries. */
let baseline: string;

function qmine(args: string[]): string {
  return execFileSync(process.execPath, [QMINE, ...args, '--no-progress'], { encoding: 'utf8', cwd: ROOT });
}

function copy(from: string, name: string): string {
  const file = tmp.file(name);
  copyFileSync(from, file);
  return file;
}

/** The counts of the diff summary line (`facts from run A to run B: …`), which differ only in run numbers. */
function diffCounts(output: string): string {
  const line = output.split('\n').find((l) => l.startsWith('facts from run '));
  if (!line) throw new Error(`no diff summary in:\n${output}`);
  return line.replace(/^facts from run \d+ to run \d+: /, '');
}

/**
 * Starts `qmine <args>`, waits until run `runId` has committed its first batch of documents to `db`,
 * then sends `signal`. Fails if the command finishes before that.
 */
function interruptAfterFirstBatch(
  args: string[],
  db: string,
  runId: number,
  signal: NodeJS.Signals,
): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, [QMINE, ...args, '--no-progress'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let reader: Database.Database | null = null;
    let sent = false;
    const poll = setInterval(() => {
      try {
        if (sent || !existsSync(db)) return;
        reader ??= new Database(db, { readonly: true, fileMustExist: true });
        const stored = reader.prepare('SELECT count(*) FROM documents WHERE run = ?').pluck().get(runId) as number;
        if (stored > 0) {
          sent = true;
          child.kill(signal);
        }
      } catch {
        // The schema may not exist yet in a new database: poll again.
      }
    }, 10);
    child.on('exit', (code) => {
      clearInterval(poll);
      reader?.close();
      if (!sent) reject(new Error(`qmine ${args[0]} finished before it could be interrupted:\n${stdout}${stderr}`));
      else resolve({ code, stdout });
    });
  });
}

/** What must hold in the database whatever moment a command was stopped at. */
function expectConsistent(db: string): void {
  const handle = new Database(db, { readonly: true });
  try {
    expect(handle.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(handle.pragma('foreign_key_check')).toEqual([]);
    // Every fact belongs to the stored version of its document, and so does every live history version.
    expect(handle.prepare('SELECT count(*) FROM facts f JOIN documents d ON d.id = f.doc WHERE f.run <> d.run').pluck().get()).toBe(0);
    expect(
      handle
        .prepare(
          `SELECT count(*) FROM (
      SELECT doc, fact_key FROM facts EXCEPT SELECT doc, fact_key FROM fact_history WHERE removed_run IS NULL
      UNION ALL
      SELECT doc, fact_key FROM fact_history WHERE removed_run IS NULL EXCEPT SELECT doc, fact_key FROM facts)`,
        )
        .pluck()
        .get(),
    ).toBe(0);
  } finally {
    handle.close();
  }
}

/** Per document, what the document has in `state`: its facts, tokens and live history. */
function perDocument(state: Snapshot): Map<string, string> {
  const facts = byDoc(state.facts);
  const sentences = byDoc(state.sentences);
  const history = byDoc(state.liveHistory);
  return new Map(
    state.documents.map((d) => {
      const id = d.id as string;
      return [id, JSON.stringify([facts.get(id) ?? [], sentences.get(id) ?? [], history.get(id) ?? []])];
    }),
  );
}

function documentRuns(db: string): Map<string, number> {
  const handle = new Database(db, { readonly: true });
  try {
    return new Map((handle.prepare('SELECT id, run FROM documents').all() as { id: string; run: number }[]).map((r) => [r.id, r.run]));
  } finally {
    handle.close();
  }
}

function runStatus(db: string, runId: number): string | undefined {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare('SELECT status FROM runs WHERE id = ?').pluck().get(runId) as string | undefined;
  } finally {
    handle.close();
  }
}

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('run `npm run build` first');
  generated = writeGeneratedCorpus(tmp.file('generated'), GENERATED_REPORTS);
  original = copyDictionaries(tmp.file('dictionaries'));
  changed = copyDictionaries(tmp.file('dictionaries-changed'), (read) => ({ ...withNewWord(read), ...dropIncreaseFromChangeRule(read) }));
  baseline = tmp.file('baseline.db');
  qmine(['run', generated, '--db', baseline, '--dictionaries', original]);
}, 300_000);
afterAll(() => tmp.cleanup());

describe('a reprocess killed with SIGKILL', () => {
  let reference: Snapshot;
  let referenceOutput: string;
  let killed: string;
  let before: Snapshot;

  beforeAll(async () => {
    const uninterrupted = copy(baseline, 'reference.db');
    referenceOutput = qmine(['reprocess', '--db', uninterrupted, '--dictionaries', changed]);
    reference = snapshot(uninterrupted);
    killed = copy(baseline, 'killed.db');
    before = snapshot(killed);
    const { code } = await interruptAfterFirstBatch(['reprocess', '--db', killed, '--dictionaries', changed], killed, 2, 'SIGKILL');
    expect(code).toBeNull(); // killed, not exited
  }, 300_000);

  it('changes facts (so that old and new can be told apart)', () => {
    expect(diffCounts(referenceOutput)).not.toMatch(/^0 added, 0 removed, 0 changed/);
  });

  it('leaves a consistent database: each document with all its old or all its new facts', () => {
    expectConsistent(killed);
    expect(runStatus(killed, 2)).toBe('running');
    const runs = documentRuns(killed);
    const reprocessed = [...runs.values()].filter((run) => run === 2).length;
    expect(reprocessed).toBeGreaterThan(0);
    expect(reprocessed).toBeLessThan(GENERATED_REPORTS);

    const now = perDocument(snapshot(killed));
    const old = perDocument(before);
    const updated = perDocument(reference);
    let differing = 0;
    for (const [id, state] of now) {
      expect(state, id).toBe(runs.get(id) === 2 ? updated.get(id) : old.get(id));
      if (old.get(id) !== updated.get(id)) differing++;
    }
    expect(differing).toBeGreaterThan(0);
  });

  it('is finished by running it again, with the result and the diff of an uninterrupted reprocess', () => {
    const committed = [...documentRuns(killed).values()].filter((run) => run === 2).length;
    const output = qmine(['reprocess', '--db', killed, '--dictionaries', changed]);
    const remaining = GENERATED_REPORTS - committed;
    expect(output).toContain(`re-run            ${remaining} of ${remaining} (resumed at: `);
    expect(snapshot(killed)).toEqual(reference);
    expect(diffCounts(output)).toBe(diffCounts(referenceOutput));
    expectConsistent(killed);
  });
});

describe('a run stopped with SIGINT', () => {
  it('stores what it finished, says it was interrupted, and the next run completes it', async () => {
    const db = tmp.file('sigint.db');
    const { code, stdout } = await interruptAfterFirstBatch(['run', generated, '--db', db, '--dictionaries', original], db, 1, 'SIGINT');
    expect(code).toBe(130);
    expect(stdout).toContain('(interrupted: run again to finish)');
    expect(runStatus(db, 1)).toBe('interrupted');
    expectConsistent(db);
    const stored = documentRuns(db).size;
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(GENERATED_REPORTS);

    const output = qmine(['run', generated, '--db', db, '--dictionaries', original]);
    expect(output).toMatch(new RegExp(`unchanged\\s+${stored} `));
    expect(snapshot(db)).toEqual(snapshot(baseline));
  });
});

describe('run twice and reprocess with nothing changed', () => {
  it('skips every document the second time and reprocess does nothing, saying so', () => {
    const db = copy(baseline, 'twice.db');
    const second = qmine(['run', generated, '--db', db, '--dictionaries', original]);
    expect(second).toMatch(/documents stored\s+0 in this run\n/);
    expect(second).toMatch(new RegExp(`unchanged\\s+${GENERATED_REPORTS} `));
    expect(second).toMatch(/keywords\s+up to date/);
    const idle = qmine(['reprocess', '--db', db, '--dictionaries', original]);
    expect(idle).toBe(`nothing to do: all ${GENERATED_REPORTS} documents are up to date with their dictionaries, rules and code\n`);
    expect(snapshot(db)).toEqual(snapshot(baseline));
  });
});

describe('--jobs 2', () => {
  it('stores what --jobs 1 stores, for run and for reprocess', () => {
    const corpus = writeFixtureCorpus(tmp.file('fixtures'));
    const inputs = [corpus, ...Array.from({ length: 60 }, (_, i) => path.join(generated, `report-${String(i).padStart(4, '0')}.txt`))];
    const one = tmp.file('jobs1.db');
    const two = tmp.file('jobs2.db');
    qmine(['run', ...inputs, '--db', one, '--dictionaries', original, '--jobs', '1']);
    qmine(['run', ...inputs, '--db', two, '--dictionaries', original, '--jobs', '2']);
    const ran = snapshot(one);
    expect(ran.facts.length).toBeGreaterThan(1000);
    expect(snapshot(two)).toEqual(ran);

    qmine(['reprocess', '--db', one, '--dictionaries', changed, '--jobs', '1']);
    qmine(['reprocess', '--db', two, '--dictionaries', changed, '--jobs', '2']);
    const reprocessed = snapshot(one);
    expect(reprocessed).not.toEqual(ran);
    expect(snapshot(two)).toEqual(reprocessed);
    // Four whole runs of the CLI over 60 reports: about 45 s on an idle machine, up to 155 s on a busy one. The limit
    // guards against a hang, not against slowness (speed is a benchmark figure).
  }, 300_000);
});
