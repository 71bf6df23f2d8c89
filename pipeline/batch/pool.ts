import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Dictionaries } from '../dictionaries';
import type { Pipeline } from '../pipeline';
import type { DocumentRecord } from '../record';
import { provideJiebaTags, sharedJiebaTags } from '../text/jieba';
import type { SharedJiebaTagTable } from '../text/jieba-tag-table';
import { JIEBA_USER_DICT_FILE } from '../text/user-dict';
import { runTask, type Task } from './task';

/** Runs tasks on pipeline threads; results come back as promises. */
export interface TaskRunner {
  run(task: Task): Promise<DocumentRecord>;
  close(): Promise<void>;
}

/** Runs every task on the calling thread (one job). */
export class InlineRunner implements TaskRunner {
  constructor(private readonly pipeline: Pipeline) {}

  run(task: Task): Promise<DocumentRecord> {
    try {
      return Promise.resolve(runTask(this.pipeline, task));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  async close(): Promise<void> {}
}

interface Pending {
  resolve: (record: DocumentRecord) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  inFlight: number;
  /** Why the worker stopped (an uncaught error, an exit), or null while it is alive. */
  dead: Error | null;
  /** Milliseconds the worker's thread has been busy (not waiting for tasks), as of its last result. */
  activeMs: number;
}

/**
 * N worker threads, each with its own Pipeline; a task goes to the worker with the fewest in flight. The
 * jieba tag table (tens of MB as a per-thread Map) is built here once and shared by all of them.
 */
export class WorkerPool implements TaskRunner {
  private readonly workers: Slot[] = [];
  private readonly pending = new Map<number, Pending & { slot: Slot }>();
  private nextId = 0;
  /** The tag table the workers share, for a pipeline on the calling thread to use as well. */
  readonly jiebaTags: SharedJiebaTagTable;
  private readonly createdAt = performance.now();

  constructor(size: number, dictionariesDir: string) {
    const script = workerScript();
    // The user dictionary path as the segmenter forms it (createSegmenter), so that the workers' key matches.
    const jiebaTags = (this.jiebaTags = sharedJiebaTags([new Dictionaries(dictionariesDir).path(JIEBA_USER_DICT_FILE)]));
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: { dictionariesDir, jiebaTags } });
      const slot: Slot = { worker, inFlight: 0, dead: null, activeMs: 0 };
      worker.on('message', (message: { id: number; record?: DocumentRecord; error?: string; activeMs?: number }) => {
        slot.inFlight--;
        slot.activeMs = message.activeMs ?? slot.activeMs;
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (!waiting) return;
        if (message.record) waiting.resolve(message.record);
        else waiting.reject(new Error(message.error ?? 'worker failed'));
      });
      // A dead worker fails the tasks it holds and gets no more (they would wait for ever).
      worker.on('error', (error) => this.bury(slot, error));
      worker.on('exit', (code) => this.bury(slot, new Error(`pipeline worker exited (code ${code})`)));
      this.workers.push(slot);
    }
  }

  /** Milliseconds the workers' threads have been busy, on average, as of their last results. */
  meanActiveMs(): number {
    // Until its first result a worker has been starting up (loading jieba) or working since it was made.
    const now = performance.now();
    return this.workers.reduce((sum, w) => sum + (w.activeMs > 0 ? w.activeMs : now - this.createdAt), 0) / this.workers.length;
  }

  /** Tasks in flight on the least busy live worker (Infinity when none is alive). */
  leastInFlight(): number {
    return Math.min(...this.workers.filter((w) => w.dead === null).map((w) => w.inFlight));
  }

  run(task: Task): Promise<DocumentRecord> {
    const id = this.nextId++;
    const alive = this.workers.filter((w) => w.dead === null);
    if (alive.length === 0) return Promise.reject(this.workers[0]?.dead ?? new Error('no pipeline worker'));
    const slot = alive.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    slot.inFlight++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, slot });
      slot.worker.postMessage({ id, task });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private bury(slot: Slot, error: Error): void {
    slot.dead ??= error;
    for (const [id, waiting] of this.pending) {
      if (waiting.slot !== slot) continue;
      this.pending.delete(id);
      waiting.reject(slot.dead);
    }
  }
}

/** The compiled worker script; when running from TypeScript sources (tests), the build in dist/. */
function workerScript(): string {
  const here = path.join(__dirname, 'worker.js');
  if (existsSync(here)) return here;
  const built = path.resolve(__dirname, '..', '..', 'dist', 'pipeline', 'batch', 'worker.js');
  if (existsSync(built)) return built;
  throw new Error(`worker script not found (${here}); run \`npm run build\` first`);
}

/** Tasks every worker holds (one running, the others waiting) before the calling thread may run one. */
export const WAITING_PER_WORKER = 4;

/**
 * N jobs: the calling thread and N-1 worker threads. The calling thread also reads the inputs and stores
 * every result, so it runs a task itself only while it has been busy less than the workers on average
 * (event-loop busy time: storing, reading, handling results, its own tasks), and only when every worker
 * holds WAITING_PER_WORKER tasks, so that none runs dry meanwhile. N jobs are N threads sharing the
 * work, not N workers plus a writer competing with them for N cores.
 */
export class CallerAndWorkersRunner implements TaskRunner {
  private readonly inline: InlineRunner;

  constructor(pipeline: Pipeline, private readonly pool: Pick<WorkerPool, 'jiebaTags' | 'leastInFlight' | 'meanActiveMs' | 'run' | 'close'>) {
    // The workers' tag table serves this thread's pipeline too (jieba's own dictionary is shared by the patch).
    provideJiebaTags(pool.jiebaTags);
    this.inline = new InlineRunner(pipeline);
  }

  run(task: Task): Promise<DocumentRecord> {
    const callerActiveMs = performance.eventLoopUtilization().active;
    if (this.pool.leastInFlight() < WAITING_PER_WORKER || callerActiveMs > this.pool.meanActiveMs()) return this.pool.run(task);
    return this.inline.run(task);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

export function createRunner(jobs: number, pipeline: Pipeline): TaskRunner {
  if (jobs <= 1) return new InlineRunner(pipeline);
  return new CallerAndWorkersRunner(pipeline, new WorkerPool(jobs - 1, pipeline.dictionaries.dir));
}
