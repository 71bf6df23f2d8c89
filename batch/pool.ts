import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Dictionaries } from '../core/dictionaries';
import type { Pipeline } from '../pipeline/pipeline';
import type { DocumentRecord } from '../core/record';
import { provideJiebaTags, sharedJiebaTags } from '../pipeline/text/jieba';
import type { SharedJiebaTagTable } from '../pipeline/text/jieba-tag-table';
import { JIEBA_USER_DICT_FILE } from '../pipeline/text/user-dict';
import { runTask, type Task } from './task';
import { tuneHeapGrowth } from './v8-heap-growth';
import { tuneTiering } from './v8-tiering';

/** Runs tasks on pipeline threads; results come back as promises. */
export interface TaskRunner {
  /**
   * `callerWaitsAt`: how many unfinished results make the calling thread wait for the oldest
   * (BatchWriter.window); a runner that shares the work with the calling thread uses it.
   */
  run(task: Task, callerWaitsAt?: number): Promise<DocumentRecord>;
  close(): Promise<void>;
}

export interface RunnerOptions {
  /**
   * The workers load jieba's dictionaries as they start (about a second each run, shared by the threads),
   * while the pool builds the tag table, rather than one after the other when the first document reaches
   * the segmenter; for a run that will segment documents (a fresh database), not for one that may find
   * every document unchanged.
   */
  preloadSegmenter?: boolean;
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
  /** Tasks posted to the worker; with the count it finished (shared memory), its real backlog. */
  posted: number;
  /** Why the worker stopped (an uncaught error, an exit), or null while it is alive. */
  dead: Error | null;
}

/**
 * N worker threads, each with its own Pipeline; a task goes to the worker with the fewest unfinished. The
 * jieba tag table (tens of MB as a per-thread Map) is built here once and shared by all of them.
 */
export class WorkerPool implements TaskRunner {
  private readonly workers: Slot[] = [];
  private readonly pending = new Map<number, Pending & { slot: Slot }>();
  private nextId = 0;
  /** The tag table the workers share, for a pipeline on the calling thread to use as well. */
  readonly jiebaTags: SharedJiebaTagTable;
  /**
   * Tasks each worker has finished, counted by the worker itself in shared memory: its results wait in
   * this thread's message queue until it next yields, so counting them here would lag while it is busy.
   */
  private readonly finished: Int32Array;

  constructor(size: number, dictionariesDir: string, options: RunnerOptions = {}) {
    const script = workerScript();
    this.finished = new Int32Array(new SharedArrayBuffer(4 * size));
    for (let i = 0; i < size; i++) {
      const workerData = { dictionariesDir, finished: this.finished, index: i, preloadSegmenter: Boolean(options.preloadSegmenter) };
      const worker = new Worker(script, { workerData });
      const slot: Slot = { worker, posted: 0, dead: null };
      worker.on('message', (message: { id: number; record?: DocumentRecord; error?: string }) => {
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
    // Built while the workers start; posted before any task, so each worker has it before its first document.
    // The user dictionary path as the segmenter forms it (createSegmenter), so that the workers' key matches.
    try {
      this.jiebaTags = sharedJiebaTags([new Dictionaries(dictionariesDir).path(JIEBA_USER_DICT_FILE)]);
    } catch (error) {
      // Started already: stopped, so that they do not keep the process alive.
      for (const slot of this.workers) void slot.worker.terminate();
      throw error;
    }
    for (const slot of this.workers) slot.worker.postMessage({ jiebaTags: this.jiebaTags });
  }

  /** Tasks each live worker has not finished yet, as of now. */
  backlogs(): number[] {
    return this.workers.flatMap((w, i) => (w.dead === null ? [this.backlog(i)] : []));
  }

  private backlog(index: number): number {
    return this.workers[index]!.posted - Atomics.load(this.finished, index);
  }

  run(task: Task): Promise<DocumentRecord> {
    const id = this.nextId++;
    const alive = this.workers.flatMap((slot, index) => (slot.dead === null ? [{ slot, backlog: this.backlog(index) }] : []));
    if (alive.length === 0) return Promise.reject(this.workers[0]?.dead ?? new Error('no pipeline worker'));
    const { slot } = alive.reduce((a, b) => (b.backlog < a.backlog ? b : a));
    slot.posted++;
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
  const built = path.resolve(__dirname, '..', 'dist', 'batch', 'worker.js');
  if (existsSync(built)) return built;
  throw new Error(`worker script not found (${here}); run \`npm run build\` first`);
}

/** Tasks every worker holds (one running, the others waiting) before the calling thread may run one. */
export const WAITING_PER_WORKER = 4;

/**
 * N jobs: the calling thread and N-1 worker threads. The calling thread also reads the inputs and stores
 * every result; it runs a document itself only when it would otherwise sit waiting for a worker's result
 * and every worker really has WAITING_PER_WORKER tasks left (none runs dry meanwhile; results it has
 * already sent are taken in first). N jobs are N threads that keep busy, not N workers plus a writer
 * competing with them for N cores.
 */
export class CallerAndWorkersRunner implements TaskRunner {
  private readonly inline: InlineRunner;

  constructor(
    pipeline: Pipeline,
    private readonly pool: Pick<WorkerPool, 'jiebaTags' | 'backlogs' | 'run' | 'close'>,
  ) {
    // The workers' tag table serves this thread's pipeline too (jieba's own dictionary is shared by the patch).
    provideJiebaTags(pool.jiebaTags);
    this.inline = new InlineRunner(pipeline);
  }

  run(task: Task, callerWaitsAt = Number.POSITIVE_INFINITY): Promise<DocumentRecord> {
    const backlogs = this.pool.backlogs();
    const unfinished = backlogs.reduce((sum, n) => sum + n, 0);
    if (backlogs.length > 0 && unfinished + 1 > callerWaitsAt && Math.min(...backlogs) >= WAITING_PER_WORKER) return this.inline.run(task);
    return this.pool.run(task);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

export function createRunner(jobs: number, pipeline: Pipeline, options: RunnerOptions = {}): TaskRunner {
  tuneTiering();
  if (jobs <= 1) return new InlineRunner(pipeline);
  tuneHeapGrowth();
  return new CallerAndWorkersRunner(pipeline, new WorkerPool(jobs - 1, pipeline.dictionaries.dir, options));
}
