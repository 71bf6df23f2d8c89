import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../output/database';
import { FACT_FIELDS } from '../output/fact-fields';
import { selectFacts, type FactFilter } from '../output/facts-query';
import { escapeHtml, html, jsonBlock } from '../web/html';
import { MAX_PAGE_SIZE } from '../web/paging';
import { startServer, type RunningServer } from '../web/server';
import { markSpans } from '../web/text-marks';
import { buildRecord, sampleDatabase } from './output-fixtures';
import { request } from 'node:http';

// A document of our own whose title and text carry markup and quotes.
const PAYLOAD_TITLE = `<script>alert(1)</script>"'><img src=x onerror=alert(2)>`;
const payload = buildRecord(
  'doc_payload',
  ['全市抽样合格率为91.5%。', `<script>alert("x")</script>'"><b>粗</b>`],
  [{ sentence: 0, text: '抽样合格率为91.5%', value: 91.5, metric: '抽样合格率' }],
);
payload.meta.title = PAYLOAD_TITLE;

const dbFile = sampleDatabase('web-server.db', [payload]);

describe('qmine serve over HTTP', () => {
  let server: RunningServer;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, server.url), { headers });

  beforeAll(async () => {
    server = await startServer({ db: dbFile, port: 0 });
  });
  afterAll(() => server.close());

  it('listens on loopback by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('answers every page as HTML, and as JSON by .json or by Accept', async () => {
    for (const path of ['/', '/facts', '/documents', '/search?q=合格率', '/runs', '/document?id=doc_a']) {
      const page = await get(path);
      expect(page.status, path).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const [base, query = ''] = path.split('?');
      const asJson = await get(`${base === '/' ? '/overview' : base}.json${query ? `?${query}` : ''}`);
      expect(asJson.status, path).toBe(200);
      const byAccept = await get(path, { Accept: 'application/json' });
      expect(await byAccept.json()).toEqual(await asJson.json());
    }
  });

  it('lists the facts selectFacts gives, paged, with links to the next page', async () => {
    const db = openDatabase(dbFile, { readonly: true });
    const expected = [...selectFacts(db, { type: 'rate' }, FACT_FIELDS).rows].map((r) => r[FACT_FIELDS.indexOf('text')]);
    db.close();
    const first = (await (await get('/facts.json?type=rate&limit=1')).json()) as { total: number; rows: { text: string }[]; next: string };
    expect(first.total).toBe(expected.length);
    expect(first.rows.map((r) => r.text)).toEqual(expected.slice(0, 1));
    const second = (await (await get(first.next)).json()) as { rows: { text: string }[]; offset: number };
    expect(second.offset).toBe(1);
    expect(second.rows.map((r) => r.text)).toEqual(expected.slice(1, 2));
  });

  it('caps page sizes and rejects bad parameters with 400', async () => {
    const big = (await (await get('/facts.json?limit=100000')).json()) as { limit: number };
    expect(big.limit).toBe(MAX_PAGE_SIZE);
    expect((await get('/facts?type=nonsense')).status).toBe(400);
    expect((await get('/facts.json?year=20x9')).status).toBe(400);
    expect((await get('/facts?sort=id;drop')).status).toBe(400);
    expect((await get('/facts?offset=-1')).status).toBe(400);
    expect((await get('/document?id=nope')).status).toBe(404);
  });

  it('filters by status, polarity and exactly one region as qmine facts does, names normalised (長春)', async () => {
    const db = openDatabase(dbFile, { readonly: true });
    const textsOf = (filter: FactFilter) => [...selectFacts(db, filter, ['text']).rows].map((r) => r[0]);
    const served = async (query: string) =>
      ((await (await get(`/facts.json?${query}&limit=500`)).json()) as { rows: { text: string }[] }).rows.map((r) => r.text);
    const cases: [string, FactFilter][] = [
      ['status=all&polarity=pass', { status: 'all', polarity: 'pass' }],
      ['status=target', { status: 'target' }],
      ['polarity=failure&status=all', { polarity: 'failure', status: 'all' }],
      ['region=220000&region_exact=1&status=all', { region: '220000', regionExact: true, status: 'all' }],
      [`region=${encodeURIComponent('吉林')}`, { region: '吉林' }],
      [`region=${encodeURIComponent('甘南')}`, { region: '甘南' }],
    ];
    try {
      for (const [query, filter] of cases) expect(await served(query), query).toEqual(textsOf(filter));
      expect(textsOf({ region: '甘南' }).length).toBeGreaterThan(0);
      expect(await served(`region=${encodeURIComponent('甘南州')}`)).toEqual(await served('region=623000'));
    } finally {
      db.close();
    }
    expect((await get('/facts?status=maybe')).status).toBe(400);
    expect((await get('/facts?polarity=good')).status).toBe(400);
  });

  it('lists the documents of a region by name or code, the places inside it included', async () => {
    const ids = async (region: string) =>
      ((await (await get(`/documents.json?region=${encodeURIComponent(region)}`)).json()) as { rows: { id: string }[] }).rows
        .map((r) => r.id)
        .sort();
    expect(await ids('甘南')).toEqual(['doc_b']);
    expect(await ids('623000')).toEqual(['doc_b']);
    expect(await ids('甘肃')).toEqual(['doc_b']);
    expect(await ids('220000')).not.toContain('doc_b');
    expect((await get('/documents?region=990000')).status).toBe(400);
  });

  it('sorts by a column on request', async () => {
    const rows = ((await (await get('/facts.json?sort=value&order=desc')).json()) as { rows: { value: number | null }[] }).rows;
    const values = rows.map((r) => r.value).filter((v): v is number => v !== null);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('refuses writes of any kind', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await fetch(new URL('/facts', server.url), { method, body: method === 'DELETE' ? undefined : 'x' });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    }
  });

  it('serves only its own assets, whatever the path says', async () => {
    expect((await get('/assets/echarts.min.js')).status).toBe(200);
    const geo = (await (await get('/assets/china.geojson')).json()) as { features: { properties: { adcode: string; name: string } }[] };
    expect(geo.features.find((f) => f.properties.adcode === '220000')?.properties.name).toBe('吉林省');
    for (const path of [
      '/assets/../package.json',
      '/assets/%2e%2e/package.json',
      '/assets/..%2f..%2fpackage.json',
      '/assets/',
      '/assets/constructor',
    ])
      expect((await get(path)).status, path).toBe(404);
  });

  it('answers only to loopback host names while serving loopback (no DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(new URL('/facts', server.url), { headers: { Host: 'attacker.example' } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('escapes titles and texts of documents and sends a script policy', async () => {
    const response = await get('/document?id=doc_payload');
    const page = await response.text();
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain(escapeHtml(PAYLOAD_TITLE));
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const listed = await (await get('/documents')).text();
    expect(listed).not.toContain('<script>alert');
  });
});

describe('web helpers', () => {
  it('escapes every interpolated value', () => {
    expect(html`<p title="${`"><x>`}">${"<b>&'"}</p>`.text).toBe('<p title="&quot;&gt;&lt;x&gt;">&lt;b&gt;&amp;&#39;</p>');
  });

  it('keeps JSON blocks from closing their script element', () => {
    const block = jsonBlock('d', { t: '</script><script>alert(1)</script><!--' }).text;
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(block.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, ''))).toEqual({
      t: '</script><script>alert(1)</script><!--',
    });
  });

  it('marks overlapping spans so that the marks of each span join to its slice', () => {
    const text = '抽样合格率为90.5%，𠀀比上年提高1.2个百分点';
    const spans = [
      { id: 1, start: 0, end: 11 },
      { id: 2, start: 6, end: 24 },
    ];
    for (const span of spans) {
      const marked = markSpans(text, spans, { className: 'fact', selected: new Set([span.id]) }).text;
      const selected = [...marked.matchAll(/<mark class="fact selected"[^>]*>([^<]*)<\/mark>/g)].map((m) => m[1]).join('');
      expect(selected).toBe([...text].slice(span.start, span.end).join(''));
    }
  });
});
