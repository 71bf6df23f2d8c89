import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers point one way: cli → batch → pipeline → corpus | output → core. A module may import its own
 * layer or a lower one; corpus and output are peers that never import each other; core imports nothing of
 * ours. This test reads every import of every source file, so a new upward edge fails here.
 */
const ROOT = path.resolve(__dirname, '..');
// web (the analysts' server) sits beside batch: both read or write the store, neither imports the other.
const LAYERS: Record<string, number> = { core: 0, corpus: 1, output: 1, pipeline: 2, batch: 3, web: 3, cli: 4, bench: 5 };
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (name.endsWith('.ts')) out.push(full);
  }
  return out;
}

function layerOf(file: string): string {
  return path.relative(ROOT, file).split(path.sep)[0] ?? '';
}

interface Edge {
  from: string;
  to: string;
}

function edges(): Edge[] {
  const out: Edge[] = [];
  for (const layer of Object.keys(LAYERS)) {
    if (!existsSync(path.join(ROOT, layer))) continue;
    for (const file of sourceFiles(path.join(ROOT, layer))) {
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const target = path.resolve(path.dirname(file), match[1] ?? '');
        out.push({ from: path.relative(ROOT, file), to: path.relative(ROOT, target) });
      }
    }
  }
  return out;
}

function allowed(edge: Edge): boolean {
  const from = layerOf(path.join(ROOT, edge.from));
  const to = layerOf(path.join(ROOT, edge.to));
  if (from === to) return true;
  const fromRank = LAYERS[from];
  const toRank = LAYERS[to];
  if (fromRank === undefined) return false;
  // Data files beside the code (package.json, dictionaries) are not layers.
  if (toRank === undefined) return !['test'].includes(to);
  return toRank < fromRank;
}

describe('layers', () => {
  const all = edges();

  it('reads the imports of every layer', () => {
    for (const layer of ['core', 'corpus', 'output', 'pipeline', 'batch', 'cli'])
      expect(all.some((e) => layerOf(path.join(ROOT, e.from)) === layer)).toBe(true);
  });

  it('has no import that points up or sideways between corpus and output', () => {
    const wrong = all.filter((e) => !allowed(e)).map((e) => `${e.from} → ${e.to}`);
    expect(wrong).toEqual([]);
  });

  it('keeps core free of imports from any other layer of ours', () => {
    const fromCore = all.filter((e) => layerOf(path.join(ROOT, e.from)) === 'core' && layerOf(path.join(ROOT, e.to)) !== 'core');
    expect(fromCore).toEqual([]);
  });

  it('flags an upward edge when one is present', () => {
    expect(allowed({ from: 'corpus/read.ts', to: 'pipeline/document' })).toBe(false);
    expect(allowed({ from: 'output/store.ts', to: 'corpus/read' })).toBe(false);
    expect(allowed({ from: 'pipeline/pipeline.ts', to: 'batch/pool' })).toBe(false);
    expect(allowed({ from: 'batch/pool.ts', to: 'pipeline/pipeline' })).toBe(true);
  });
});
