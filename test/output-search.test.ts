import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerSearch } from '../cli/commands/search';
import { openDatabase } from '../output/database';
import { findTerms, markMatches, searchSentences } from '../output/search';
import { buildRecord, runCli, sampleDatabase } from './output-fixtures';

const extra = buildRecord(
  'doc_c',
  ['执行GB/T 19001标准的企业达到50%_以上。', '省局召开质监工作会议。', '标语写着"质量第一"。'],
  [{ sentence: 0, text: '达到50%', value: 50, metric: '企业比例', category: 'standard' }],
);
const dbFile = sampleDatabase('search.db', [extra]);

function search(query: string, options: Parameters<typeof searchSentences>[2] = {}) {
  const db = openDatabase(dbFile, { readonly: true });
  try {
    return searchSentences(db, query, options);
  } finally {
    db.close();
  }
}

const where = (result: ReturnType<typeof search>) => result.hits.map((h) => `${h.doc}#${h.sentence}`);

describe('search over sentences', () => {
  it('finds words of three or more characters through the trigram index', () => {
    const result = search('合格率');
    expect(where(result)).toEqual(['doc_a#0', 'doc_b#0']);
    expect(result.hits[0]!.facts.map((f) => f.value)).toEqual([90.5]);
    expect(result.hits[0]!.matches).toEqual([[13, 16]]);
  });

  it('finds words of one and two characters too', () => {
    expect(where(search('质监'))).toEqual(['doc_a#2', 'doc_c#1']);
    expect(where(search('梨'))).toEqual(['doc_b#1']);
  });

  it('requires every term, mixing indexed and scanned ones', () => {
    expect(where(search('合格率 甘南'))).toEqual(['doc_b#0']);
    expect(where(search('质监 会议'))).toEqual(['doc_c#1']);
    expect(where(search('合格率 会议'))).toEqual([]);
  });

  it('ignores ASCII case and takes quotes and LIKE wildcards literally', () => {
    expect(where(search('gb/t'))).toEqual(['doc_c#0']);
    expect(search('gb/t').hits[0]!.matches).toEqual([[2, 6]]);
    expect(where(search('%_'))).toEqual(['doc_c#0']);
    expect(where(search('_'))).toEqual(['doc_c#0']);
    // Three or more characters go through the index, which is asked with LIKE: its wildcards are still literal.
    expect(where(search('50%_以上'))).toEqual(['doc_c#0']);
    expect(where(search('50_%以上'))).toEqual([]);
    expect(where(search('达到50%'))).toEqual(['doc_c#0']);
    expect(where(search('达到5_%'))).toEqual([]);
    expect(where(search('"质量'))).toEqual(['doc_c#2']);
    expect(where(search('“高原'))).toEqual(['doc_b#1']);
  });

  it('leaves duplicate documents out unless asked, and counts what the limit hides', () => {
    expect(where(search('抽样合格率', { includeDuplicates: true }))).toEqual(['doc_a#0', 'doc_a_copy#0']);
    const limited = search('。', { limit: 2 });
    expect(limited.hits).toHaveLength(2);
    expect(limited.total).toBe(9);
  });

  it('marks matches by code point, merging overlaps', () => {
    expect(findTerms('𠀀合格率合格', ['合格率', '格率合'])).toEqual([[1, 5]]);
    expect(markMatches('𠀀合格率', [[1, 4]], '[', ']')).toBe('𠀀[合格率]');
  });

  it('qmine search prints the sentences with the match marked and their facts', async () => {
    const { stdout, exitCode } = await runCli(registerSearch, ['search', '--db', dbFile, '货值']);
    expect(exitCode).toBe(0);
    expect(stdout).toBe(
      [
        'doc_a · 2009 · 吉林省 · doc_a 工作报告 (sentence 1)',
        '  全年立案查处质量违法案件1234起，涉案【货值】567.8万元。',
        '    → #2 count 立案查处质量违法案件: 1234 起  [count.cases]',
        '    → #3 amount 涉案货值: 5678000 元  [amount.money]',
        '1 sentence match',
        '',
      ].join('\n'),
    );
    const tty = await runCli(registerSearch, ['search', '--db', dbFile, '货值'], { tty: true });
    expect(tty.stdout).toContain('涉案\x1b[1;4m货值\x1b[0m567.8万元');
    const jsonl = await runCli(registerSearch, ['search', '--db', dbFile, '--format', 'jsonl', '合格率']);
    expect(
      jsonl.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { doc: string }).doc),
    ).toEqual(['doc_a', 'doc_b']);
  });

  it('qmine search refuses a missing database in one line', async () => {
    const { stdout, stderr, exitCode } = await runCli(registerSearch, [
      'search',
      '--db',
      path.join(path.dirname(dbFile), 'none.db'),
      '合格率',
    ]);
    expect([exitCode, stdout]).toEqual([1, '']);
    expect(stderr).toMatch(/^qmine search: .*no such database\n$/);
  });
});
