import type * as CliProgress from 'cli-progress';

/**
 * Progress of a batch over input files (a dump is one file of many documents, so files are what can be
 * counted ahead): a bar on a terminal, plain lines on stderr otherwise. The time left comes from a
 * smoothed rate and is left out until it means something.
 */
export interface Progress {
  start(total: number): void;
  tick(done: number): void;
  stop(): void;
}

/** Seconds of work and share of the files done before a time left is shown: early rates swing widely. */
const ETA_AFTER_SECONDS = 3;
const ETA_AFTER_SHARE = 0.05;
/** Weight of the newest rate measurement in the moving average (about the last ten ticks count). */
const SMOOTHING = 0.2;

/** Files per second, smoothed, and the time left once it is meaningful. */
export class RateEstimate {
  private started = 0;
  private last = { at: 0, done: 0 };
  private rate: number | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  start(): void {
    this.started = this.now();
    this.last = { at: this.started, done: 0 };
    this.rate = null;
  }

  update(done: number): void {
    const at = this.now();
    const seconds = (at - this.last.at) / 1000;
    if (seconds <= 0 || done <= this.last.done) return;
    const sample = (done - this.last.done) / seconds;
    this.rate = this.rate === null ? sample : SMOOTHING * sample + (1 - SMOOTHING) * this.rate;
    this.last = { at, done };
  }

  /** Files per second, or null before the first measurement. */
  perSecond(): number | null {
    return this.rate;
  }

  /** Seconds left, or null while too little is done for an estimate to be worth showing. */
  secondsLeft(done: number, total: number): number | null {
    const elapsed = (this.now() - this.started) / 1000;
    if (this.rate === null || this.rate <= 0 || elapsed < ETA_AFTER_SECONDS || done < total * ETA_AFTER_SHARE) return null;
    return Math.max(0, Math.round((total - done) / this.rate));
  }
}

function formatSeconds(seconds: number | null): string {
  if (seconds === null) return '';
  if (seconds < 60) return `, ${seconds}s left`;
  return `, ${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s left`;
}

export function createProgress(label: string, enabled: boolean): Progress {
  if (!enabled) return { start() {}, tick() {}, stop() {} };
  const estimate = new RateEstimate();
  let total = 0;
  const describe = (done: number) => {
    const rate = estimate.perSecond();
    return `${rate === null ? '' : `${rate.toFixed(1)} files/s`}${formatSeconds(estimate.secondsLeft(done, total))}`;
  };
  if (process.stderr.isTTY) {
    // Loaded for a bar only (twenty modules): lines, --no-progress and a command with nothing to do go without.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cliProgress = require('cli-progress') as typeof CliProgress;
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total} files {rest}`, stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    return {
      start(n) {
        total = n;
        estimate.start();
        bar.start(n, 0, { rest: '' });
      },
      tick(done) {
        estimate.update(done);
        bar.update(done, { rest: describe(done) });
      },
      stop() {
        bar.stop();
      },
    };
  }
  let lastLine = 0;
  return {
    start(n) {
      total = n;
      estimate.start();
      lastLine = Date.now();
    },
    tick(done) {
      estimate.update(done);
      const now = Date.now();
      if (now - lastLine < 2000 && done !== total) return;
      lastLine = now;
      const rest = describe(done);
      process.stderr.write(`${label}: ${done}/${total} files${rest ? `, ${rest}` : ''}\n`);
    },
    stop() {},
  };
}
