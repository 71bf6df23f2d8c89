import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeParts } from '../batch/merge';
import { runCorpus } from '../batch/run-corpus';
import { parseShard, shardOf } from '../batch/shard';
import { searchSentences } from '../output/search';
import { copyDictionaries, QMINE, ROOT, tempDir, withNewWord, writeFixtureCorpus } from './batch-fixtures';
import { duplicateMarks, storedContent } from './merge-compare';

/**
 * `qmine run --shard K/N` and `qmine merge` over a small corpus of our own: the fixture corpus (dumps,
 * encodings, an exact and a near duplicate), two files that share a name in different folders (the
 * second one is stored as `name~2`) and an empty file (an ingest error).
 */

const tmp = tempDir('qmine-shard-merge-');
let corpus: string;
let single: string;
const SHARD_COUNTS = [2, 3, 4];
/** parts[N]: the databases of shards 0..N-1. */
const parts = new Map<number, string[]>();

async function run(db: string, options: { shard?: string; dictionariesDir?: string } = {}): Promise<void> {
  await runCorpus({
    db,
    inputs: [corpus],
    jobs: 1,
    codeVersion: 'test',
    dictionariesDir: options.dictionariesDir,
    ...(options.shard ? { shard: parseShard(options.shard) } : {}),
  });
}

function documentIds(db: string): string[] {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare('SELECT id FROM documents ORDER BY rowid').pluck().all() as string[];
  } finally {
    handle.close();
  }
}

function search(db: string, words: string): unknown {
  const handle = new Database(db, { readonly: true });
  try {
    return searchSentences(handle, words, { limit: 1000 });
  } finally {
    handle.close();
  }
}

function fileHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A document's shard is that of its id as read: `name~2` is the second file called `name`. */
const shardOfStored = (id: string, count: number) => shardOf(id.replace(/~\d+$/, ''), count);

beforeAll(async () => {
  corpus = writeFixtureCorpus(tmp.file('corpus'));
  const report = readFileSync(path.join(corpus, 'city-2012-report.txt'), 'utf8');
  for (const folder of ['north', 'south']) {
    mkdirSync(path.join(corpus, folder));
    writeFileSync(
      path.join(corpus, folder, 'county-report.txt'),
      `${folder === 'north' ? '北县' : '南县'}${report.replace('1260批次', `${folder.length}00批次`)}`,
    );
  }
  writeFileSync(path.join(corpus, 'empty-page.txt'), '');
  single = tmp.file('single.db');
  await run(single);
  for (const count of SHARD_COUNTS) {
    const files: string[] = [];
    for (let k = 0; k < count; k++) {
      files.push(tmp.file(`part-${k}-of-${count}.db`));
      await run(files[k]!, { shard: `${k}/${count}` });
    }
    parts.set(count, files);
  }
});

afterAll(() => tmp.cleanup());

describe('shards', () => {
  it('reads K/N with K from 0 below N, and nothing else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(() => parseShard('4/4')).toThrow('K must be below N (shards are numbered 0 to 3)');
    expect(() => parseShard('1/0')).toThrow('N must be at least 1');
    for (const bad of ['1', '-1/4', 'a/b', '1/4/2']) expect(() => parseShard(bad)).toThrow('expected K/N');
  });

  it('spreads ids evenly, by the id alone', () => {
    const sizes = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) sizes[shardOf(`report-${i}`, 4)]!++;
    for (const size of sizes) expect(size).toBeGreaterThan(850);
    expect(shardOf('某某市2012年工作总结', 7)).toBe(shardOf('某某市2012年工作总结', 7));
  });

  it('partition the documents: each in exactly one shard, the one its id hashes to', () => {
    const all = documentIds(single);
    expect(all).toContain('county-report~2');
    for (const count of SHARD_COUNTS) {
      const byShard = parts.get(count)!.map(documentIds);
      expect(byShard.flat().sort()).toEqual([...all].sort());
      byShard.forEach((ids, k) => {
        for (const id of ids) expect(shardOfStored(id, count)).toBe(k);
      });
    }
  });

  it('report an unreadable input in one shard only', () => {
    for (const count of SHARD_COUNTS) {
      const errors = parts.get(count)!.map((file) => storedContent(file).ingest_errors!.length);
      expect(errors.reduce((a, b) => a + b, 0)).toBe(1);
    }
  });
});

describe('merge', () => {
  it('of N shards equals a single run: every table, duplicate marks, search results', () => {
    const expected = storedContent(single);
    const marks = duplicateMarks(single);
    expect(marks.filter(([, original]) => original !== null).length).toBeGreaterThanOrEqual(2);
    let crossShardDuplicates = 0;
    for (const count of SHARD_COUNTS) {
      const merged = tmp.file(`merged-${count}.db`);
      const summary = mergeParts({ parts: parts.get(count)!, db: merged, codeVersion: 'test' });
      expect(summary.runs).toBe(count);
      expect(storedContent(merged)).toEqual(expected);
      expect(duplicateMarks(merged)).toEqual(marks);
      for (const words of ['合格率', '计量惠民', '立案 起', '省']) expect(search(merged, words)).toEqual(search(single, words));
      crossShardDuplicates += marks.filter(
        ([id, original]) => original !== null && shardOfStored(id, count) !== shardOfStored(original, count),
      ).length;
    }
    // Duplicates the shards could not see were found by the merge.
    expect(crossShardDuplicates).toBeGreaterThan(0);
  });

  it('keeps each shard’s run and remaps the ids that point to it', () => {
    const merged = tmp.file('merged-runs.db');
    mergeParts({ parts: [...parts.get(2)!].reverse(), db: merged, codeVersion: 'test' });
    const db = new Database(merged, { readonly: true });
    try {
      const runs = db.prepare('SELECT id, command, options FROM runs ORDER BY id').all() as {
        id: number;
        command: string;
        options: string;
      }[];
      expect(runs.map((r) => [r.id, r.command, (JSON.parse(r.options) as { shard?: string }).shard ?? null])).toEqual([
        [1, 'run', '0/2'],
        [2, 'run', '1/2'],
        [3, 'merge', null],
      ]);
      const ids = (shard: number) => new Set(documentIds(parts.get(2)![shard]!));
      for (const { id, run } of db.prepare('SELECT id, run FROM documents').all() as { id: string; run: number }[]) {
        expect(ids(run - 1).has(id)).toBe(true);
      }
      expect(db.prepare('SELECT count(*) FROM fact_history WHERE added_run NOT IN (1, 2)').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('a second time changes nothing, whatever the order the parts are named in', () => {
    const merged = tmp.file('merged-twice.db');
    mergeParts({ parts: parts.get(3)!, db: merged, codeVersion: 'test' });
    const before = { hash: fileHash(merged), mtime: statSync(merged).mtimeMs };
    const again = mergeParts({ parts: [...parts.get(3)!].reverse(), db: merged, codeVersion: 'test' });
    expect(again.alreadyMerged).toBe(true);
    expect({ hash: fileHash(merged), mtime: statSync(merged).mtimeMs }).toEqual(before);
  });

  it('does not overwrite a database that holds anything else, unless --fresh', () => {
    const merged = tmp.file('merged-other.db');
    mergeParts({ parts: parts.get(2)!, db: merged, codeVersion: 'test' });
    expect(() => mergeParts({ parts: parts.get(3)!, db: merged, codeVersion: 'test' })).toThrow(
      /already holds a database merged from other parts.*--fresh/,
    );
    mergeParts({ parts: parts.get(3)!, db: merged, codeVersion: 'test', fresh: true });
    expect(storedContent(merged)).toEqual(storedContent(single));
  });

  it('refuses parts made with different dictionaries, naming the file', async () => {
    const changed = copyDictionaries(tmp.file('dictionaries-changed'), withNewWord);
    const other = tmp.file('part-1-of-2-changed.db');
    await run(other, { shard: '1/2', dictionariesDir: changed });
    expect(() => mergeParts({ parts: [parts.get(2)![0]!, other], db: tmp.file('refused.db'), codeVersion: 'test' })).toThrow(
      /part-1-of-2-changed\.db \(run 1\) was made with different dictionaries than .*part-0-of-2\.db \(run 1\) \(jieba\/user\.dict\.txt\)/,
    );
  });

  it('refuses parts made with different code', () => {
    const other = tmp.file('part-1-of-2-other-code.db');
    copyFileSync(parts.get(2)![1]!, other);
    const db = new Database(other);
    db.prepare("UPDATE runs SET options = json_set(options, '$.pipeline', 'another version of the code')").run();
    db.close();
    expect(() => mergeParts({ parts: [parts.get(2)![0]!, other], db: tmp.file('refused.db'), codeVersion: 'test' })).toThrow(
      /was made with different code than .*\(their stage keys differ\)/,
    );
  });

  it('refuses parts that overlap and says so in one line of the command', () => {
    const copy = tmp.file('part-0-of-2-copy.db');
    copyFileSync(parts.get(2)![0]!, copy);
    let stderr = '';
    try {
      execFileSync(process.execPath, [QMINE, 'merge', ...parts.get(2)!, copy, '--db', tmp.file('refused.db')], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      stderr = (error as { stderr: string }).stderr;
    }
    // The parts were made from the TypeScript sources, the command runs the build: a note says so first.
    expect(stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^qmine merge: document '.+' is in both .+ and .+: parts must be disjoint shards of one corpus$/,
    );
  });
});
