import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFile } from '../corpus/read';
import { describeShared } from './shared-material';

const ROOT = path.resolve(__dirname, '..');
const SEEDS = path.resolve(ROOT, '..', 'shared', 'corpus', 'seeds');
const QMINE = path.join(ROOT, 'bin', 'qmine.js');

const SPEC = path.resolve(ROOT, '..', 'shared', 'spec', 'facts.md');

/** The field names of the contract's table of fields (`| \`raw_start\`, \`raw_end\` | integer | …`): the contract, not our copy. */
function contractFields(): string[] {
  const table = readFileSync(SPEC, 'utf8').split('## Fields')[1]?.split('\n## ')[0] ?? '';
  const fields = table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`(\w+)`/g)].map((m) => m[1]!));
  if (fields.length < 10) throw new Error(`${SPEC}: no table of fields found under ## Fields`);
  return fields;
}

/** End to end through the built command, as a user runs it: `qmine run` then `qmine export`. */
describeShared('qmine run + export over the seed reports', () => {
  let work: string;
  let facts: Record<string, unknown>[];
  let runOutput: string;

  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'qmine-e2e-'));
    const db = path.join(work, 'seeds.db');
    runOutput = execFileSync(process.execPath, [QMINE, 'run', SEEDS, '--db', db, '--no-progress'], { encoding: 'utf8' });
    const exported = execFileSync(process.execPath, [QMINE, 'export', '--db', db, '--format', 'jsonl'], { encoding: 'utf8' });
    facts = exported
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('stores every seed and prints a summary', () => {
    expect(runOutput).toMatch(/documents stored\s+5\b/);
    expect(runOutput).toMatch(/errors\s+0\b/);
  });

  it('exports facts with every field of the contract', () => {
    expect(facts.length).toBeGreaterThan(50);
    for (const fact of facts) for (const field of contractFields()) expect(fact).toHaveProperty(field);
    // 001 is a study-session notice with no figures (its gold has no facts either).
    const docs = new Set(facts.map((f) => f.doc));
    expect(docs).toEqual(new Set(['000_dd95faeabfea5de3', '002_9c78c00f42dfebba', '003_d3d6f289842401a2', '004_7624235b4c0c48e9']));
  });

  it('points raw offsets (code points) into the original text', () => {
    const raws = new Map<string, string[]>();
    for (const file of [
      '000_dd95faeabfea5de3',
      '001_89be426e7c975824',
      '002_9c78c00f42dfebba',
      '003_d3d6f289842401a2',
      '004_7624235b4c0c48e9',
    ]) {
      const [item] = readFile(path.join(SEEDS, `${file}.txt`));
      if (item?.kind !== 'document') throw new Error(`cannot read ${file}`);
      raws.set(file, Array.from(item.doc.raw));
    }
    for (const fact of facts) {
      const raw = raws.get(fact.doc as string)!;
      const slice = raw.slice(fact.raw_start as number, fact.raw_end as number).join('');
      // The raw slice holds the fact's digits as written (full-width or not) and is never empty.
      expect(slice.length).toBeGreaterThan(0);
      const digits = String(fact.text).match(/\d+/)?.[0];
      if (digits && fact.doc !== '002_9c78c00f42dfebba') expect(slice.normalize('NFKC')).toContain(digits);
    }
  });
});
