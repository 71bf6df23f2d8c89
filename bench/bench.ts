/**
 * `npm run bench`: throughput of qmine against the floor of the libraries it is built on.
 *
 * Builds a corpus of at least 20 MB of decoded text (UTF-8 bytes) from ../shared/corpus by repeating its
 * files under new names, then measures
 * (a) the floor: nodejieba segmentation plus opencc-js conversion alone over the same decoded texts,
 * (b) `qmine run` end to end into a fresh database with one job, (c) with two jobs,
 * (d) a reprocess after a one-word dictionary change, (e) an unchanged reprocess.
 * Prints seconds (wall and CPU), MB/s, documents/s, peak RSS, the per-stage split and the ratios; writes
 * them as JSON under bench/results/. The machine may be shared: the load average before and after each
 * measurement is recorded with it, and CPU seconds are less sensitive to other processes than wall time.
 *
 * Environment: QMINE_BENCH_MB (default 20), QMINE_BENCH_WORD (the added word), QMINE_BENCH_KEEP=1 keeps
 * the work folder.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import nodejieba from 'nodejieba';
import { readFile } from '../corpus/read';
import { JIEBA_USER_DICT_FILE } from '../pipeline/text/segment';

const ROOT = path.resolve(__dirname, '..', '..');
const SHARED_CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const QMINE = path.join(ROOT, 'bin', 'qmine.js');
const CHILD_USAGE = path.join(__dirname, 'child-usage.js');
const TARGET_BYTES = Number(process.env.QMINE_BENCH_MB ?? 20) * 1024 * 1024;
/** A word for the one-word dictionary change: a domain term jieba splits (质量/安全), in about one document in eight. */
const ADDED_WORD = process.env.QMINE_BENCH_WORD ?? '质量安全';

interface Measure {
  seconds: number;
  /** User + system CPU time of the process, all threads. */
  cpuSeconds: number;
  mbPerSecond: number;
  docsPerSecond: number;
  peakRssMb: number | null;
  /** 1-minute load average before and after. */
  load: [number, number];
  stageMs?: Record<string, number>;
  /** Storing the results (SQLite, full-text index included) and the derived data at the end, in ms. */
  storeMs?: number;
  derivedMs?: number | null;
}

interface FloorMeasure extends Measure {
  /** Its parts, and what it leaves out or does differently from the pipeline (for reading the ratio). */
  convertSeconds: number;
  cutSeconds: number;
  /** cut() with HMM, the segmentation the pipeline's tags come from (tag() = cut with HMM + a lookup). */
  cutHmmSeconds: number;
  /** Loading jieba's dictionaries, which the floor leaves out and every qmine process pays. */
  jiebaLoadSeconds: number;
}

async function main(): Promise<void> {
  if (!existsSync(SHARED_CORPUS)) throw new Error(`the shared corpus is not at ${SHARED_CORPUS}`);
  const work = mkdtempSync(path.join(os.tmpdir(), 'qmine-bench-'));
  try {
    const corpus = buildCorpus(path.join(work, 'corpus'));
    const mb = corpus.bytes / 1048576;
    console.log(
      `corpus: ${corpus.files} files, ${corpus.documents} documents, ${(corpus.chars / 1e6).toFixed(1)} M characters, ${mb.toFixed(1)} MB of UTF-8 text`,
    );
    console.log(
      `machine: ${os.cpus().length} CPUs, load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n`,
    );

    const floor = measureFloor(corpus.texts, mb);
    console.log(line('(a) floor: jieba + opencc', floor));
    console.log(
      `      convert ${floor.convertSeconds.toFixed(2)} s + cut ${floor.cutSeconds.toFixed(2)} s; for reference: cut with HMM ${floor.cutHmmSeconds.toFixed(2)} s, jieba load ${floor.jiebaLoadSeconds.toFixed(2)} s (not in the floor)`,
    );
    const oneDb = path.join(work, 'one.db');
    const twoDb = path.join(work, 'two.db');
    const one = runQmine(['run', corpus.dir, '--db', oneDb, '--jobs', '1'], mb, corpus.documents, work);
    console.log(line('(b) qmine run, 1 job', one));
    const two = runQmine(['run', corpus.dir, '--db', twoDb, '--jobs', '2'], mb, corpus.documents, work);
    console.log(line('(c) qmine run, 2 jobs', two));
    const sameResult = digest(oneDb) === digest(twoDb);
    if (!sameResult) console.log('      WARNING: one and two jobs stored different sentences or facts');

    const dictionaries = path.join(work, 'dictionaries');
    cpSync(path.join(ROOT, 'dictionaries'), dictionaries, { recursive: true });
    const userDict = path.join(dictionaries, JIEBA_USER_DICT_FILE);
    appendFileSync(userDict, `${readFileSync(userDict, 'utf8').endsWith('\n') ? '' : '\n'}${ADDED_WORD} 50 n\n`);
    const withWord = documentsContaining(oneDb, ADDED_WORD);
    const changed = runQmine(['reprocess', '--db', oneDb, '--dictionaries', dictionaries, '--jobs', '1'], mb, corpus.documents, work);
    const rewritten = documentsOfLastRun(oneDb);
    console.log(line('(d) reprocess, +1 word', changed));
    console.log(
      `      '${ADDED_WORD}' occurs in ${withWord} of ${corpus.documents} documents; the reprocess stored ${rewritten} documents again`,
    );
    const unchanged = runQmine(['reprocess', '--db', oneDb, '--dictionaries', dictionaries, '--jobs', '1'], mb, corpus.documents, work);
    console.log(line('(e) reprocess, unchanged', unchanged));

    const ratios = {
      'b/a (target <= 1.5)': one.seconds / floor.seconds,
      'b/c (target >= 1.7)': one.seconds / two.seconds,
      'd/b (target <= 0.6)': changed.seconds / one.seconds,
      'e/b (target <= 0.05)': unchanged.seconds / one.seconds,
    };
    const cpuRatios = {
      'b/a': one.cpuSeconds / floor.cpuSeconds,
      'c/b': two.cpuSeconds / one.cpuSeconds,
      'd/b': changed.cpuSeconds / one.cpuSeconds,
      'e/b': unchanged.cpuSeconds / one.cpuSeconds,
    };
    console.log('\nratios (wall time)                 CPU time');
    Object.entries(ratios).forEach(([name, value], i) => {
      const [cpuName, cpuValue] = Object.entries(cpuRatios)[i]!;
      console.log(`  ${name.padEnd(22)} ${value.toFixed(3).padStart(7)}      ${cpuName} ${cpuValue.toFixed(3)}`);
    });
    console.log(`peak RSS with 2 jobs: ${two.peakRssMb?.toFixed(0)} MB (target < 600)`);
    console.log(
      '\ntime split, 1 job (ms; stages summed over documents; the rest of (b) is reading, start-up and the per-document bookkeeping)',
    );
    const split: [string, number | null | undefined][] = [
      ...Object.entries(one.stageMs ?? {}),
      ['storing', one.storeMs],
      ['derived', one.derivedMs],
    ];
    for (const [part, ms] of split) {
      if (typeof ms === 'number')
        console.log(`  ${part.padEnd(12)} ${ms.toFixed(0).padStart(8)}  ${((ms / 1000 / one.seconds) * 100).toFixed(1)}%`);
    }
    if (typeof one.storeMs === 'number') {
      console.log(`  storing alone is ${(one.storeMs / 1000 / floor.seconds).toFixed(2)} × the floor`);
    }

    const results = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      corpus: { files: corpus.files, documents: corpus.documents, chars: corpus.chars, mb },
      floor,
      runOneJob: one,
      runTwoJobs: two,
      reprocessChanged: { ...changed, documentsWithWord: withWord, documentsStored: rewritten },
      reprocessUnchanged: unchanged,
      ratios,
      cpuRatios,
      sameResultWithTwoJobs: sameResult,
    };
    const out = path.join(ROOT, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    const file = path.join(out, `bench-${results.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(results, null, 2));
    console.log(`\nwritten: ${path.relative(process.cwd(), file)}`);
  } finally {
    if (process.env.QMINE_BENCH_KEEP === '1') console.log(`work folder kept: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** Copies every corpus file (repeated under new names) until the decoded text reaches the target size. */
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
  for (let copy = 1; bytes < TARGET_BYTES; copy++) {
    for (const { file, texts: docTexts } of decoded) {
      const ext = path.extname(file);
      const name = path.relative(SHARED_CORPUS, file).replace(/[\\/]/g, '__');
      const target = path.join(dir, `r${copy}`, `${name.slice(0, name.length - ext.length)}_r${copy}${ext}`);
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

/** The floor, measured twice after a warm-up (the faster pass counts: a floor should not carry noise). */
function measureFloor(texts: string[], mb: number): FloorMeasure {
  const loadBefore = os.loadavg()[0]!;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const convert = (require('opencc-js') as OpenCcModule).Converter({ from: 't', to: 'cn' });
  const loadStarted = process.hrtime.bigint();
  nodejieba.load();
  const jiebaLoadSeconds = Number(process.hrtime.bigint() - loadStarted) / 1e9;
  for (const text of texts.slice(0, 20)) nodejieba.cut(convert(text));
  const passes = [0, 1].map(() => {
    const cpuBefore = process.cpuUsage();
    const began = process.hrtime.bigint();
    const converted = texts.map((text) => convert(text));
    const convertedAt = process.hrtime.bigint();
    let tokens = 0;
    for (const text of converted) tokens += nodejieba.cut(text).length;
    const ended = process.hrtime.bigint();
    const cpu = process.cpuUsage(cpuBefore);
    if (tokens === 0) throw new Error('floor: no tokens');
    return {
      seconds: Number(ended - began) / 1e9,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      convertSeconds: Number(convertedAt - began) / 1e9,
      cutSeconds: Number(ended - convertedAt) / 1e9,
      converted,
    };
  });
  const best = passes[0]!.seconds <= passes[1]!.seconds ? passes[0]! : passes[1]!;
  const hmmStarted = process.hrtime.bigint();
  for (const text of best.converted) nodejieba.cut(text, true);
  const cutHmmSeconds = Number(process.hrtime.bigint() - hmmStarted) / 1e9;
  return {
    seconds: best.seconds,
    cpuSeconds: best.cpuSeconds,
    mbPerSecond: mb / best.seconds,
    docsPerSecond: texts.length / best.seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    load: [loadBefore, os.loadavg()[0]!],
    convertSeconds: best.convertSeconds,
    cutSeconds: best.cutSeconds,
    cutHmmSeconds,
    jiebaLoadSeconds,
  };
}

/** Runs the qmine command in a child process; CPU time and peak RSS come from child-usage, stage times from --stats. */
function runQmine(args: string[], mb: number, documents: number, work: string): Measure {
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const stats = path.join(work, `stats-${stamp}.json`);
  const usageFile = path.join(work, `usage-${stamp}.json`);
  const loadBefore = os.loadavg()[0]!;
  const began = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', CHILD_USAGE, QMINE, ...args, '--no-progress', '--stats', stats], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, QMINE_BENCH_USAGE: usageFile },
  });
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  // Status 2: some inputs could not be read (listed on stderr); the rest was processed.
  if (child.status !== 0 && child.status !== 2) {
    throw new Error(`qmine ${args.join(' ')} failed (${child.status}): ${child.stderr.slice(0, 2000)}`);
  }
  if (child.status === 2) console.log(`      (qmine reported input errors: ${child.stderr.split('\n')[0]})`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { userMs: number; systemMs: number; maxRssKb: number };
  const reported = existsSync(stats)
    ? (JSON.parse(readFileSync(stats, 'utf8')) as { stageMs: Record<string, number>; storeMs?: number; derivedMs?: number | null })
    : null;
  return {
    seconds,
    cpuSeconds: (usage.userMs + usage.systemMs) / 1000,
    mbPerSecond: mb / seconds,
    docsPerSecond: documents / seconds,
    peakRssMb: usage.maxRssKb / 1024,
    load: [loadBefore, os.loadavg()[0]!],
    stageMs: reported?.stageMs,
    storeMs: reported?.storeMs,
    derivedMs: reported?.derivedMs,
  };
}

/** A hash of what a run stores per document (sentences, tokens, facts), to compare one and two jobs. */
function digest(db: string): string {
  const handle = new Database(db, { readonly: true });
  try {
    const hash = createHash('sha256');
    for (const row of handle.prepare('SELECT doc, ordinal, start, end, tokens FROM sentences ORDER BY doc, ordinal').raw().iterate()) {
      hash.update(JSON.stringify(row));
    }
    const facts = handle.prepare(
      'SELECT doc, type, metric, value, unit, start, end, raw_start, raw_end, rule FROM facts ORDER BY doc, start, end, type, rule, metric',
    );
    for (const row of facts.raw().iterate()) hash.update(JSON.stringify(row));
    return hash.digest('hex');
  } finally {
    handle.close();
  }
}

function documentsContaining(db: string, word: string): number {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare('SELECT count(*) FROM documents WHERE instr(norm_text, ?) > 0').pluck().get(word) as number;
  } finally {
    handle.close();
  }
}

function documentsOfLastRun(db: string): number {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare('SELECT count(*) FROM documents WHERE run = (SELECT max(id) FROM runs)').pluck().get() as number;
  } finally {
    handle.close();
  }
}

function line(label: string, m: Measure): string {
  return (
    `${label.padEnd(28)} ${m.seconds.toFixed(2).padStart(7)} s (CPU ${m.cpuSeconds.toFixed(2).padStart(6)} s)` +
    `  ${m.mbPerSecond.toFixed(2).padStart(6)} MB/s  ${m.docsPerSecond.toFixed(1).padStart(7)} docs/s` +
    `  peak RSS ${m.peakRssMb === null ? '?' : m.peakRssMb.toFixed(0).padStart(4)} MB  load ${m.load.map((l) => l.toFixed(1)).join('→')}`
  );
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
