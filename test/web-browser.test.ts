/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The callbacks given to page.evaluate run in the browser: DOM types for them only.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerFacts } from '../cli/commands/facts';
import { registerReport } from '../cli/commands/report';
import { allDivisions, provinceCodeOf } from '../core/divisions';
import { openDatabase } from '../output/database';
import { normaliseQuery } from '../pipeline/text/normalise-query';
import { startServer, type RunningServer } from '../web/server';
import { runCli } from './output-fixtures';
import { findChromium, launchBrowser, screenshot } from './web-browser';
import { buildWebDatabase, CHANGED, XSS_TITLE } from './web-fixtures';

const chromium = findChromium();
if (!chromium && process.env.QMINE_BROWSER_REQUIRED === '1') throw new Error('QMINE_BROWSER_REQUIRED=1 but no chromium on PATH');
if (!chromium) console.warn('web browser tests skipped: no chromium on PATH (apt-get install chromium fonts-wqy-microhei)');

interface JsonFact {
  doc: string;
  type: string;
  category: string;
  metric: string;
  value: number | null;
  unit: string | null;
  status: string;
  period: string | null;
  region: string | null;
  region_code: string | null;
  polarity: string | null;
  text: string;
  start: number;
  end: number;
  raw_start: number;
  raw_end: number;
}

describe.skipIf(!chromium)('qmine serve in headless Chromium', () => {
  let fixture: ReturnType<typeof buildWebDatabase>;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  /** The facts `qmine facts` prints as JSON Lines for these options. */
  async function cliFacts(args: string[] = []): Promise<JsonFact[]> {
    const { stdout, exitCode } = await runCli(registerFacts, ['facts', '--db', fixture.db, '--format', 'jsonl', ...args]);
    expect(exitCode).toBe(0);
    return stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as JsonFact);
  }

  async function open(path: string): Promise<void> {
    const response = await page.goto(server.url.replace(/\/$/, '') + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
  }

  beforeAll(async () => {
    fixture = buildWebDatabase();
    server = await startServer({ db: fixture.db, port: 0 });
    browser = await launchBrowser(chromium!);
    page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${(error as Error).stack ?? String(error)}`));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fixture?.cleanup();
  });

  it('draws the overview charts with the numbers the database holds', async () => {
    await open('/');
    await page.waitForFunction(() => {
      const el = document.getElementById('chart-map');
      return el && (window as unknown as { echarts: { getInstanceByDom(e: Element): unknown } }).echarts.getInstanceByDom(el);
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await screenshot(page, 'overview');
    const options = await page.evaluate(() => {
      const echarts = (window as unknown as { echarts: { getInstanceByDom(e: Element): { getOption(): unknown } } }).echarts;
      const option = (id: string) => echarts.getInstanceByDom(document.getElementById(id)!).getOption();
      return {
        passRates: option('chart-pass-rates'),
        enforcement: option('chart-enforcement'),
        map: option('chart-map'),
        metrics: option('chart-metrics'),
      };
    });
    type Axis = { data: string[] }[];
    type Option = { xAxis: Axis; yAxis: Axis; series: { data: unknown[] }[] };

    // Expected numbers from the facts `qmine facts` lists, aggregated here.
    const facts = await cliFacts();
    const actual = facts.filter((f) => f.status === 'actual' && f.value !== null);

    const heat = options.passRates as Option;
    const drawn = new Map(
      (heat.series[0]!.data as [number, number, number, number][]).map(([x, y, mean, count]) => [
        `${heat.yAxis[0]!.data[y]}|${heat.xAxis[0]!.data[x]}`,
        { mean, count },
      ]),
    );
    // Pass levels by province (the first two digits of the region's GB/T 2260 code) and single year.
    const provinceName = new Map(allDivisions().map((d) => [d.code, d.name]));
    const cells = new Map<string, number[]>();
    for (const f of actual.filter(
      (f) => f.type === 'rate' && f.category === 'pass_rate' && f.polarity === 'pass' && /^\d{4}$/.test(f.period ?? ''),
    )) {
      const province = f.region_code ? provinceName.get(provinceCodeOf(f.region_code)) : undefined;
      const key = `${province ?? '(未注明)'}|${f.period}`;
      cells.set(key, [...(cells.get(key) ?? []), f.value!]);
    }
    expect([...drawn.keys()].sort()).toEqual([...cells.keys()].sort());
    // Provinces down the axis in code order (吉林 22 before 甘肃 62), unplaced rates last.
    const axis = heat.yAxis[0]!.data;
    expect(axis.indexOf('吉林省')).toBeLessThan(axis.indexOf('甘肃省'));
    // A click on a cell opens its facts: the rows qmine facts gives for that province's code and year.
    const point = await page.evaluate(
      (x: number, y: number) => {
        const el = document.getElementById('chart-pass-rates')!;
        const echarts = (
          window as unknown as { echarts: { getInstanceByDom(e: Element): { convertToPixel(f: object, v: number[]): number[] } } }
        ).echarts;
        const [px, py] = echarts.getInstanceByDom(el).convertToPixel({ seriesIndex: 0 }, [x, y]);
        const box = el.getBoundingClientRect();
        return { x: box.left + px!, y: box.top + py! };
      },
      heat.xAxis[0]!.data.indexOf('2009'),
      axis.indexOf('吉林省'),
    );
    await Promise.all([page.waitForNavigation(), page.mouse.click(point.x, point.y)]);
    expect(new URL(page.url()).searchParams.get('region')).toBe('220000');
    const clicked = await page.$$eval('table.facts tbody tr', (trs) => trs.map((tr) => tr.querySelector('td.fact-text')!.textContent));
    const behindCell = await cliFacts(['--category', 'pass_rate', '--type', 'rate', '--region', '220000', '--year', '2009']);
    expect(clicked).toEqual(behindCell.map((f) => f.text));
    expect(clicked).toHaveLength(drawn.get('吉林省|2009')!.count);
    await open('/');
    for (const [key, values] of cells) {
      expect(drawn.get(key)!.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 3);
      expect(drawn.get(key)!.count).toBe(values.length);
    }
    // The figures of our own reports, by hand: 吉林 2009 states 90.5 and 95.1; 甘肃 2010 was changed by run 2.
    expect(drawn.get('吉林省|2009')!.mean).toBeCloseTo(92.8, 6);
    expect(drawn.get('甘肃省|2010')!.mean).toBeCloseTo(87.9, 6);

    const enforcement = options.enforcement as Option;
    const years = enforcement.xAxis[0]!.data;
    const cases = enforcement.series[0]!.data as number[];
    const money = enforcement.series[1]!.data as number[];
    const expectYear = (year: string) => {
      const of = actual.filter((f) => f.category === 'enforcement' && f.period === year);
      return {
        cases: of.filter((f) => f.type === 'count' && ['起', '件'].includes(f.unit ?? '')).reduce((a, f) => a + f.value!, 0),
        money: of.filter((f) => f.type === 'amount' && f.unit === '元').reduce((a, f) => a + f.value!, 0) / 10000,
      };
    };
    for (const [i, year] of years.entries()) {
      expect(cases[i]).toBeCloseTo(expectYear(year).cases, 6);
      expect(money[i]).toBeCloseTo(expectYear(year).money, 6);
    }
    expect(cases[years.indexOf('2010')]).toBe(1302 + 415);
    expect(money[years.indexOf('2009')]).toBeCloseTo(567.8, 6);

    // The map: rate facts whose metric contains 合格率, in the year with the most, by province code.
    expect(errors).toEqual([]);

    // The map of 2010: rate facts whose metric contains 合格率, by the GB/T 2260 code of their province.
    await open(`/?map_metric=${encodeURIComponent('合格率')}&map_type=rate&map_year=2010`);
    await page.waitForFunction(() => {
      const el = document.getElementById('chart-map');
      return el && (window as unknown as { echarts: { getInstanceByDom(e: Element): unknown } }).echarts.getInstanceByDom(el);
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await screenshot(page, 'overview-map-2010');
    const map = await page.evaluate(() => {
      const echarts = (window as unknown as { echarts: { getInstanceByDom(e: Element): { getOption(): unknown } } }).echarts;
      return echarts.getInstanceByDom(document.getElementById('chart-map')!).getOption() as {
        series: { nameProperty: string; data: { name: string; value: number }[] }[];
      };
    });
    expect(map.series[0]!.nameProperty).toBe('adcode');
    const drawnMap = new Map(map.series[0]!.data.map((d) => [d.name, d.value]));
    const mean = (region: string) => {
      const values = actual
        .filter((f) => f.type === 'rate' && f.period === '2010' && f.metric.includes('合格率') && f.region === region)
        .map((f) => f.value!);
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    expect(drawnMap.get('620000')).toBeCloseTo(mean('甘肃省'), 6);
    expect(drawnMap.get('220000')).toBeCloseTo(mean('吉林省'), 6);
    expect(drawnMap.get('620000')).toBeCloseTo(87.9, 6);
    expect(drawnMap.get('220000')).toBeCloseTo(92.3, 6);
    // Every province drawn is one of the map's features, joined by code.
    const codes = await page.evaluate(() =>
      fetch('/assets/china.geojson')
        .then((r) => r.json())
        .then((g: { features: { properties: { adcode: string } }[] }) => g.features.map((f) => f.properties.adcode)),
    );
    for (const code of drawnMap.keys()) expect(codes).toContain(code);
  });

  it('shows the facts `qmine facts` gives for the same filter, and downloads the same CSV', async () => {
    await open('/facts');
    await page.select('select[name=type]', 'rate');
    await page.type('input[name=region]', '吉林');
    await Promise.all([page.waitForNavigation(), page.click('form.filters button[type=submit]')]);
    await screenshot(page, 'facts');
    const rows = await page.$$eval('table.facts tbody tr', (trs) =>
      trs.map((tr) => ({ doc: tr.querySelector('td')!.textContent, text: tr.querySelector('td.fact-text')!.textContent })),
    );
    const expected = await cliFacts(['--type', 'rate', '--region', '吉林']);
    expect(expected.length).toBeGreaterThan(1);
    expect(rows).toEqual(expected.map((f) => ({ doc: f.doc, text: f.text })));

    const href = await page.$eval('#download-csv', (a) => (a as HTMLAnchorElement).href);
    const csv = await page.evaluate((url) => fetch(url).then((r) => r.text()), href);
    const cli = await runCli(registerFacts, ['facts', '--db', fixture.db, '--type', 'rate', '--region', '吉林', '--format', 'csv']);
    expect(csv).toBe(cli.stdout);
    const jsonl = await page.$eval('#download-jsonl', (a) => (a as HTMLAnchorElement).href);
    expect(await page.evaluate((url) => fetch(url).then((r) => r.text()), jsonl)).toBe(
      (await runCli(registerFacts, ['facts', '--db', fixture.db, '--type', 'rate', '--region', '吉林', '--format', 'jsonl'])).stdout,
    );

    // The status and polarity filters and "exactly this region", as qmine facts --status --polarity --region-exact.
    await open('/facts');
    await page.type('input[name=region]', '220000');
    await page.click('input[name=region_exact]');
    await page.select('select[name=status]', 'all');
    await page.select('select[name=polarity]', 'pass');
    await Promise.all([page.waitForNavigation(), page.click('form.filters button[type=submit]')]);
    await screenshot(page, 'facts-status-polarity');
    const filtered = await page.$$eval('table.facts tbody tr', (trs) => trs.map((tr) => tr.querySelector('td.fact-text')!.textContent));
    const options = ['--region', '220000', '--region-exact', '--status', 'all', '--polarity', 'pass'];
    const wanted = await cliFacts(options);
    expect(wanted.length).toBeGreaterThan(1);
    expect(wanted.every((f) => f.polarity === 'pass' && f.region_code === '220000')).toBe(true);
    expect(filtered).toEqual(wanted.map((f) => f.text));
    expect(await page.$eval('#filter-header', (p) => p.textContent)).toContain('region: 吉林省 220000 only');
    const filteredCsv = await page.$eval('#download-csv', (a) => (a as HTMLAnchorElement).href);
    expect(await page.evaluate((url) => fetch(url).then((r) => r.text()), filteredCsv)).toBe(
      (await runCli(registerFacts, ['facts', '--db', fixture.db, ...options, '--format', 'csv'])).stdout,
    );
  });

  it('opens a clicked fact in its document, its text and its raw source span highlighted', async () => {
    // The HTML page: its raw source (markup, entities) differs from the normalised text.
    await open('/facts?doc=xss-page&type=rate');
    const [fact] = await cliFacts(['--doc', 'xss-page', '--type', 'rate']);
    await Promise.all([page.waitForNavigation(), page.click('table.facts td.fact-text a')]);
    expect(new URL(page.url()).pathname).toBe('/document');
    await screenshot(page, 'document');
    const marked = await page.evaluate(() => ({
      text: [...document.querySelectorAll('#clean-text mark.selected')].map((m) => m.textContent).join(''),
      source: [...document.querySelectorAll('#source-text mark.selected')].map((m) => m.textContent).join(''),
      panel: document.getElementById('fact-panel')!.textContent,
    }));
    const db = openDatabase(fixture.db, { readonly: true });
    const raw = db.prepare('SELECT raw FROM document_texts WHERE id = ?').pluck().get('xss-page') as string;
    db.close();
    expect(marked.text).toBe(fact!.text);
    expect(marked.source).toBe([...raw].slice(fact!.raw_start, fact!.raw_end).join(''));
    expect(marked.source).not.toBe('');
    expect(marked.panel).toContain(fact!.metric);

    // Clicking another fact in the text moves the selection in both views and shows its fields.
    const other = (await cliFacts(['--doc', 'xss-page'])).find((f) => f.type === 'count')!;
    await page.evaluate(() => {
      const marks = [...document.querySelectorAll<HTMLElement>('#clean-text mark.fact')].filter((m) => !m.classList.contains('selected'));
      marks[marks.length - 1]!.click();
    });
    const moved = await page.evaluate(() => ({
      text: [...document.querySelectorAll('#clean-text mark.selected')].map((m) => m.textContent).join(''),
      source: [...document.querySelectorAll('#source-text mark.selected')].map((m) => m.textContent).join(''),
      url: window.location.search,
    }));
    expect(moved.text).toBe(other.text);
    expect(moved.source).toBe([...raw].slice(other.raw_start, other.raw_end).join(''));
    expect(moved.url).toMatch(/fact=\d+/);
    await screenshot(page, 'document-clicked');
  });

  it('shows script and quote payloads of titles and texts as text and runs none of them', async () => {
    for (const id of ['xss-dump', 'xss-page']) {
      await open(`/document?id=${id}`);
      await screenshot(page, `payload-${id}`);
      const seen = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: unknown }).__xss,
        title: document.getElementById('doc-title')!.textContent,
        text: document.getElementById('clean-text')!.textContent,
        source: document.getElementById('source-text')!.textContent,
        injected: document.querySelectorAll('main img, main b, main script:not([type="application/json"])').length,
      }));
      expect(seen.xss).toBeUndefined();
      expect(seen.injected).toBe(0);
      if (id === 'xss-dump') {
        // Titles are stored normalised (quotes unified, script simplified), payload and all.
        expect(seen.title).toBe(normaliseQuery(XSS_TITLE));
        expect(seen.title).toContain('<script>');
        expect(seen.text).toContain(`<script>window.__xss='content'</script>"'><b onmouseover="window.__xss='b'">`);
      } else {
        expect(seen.text).toContain("<script>window.__xss='text'</script>");
        expect(seen.source).toContain("<script>window.__xss = 'page';</script>");
      }
    }
    await open(`/search?q=${encodeURIComponent('window')}`);
    await screenshot(page, 'search-payload');
    await open('/documents');
    await screenshot(page, 'documents');
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('searches with the match highlighted and the facts of each sentence', async () => {
    await open(`/search?q=${encodeURIComponent('合格率')}`);
    await screenshot(page, 'search');
    const hits = await page.$$eval('li.hit', (items) =>
      items.map((li) => ({
        matches: [...li.querySelectorAll('mark.match')].map((m) => m.textContent),
        facts: li.querySelectorAll('.hit-facts li').length,
      })),
    );
    expect(hits.length).toBeGreaterThan(3);
    for (const hit of hits) expect(hit.matches.every((m) => m === '合格率')).toBe(true);
    expect(hits.some((h) => h.facts > 0)).toBe(true);
  });

  it('shows the runs and the fact that changed between them', async () => {
    await open('/runs?from=1&to=2');
    await screenshot(page, 'runs');
    const changed = await page.$$eval('ul.diff li.changed', (items) => items.map((li) => li.textContent));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain(CHANGED.after.replace('%', ''));
    expect(changed[0]).toContain(CHANGED.before.replace('%', ''));
  });

  it('writes a report file that draws the same overview offline', async () => {
    const out = `${fixture.dir}/report.html`;
    const { exitCode } = await runCli(registerReport, ['report', '--db', fixture.db, '--out', out]);
    expect(exitCode).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toMatch(/<(script|link)[^>]+(src|href)=["']?https?:/i);
    const offline = await browser.newPage();
    await offline.setRequestInterception(true);
    const requested: string[] = [];
    offline.on('request', (request) => {
      if (!request.url().startsWith('file:')) requested.push(request.url());
      void (request.url().startsWith('file:') ? request.continue() : request.abort());
    });
    await offline.setViewport({ width: 1400, height: 1000 });
    await offline.goto(`file://${out}`, { waitUntil: 'load' });
    await offline.waitForFunction(() => {
      const el = document.getElementById('chart-map');
      return el && (window as unknown as { echarts: { getInstanceByDom(e: Element): unknown } }).echarts.getInstanceByDom(el);
    });
    await screenshot(offline, 'report');
    const served = await page.evaluate(() => fetch('/overview.json').then((r) => r.json()));
    const inFile = await offline.evaluate(() => JSON.parse(document.getElementById('overview-data')!.textContent!));
    expect(inFile).toEqual(served);
    expect(requested).toEqual([]);
    await offline.close();
  });
});
