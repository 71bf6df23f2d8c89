import cliProgress from 'cli-progress';

/** Progress of a batch: a bar with rate and time left on a terminal, plain lines on stderr otherwise. */
export interface Progress {
  start(total: number): void;
  tick(done: number): void;
  stop(): void;
}

export function createProgress(label: string, enabled: boolean): Progress {
  if (!enabled) return { start() {}, tick() {}, stop() {} };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total} docs | {rate} docs/s | eta {eta_formatted}`, stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let started = 0;
    return {
      start(total) {
        started = Date.now();
        bar.start(total, 0, { rate: '0.0' });
      },
      tick(done) {
        const seconds = (Date.now() - started) / 1000;
        bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1) : '0.0' });
      },
      stop() {
        bar.stop();
      },
    };
  }
  let total = 0;
  let started = 0;
  let lastLine = 0;
  return {
    start(n) {
      total = n;
      started = lastLine = Date.now();
    },
    tick(done) {
      const now = Date.now();
      if (now - lastLine < 2000 && done !== total) return;
      lastLine = now;
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const left = rate > 0 ? Math.round((total - done) / rate) : 0;
      process.stderr.write(`${label}: ${done}/${total} docs, ${rate.toFixed(1)} docs/s, ${left}s left\n`);
    },
    stop() {},
  };
}
