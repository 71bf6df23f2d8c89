/**
 * `npm run bench`: throughput of qmine against the floor of the libraries it is built on.
 *
 * Builds a corpus of at least 20 MB of text from ../shared/corpus (repeating it), then measures
 * (a) the floor: nodejieba segmentation plus opencc-js conversion alone over the same text,
 * (b) `qmine run` end to end into a fresh database with one job, (c) with two jobs,
 * (d) a reprocess after a one-word dictionary change, (e) an unchanged reprocess.
 * Prints MB/s, documents/s, peak RSS, the per-stage split and the ratios; writes them as JSON.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodejieba from 'nodejieba';
import { readFile } from '../corpus/read';

const ROOT = path.resolve(__dirname, '..', '..');
const SHARED_CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const QMINE = path.join(ROOT, 'bin', 'qmine.js');
const TARGET_CHARS = Number(process.env.QMINE_BENCH_MB ?? 20) * 1024 * 1024;
/** A word for the one-word dictionary change; it occurs in the corpus, so segmentation must redo work. */
const ADDED_WORD = process.env.QMINE_BENCH_WORD ?? '质量强省';

interface Measure {
  seconds: number;
  mbPerSecond: number;
  docsPerSecond: number;
  peakRssMb: number | null;
  stageMs?: Record<string, number>;
  output?: string;
}

async function main(): Promise<void> {
  if (!existsSync(SHARED_CORPUS)) throw new Error(`the shared corpus is not at ${SHARED_CORPUS}`);
  const work = mkdtempSync(path.join(os.tmpdir(), 'qmine-bench-'));
  try {
    const corpus = buildCorpus(path.join(work, 'corpus'));
    console.log(`corpus: ${corpus.files} files, ${corpus.documents} documents, ${(corpus.chars / 1e6).toFixed(1)} M chars (${(corpus.bytes / 1048576).toFixed(1)} MB of UTF-8 text)`);
    const mb = corpus.bytes / 1048576;

    const floor = measureFloor(corpus.texts, mb);
    console.log(line('(a) floor: jieba + opencc', floor));
    const one = runQmine(['run', corpus.dir, '--db', path.join(work, 'one.db'), '--jobs', '1'], mb, corpus.documents, work);
    console.log(line('(b) qmine run, 1 job', one));
    const two = runQmine(['run', corpus.dir, '--db', path.join(work, 'two.db'), '--jobs', '2'], mb, corpus.documents, work);
    console.log(line('(c) qmine run, 2 jobs', two));

    const dictionaries = path.join(work, 'dictionaries');
    cpSync(path.join(ROOT, 'dictionaries'), dictionaries, { recursive: true });
    appendFileSync(path.join(dictionaries, 'jieba', 'user.dict.txt'), `\n${ADDED_WORD} 50 n\n`);
    const changed = runQmine(['reprocess', '--db', path.join(work, 'one.db'), '--dictionaries', dictionaries, '--jobs', '1'], mb, corpus.documents, work);
    console.log(line(`(d) reprocess, +1 word`, changed));
    const unchanged = runQmine(['reprocess', '--db', path.join(work, 'one.db'), '--dictionaries', dictionaries, '--jobs', '1'], mb, corpus.documents, work);
    console.log(line('(e) reprocess, unchanged', unchanged));

    const ratios = {
      'b/a (target <= 1.5)': one.seconds / floor.seconds,
      'b/c (target >= 1.7)': one.seconds / two.seconds,
      'd/b (target <= 0.6)': changed.seconds / one.seconds,
      'e/b (target <= 0.05)': unchanged.seconds / one.seconds,
    };
    console.log('\nratios');
    for (const [name, value] of Object.entries(ratios)) console.log(`  ${name.padEnd(22)} ${value.toFixed(3)}`);
    console.log(`peak RSS with 2 jobs: ${two.peakRssMb?.toFixed(0)} MB (target < 600)`);
    console.log('\nstage split, 1 job (ms, summed over documents)');
    for (const [stage, ms] of Object.entries(one.stageMs ?? {})) console.log(`  ${stage.padEnd(12)} ${ms.toFixed(0).padStart(8)}  ${((ms / 1000 / one.seconds) * 100).toFixed(1)}%`);

    const results = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      corpus: { files: corpus.files, documents: corpus.documents, chars: corpus.chars, mb },
      floor, runOneJob: one, runTwoJobs: two, reprocessChanged: changed, reprocessUnchanged: unchanged, ratios,
    };
    const out = path.join(ROOT, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    const file = path.join(out, `bench-${results.date.replace(/[:.]/g, '-')}.json`);
    for (const m of [one, two, changed, unchanged]) delete m.output;
    writeFileSync(file, JSON.stringify(results, null, 2));
    console.log(`\nwritten: ${path.relative(process.cwd(), file)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Copies every corpus file (repeated under new names) until the decoded text reaches the target. */
function buildCorpus(dir: string): { dir: string; files: number; documents: number; chars: number; bytes: number; texts: string[] } {
  mkdirSync(dir, { recursive: true });
  const sources = listFiles(SHARED_CORPUS).filter((f) => !/\.(md|tsv)$/i.test(f));
  const decoded = sources.map((file) => {
    const texts = readFile(file).flatMap((item) => (item.kind === 'document' ? [item.doc.raw] : []));
    return { file, texts };
  });
  const texts: string[] = [];
  let chars = 0;
  let bytes = 0;
  let files = 0;
  for (let copy = 1; chars < TARGET_CHARS; copy++) {
    for (const { file, texts: docTexts } of decoded) {
      const ext = path.extname(file);
      const target = path.join(dir, `r${copy}`, path.relative(SHARED_CORPUS, file).replace(/[\\/]/g, '__').replace(ext, `_r${copy}${ext}`));
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(file, target);
      files++;
      for (const text of docTexts) {
        texts.push(text);
        chars += text.length;
        bytes += Buffer.byteLength(text);
      }
    }
  }
  return { dir, files, documents: texts.length, chars, bytes, texts };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

/** opencc-js's typings are ESM-only; its CommonJS build has the same API. */
interface OpenCcModule {
  Converter(options: { from: string; to: string }): (text: string) => string;
}

function measureFloor(texts: string[], mb: number): Measure {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const convert = (require('opencc-js') as OpenCcModule).Converter({ from: 't', to: 'cn' });
  nodejieba.load();
  const began = process.hrtime.bigint();
  let tokens = 0;
  for (const text of texts) tokens += nodejieba.cut(convert(text)).length;
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  if (tokens === 0) throw new Error('floor: no tokens');
  return { seconds, mbPerSecond: mb / seconds, docsPerSecond: texts.length / seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

/** Runs the qmine command in a child process; peak RSS and stage times come from its --stats file. */
function runQmine(args: string[], mb: number, documents: number, work: string): Measure {
  const stats = path.join(work, `stats-${Date.now()}.json`);
  const began = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [QMINE, ...args, '--no-progress', '--stats', stats], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  if (child.status !== 0 && child.status !== 2) {
    throw new Error(`qmine ${args.join(' ')} failed (${child.status}): ${child.stderr.slice(0, 2000)}`);
  }
  const reported = existsSync(stats) ? (JSON.parse(readFileSync(stats, 'utf8')) as { maxRssKb: number; stageMs: Record<string, number> }) : null;
  return {
    seconds,
    mbPerSecond: mb / seconds,
    docsPerSecond: documents / seconds,
    peakRssMb: reported ? reported.maxRssKb / 1024 : null,
    stageMs: reported?.stageMs,
    output: child.stdout,
  };
}

function line(label: string, m: Measure): string {
  return `${label.padEnd(30)} ${m.seconds.toFixed(2).padStart(7)} s  ${m.mbPerSecond.toFixed(2).padStart(6)} MB/s  ${m.docsPerSecond.toFixed(1).padStart(7)} docs/s  peak RSS ${m.peakRssMb === null ? '?' : m.peakRssMb.toFixed(0)} MB`;
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
