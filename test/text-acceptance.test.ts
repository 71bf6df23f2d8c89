import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { readFile } from '../corpus/read';
import { Dictionaries } from '../core/dictionaries';
import { contractFacts, newDocument, type Document, type Fact } from '../core/document';
import { cleanStage } from '../pipeline/stages/clean';
import { normaliseStage } from '../pipeline/stages/normalise';
import { Pipeline, processText } from '../pipeline/pipeline';
import { STAGES } from '../pipeline/stages';
import { loadNormaliseRules } from '../pipeline/text/normalise-rules';
import { normaliseText } from '../pipeline/text/normalise';
import { describeShared } from './shared-material';

const dictionaries = new Dictionaries(path.resolve(__dirname, '../dictionaries'));
const pipeline = new Pipeline(STAGES, dictionaries);
const rules = loadNormaliseRules(dictionaries);
const corpus = path.resolve(__dirname, '../../shared/corpus');

function read(file: string): string {
  return fs.readFileSync(file, 'utf8');
}

function filesIn(folder: string): string[] {
  const dir = path.join(corpus, folder);
  return fs
    .readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The raw text between two code point offsets. */
function rawSlice(raw: string, start: number, end: number): string {
  return Array.from(raw).slice(start, end).join('');
}

/** The raw → normalised chain (clean, then normalise) run over a piece of a document on its own. */
function normaliseSlice(doc: Document, slice: string): string {
  const piece = newDocument({ ...doc.source, id: `${doc.source.id}-slice` }, slice);
  cleanStage.run(piece, pipeline.context);
  normaliseStage.run(piece, pipeline.context);
  return piece.norm!.text;
}

describeShared('every fact traces back to its raw characters', () => {
  const files = [...filesIn('seeds'), ...filesIn('eb_cms')];
  it(`normalising the raw slice of each fact gives the fact's text (${files.length} documents)`, () => {
    let checked = 0;
    const failures: string[] = [];
    for (const file of files) {
      for (const item of readFile(file)) {
        if (item.kind !== 'document') continue;
        const doc = pipeline.process(item.doc);
        for (const fact of contractFacts(doc)) {
          const slice = rawSlice(doc.raw, fact.raw_start, fact.raw_end);
          const again = doc.source.format === 'text' ? normaliseText(slice, rules).text : normaliseSlice(doc, slice);
          if (again !== fact.text)
            failures.push(`${fact.doc} ${fact.rule}: ${JSON.stringify(slice)} → ${JSON.stringify(again)} ≠ ${JSON.stringify(fact.text)}`);
          checked++;
        }
      }
    }
    console.log(`checked ${checked} facts`);
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});

describeShared('traditional script with pinyin gives the facts of its simplified form', () => {
  /**
   * The independent route: a regular expression for tone-marked pinyin in parentheses and opencc-js's
   * own character table applied one character at a time (no phrases, no detection, no offset maps).
   */
  function independentSimplified(raw: string): string {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const openCc = require('opencc-js/t2cn') as { Locale: { configs: Record<string, { conversionChain: string[][] }> } };
    const table = new Map<string, string>();
    for (const entry of openCc.Locale.configs['t2s']!.conversionChain[0]![1]!.split('|')) {
      const [from, to] = entry.split(' ');
      table.set(from!, to!);
    }
    const withoutPinyin = raw.replace(/\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/g, '');
    return Array.from(withoutPinyin, (ch) => table.get(ch) ?? ch).join('');
  }

  const key = (f: Fact) => `${f.type}|${f.value}|${f.unit}`;

  it('seed 002: same facts by type, value and unit', () => {
    const file = filesIn('seeds').find((f) => path.basename(f).startsWith('002_'))!;
    const raw = read(file);
    const simplified = independentSimplified(raw);
    expect(simplified).not.toBe(raw);
    expect(simplified).not.toMatch(/[質監]/);
    const fromRaw = processText(raw, 'raw', pipeline).facts.map(key).sort();
    const fromSimplified = processText(simplified, 'simplified', pipeline).facts.map(key).sort();
    expect(fromRaw.length).toBeGreaterThan(0);
    expect(fromRaw).toEqual(fromSimplified);
  });

  it('seed 002: fact texts are simplified and their raw spans are traditional with pinyin', () => {
    const file = filesIn('seeds').find((f) => path.basename(f).startsWith('002_'))!;
    const raw = read(file);
    const { facts } = processText(raw, 'raw', pipeline);
    const withPinyin = facts.filter((f) => /\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(rawSlice(raw, f.raw_start, f.raw_end)));
    expect(withPinyin.length).toBeGreaterThan(0);
    for (const f of facts) expect(f.text).not.toMatch(/[質監實為們個數與]/);
  });
});
