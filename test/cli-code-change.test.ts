import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './batch-fixtures';

/**
 * The built command, as a user runs it, after its code changes: an unchanged `qmine reprocess` takes the
 * stages' code from the stage key cache (batch/stage-key-cache.ts) and loads none of it, and an edit to
 * one module of one stage in dist/ (as a rebuild makes) still re-runs that stage, and only it, for every
 * document. The test runs a copy of the build, with its own node_modules folder (the packages linked) and
 * so its own cache.
 */
const tmp = tempDir('qmine-code-change-');
afterAll(() => tmp.cleanup());

const app = tmp.file('app');
const db = tmp.file('examples.db');

function qmine(...args: string[]): string {
  return execFileSync(process.execPath, [path.join(app, 'bin', 'qmine.js'), ...args, '--no-progress'], { encoding: 'utf8' });
}

function copyOfBuild(): void {
  for (const part of ['bin', 'dist', 'dictionaries', 'output', 'package.json'])
    cpSync(path.join(ROOT, part), path.join(app, part), { recursive: true });
  mkdirSync(path.join(app, 'node_modules'));
  for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (entry !== '.cache') symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(app, 'node_modules', entry));
  }
}

/** The cache trusts no file changed less than two seconds before the command started. */
const pastTheRacyWindow = () => new Promise((resolve) => setTimeout(resolve, 2500));

describe('reprocess after a code change, with the stage key cache', () => {
  it('does nothing with the cache, then re-runs extraction only after an edit to an extraction module', async () => {
    copyOfBuild();
    qmine('run', path.join(ROOT, 'corpus', 'examples'), '--db', db);
    await pastTheRacyWindow();
    expect(qmine('reprocess', '--db', db)).toMatch(/^nothing to do: all (\d+) documents are up to date/);
    const cacheDir = path.join(app, 'node_modules', '.cache', 'qmine');
    expect(existsSync(cacheDir) && readdirSync(cacheDir).some((f) => f.startsWith('stage-keys-'))).toBe(true);
    // With the cache: the same answer, and no module of the stages loaded (Node lists what it loads with NODE_DEBUG=module).
    const traced = spawnSync(process.execPath, [path.join(app, 'bin', 'qmine.js'), 'reprocess', '--db', db, '--no-progress'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_DEBUG: 'module' },
    });
    const documents = Number(/all (\d+) documents/.exec(traced.stdout)?.[1]);
    expect(documents).toBeGreaterThan(0);
    expect(traced.stderr).toContain('dist/batch/reprocess.js');
    expect(traced.stderr).not.toMatch(/dist\/pipeline\/(stages|extract|text\/segment)/);
    expect(traced.stderr).not.toContain('nodejieba.node');

    appendFileSync(path.join(app, 'dist', 'pipeline', 'extract', 'quantities.js'), '\n// an edit\n');
    const after = qmine('reprocess', '--db', db);
    expect(after).toContain(`re-run            ${documents} of ${documents} (resumed at: ${documents} from extract)`);
    expect(qmine('reprocess', '--db', db)).toMatch(/^nothing to do/);
  });
});
