import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A qmine process the benchmark started: its wall time, CPU time (all threads) and peak RSS. */
export interface ProcessMeasure {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
}

/** How the bench starts qmine: the node binary, the usage preload (bench/child-usage.ts) and the CLI. */
export interface QmineLauncher {
  childUsage: string;
  qmine: string;
  work: string;
}

/**
 * Runs qmine processes at the same time and waits for all: the wall time is from the first start to the
 * last exit, the CPU time the sum of every process's, the peak RSS the largest single process's.
 */
export async function runConcurrently(launcher: QmineLauncher, argLists: readonly string[][]): Promise<ProcessMeasure> {
  const began = process.hrtime.bigint();
  const usages = await Promise.all(argLists.map((args) => runOne(launcher, args)));
  return {
    seconds: Number(process.hrtime.bigint() - began) / 1e9,
    cpuSeconds: usages.reduce((sum, u) => sum + (u.userMs + u.systemMs) / 1000, 0),
    peakRssMb: Math.max(...usages.map((u) => u.maxRssKb / 1024)),
  };
}

interface Usage {
  userMs: number;
  systemMs: number;
  maxRssKb: number;
}

function runOne(launcher: QmineLauncher, args: readonly string[]): Promise<Usage> {
  const usageFile = path.join(launcher.work, `usage-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', launcher.childUsage, launcher.qmine, ...args], {
      env: { ...process.env, QMINE_BENCH_USAGE: usageFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      // Status 2: some inputs could not be read (listed on stderr); the rest was processed.
      if ((status !== 0 && status !== 2) || !existsSync(usageFile)) {
        reject(new Error(`qmine ${args.join(' ')} failed (${status}): ${stderr.slice(0, 2000)}`));
        return;
      }
      resolve(JSON.parse(readFileSync(usageFile, 'utf8')) as Usage);
    });
  });
}

/** The shards' databases and the merged one, in `work`. */
export function shardFiles(work: string, shards: number): { parts: string[]; merged: string } {
  return {
    parts: Array.from({ length: shards }, (_, k) => path.join(work, `shard-${k}.db`)),
    merged: path.join(work, 'merged.db'),
  };
}

/**
 * (s) The corpus as `shards` shards run at once, one process and one job each, then (m) their merge:
 * what `examples/slurm` does on a cluster, here on this machine's cores.
 */
export async function measureShardsAndMerge(
  launcher: QmineLauncher,
  corpusDir: string,
  shards: number,
): Promise<{ shards: ProcessMeasure; merge: ProcessMeasure; cores: number }> {
  const { parts, merged } = shardFiles(launcher.work, shards);
  const shardRuns = await runConcurrently(
    launcher,
    parts.map((db, k) => ['run', corpusDir, '--db', db, '--shard', `${k}/${shards}`, '--jobs', '1', '--no-progress']),
  );
  const merge = await runConcurrently(launcher, [['merge', ...parts, '--db', merged]]);
  return { shards: shardRuns, merge, cores: os.cpus().length };
}
