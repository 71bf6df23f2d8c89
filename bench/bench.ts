/**
 * `npm run bench`: throughput of qmine against the floor of the libraries it is built on and against a
 * hand-written peer, in one run.
 *
 * Over ../shared/corpus (repeated under new names QMINE_BENCH_COPIES times, default once) it measures
 * (a) the floor: opencc-js conversion plus nodejieba segmentation alone over the same decoded texts,
 * (b) `qmine run` end to end into a fresh database with one job, (c) with two jobs,
 * (d) a reprocess after a one-word dictionary change, (e) an unchanged reprocess;
 * and over the corpus's single-document files as UTF-8 text with markup stripped (what the peer reads),
 * (p) the peer ../shared/bench/peer.py (Python jieba + regex + sqlite3 with a trigram index, run with
 * the system python3), (q) `qmine run` with one job and (r) with two jobs over the same text.
 * Prints seconds (wall and CPU), MB/s, documents/s, peak RSS, the database's size against the input's,
 * the per-stage split and the ratios the issues set as targets; writes them as JSON under bench/results/.
 * The machine may be shared: the load average before and after each measurement is recorded with it,
 * and CPU seconds are less sensitive to other processes than wall time.
 *
 * Environment: QMINE_BENCH_COPIES (default 1), QMINE_BENCH_WORD (the added word), QMINE_BENCH_PYTHON
 * (default /usr/bin/python3), QMINE_BENCH_KEEP=1 keeps the work folder.
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
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import nodejieba from 'nodejieba';
import { readFile } from '../corpus/read';
import { registerTextCodec } from '../output/text-codec';
import { JIEBA_USER_DICT_FILE } from '../pipeline/text/segment';
import { measureShardsAndMerge } from './sharded';

const ROOT = path.resolve(__dirname, '..', '..');
const SHARED_CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const QMINE = path.join(ROOT, 'bin', 'qmine.js');
const CHILD_USAGE = path.join(__dirname, 'child-usage.js');
const PEER = path.resolve(ROOT, '..', 'shared', 'bench', 'peer.py');
const PYTHON = process.env.QMINE_BENCH_PYTHON ?? '/usr/bin/python3';
const COPIES = Math.max(1, Number(process.env.QMINE_BENCH_COPIES ?? 1));
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
    const inputBytes = folderBytes(corpus.dir);
    console.log(
      `corpus: ${corpus.files} files (${(inputBytes / 1e6).toFixed(1)} MB), ${corpus.documents} documents, ${(corpus.chars / 1e6).toFixed(1)} M characters, ${mb.toFixed(1)} MB of UTF-8 text`,
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
    const dbBytes = statSync(oneDb).size;
    console.log(
      `      database ${(dbBytes / 1e6).toFixed(1)} MB = ${(dbBytes / inputBytes).toFixed(2)} × the input's ${(inputBytes / 1e6).toFixed(1)} MB`,
    );
    const sharded = await measureShardsAndMerge({ childUsage: CHILD_USAGE, qmine: QMINE, work }, corpus.dir, 2);
    const shardsAndMerge = {
      seconds: sharded.shards.seconds + sharded.merge.seconds,
      cpuSeconds: sharded.shards.cpuSeconds + sharded.merge.cpuSeconds,
    };
    console.log(
      `(s) 2 shards at once + merge     ${shardsAndMerge.seconds.toFixed(2)} s wall, ${shardsAndMerge.cpuSeconds.toFixed(2)} s CPU (shards ${sharded.shards.seconds.toFixed(2)} s, peak RSS ${sharded.shards.peakRssMb.toFixed(0)} MB a process)`,
    );
    console.log(
      `(m) the merge alone              ${sharded.merge.seconds.toFixed(2)} s wall, ${sharded.merge.cpuSeconds.toFixed(2)} s CPU, peak RSS ${sharded.merge.peakRssMb.toFixed(0)} MB`,
    );

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
    // A run of under half a second moves by a tenth of a second with the machine's load, as much as the
    // target's margin: the median of three runs is quoted (each leaves the database as it found it).
    const unchanged = medianByWall(
      [1, 2, 3].map(() =>
        runQmine(['reprocess', '--db', oneDb, '--dictionaries', dictionaries, '--jobs', '1'], mb, corpus.documents, work),
      ),
    );
    console.log(line('(e) reprocess, unchanged', unchanged) + '  (median of 3)');

    const peerText = writePeerText(path.join(work, 'peer-text'));
    const peerMb = peerText.bytes / 1048576;
    console.log(`\npeer's text: ${peerText.files} single-document files as UTF-8 with markup stripped, ${peerMb.toFixed(1)} MB`);
    const peer = runPeer(peerText.dir, path.join(work, 'peer.db'), peerMb, peerText.files, work);
    console.log(line('(p) peer.py', peer));
    const onePeer = runQmine(['run', peerText.dir, '--db', path.join(work, 'one-peer.db'), '--jobs', '1'], peerMb, peerText.files, work);
    console.log(line('(q) qmine run, 1 job', onePeer));
    const twoPeer = runQmine(['run', peerText.dir, '--db', path.join(work, 'two-peer.db'), '--jobs', '2'], peerMb, peerText.files, work);
    console.log(line('(r) qmine run, 2 jobs', twoPeer));

    const ratios: Record<string, number> = {
      'b/a (target <= 2.5)': one.seconds / floor.seconds,
      'b/c (target >= 1.7)': one.seconds / two.seconds,
      'b/s (2 shards + merge)': one.seconds / shardsAndMerge.seconds,
      'p/q (target >= 1.4)': peer.seconds / onePeer.seconds,
      'p/r (target >= 2.5)': peer.seconds / twoPeer.seconds,
      'e/b (target <= 0.03)': unchanged.seconds / one.seconds,
      'd/b': changed.seconds / one.seconds,
      'db/input (target <= 4)': dbBytes / inputBytes,
    };
    const cpuRatios: Record<string, number> = {
      'b/a': one.cpuSeconds / floor.cpuSeconds,
      'b/c': one.cpuSeconds / two.cpuSeconds,
      'b/s': one.cpuSeconds / shardsAndMerge.cpuSeconds,
      'p/q': peer.cpuSeconds / onePeer.cpuSeconds,
      'p/r': peer.cpuSeconds / twoPeer.cpuSeconds,
      'e/b': unchanged.cpuSeconds / one.cpuSeconds,
      'd/b': changed.cpuSeconds / one.cpuSeconds,
    };
    console.log('\nratios (wall time)                   CPU time');
    for (const [name, value] of Object.entries(ratios)) {
      const short = name.split(' ')[0]!;
      const cpu = cpuRatios[short];
      console.log(`  ${name.padEnd(24)} ${value.toFixed(3).padStart(7)}${cpu === undefined ? '' : `      ${short} ${cpu.toFixed(3)}`}`);
    }
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
      corpus: { files: corpus.files, documents: corpus.documents, chars: corpus.chars, mb, inputBytes, copies: COPIES },
      floor,
      runOneJob: one,
      runTwoJobs: two,
      databaseBytes: dbBytes,
      twoShards: sharded.shards,
      mergeOfTwoShards: sharded.merge,
      reprocessChanged: { ...changed, documentsWithWord: withWord, documentsStored: rewritten },
      reprocessUnchanged: unchanged,
      peerText: { files: peerText.files, mb: peerMb },
      peer,
      runOneJobPeerText: onePeer,
      runTwoJobsPeerText: twoPeer,
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

/** Bytes of every file under a folder: the input a database is compared with. */
function folderBytes(dir: string): number {
  return listFiles(dir).reduce((sum, file) => sum + statSync(file).size, 0);
}

/**
 * The peer's input: every single-document file of the corpus (not the records of dumps) as UTF-8 text,
 * with a page's markup, scripts and styles stripped, one .txt file each.
 */
function writePeerText(dir: string): { dir: string; files: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  let files = 0;
  let bytes = 0;
  for (const file of listFiles(SHARED_CORPUS).filter((f) => !/\.(md|tsv)$/i.test(f))) {
    const docs = readFile(file).flatMap((item) => (item.kind === 'document' ? [item.doc] : []));
    if (docs.length !== 1 || docs[0]!.source.record !== null) continue;
    const doc = docs[0]!;
    const text =
      doc.source.format === 'html'
        ? doc.raw
            .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
            .replace(/<[^>]*>/g, '')
            .replace(/&nbsp;/g, ' ')
        : doc.raw;
    const name = path
      .relative(SHARED_CORPUS, file)
      .replace(/[\\/]/g, '__')
      .replace(/\.[^.]*$/, '.txt');
    writeFileSync(path.join(dir, name), text);
    files++;
    bytes += Buffer.byteLength(text);
  }
  return { dir, files, bytes };
}

/** Runs the peer with the system python3; its CPU time and peak RSS are the child's own accounting. */
/** What one child process cost: wall time, its CPU and peak RSS (as the wrapper wrote them to usageFile), throughput. */
function processMeasure(run: { seconds: number; usageFile: string; mb: number; documents: number; loadBefore: number }): Measure {
  const usage = JSON.parse(readFileSync(run.usageFile, 'utf8')) as { userMs: number; systemMs: number; maxRssKb: number };
  return {
    seconds: run.seconds,
    cpuSeconds: (usage.userMs + usage.systemMs) / 1000,
    mbPerSecond: run.mb / run.seconds,
    docsPerSecond: run.documents / run.seconds,
    peakRssMb: usage.maxRssKb / 1024,
    load: [run.loadBefore, os.loadavg()[0]!],
  };
}

function runPeer(textDir: string, db: string, mb: number, documents: number, work: string): Measure {
  if (!existsSync(PEER)) throw new Error(`the peer is not at ${PEER}`);
  const usageFile = path.join(work, `peer-usage-${Date.now()}.json`);
  const loadBefore = os.loadavg()[0]!;
  const began = process.hrtime.bigint();
  // The peer's own process, wrapped so that its resource usage can be read: python's resource module.
  const wrapper = `import resource, runpy, sys, json; sys.argv = [sys.argv[1], *sys.argv[2:]]
try:
    runpy.run_path(sys.argv[0], run_name='__main__')
finally:
    u = resource.getrusage(resource.RUSAGE_SELF)
    json.dump({'userMs': u.ru_utime * 1000, 'systemMs': u.ru_stime * 1000, 'maxRssKb': u.ru_maxrss}, open(${JSON.stringify(usageFile)}, 'w'))`;
  const child = spawnSync(PYTHON, ['-c', wrapper, PEER, textDir, db], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  if (child.status !== 0) throw new Error(`peer.py failed (${child.status}): ${child.stderr.slice(0, 2000)}`);
  return processMeasure({ seconds, usageFile, mb, documents, loadBefore });
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
  for (let copy = 1; copy <= COPIES; copy++) {
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
/** The measure whose wall time is the median of an odd number of runs. */
function medianByWall(runs: Measure[]): Measure {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor(sorted.length / 2)]!;
}

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
  const reported = existsSync(stats)
    ? (JSON.parse(readFileSync(stats, 'utf8')) as { stageMs: Record<string, number>; storeMs?: number; derivedMs?: number | null })
    : null;
  return {
    ...processMeasure({ seconds, usageFile, mb, documents, loadBefore }),
    stageMs: reported?.stageMs,
    storeMs: reported?.storeMs,
    derivedMs: reported?.derivedMs,
  };
}

/** A hash of what a run stores per document (sentences, tokens, facts), to compare one and two jobs. */
function digest(db: string): string {
  const handle = readDatabase(db);
  try {
    const hash = createHash('sha256');
    const rows = [
      'SELECT doc, ordinal, start, end, raw_start, raw_end, text FROM sentences ORDER BY doc, ordinal',
      'SELECT id, tokens FROM document_texts ORDER BY id',
      'SELECT doc, type, metric, value, unit, start, end, raw_start, raw_end, rule FROM facts ORDER BY doc, start, end, type, rule, metric',
    ];
    for (const sql of rows) for (const row of handle.prepare(sql).raw().iterate()) hash.update(JSON.stringify(row));
    return hash.digest('hex');
  } finally {
    handle.close();
  }
}

/** A run's database for reading, with the function document_texts unpacks the stored texts with (migration 013). */
function readDatabase(file: string): Database.Database {
  const handle = new Database(file, { readonly: true });
  registerTextCodec(handle);
  return handle;
}

function documentsContaining(db: string, word: string): number {
  const handle = readDatabase(db);
  try {
    return handle.prepare('SELECT count(*) FROM document_texts WHERE instr(norm_text, ?) > 0').pluck().get(word) as number;
  } finally {
    handle.close();
  }
}

function documentsOfLastRun(db: string): number {
  const handle = readDatabase(db);
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
