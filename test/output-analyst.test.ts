import { describe, expect, it } from 'vitest';
import { registerExport } from '../cli/commands/export';
import { registerFacts } from '../cli/commands/facts';
import { registerSchema } from '../cli/commands/schema';
import { registerSearch } from '../cli/commands/search';
import { registerShow } from '../cli/commands/show';
import { registerDatasetteMetadata } from '../cli/commands/datasette-metadata';
import { openDatabase } from '../output/database';
import { selectFacts, summariseFacts, type FactFilter, type Summary } from '../output/facts-query';
import { loadPolarityCues, POLARITY_SQL } from '../output/rate-polarity';
import { formatTable, displayWidth } from '../output/text-table';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../output/csv';
import { buildRecord, runCli, sampleDatabase, tempDir } from './output-fixtures';

/**
 * What an analyst asks of the database (issue 13), on sentences of our own: rates of every polarity,
 * targets beside actual figures, traditional script in the text a query is typed in.
 */
const rates = buildRecord(
  'rates_doc',
  [
    '2010年全省产品质量抽样合格率为92.5%，不合格率为7.5%。',
    '广东省近8成电线电缆产品不合格。',
    '其中小作坊占不合格总数逾三成。',
    '力争2011年抽样合格率达到95%。',
    '长春市2010年食品抽检合格率为88%。',
  ],
  [
    { sentence: 0, text: '产品质量抽样合格率为92.5%', value: 92.5, metric: '产品质量抽样合格率', period: '2010' },
    { sentence: 0, text: '不合格率为7.5%', value: 7.5, metric: '不合格率', period: '2010' },
    { sentence: 1, text: '近8成', value: 80, bound: 'approx', metric: '电线电缆产品不合格', region: '广东省', period: '2010' },
    { sentence: 2, text: '占不合格总数逾三成', value: 30, bound: 'more_than', metric: '占不合格总数', period: '2010' },
    { sentence: 3, text: '抽样合格率达到95%', value: 95, metric: '抽样合格率', status: 'target', period: '2011' },
    { sentence: 4, text: '食品抽检合格率为88%', value: 88, metric: '食品抽检合格率', region: '长春市', period: '2010' },
  ],
);
const dbFile = sampleDatabase('analyst.db', [rates]);

function rows(filter: FactFilter, columns: string[]): unknown[][] {
  const db = openDatabase(dbFile, { readonly: true });
  try {
    return [...selectFacts(db, filter, columns).rows];
  } finally {
    db.close();
  }
}

function summary(filter: FactFilter, spec: Summary): { columns: string[]; rows: unknown[][] } {
  const db = openDatabase(dbFile, { readonly: true });
  try {
    const set = summariseFacts(db, filter, spec);
    return { columns: set.columns, rows: [...set.rows] };
  } finally {
    db.close();
  }
}

describe('rate polarity', () => {
  it('gives each rate its polarity from the lexicon: pass, failure (不合格率, 近8成…不合格), share', () => {
    const polarity = rows({ doc: 'rates_doc', status: 'all' }, ['metric', 'polarity']);
    expect(polarity).toEqual([
      ['产品质量抽样合格率', 'pass'],
      ['不合格率', 'failure'],
      ['电线电缆产品不合格', 'failure'],
      ['占不合格总数', 'share'],
      ['抽样合格率', 'pass'],
      ['食品抽检合格率', 'pass'],
    ]);
  });

  it('decides every example of the lexicon as the lexicon says, first cue first', () => {
    const db = openDatabase(dbFile, { readonly: true });
    const decide = db.prepare(`SELECT ${POLARITY_SQL} FROM (SELECT 'rate' AS type, 'pass_rate' AS category, ? AS metric) f`).pluck();
    for (const cue of loadPolarityCues()) expect(decide.get(cue.example), cue.example).toBe(cue.polarity);
    expect(decide.get('参展企业年更新率')).toBe('other');
    db.close();
  });

  it('the views spell the same expression as POLARITY_SQL', () => {
    const views = readFileSync(path.join(__dirname, '..', 'output', 'views.sql'), 'utf8');
    expect(views.replace(/\s+/g, ' ')).toContain(`${POLARITY_SQL.replace(/\s+/g, ' ')} AS polarity`);
  });

  it('--category pass_rate and the pass_rates view keep pass levels only, and say so', async () => {
    expect(rows({ category: 'pass_rate', doc: 'rates_doc' }, ['metric'])).toEqual([['产品质量抽样合格率'], ['食品抽检合格率']]);
    expect(rows({ category: 'pass_rate', doc: 'rates_doc', polarity: 'failure' }, ['value'])).toEqual([[7.5], [80]]);
    const db = openDatabase(dbFile, { readonly: true });
    const view = db.prepare("SELECT metric, polarity FROM pass_rates WHERE doc = 'rates_doc'").raw(true).all();
    db.close();
    expect(view).toEqual([
      ['产品质量抽样合格率', 'pass'],
      ['食品抽检合格率', 'pass'],
    ]);
    const { stdout, exitCode } = await runCli(registerFacts, ['facts', '--db', dbFile, '--category', 'pass_rate', '--doc', 'rates_doc']);
    expect(exitCode).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      'actual figures (--status target|all for targets); pass rates only (--polarity all for failure rates and shares); duplicate documents left out',
    );
    expect(stdout).toMatch(/\(2 facts\)\n$/);
  });
});

describe('targets and actual figures', () => {
  it('qmine facts and the views show actual figures unless targets are asked for', async () => {
    expect(rows({ doc: 'rates_doc' }, ['status'])).not.toContainEqual(['target']);
    expect(rows({ doc: 'rates_doc', status: 'target' }, ['value', 'period'])).toEqual([[95, '2011']]);
    expect(rows({ doc: 'rates_doc', status: 'all' }, ['value'])).toHaveLength(6);
    const db = openDatabase(dbFile, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM pass_rates WHERE status = 'target'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT value FROM targets WHERE doc = 'rates_doc'").pluck().all()).toEqual([95]);
    db.close();
    const { stdout } = await runCli(registerFacts, ['facts', '--db', dbFile, '--status', 'target']);
    expect(stdout.split('\n')[0]).toMatch(/^targets; duplicate documents left out$/);
  });
});

describe('summaries', () => {
  it('groups by region and period with an aggregate and the number of facts', () => {
    const result = summary({ category: 'pass_rate', type: 'rate' }, { groupBy: ['region', 'period'], agg: 'avg' });
    expect(result.columns).toEqual(['region', 'period', 'avg_value', 'facts']);
    expect(result.rows).toEqual([
      ['吉林省', '2009', 90.5, 1],
      ['吉林省', '2010', 92.5, 1],
      ['甘南州', '2010', 95, 1],
      ['长春市', '2010', 88, 1],
    ]);
    expect(summary({ type: 'count' }, { groupBy: ['region'], agg: 'sum' }).rows).toEqual([['吉林省', 1234, 1]]);
    expect(summary({}, { groupBy: ['type'] }).rows).toContainEqual(['rate', 7]);
  });

  it('pivots a column across, one column per value, empty where a group has none', async () => {
    const result = summary({ category: 'pass_rate', type: 'rate' }, { groupBy: ['region'], pivot: 'period', agg: 'max' });
    expect(result.columns).toEqual(['region', '2009', '2010']);
    expect(result.rows).toEqual([
      ['吉林省', 90.5, 92.5],
      ['甘南州', null, 95],
      ['长春市', null, 88],
    ]);
    const { stdout } = await runCli(registerFacts, [
      'facts',
      '--db',
      dbFile,
      '--category',
      'pass_rate',
      '--type',
      'rate',
      '--group-by',
      'region',
      '--pivot',
      'period',
      '--agg',
      'max',
    ]);
    // NULL shows as —, not as an empty cell.
    expect(stdout).toMatch(/甘南州 +— +95\n/);
    expect(stdout).toMatch(/\(3 groups\)\n$/);
  });

  it('refuses --agg without a grouping, with exit 2', async () => {
    const { stderr, exitCode } = await runCli(registerFacts, ['facts', '--db', dbFile, '--agg', 'sum']);
    expect(exitCode).toBe(2);
    expect(stderr).toBe('qmine facts: --agg needs --group-by or --pivot\n');
  });
});

describe('normalised queries', () => {
  const traditional = buildRecord(
    'trad_doc',
    ['2010年全省饮用水源水质达标率为99%。'],
    [{ sentence: 0, text: '饮用水源水质达标率为99%', value: 99, metric: '饮用水源水质达标率', period: '2010' }],
  );
  const db2 = sampleDatabase('trad.db', [traditional]);

  it('qmine search 達標率 finds what 达标率 finds', async () => {
    const simplified = await runCli(registerSearch, ['search', '达标率', '--db', db2]);
    const typed = await runCli(registerSearch, ['search', '達標率', '--db', db2]);
    expect(simplified.stdout).toMatch(/1 sentence match\n$/);
    expect(typed.stdout).toBe(simplified.stdout);
  });

  it('qmine facts --metric 達標率 filters as 达标率 does', async () => {
    const { stdout } = await runCli(registerFacts, ['facts', '--db', db2, '--metric', '達標率', '--columns', 'doc,value']);
    expect(stdout).toMatch(/trad_doc +99\n\(1 fact\)\n$/);
  });

  it('search filters by region, year and document, and --scope document lets the words sit in different sentences', async () => {
    const inOneSentence = await runCli(registerSearch, ['search', '合格率', '立案', '--db', dbFile]);
    expect(inOneSentence.stdout).toMatch(/^0 sentences match\n$/);
    const inOneDocument = await runCli(registerSearch, [
      'search',
      '合格率',
      '立案',
      '--db',
      dbFile,
      '--scope',
      'document',
      '--format',
      'json',
    ]);
    const result = JSON.parse(inOneDocument.stdout) as { hits: { doc: string; sentence: number }[] };
    expect(result.hits.map((h) => `${h.doc}:${h.sentence}`)).toEqual(['doc_a:0', 'doc_a:1']);
    const byYear = await runCli(registerSearch, ['search', '合格率', '--db', dbFile, '--year', '2010', '--format', 'json']);
    expect(new Set((JSON.parse(byYear.stdout) as { hits: { doc: string }[] }).hits.map((h) => h.doc))).toEqual(new Set(['doc_b']));
    const byRegion = await runCli(registerSearch, ['search', '合格率', '--db', dbFile, '--region', '甘南', '--format', 'json']);
    expect((JSON.parse(byRegion.stdout) as { total: number }).total).toBe(1);
    const byDoc = await runCli(registerSearch, ['search', '合格率', '--db', dbFile, '--doc', 'rates_doc', '--format', 'json']);
    expect((JSON.parse(byDoc.stdout) as { total: number }).total).toBe(3);
  });
});

describe('qmine show', () => {
  it('prints the fields, the sentence, the original text with the span marked, the path and record', async () => {
    const db = openDatabase(dbFile, { readonly: true });
    const id = db.prepare("SELECT id FROM facts WHERE doc = 'rates_doc' AND metric = '不合格率'").pluck().get() as number;
    db.close();
    const { stdout, exitCode } = await runCli(registerShow, ['show', String(id), '--db', dbFile]);
    expect(exitCode).toBe(0);
    // Field names are padded to the longest (region_code): match the line, not the padding.
    expect(stdout).toMatch(new RegExp(`^id +${id}$`, 'm'));
    expect(stdout).toMatch(/^polarity +failure$/m);
    expect(stdout).toContain('【不合格率为7.5%】');
    expect(stdout).toContain('…2010年全省产品质量抽样合格率为92.5%，【不合格率为7.5%】。广东省近8成');
    expect(stdout).toContain('file: /corpus/rates_doc.txt');
    const missing = await runCli(registerShow, ['show', '999999', '--db', dbFile]);
    expect(missing).toMatchObject({ exitCode: 1, stderr: 'qmine show: no fact 999999 in this database\n' });
  });
});

describe('exports analysts open', () => {
  it('carry id, polarity, title and path; CSV with --bom starts with the byte order mark', async () => {
    const { stdout } = await runCli(registerExport, ['export', '--db', dbFile, '--format', 'csv', '--bom']);
    expect(stdout.startsWith('\ufeffdoc,type,category,')).toBe(true);
    const [header, first] = parseCsv(stdout.slice(1));
    expect(header!.slice(-5)).toEqual(['id', 'polarity', 'title', 'path', 'record']);
    expect(first!.slice(-5, -1)).toEqual(['1', 'pass', 'doc_a 工作报告', '/corpus/doc_a.txt']);
  });

  it('writes xlsx to a file, and asks for --out without one', async () => {
    const tmp = tempDir();
    const out = tmp.file('facts.xlsx');
    const { stderr, exitCode } = await runCli(registerExport, ['export', '--db', dbFile, '--format', 'xlsx', '--out', out]);
    expect(exitCode).toBe(0);
    expect(stderr).toMatch(/^qmine export: \d+ rows of facts → /);
    // A zip (Office Open XML) holding the sheet.
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes(Buffer.from('xl/worksheets/sheet1.xml'))).toBe(true);
    tmp.cleanup();
    const noOut = await runCli(registerExport, ['export', '--db', dbFile, '--format', 'xlsx']);
    expect(noOut).toMatchObject({ exitCode: 2, stderr: 'qmine export: --format xlsx writes a file: give --out FILE.xlsx\n' });
  });
});

describe('qmine schema and Datasette metadata', () => {
  it('lists tables and views with their columns and descriptions', async () => {
    const { stdout } = await runCli(registerSchema, ['schema', '--db', dbFile]);
    expect(stdout).toMatch(/^facts \(table\): Every fact/m);
    expect(stdout).toMatch(/^pass_rates \(view\): Pass levels achieved/m);
    expect(stdout).toMatch(/^ {2}polarity +TEXT +pass, failure or share$/m);
    expect(stdout).toMatch(/^ {2}raw_start +INTEGER +Start in documents.raw/m);
    expect(stdout).not.toContain('sentences_fts_');
  });

  it('generates metadata keyed by the database file name', async () => {
    const { stdout } = await runCli(registerDatasetteMetadata, ['datasette-metadata', '--db', dbFile]);
    const metadata = JSON.parse(stdout) as { databases: Record<string, { tables: Record<string, { fts_table?: string }> }> };
    expect(Object.keys(metadata.databases)).toEqual(['analyst']);
    // No fts_table: Datasette's search box asks phrase MATCH queries, which an index without positions refuses.
    expect(metadata.databases.analyst!.tables.sentences!.fts_table).toBeUndefined();
  });

  it('declares the full-text table the way sqlite-utils and Datasette detect it', () => {
    const db = openDatabase(dbFile, { readonly: true });
    // sqlite-utils Table.detect_fts(): a virtual table whose SQL says content="T" or content=[T], T the table
    // searched: sentence_texts, each distinct sentence text once (the view sentences has their text_id).
    const detected = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE rootpage = 0 AND (sql LIKE :like OR sql LIKE :like2 OR (tbl_name = :table AND sql LIKE '%VIRTUAL TABLE%USING FTS%'))`,
      )
      .pluck()
      .all({
        like: '%VIRTUAL TABLE%USING FTS%content=[sentence_texts]%',
        like2: '%VIRTUAL TABLE%USING FTS%content="sentence_texts"%',
        table: 'sentence_texts',
      });
    expect(detected).toEqual(['sentences_fts']);
    // The table joined to its index by rowid, the index asked with LIKE (it keeps no positions: migration 016).
    const found = db
      .prepare("SELECT s.text FROM sentence_texts s WHERE s.rowid IN (SELECT rowid FROM sentences_fts WHERE text LIKE '%' || ? || '%')")
      .pluck()
      .all('不合格率');
    expect(found).toEqual(['2010年全省产品质量抽样合格率为92.5%，不合格率为7.5%。']);
    db.close();
  });
});

describe('tables that fit the terminal', () => {
  it('narrows the widest columns to the width, then leaves out what still does not fit', () => {
    const long = '全省产品质量监督抽查工作取得明显成效';
    const table = formatTable(['id', 'metric', 'text'], [['1', '抽样合格率', long]], { width: 30 });
    for (const line of table.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(table).toContain('…');
    const narrow = formatTable(['id', 'metric', 'text'], [['1', '抽样合格率', long]], { width: 14 });
    expect(narrow.trimEnd().split('\n').pop()).toBe('(1 more columns do not fit the terminal: text; choose with --columns)');
  });

  it('qmine facts --columns picks the columns', async () => {
    const { stdout } = await runCli(registerFacts, ['facts', '--db', dbFile, '--doc', 'doc_a', '--columns', 'id,metric,value']);
    expect(stdout.split('\n')[1]).toMatch(/^id +metric +value$/);
    const wrong = await runCli(registerFacts, ['facts', '--db', dbFile, '--columns', 'id,nope']);
    // Commander's usage error (the built command exits 2 for it: test/cli-rough-edges.test.ts).
    expect(wrong.exitCode).not.toBe(0);
    expect(wrong.stderr).toMatch(/nope: not one of id, doc, type/);
  });
});
