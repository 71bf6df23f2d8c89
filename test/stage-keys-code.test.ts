import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeHash } from '../core/code-hash';
import type { Stage } from '../core/stage';
import { Pipeline } from '../pipeline/pipeline';
import { STAGES } from '../pipeline/stages';
import { dictionaries } from './extract-helpers';

/**
 * Stage keys hash the code each stage runs: a code-only change re-runs the stage it touches and the stages
 * after it, and nothing before. The test copies the sources to a temporary folder, points every stage at
 * its copy, edits one module and compares the keys.
 */
const ROOT = path.resolve(__dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'qmine-code-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let copies = 0;
function copyOfSources(): { dir: string; stages: Stage[] } {
  const dir = path.join(work, `copy-${copies++}`);
  for (const layer of ['core', 'corpus', 'pipeline']) cpSync(path.join(ROOT, layer), path.join(dir, layer), { recursive: true });
  const stages = STAGES.map((stage) => ({ ...stage, code: path.join(dir, path.relative(ROOT, stage.code)) }));
  return { dir, stages };
}

/** Keys over two copies of the sources, the second with `file` edited (codeHash caches per file, as a process should). */
function keysAfterEdit(file: string): { before: Record<string, string>; after: Record<string, string> } {
  const original = copyOfSources();
  const edited = copyOfSources();
  appendFileSync(path.join(edited.dir, file), '\n// an edit\n');
  const before = new Pipeline(original.stages, dictionaries).stageKeys('input', 'text');
  const after = new Pipeline(edited.stages, dictionaries).stageKeys('input', 'text');
  return { before, after };
}

function changedStages(file: string): string[] {
  const { before, after } = keysAfterEdit(file);
  return STAGES.map((s) => s.name).filter((name) => before[name] !== after[name]);
}

describe('stage keys over code', () => {
  it('every stage points at its own module', () => {
    for (const stage of STAGES) expect(path.basename(stage.code)).toMatch(new RegExp(`^${stage.name}\\.(ts|js)$`));
  });

  it('an edit to an extraction module re-keys extraction only', () => {
    expect(changedStages('pipeline/extract/quantities.ts')).toEqual(['extract']);
  });

  it('an edit to the sentence splitter re-keys sentences and every stage after it', () => {
    expect(changedStages('pipeline/text/sentences.ts')).toEqual(['sentences', 'segment', 'scope', 'extract']);
  });

  it('an edit to the clean stage module re-keys everything from clean on', () => {
    expect(changedStages('pipeline/clean/html.ts')).toEqual(STAGES.map((s) => s.name));
  });

  it('an edit to a module no stage imports changes no key', () => {
    expect(changedStages('corpus/inputs.ts')).toEqual([]);
  });

  it('follows imports transitively and includes package versions', () => {
    const dir = path.join(work, 'graph');
    cpSync(path.join(ROOT, 'core'), path.join(dir, 'core'), { recursive: true });
    writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = b;\n");
    writeFileSync(path.join(dir, 'b.ts'), "import x from 'some-package';\nexport { c as b } from './c';\nvoid x;\n");
    writeFileSync(path.join(dir, 'c.ts'), 'export const c = 1;\n');
    const first = codeHash(path.join(dir, 'a.ts'));
    // codeHash caches per file; a second graph with one byte changed deep down must differ.
    const dir2 = path.join(work, 'graph2');
    cpSync(dir, dir2, { recursive: true });
    writeFileSync(path.join(dir2, 'c.ts'), 'export const c = 2;\n');
    expect(codeHash(path.join(dir2, 'a.ts'))).not.toBe(first);
    const dir3 = path.join(work, 'graph3');
    cpSync(dir, dir3, { recursive: true });
    cpSync(path.join(ROOT, 'package.json'), path.join(dir3, 'node_modules', 'some-package', 'package.json'));
    expect(codeHash(path.join(dir3, 'a.ts'))).not.toBe(first);
  });
});
