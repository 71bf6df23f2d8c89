import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { expandInputs } from '../corpus/inputs';
import { findMojibake } from '../corpus/mojibake';
import { readFile } from '../corpus/read';
import { Dictionaries } from '../core/dictionaries';
import type { Document } from '../core/document';
import { cleanStage } from '../pipeline/stages/clean';
import { describeShared } from './shared-material';

const SHARED = path.resolve(__dirname, '..', '..', 'shared', 'corpus');
const ctx = { dictionaries: new Dictionaries(path.resolve(__dirname, '..', 'dictionaries')) };

/** MANIFEST.tsv rows by document id. */
function manifest(): Map<string, Record<string, string>> {
  const [header, ...rows] = readFileSync(path.join(SHARED, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const names = header!.split('\t');
  return new Map(
    rows.map((row) => {
      const cells = row.split('\t');
      return [cells[0]!, Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']))];
    }),
  );
}

describeShared('../shared/corpus, every file', async () => {
  const files = await expandInputs([SHARED]);
  const documents: Document[] = [];
  const errors: string[] = [];
  for (const file of files) {
    for (const item of readFile(file)) {
      if (item.kind === 'document') documents.push(item.doc);
      else errors.push(`${item.error.path}#${item.error.record}: ${item.error.cause}`);
    }
  }
  const byId = new Map(documents.map((d) => [d.source.id, d]));

  it('reads with no error: one document per file plus one per dump record', () => {
    expect(errors).toEqual([]);
    const dumpFiles = files.filter((f) => f.includes(`${path.sep}dumps${path.sep}`));
    const jsonlRecords = readFileSync(path.join(SHARED, 'dumps', 'government_work_reports.jsonl'), 'utf8')
      .trim()
      .split('\n').length;
    const csvFiles = dumpFiles.filter((f) => f.endsWith('.csv'));
    // Each provincial CSV holds one report.
    expect(documents.length).toBe(files.length - dumpFiles.length + jsonlRecords + csvFiles.length);
    expect(files.some((f) => /README|MANIFEST/.test(f))).toBe(false);
  });

  it('detects the encoding the manifest names', () => {
    const rows = manifest();
    for (const doc of documents) {
      const stated = rows.get(doc.source.id)?.['encoding_original']?.toLowerCase();
      if (!stated) continue;
      const expected = stated.includes('hkscs') ? 'big5-hkscs' : stated.includes('gb') ? 'gb18030' : 'utf-8';
      expect(doc.source.encoding, doc.source.id).toBe(expected);
    }
  });

  it('decodes GBK and Big5 files with no replacement character outside mojibake runs', () => {
    for (const doc of documents.filter((d) => d.source.encoding !== 'utf-8')) {
      let text = doc.raw;
      for (const run of findMojibake(doc.raw).reverse()) text = text.slice(0, run.start) + text.slice(run.end);
      expect(text.includes('\uFFFD'), doc.source.id).toBe(false);
    }
  });

  it('decodes the Hong Kong Big5-HKSCS passage: the terms the manifest quotes from it are in the text', () => {
    const doc = byId.get('icwb2_cityu_109')!;
    expect(doc.source.encoding).toBe('big5-hkscs');
    const description = manifest().get('icwb2_cityu_109')!['description']!;
    const quoted = [...description.matchAll(/[\u4e00-\u9fff][\u4e00-\u9fff\d.]*[\u4e00-\u9fff]/g)].map((m) => m[0]);
    expect(quoted.length).toBeGreaterThanOrEqual(3);
    for (const term of quoted) expect(doc.raw, term).toContain(term);
  });

  it('flags the SogouCA records the manifest says have mojibake runs', () => {
    for (const [id, row] of manifest()) {
      if (!id.startsWith('sogouca_') || !/mojibake/.test(row['description'] ?? '')) continue;
      expect(byId.get(id)?.source.mojibake, id).toBe(true);
    }
    expect(byId.get('sogouca_009')!.source.mojibake).toBe(false);
  });

  it('cleans every document, mapping every clean character into the raw text in order', () => {
    for (const doc of documents) {
      cleanStage.run(doc, ctx);
      const layer = doc.clean!;
      expect(layer.text.trim().length, doc.source.id).toBeGreaterThan(0);
      expect(layer.text.includes('\uFFFD'), doc.source.id).toBe(false);
      const raw = Array.from(doc.raw);
      const text = Array.from(layer.text);
      for (let i = 0; i < text.length; i++) {
        const lo = layer.toRaw.lo[i]!;
        const hi = layer.toRaw.hi[i]!;
        if (i > 0 && lo < layer.toRaw.lo[i - 1]!) throw new Error(`${doc.source.id}: map goes back at ${i}`);
        if (hi - lo === 1 && !/\s/.test(text[i]!) && raw[lo] !== text[i]) {
          throw new Error(`${doc.source.id}: clean ${JSON.stringify(text[i])} maps to raw ${JSON.stringify(raw[lo])} at ${lo}`);
        }
      }
    }
  });
});
