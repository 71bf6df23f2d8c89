// Hand-built DocumentRecords for the store and output tests (our own sentences, not corpus text).
import { afterAll } from 'vitest';
import { Store } from '../output/store';
import { tempDir as batchTempDir } from './batch-fixtures';
import { Command, CommanderError } from 'commander';
import { Writable } from 'node:stream';
import type { CommandIo } from '../cli/errors';
import type { Fact } from '../core/document';
import type { DocumentRecord } from '../core/record';
import { OffsetMap } from '../core/offset-map';
import { CodePointIndex } from '../core/code-points';
import { encodeTokens } from '../core/token-blob';

export interface FactSpec extends Partial<Omit<Fact, 'doc' | 'start' | 'end' | 'raw_start' | 'raw_end' | 'sentence' | 'text'>> {
  /** Order of the sentence the fact is in. */
  sentence: number;
  /** The fact's surface text: its first occurrence in the sentence gives the span. */
  text: string;
}

/**
 * A record whose raw, clean and normalised texts are the sentences joined (identity maps), with facts
 * placed by their surface text.
 */
export function buildRecord(id: string, sentences: string[], facts: FactSpec[] = [], extra: Partial<DocumentRecord> = {}): DocumentRecord {
  const text = sentences.join('');
  const length = [...text].length;
  const map = OffsetMap.identity(length).toBuffer();
  let at = 0;
  const sentenceRecords = sentences.map((s, order) => {
    const start = at;
    at += [...s].length;
    return { order, start, end: at, rawStart: start, rawEnd: at, text: s };
  });
  const factRecords: Fact[] = facts.map((spec) => {
    const sentence = sentenceRecords[spec.sentence];
    if (!sentence) throw new Error(`fixture ${id}: no sentence ${spec.sentence}`);
    const index = sentence.text.indexOf(spec.text);
    if (index < 0) throw new Error(`fixture ${id}: '${spec.text}' not in sentence ${spec.sentence}`);
    const start = sentence.start + [...sentence.text.slice(0, index)].length;
    const end = start + [...spec.text].length;
    return {
      doc: id,
      type: spec.type ?? 'rate',
      category: spec.category ?? 'pass_rate',
      metric: spec.metric ?? '抽样合格率',
      value: spec.value === undefined ? 90 : spec.value,
      unit: spec.unit === undefined ? '%' : spec.unit,
      bound: spec.bound === undefined ? 'exact' : spec.bound,
      status: spec.status ?? 'actual',
      period: spec.period === undefined ? '2009' : spec.period,
      region: spec.region === undefined ? '吉林省' : spec.region,
      region_code: spec.region === undefined ? '220000' : (spec.region_code ?? null),
      subject: spec.subject ?? null,
      name: spec.name ?? null,
      text: spec.text,
      start,
      end,
      raw_start: start,
      raw_end: end,
      rule: spec.rule ?? 'rate.test',
      sentence: spec.sentence,
    };
  });
  return {
    source: { id, path: `/corpus/${id}.txt`, record: null, sha256: `sha-${id}`, encoding: 'utf-8', format: 'text', mojibake: false },
    meta: {
      title: `${id} 工作报告`,
      date: '2010-01-15',
      url: null,
      site: null,
      author: null,
      region: '吉林省',
      regionCode: '220000',
      year: '2009',
    },
    raw: text,
    norm: { text, map },
    sentences: sentenceRecords,
    tables: [],
    // The first character of each sentence as a token.
    tokens: encodeTokens(
      sentenceRecords.map((s) => ({ start: s.start, end: s.start + 1, word: s.text.charAt(0), tag: 'x' })),
      new CodePointIndex(text),
    ),
    facts: factRecords,
    stageKeys: { clean: `k-clean-${id}`, extract: `k-extract-${id}` },
    fingerprint: { exact: `exact-${id}`, simhash: '0123456789abcdef' },
    duplicateOf: null,
    messages: [{ stage: 'clean', level: 'warning', text: 'fixture note' }],
    ...extra,
  };
}

/** Three documents of our own: pass rates, enforcement, a brand and a standard. */
export function sampleRecords(): DocumentRecord[] {
  return [
    buildRecord(
      'doc_a',
      ['2009年全省工业产品抽样合格率为90.5%。', '全年立案查处质量违法案件1234起，涉案货值567.8万元。', '质监系统加强培训。'],
      [
        { sentence: 0, text: '工业产品抽样合格率为90.5%', value: 90.5, metric: '工业产品抽样合格率' },
        {
          sentence: 1,
          text: '立案查处质量违法案件1234起',
          type: 'count',
          category: 'enforcement',
          metric: '立案查处质量违法案件',
          value: 1234,
          unit: '起',
          rule: 'count.cases',
        },
        {
          sentence: 1,
          text: '涉案货值567.8万元',
          type: 'amount',
          category: 'enforcement',
          metric: '涉案货值',
          value: 5678000,
          unit: '元',
          rule: 'amount.money',
        },
      ],
    ),
    buildRecord(
      'doc_b',
      ['甘南州2010年食品抽检合格率达到95%以上。', '新认定地理标志保护产品“高原雪梨”。', '制定《牦牛乳粉加工规范》地方标准。'],
      [
        {
          sentence: 0,
          text: '食品抽检合格率达到95%以上',
          value: 95,
          bound: 'at_least',
          metric: '食品抽检合格率',
          period: '2010',
          region: '甘南州',
          region_code: '623000',
        },
        {
          sentence: 1,
          text: '高原雪梨',
          type: 'brand',
          category: 'brand',
          metric: '地理标志保护产品',
          value: null,
          unit: null,
          bound: null,
          name: '高原雪梨',
          period: '2010',
          region: '甘南州',
          region_code: '623000',
          rule: 'brand.gi',
        },
        {
          sentence: 2,
          text: '《牦牛乳粉加工规范》',
          type: 'standard',
          category: 'standard',
          metric: '地方标准',
          value: null,
          unit: null,
          bound: null,
          name: '牦牛乳粉加工规范',
          period: '2010',
          region: '甘南州',
          region_code: '623000',
          rule: 'standard.title',
        },
      ],
      {
        meta: {
          title: '甘南州质监工作总结',
          date: '2011-01',
          url: 'http://example.org/b',
          site: 'example.org',
          author: null,
          region: '甘南藏族自治州',
          regionCode: '623000',
          year: '2010',
        },
      },
    ),
    // A repost of doc_a: everything the analysts see leaves it out.
    buildRecord(
      'doc_a_copy',
      ['2009年全省工业产品抽样合格率为90.5%。'],
      [{ sentence: 0, text: '工业产品抽样合格率为90.5%', value: 90.5, metric: '工业产品抽样合格率' }],
      { duplicateOf: 'doc_a' },
    ),
  ];
}

export const TEST_RUN = { command: 'test', codeVersion: '0.0.0-test', dictionaryHashes: { 'rules.jsonl': 'abc' } };

/** Keywords are ranked over the whole database at the end of a run (batch/derived.ts); these stand for them. */
export function standInKeywords(store: Store, records: readonly DocumentRecord[]): void {
  const keywords = [
    { word: '质量', weight: 0.5 },
    { word: '监督', weight: 0.25 },
  ];
  store.replaceKeywords(new Map(records.map((r) => [r.source.id, keywords])));
}

/**
 * A database in a fresh temporary directory holding the sample records plus `extra`, written in one run;
 * registers its removal after the test file.
 */
export function sampleDatabase(name: string, extra: DocumentRecord[] = []): string {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const dbFile = tmp.file(name);
  const store = Store.open(dbFile);
  const records = [...sampleRecords(), ...extra];
  store.saveDocuments(store.beginRun(TEST_RUN), records);
  standInKeywords(store, records);
  store.close();
  return dbFile;
}

/** A fresh temporary directory, removed by the returned cleanup. */
export const tempDir = (): ReturnType<typeof batchTempDir> => batchTempDir('qmine-output-');

/** A writable stream that keeps what is written to it. */
export class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Runs `qmine <args>` with one command registered, capturing stdout, stderr and the exit code. */
export async function runCli(
  register: (program: Command, io: CommandIo) => void,
  args: string[],
  options: { tty?: boolean } = {},
): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  const stdout = new Capture();
  stdout.isTTY = options.tty ?? false;
  let stderr = '';
  let exitCode = 0;
  const io: CommandIo = { stdout, stderr: new Capture(), setExitCode: (code) => void (exitCode = code) };
  const program = new Command()
    .name('qmine')
    .exitOverride()
    .configureOutput({ writeOut: (s) => void (stdout.text += s), writeErr: (s) => void (stderr += s) });
  register(program, io);
  try {
    await program.parseAsync(['node', 'qmine', ...args]);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    exitCode = error.exitCode;
  }
  return { stdout: stdout.text, stderr: stderr + (io.stderr as Capture).text, exitCode };
}
