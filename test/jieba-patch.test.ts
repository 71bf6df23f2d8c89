import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * patches/nodejieba+3.5.8.patch (applied by `postinstall`) makes nodejieba's TextRank extractor read the
 * Jieba's own dictionary instead of loading a second copy of it (≈110 MB per pipeline thread). Seen from
 * JavaScript: a word added with insertWord() now reaches textRankExtract() whole; unpatched, the
 * extractor's separate dictionary never has it and cuts it up. Run in a child process: the test must load
 * nodejieba's default dictionary, and nodejieba keeps one dictionary per process.
 */
describe('the nodejieba patch', () => {
  it('is installed: textRankExtract sees a word added to the Jieba dictionary', () => {
    const script = `
      const jieba = require('nodejieba');
      jieba.load();
      const word = '甲乙丙丁戊';
      jieba.insertWord(word, 'n');
      const text = word + '开展质量监督抽查，' + word + '检验产品，' + word + '发布结果。';
      process.stdout.write(JSON.stringify({ cut: jieba.cut(text), keywords: jieba.textRankExtract(text, 5).map((k) => k.word) }));
    `;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: process.cwd() });
    expect(child.status, child.stderr).toBe(0);
    const { cut, keywords } = JSON.parse(child.stdout) as { cut: string[]; keywords: string[] };
    expect(cut.filter((w) => w === '甲乙丙丁戊')).toHaveLength(3);
    expect(keywords).toContain('甲乙丙丁戊');
  });
});
