/**
 * How long `qmine serve` takes to answer each page on a real database (a benchmark figure, not a test):
 *   node dist/bench/web-pages.js --db /tmp/corpus.db [--repeat 5]
 * Starts the server on a free loopback port, asks every page once cold (the first request, which also
 * fills the memo of aggregates) and then `repeat` times, and prints the cold time, the median and the
 * slowest warm time per page, the median time to the first byte of the body (what a download's reader
 * waits for; the whole answer of a streamed download takes longer), with the size of the answer.
 */
import { openDatabase } from '../output/database';
import { startServer } from '../web/server';

function option(name: string, fallback?: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? process.argv[at + 1] : fallback;
  if (value === undefined) throw new Error(`usage: node dist/bench/web-pages.js --db FILE [--repeat N]`);
  return value;
}

async function main(): Promise<void> {
  const dbFile = option('db');
  const repeat = Number(option('repeat', '5'));
  const db = openDatabase(dbFile, { readonly: true });
  const longest = db.prepare('SELECT id FROM document_texts ORDER BY length(raw) DESC LIMIT 1').pluck().get() as string;
  const richest = db.prepare('SELECT doc FROM facts GROUP BY doc ORDER BY count(*) DESC LIMIT 1').pluck().get() as string;
  const region =
    (db
      .prepare('SELECT region FROM facts WHERE region IS NOT NULL GROUP BY region ORDER BY count(*) DESC LIMIT 1')
      .pluck()
      .get() as string) ?? '';
  const lastRun = db.prepare('SELECT max(id) FROM runs').pluck().get() as number;
  db.close();
  const q = (text: string) => encodeURIComponent(text);
  const pages = [
    '/',
    '/overview.json',
    `/?map_metric=${q('案件')}&map_type=count&map_year=all`,
    '/facts',
    '/facts.json?limit=500',
    '/facts?type=rate&sort=value&order=desc',
    `/facts?region=${q(region)}&offset=500`,
    `/facts?metric=${q('合格率')}`,
    `/facts.csv?type=rate`,
    '/facts.csv',
    '/documents',
    '/documents.json?limit=500',
    `/document?id=${q(longest)}`,
    `/document?id=${q(richest)}`,
    `/search?q=${q('合格率')}`,
    `/search?q=${q('抽查 合格率')}&offset=100`,
    `/search?q=${q('质监')}`,
    '/runs',
    `/runs?from=0&to=${lastRun}`,
  ];
  const server = await startServer({ db: dbFile, port: 0 });
  const time = async (path: string) => {
    const started = performance.now();
    const response = await fetch(new URL(path, server.url));
    if (response.status !== 200 || !response.body) throw new Error(`${path}: HTTP ${response.status}`);
    let firstByte = 0;
    let bytes = 0;
    const reader = response.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      if (bytes === 0) firstByte = performance.now() - started;
      bytes += chunk.value.byteLength;
    }
    return { ms: performance.now() - started, firstByte, bytes };
  };
  console.log(`qmine serve on ${dbFile}: ms per page (cold = first request; warm = median and max of ${repeat})`);
  console.log(['cold', 'median', 'max', 'first', 'KB', 'page'].join('\t'));
  let slowest = 0;
  for (const path of pages) {
    const cold = await time(path);
    const warm: number[] = [];
    const firstBytes: number[] = [];
    for (let i = 0; i < repeat; i++) {
      const { ms, firstByte } = await time(path);
      warm.push(ms);
      firstBytes.push(firstByte);
    }
    warm.sort((a, b) => a - b);
    firstBytes.sort((a, b) => a - b);
    const median = warm[Math.floor(warm.length / 2)]!;
    slowest = Math.max(slowest, median);
    console.log(
      [
        cold.ms.toFixed(0),
        median.toFixed(0),
        warm[warm.length - 1]!.toFixed(0),
        firstBytes[Math.floor(firstBytes.length / 2)]!.toFixed(0),
        (cold.bytes / 1024).toFixed(0),
        decodeURIComponent(path),
      ].join('\t'),
    );
  }
  console.log(`slowest warm median: ${slowest.toFixed(0)} ms`);
  await server.close();
}

main().catch((error) => {
  console.error(`web-pages: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
