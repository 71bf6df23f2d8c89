import {
  appendFileSync,
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedStageKeySources, rememberStageKeySources, type StageKeyCacheOptions } from '../batch/stage-key-cache';
import type { Stage } from '../core/stage';
import { StageKeys, stageKeySource } from '../pipeline/stage-keys';
import { STAGES } from '../pipeline/stages';
import { dictionaries, pipeline } from './extract-helpers';

/**
 * The stage key cache stands in for the stages' code only while that code is unchanged: the keys it gives
 * are the pipeline's, and an edit to any module a stage runs, or an upgraded package, makes it miss. The
 * tests work on copies of the sources (edited in place, as a rebuild does) with their own cache folder.
 */
const ROOT = path.resolve(__dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'qmine-key-cache-'));
// The copies find the installed packages (and their versions) the way the sources do.
symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'));
afterAll(() => {
  chmodSync(work, 0o700);
  rmSync(work, { recursive: true, force: true });
});

let copies = 0;
/** A copy of the sources the stages run, its stages pointing at it, and a cache that trusts files written before now. */
function copyOfSources(): { dir: string; stages: Stage[]; options: StageKeyCacheOptions } {
  const dir = path.join(work, `copy-${copies++}`);
  for (const layer of ['core', 'corpus', 'pipeline']) cpSync(path.join(ROOT, layer), path.join(dir, layer), { recursive: true });
  const stages = STAGES.map((stage) => ({ ...stage, code: path.join(dir, path.relative(ROOT, stage.code)) }));
  const options = {
    dir: path.join(dir, 'cache'),
    stagesModule: path.join(dir, 'pipeline', 'stages', 'index.ts'),
    trustedBefore: Date.now() + 1,
  };
  return { dir, stages, options };
}

function keysFrom(sources: ReturnType<typeof cachedStageKeySources>): StageKeys {
  return new StageKeys(sources!, {
    fileHash: (file) => dictionaries.hash(file),
    keyPart: (name, normText) => STAGES.find((s) => s.name === name)!.keyPart!(normText, { dictionaries }),
  });
}

describe('stage key cache', () => {
  it('gives the keys the pipeline computes, without and with the normalised text', () => {
    const { stages, options } = copyOfSources();
    expect(cachedStageKeySources(options)).toBeNull();
    const remembered = rememberStageKeySources(stages, options);
    const cached = cachedStageKeySources(options);
    expect(cached).toEqual(remembered);
    expect(cached).toEqual(stages.map(stageKeySource));
    // The copies' code hashes are the originals' (codeHash hashes paths relative to the stage module).
    const keys = keysFrom(cached);
    const text = '2012年，全市质监系统组织产品质量监督抽查1260批次，抽样合格率为92.4%。';
    expect(keys.keys('input', text)).toEqual(pipeline.stageKeys('input', text));
    const stored = pipeline.stageKeys('input', text);
    expect(keys.keys('input', undefined, stored)).toEqual(stored);
    expect(keys.names).toEqual(STAGES.map((s) => s.name));
  });

  it('misses after an edit to a module only the extraction stage runs, and to the stage list', () => {
    for (const file of ['pipeline/extract/quantities.ts', 'pipeline/stages/index.ts']) {
      const { dir, stages, options } = copyOfSources();
      rememberStageKeySources(stages, options);
      expect(cachedStageKeySources(options)).not.toBeNull();
      appendFileSync(path.join(dir, file), '\n// an edit\n');
      expect(cachedStageKeySources(options)).toBeNull();
    }
  });

  it('misses when a path the code hash looked for in vain appears (a package installed nearer to a module)', () => {
    const { stages, options } = copyOfSources();
    rememberStageKeySources(stages, options);
    const cache = path.join(options.dir, readdirSync(options.dir)[0]!);
    const { files } = JSON.parse(readFileSync(cache, 'utf8')) as { files: [string, string][] };
    const absent = files.find(([file, stamp]) => stamp === '-' && file.endsWith(path.join('node_modules', 'nodejieba', 'package.json')));
    expect(absent).toBeDefined();
    mkdirSync(path.dirname(absent![0]), { recursive: true });
    writeFileSync(absent![0], '{"name":"nodejieba","version":"0.0.1"}');
    expect(cachedStageKeySources(options)).toBeNull();
  });

  it('misses after a package a stage imports changes', () => {
    const { stages, options } = copyOfSources();
    const remembered = rememberStageKeySources(stages, options);
    const manifest = path.join(work, 'node_modules', 'opencc-js', 'package.json');
    // The real manifest is not edited: a cache whose stamp of it differs stands for an upgrade.
    const cache = path.join(options.dir, readdirSync(options.dir)[0]!);
    const text = JSON.parse(readFileSync(cache, 'utf8')) as { files: [string, string][] };
    const entry = text.files.find(([file]) => file === manifest);
    expect(entry).toBeDefined();
    entry![1] = 'another version';
    writeFileSync(cache, JSON.stringify(text));
    expect(cachedStageKeySources(options)).toBeNull();
    expect(remembered.length).toBe(STAGES.length);
  });

  it('is not written while a file it covers is too recent to trust, nor where it cannot be written', () => {
    const racy = copyOfSources();
    rememberStageKeySources(racy.stages, { ...racy.options, trustedBefore: undefined });
    expect(cachedStageKeySources(racy.options)).toBeNull();
    const readOnly = copyOfSources();
    chmodSync(readOnly.dir, 0o500);
    try {
      expect(rememberStageKeySources(readOnly.stages, readOnly.options)).toEqual(readOnly.stages.map(stageKeySource));
      if (process.getuid?.() !== 0) expect(cachedStageKeySources(readOnly.options)).toBeNull();
    } finally {
      chmodSync(readOnly.dir, 0o700);
    }
  });
});
