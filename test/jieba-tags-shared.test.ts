// The jieba tag table built once per process and shared by the pipeline threads: it must tag every word
// as a plain Map read from the same files would, in the thread that built it and in a worker thread that
// only received its buffers.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import nodejieba from 'nodejieba';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { Dictionaries } from '../core/dictionaries';
import { provideJiebaTags, sharedJiebaTags, tagWords } from '../pipeline/text/jieba';
import { JiebaTagTable, type SharedJiebaTagTable } from '../pipeline/text/jieba-tag-table';
import { JiebaTags, specialRule } from '../pipeline/text/jieba-tags';
import { JIEBA_USER_DICT_FILE } from '../pipeline/text/user-dict';
import { tempDir } from './batch-fixtures';

const MAIN_DICT = (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;
const USER_DICTS = [new Dictionaries(path.resolve(__dirname, '..', 'dictionaries')).path(JIEBA_USER_DICT_FILE)];
const tmp = tempDir('qmine-jieba-tags-');
afterAll(() => tmp.cleanup());

/** The word → tag map the dictionaries describe, read the plain way: one Map.set per line, in file order. */
function referenceTags(dictPath: string, userDictPaths: readonly string[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const line of readFileSync(dictPath, 'utf8').split('\n')) {
    const [word, , tag] = line.split(' ');
    if (line !== '' && tag !== undefined) tags.set(word!, tag);
  }
  for (const file of userDictPaths) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const fields = line.split(' ');
      if (fields.length > 1 && fields.at(-1) === '') fields.pop(); // cppjieba drops one trailing empty field
      if (fields[0] === '' || fields.length > 3) continue;
      tags.set(fields[0]!, fields.length === 1 ? '' : fields.at(-1)!);
    }
  }
  return tags;
}

/** The words of `reference` the table tags differently, as `word: ours ≠ theirs` lines (the first 10). */
function mismatches(table: JiebaTagTable, reference: ReadonlyMap<string, string>): string[] {
  const tags = new JiebaTags(table);
  const out: string[] = [];
  for (const [word, tag] of reference) {
    const expected = tag === '' ? specialRule(word) : tag;
    if (table.get(word) !== tag || tags.of(word) !== expected) out.push(`${word}: ${table.get(word)}/${tags.of(word)} ≠ ${tag}`);
    if (out.length >= 10) break;
  }
  return out;
}

const ABSENT = ['不存在的词语', '质量技术监督系', 'Quality', 'ISO9001', '2012', '12ab', '😀', '𠀀', '，', 'x'.repeat(40), ''];

describe('JiebaTagTable on nodejieba’s main dictionary and qmine’s user dictionary', () => {
  const reference = referenceTags(MAIN_DICT, USER_DICTS);
  const table = JiebaTagTable.build(MAIN_DICT, USER_DICTS);

  it('tags every word as a Map read from the same files does', () => {
    expect(reference.size).toBeGreaterThan(300_000);
    expect(mismatches(table, reference)).toEqual([]);
  });

  it('knows no word the dictionaries lack, which then gets cppjieba’s SpecialRule', () => {
    const tags = new JiebaTags(table);
    for (const word of ABSENT) {
      expect(reference.has(word), word).toBe(false);
      expect(table.get(word), word).toBeUndefined();
      expect(tags.of(word), word).toBe(specialRule(word));
    }
  });

  it('gives the same answers in a worker thread that received it, over the same shared memory', async () => {
    const shared = table.toShared();
    const words = [...[...reference.keys()].filter((_, i) => i % 50 === 0), ...ABSENT];
    const answer = await inWorker(shared, words);
    expect(answer.tags).toEqual(words.map((word) => table.get(word) ?? null));
    const buffers = [shared.chars, shared.wordStarts, shared.tagIds, shared.slots];
    expect(answer.buffers).toEqual(buffers.map((buffer) => ({ shared: true, byteLength: buffer.byteLength })));
    expect(answer.key).toEqual({ dictPath: MAIN_DICT, userDictPaths: USER_DICTS });
  });
});

describe('JiebaTagTable on dictionaries written here', () => {
  const main = tmp.file('main.dict');
  const userA = tmp.file('user-a.dict');
  const userB = tmp.file('user-b.dict');
  writeFileSync(main, ['质量 100 n', '监督 50 vn', '抽查 30 v', '质量 20 nz', 'AT&T 3 nz', ''].join('\n'));
  // `word`, `word tag`, `word freq tag`, a trailing space, a line of four fields (ignored), an empty line.
  writeFileSync(userA, ['监督 v', '合格率 1000 n', '孤词', 'ISO9001 ', '四 个 字 段', '', '抽查 5 vd', '质检 n '].join('\n'));
  writeFileSync(userB, ['合格率 l', '监督 99 d', ''].join('\n'));
  const table = JiebaTagTable.build(main, [userA, userB]);

  it('lets the last entry of a word win, user dictionaries after the main one', () => {
    const tags = new JiebaTags(table);
    const expected = { 质量: 'nz', 监督: 'd', 抽查: 'vd', 合格率: 'l', 质检: 'n', 'AT&T': 'nz', 孤词: 'x', ISO9001: 'eng', 四: 'x' };
    expect(Object.fromEntries(Object.keys(expected).map((word) => [word, tags.of(word)]))).toEqual(expected);
    expect(table.get('孤词')).toBe('');
    expect(table.get('四')).toBeUndefined();
    expect(mismatches(table, referenceTags(main, [userA, userB]))).toEqual([]);
  });

  it('is what tagWords uses when provided for the same dictionary files, and only then', () => {
    const fixture = JiebaTagTable.build(main, [userA, userB]).toShared();
    // The fixture's tags under the real files' key: tagWords must take them instead of building its own.
    provideJiebaTags({ ...fixture, key: { dictPath: MAIN_DICT, userDictPaths: USER_DICTS } });
    expect(tagWords(USER_DICTS, '质量监督').tags).toEqual(['nz', 'd']);
    provideJiebaTags(fixture);
    expect(tagWords(USER_DICTS, '质量监督').tags).toEqual(['n', 'vn']);
    provideJiebaTags(sharedJiebaTags(USER_DICTS));
    expect(tagWords(USER_DICTS, '质量监督').tags).toEqual(['n', 'vn']);
  });
});

interface WorkerAnswer {
  tags: (string | null)[];
  buffers: { shared: boolean; byteLength: number }[];
  key: unknown;
}

/**
 * The tags a worker thread reads for `words` from `shared`, with JiebaTagTable compiled from its source
 * (the worker cannot load TypeScript), and what the worker sees of the buffers it was given.
 */
function inWorker(shared: SharedJiebaTagTable, words: string[]): Promise<WorkerAnswer> {
  const source = readFileSync(path.resolve(__dirname, '..', 'pipeline', 'text', 'jieba-tag-table.ts'), 'utf8');
  const compiled = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const module = { exports: {} };
    new Function('exports', 'require', 'module', workerData.code)(module.exports, require, module);
    const { shared, words } = workerData;
    const table = module.exports.JiebaTagTable.fromShared(shared);
    parentPort.postMessage({
      tags: words.map((word) => table.get(word) ?? null),
      buffers: [shared.chars, shared.wordStarts, shared.tagIds, shared.slots]
        .map((buffer) => ({ shared: buffer instanceof SharedArrayBuffer, byteLength: buffer.byteLength })),
      key: table.key,
    });`;
  const worker = new Worker(code, { eval: true, workerData: { code: compiled.outputText, shared, words } });
  return new Promise<WorkerAnswer>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  }).finally(() => void worker.terminate());
}
