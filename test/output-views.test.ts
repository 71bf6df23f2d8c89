import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../output/store';
import { sampleRecords, tempDir, TEST_RUN } from './output-fixtures';

let tmp: ReturnType<typeof tempDir>;
let store: Store;

beforeAll(() => {
  tmp = tempDir();
  store = Store.open(tmp.file('views.db'));
  store.saveDocuments(store.beginRun(TEST_RUN), sampleRecords());
});
afterAll(() => {
  store.close();
  tmp.cleanup();
});

const all = (sql: string, ...params: unknown[]) => store.db.prepare(sql).all(...params) as Record<string, unknown>[];

describe("analysts' views", () => {
  it('pass_rates: each rate with its sentence and document, without duplicates', () => {
    expect(all('SELECT doc, region, period, value, bound, sentence_text, title FROM pass_rates ORDER BY doc')).toEqual([
      {
        doc: 'doc_a',
        region: '吉林省',
        period: '2009',
        value: 90.5,
        bound: 'exact',
        sentence_text: '2009年全省工业产品抽样合格率为90.5%。',
        title: 'doc_a 工作报告',
      },
      {
        doc: 'doc_b',
        region: '甘南州',
        period: '2010',
        value: 95,
        bound: 'at_least',
        sentence_text: '甘南州2010年食品抽检合格率达到95%以上。',
        title: '甘南州质监工作总结',
      },
    ]);
  });

  it('enforcement, brands, standards and facts_in_context select what they say', () => {
    expect(all('SELECT metric, value, unit FROM enforcement ORDER BY value')).toEqual([
      { metric: '立案查处质量违法案件', value: 1234, unit: '起' },
      { metric: '涉案货值', value: 5678000, unit: '元' },
    ]);
    expect(all('SELECT name, scheme FROM brands')).toEqual([{ name: '高原雪梨', scheme: '地理标志保护产品' }]);
    expect(all('SELECT name, type FROM standards')).toEqual([{ name: '牦牛乳粉加工规范', type: 'standard' }]);
    const context = all('SELECT doc, doc_region, doc_year, date FROM facts_in_context');
    expect(context).toHaveLength(6);
    expect(context.some((c) => c.doc === 'doc_a_copy')).toBe(false);
    expect(context.find((c) => c.doc === 'doc_b')).toEqual({
      doc: 'doc_b',
      doc_region: '甘南藏族自治州',
      doc_year: '2010',
      date: '2011-01',
    });
  });

  it('document_list lists every document with its counts', () => {
    expect(all('SELECT doc, sentences, facts, duplicate_of FROM document_list ORDER BY doc')).toEqual([
      { doc: 'doc_a', sentences: 3, facts: 3, duplicate_of: null },
      { doc: 'doc_a_copy', sentences: 1, facts: 1, duplicate_of: 'doc_a' },
      { doc: 'doc_b', sentences: 3, facts: 3, duplicate_of: null },
    ]);
  });
});

interface DatasetteMetadata {
  databases: Record<string, { tables: Record<string, { columns?: Record<string, string> }>; queries: Record<string, { sql: string }> }>;
}

describe('Datasette metadata', () => {
  const metadata = JSON.parse(readFileSync(path.join(__dirname, '..', 'output', 'datasette-metadata.json'), 'utf8')) as DatasetteMetadata;
  const database = metadata.databases.qmine!;

  it('describes tables, views and columns that exist', () => {
    const objects = new Set(all("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')").map((r) => r.name));
    for (const [table, { columns }] of Object.entries(database.tables)) {
      expect(objects, table).toContain(table);
      const names = new Set(all('SELECT name FROM pragma_table_info(?)', table).map((r) => r.name));
      for (const column of Object.keys(columns ?? {})) expect(names, `${table}.${column}`).toContain(column);
    }
    for (const view of ['pass_rates', 'enforcement', 'brands', 'standards', 'facts_in_context'])
      expect(Object.keys(database.tables)).toContain(view);
  });

  it('has canned queries that run and answer', () => {
    const factId = store.db.prepare("SELECT id FROM facts WHERE unit = '元'").pluck().get();
    const params: Record<string, unknown> = { province_code: '220000', year: '2009', fact_id: factId, word: '货值567' };
    const results = Object.fromEntries(
      Object.entries(database.queries).map(([name, { sql }]) => {
        const statement = store.db.prepare(sql);
        const wanted = Object.fromEntries([...sql.matchAll(/:(\w+)/g)].map((m) => [m[1]!, params[m[1]!]]));
        return [name, statement.all(wanted) as Record<string, unknown>[]];
      }),
    );
    expect(results.pass_rates_by_region_and_year!.map((r) => r.value)).toEqual([90.5]);
    expect(results.enforcement_of_a_year!.map((r) => r.metric)).toEqual(['涉案货值', '立案查处质量违法案件']);
    expect(results.geographical_indication_products!.map((r) => r.name)).toEqual(['高原雪梨']);
    // The raw characters behind the fact, cut from the original text by its code point offsets.
    expect(results.sentence_behind_a_fact![0]).toMatchObject({ text: '涉案货值567.8万元', raw_text: '涉案货值567.8万元' });
  });
});
