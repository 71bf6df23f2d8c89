import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * patches/nodejieba+3.5.8.patch (applied by `postinstall`) changes how nodejieba holds its dictionaries:
 * the TextRank extractor reads the Jieba's own dictionary instead of loading a second copy, and the
 * threads of a process that load the same unchanged files share one copy (≈125 MB each); a thread that
 * adds a word gets its own copy first. These tests see it from JavaScript, in child processes: they load
 * nodejieba's default dictionary, and nodejieba keeps one dictionary per thread.
 */
function runNode(script: string): unknown {
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: process.cwd() });
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stdout) as unknown;
}

const WORD = '甲乙丙丁戊';
const TEXT = `${WORD}开展质量监督抽查，${WORD}检验产品，${WORD}发布结果。`;

describe('the nodejieba patch', () => {
  it('is compiled here, from the patched source, by postinstall (never a downloaded prebuilt binary)', () => {
    const root = path.dirname(require.resolve('nodejieba/package.json'));
    const scripts = (JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> })
      .scripts;
    const own = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    // postinstall patches, then runs nodejieba's rebuild script: node-pre-gyp rebuild compiles, it never downloads.
    expect(scripts.postinstall).toMatch(/^patch-package && npm run rebuild .*--prefix node_modules\/nodejieba$/);
    expect(own.rebuild).toMatch(/node-pre-gyp rebuild$/);
    // A compiled build leaves node-gyp's configuration beside the binary; the binary is newer than the patched source.
    expect(existsSync(path.join(root, 'build', 'config.gypi'))).toBe(true);
    const binary = statSync(path.join(root, 'build', 'Release', 'nodejieba.node')).mtimeMs;
    for (const source of ['nodejieba.cpp', 'nodejieba.h'])
      expect(binary).toBeGreaterThanOrEqual(statSync(path.join(root, 'lib', source)).mtimeMs);
  });

  it('is installed: textRankExtract sees a word added to the Jieba dictionary', () => {
    const { cut, keywords } = runNode(`
      const jieba = require('nodejieba');
      jieba.load();
      jieba.insertWord(${JSON.stringify(WORD)}, 'n');
      const text = ${JSON.stringify(TEXT)};
      process.stdout.write(JSON.stringify({ cut: jieba.cut(text), keywords: jieba.textRankExtract(text, 5).map((k) => k.word) }));
    `) as { cut: string[]; keywords: string[] };
    expect(cut.filter((w) => w === WORD)).toHaveLength(3);
    expect(keywords).toContain(WORD);
  });

  it('keeps a word one thread adds out of the dictionary other threads share', () => {
    // Two workers load the same files (one shared copy); the first adds a word, then both cut.
    const results = runNode(`
      const { Worker } = require('node:worker_threads');
      const code = \`
        const { parentPort } = require('node:worker_threads');
        const jieba = require(${JSON.stringify(require.resolve('nodejieba'))});
        jieba.load();
        parentPort.on('message', (m) => {
          if (m.add) jieba.insertWord(m.add, 'n');
          parentPort.postMessage(jieba.cut(m.text));
        });
        parentPort.postMessage('loaded');
      \`;
      const start = () => new Promise((resolve) => { const w = new Worker(code, { eval: true }); w.once('message', () => resolve(w)); });
      const ask = (w, m) => new Promise((resolve) => { w.once('message', resolve); w.postMessage(m); });
      (async () => {
        const a = await start();
        const b = await start();
        const text = ${JSON.stringify(TEXT)};
        const before = await ask(b, { text });
        const added = await ask(a, { text, add: ${JSON.stringify(WORD)} });
        const other = await ask(b, { text });
        const c = await start();
        const fresh = await ask(c, { text });
        process.stdout.write(JSON.stringify({ before, added, other, fresh }));
        await Promise.all([a, b, c].map((w) => w.terminate()));
      })();
    `) as Record<'before' | 'added' | 'other' | 'fresh', string[]>;
    expect(results.added.filter((w) => w === WORD)).toHaveLength(3);
    expect(results.other).toEqual(results.before);
    expect(results.fresh).toEqual(results.before);
    expect(results.before).not.toContain(WORD);
  });
});
