// Preloaded (node --require) into the qmine processes the benchmark starts: at exit, writes the
// process's CPU time (all threads, workers included) and peak RSS to the file QMINE_BENCH_USAGE names.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.QMINE_BENCH_USAGE;
// Worker threads inherit the preload; only the main thread, which exits last, reports.
if (file && isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000, maxRssKb: usage.maxRSS }));
  });
}
