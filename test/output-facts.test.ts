import { describe, expect, it } from 'vitest';
import { registerFacts } from '../cli/commands/facts';
import { openDatabase } from '../output/database';
import { selectFacts } from '../output/facts-query';
import { displayWidth, formatTable, truncateToWidth } from '../output/text-table';
import { buildRecord, runCli, sampleDatabase } from './output-fixtures';

const wildcard = buildRecord(
  'odd_chars',
  ['100%_合格率为100%。'],
  [{ sentence: 0, text: '合格率为100%', value: 100, metric: '100%_合格率', region: '吉林市', region_code: '220200' }],
);
const dbFile = sampleDatabase('facts.db', [wildcard]);

function docsOf(filter: Parameters<typeof selectFacts>[1]): string[] {
  const db = openDatabase(dbFile, { readonly: true });
  const rows = [...selectFacts(db, filter, ['doc', 'metric']).rows].map((r) => `${r[0]}:${r[1]}`);
  db.close();
  return rows;
}

describe('qmine facts', () => {
  it('filters by type, category, region, year, metric and document, leaving duplicates out', () => {
    expect(docsOf({ type: 'rate' })).toEqual(['doc_a:工业产品抽样合格率', 'doc_b:食品抽检合格率', 'odd_chars:100%_合格率']);
    expect(docsOf({ type: 'rate', includeDuplicates: true })).toHaveLength(4);
    expect(docsOf({ category: 'enforcement' })).toEqual(['doc_a:立案查处质量违法案件', 'doc_a:涉案货值']);
    expect(docsOf({ region: '吉林', type: 'rate' })).toEqual(['doc_a:工业产品抽样合格率', 'odd_chars:100%_合格率']);
    expect(docsOf({ year: '2010', type: 'brand' })).toEqual(['doc_b:地理标志保护产品']);
    expect(docsOf({ metric: '货值' })).toEqual(['doc_a:涉案货值']);
    // LIKE wildcards in a filter are taken literally.
    expect(docsOf({ metric: '%_' })).toEqual(['odd_chars:100%_合格率']);
    expect(docsOf({ doc: 'doc_b', limit: 2 })).toEqual(['doc_b:食品抽检合格率', 'doc_b:地理标志保护产品']);
  });

  it('prints an aligned table that counts Chinese characters as two columns', async () => {
    const { stdout, exitCode } = await runCli(registerFacts, ['facts', '--db', dbFile, '--category', 'enforcement']);
    expect(exitCode).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.pop()).toBe('(2 facts)');
    // First what the listing leaves out, then the table.
    expect(lines.shift()).toBe('actual figures (--status target|all for targets); duplicate documents left out');
    // The unit column starts at the same display column on every line, whatever the Chinese before it.
    const unitColumn = [lines[0]!.indexOf('unit'), lines[2]!.indexOf('起'), lines[3]!.indexOf('元')].map((at, i) =>
      displayWidth(lines[i === 0 ? 0 : i + 1]!.slice(0, at)),
    );
    expect(unitColumn[0]).toBeGreaterThan(30);
    expect(new Set(unitColumn).size).toBe(1);
    expect(lines[0]).toMatch(/^id {2}doc {3,}period {2}region {2}type/);
  });

  it('gives every contract field in csv, jsonl and json', async () => {
    const { stdout } = await runCli(registerFacts, ['facts', '--db', dbFile, '--doc', 'doc_b', '--format', 'json']);
    const facts = JSON.parse(stdout) as Record<string, unknown>[];
    expect(facts).toHaveLength(3);
    expect(facts[1]).toMatchObject({
      doc: 'doc_b',
      type: 'brand',
      name: '高原雪梨',
      metric: '地理标志保护产品',
      value: null,
      raw_start: 35,
      raw_end: 39,
    });
  });

  it.each([
    [['--type', 'foo'], /option '--type <types>' argument 'foo' is invalid. foo: not one of rate, count/],
    [['--category', 'money'], /argument 'money' is invalid/],
    [['--format', 'xml'], /argument 'xml' is invalid/],
    [['--year', '08'], /'08' is not a year/],
    [['--limit', 'ten'], /'ten' is not a whole number/],
    [['--doc', 'nowhere'], /^qmine facts: no document 'nowhere' in this database\n$/],
  ])('refuses %j with one line and a non-zero exit', async (args, message) => {
    const { stdout, stderr, exitCode } = await runCli(registerFacts, ['facts', '--db', dbFile, ...args]);
    expect(exitCode).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('text tables', () => {
  it('measures Chinese, full-width and ASCII text in display columns', () => {
    expect(displayWidth('合格率87.9%')).toBe(11);
    expect(displayWidth('ＧＢ／Ｔ')).toBe(8);
    expect(displayWidth('《标准》，')).toBe(10);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('𠀀')).toBe(2);
  });

  it('cuts long cells to the width, never splitting a wide character across the limit', () => {
    expect(truncateToWidth('实物质量抽样合格率', 8)).toBe('实物质…');
    expect(displayWidth(truncateToWidth('实物质量抽样合格率', 8))).toBeLessThanOrEqual(8);
    expect(truncateToWidth('short', 8)).toBe('short');
  });

  it('aligns columns and right-aligns numbers', () => {
    expect(
      formatTable(
        ['名称', 'n'],
        [
          ['甲乙', '5'],
          ['abc', '12'],
        ],
        { rightAligned: [false, true] },
      ),
    ).toBe(['名称   n', '----  --', '甲乙   5', 'abc   12', ''].join('\n'));
  });
});
