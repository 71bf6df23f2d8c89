import type { IngestError } from '../corpus/read';
import type { Store } from '../output/store';
import type { Dictionaries } from '../core/dictionaries';
import type { DocumentRecord } from '../core/record';
import { refreshDerivedData, type DerivedRefresh } from './derived';
import type { SentenceIndexer } from './sentence-indexer';

export interface ProgressSink {
  start(total: number): void;
  tick(done: number): void;
  stop(): void;
}

export interface BatchSummary {
  runId: number;
  /** Documents processed and stored in this run. */
  processed: number;
  duplicates: number;
  errors: IngestError[];
  factsByType: Record<string, number>;
  interrupted: boolean;
  /** Milliseconds spent in each stage, summed over documents (and threads). */
  stageMs: Record<string, number>;
  /** Milliseconds the writer spent storing results (SQLite statements and commits, full-text index included). */
  storeMs: number;
  /** Duplicate marks and keywords recomputed over the whole database at the end (null when interrupted). */
  derived: DerivedRefresh | null;
}

export interface WriterOptions {
  /** Where the stop words of the keyword ranking come from. */
  dictionaries: Dictionaries;
  /** Called with one line per failed file or record, as it happens. */
  onError?: (line: string) => void;
  /** Builds the full-text index on a thread of its own (null or absent: the store indexes in its transactions). */
  indexer?: SentenceIndexer | null;
  /** Documents per transaction (default BATCH_DOCUMENTS); SOLO_BATCH_DOCUMENTS when no pipeline thread waits on the writer. */
  batchDocuments?: number;
}

/**
 * Documents per transaction. A commit (the batch's full-text indexing with it) holds this thread for its
 * whole length, while a worker that runs dry waits: 16 keeps it near 0.1 s (64: ≈0.4 s, and two jobs
 * ran ≈10 % slower); fewer would add commits for no gain.
 */
const BATCH_DOCUMENTS = 16;
/**
 * Documents per transaction when the writer's thread runs every document itself (one job): no pipeline
 * thread waits on a commit, and fewer commits write the same B-tree and full-text pages fewer times.
 */
export const SOLO_BATCH_DOCUMENTS = 64;
const BATCH_CHARS = 8_000_000;
/** Unfinished results in flight before the writer waits for the oldest: bounds memory, keeps the workers busy. */
const WINDOW = 16;

/**
 * The single writer of a run: takes results in submission order and stores them in batches, one
 * transaction each, so an interrupted run leaves every document with its old or its new facts. Which
 * documents duplicate earlier ones is decided at the end over the whole database, with the keywords
 * (refreshDerivedData), in storage order: the same whatever the thread timing.
 */
export class BatchWriter {
  readonly runId: number;
  /** Unfinished results in flight at which submit waits for the oldest. */
  readonly window = WINDOW;
  private readonly inFlight: { id: string; path: string; result: Promise<DocumentRecord>; settled: boolean }[] = [];
  private batchDocuments = 0;
  private batchChars = 0;
  private readonly summary: BatchSummary;
  private stop = false;
  private readonly onSignal = () => {
    this.stop = true;
  };

  constructor(
    private readonly store: Store,
    runInfo: Parameters<Store['beginRun']>[0],
    private readonly options: WriterOptions,
  ) {
    this.runId = store.beginRun(runInfo);
    this.summary = {
      runId: this.runId,
      processed: 0,
      duplicates: 0,
      errors: [],
      factsByType: {},
      interrupted: false,
      stageMs: {},
      storeMs: 0,
      derived: null,
    };
    process.once('SIGINT', this.onSignal);
    process.once('SIGTERM', this.onSignal);
  }

  /** True once SIGINT or SIGTERM arrived: callers stop submitting, the writer stores what is done. */
  get stopRequested(): boolean {
    return this.stop;
  }

  error(error: IngestError): void {
    this.summary.errors.push(error);
    this.store.saveErrors(this.runId, [error]);
    this.options.onError?.(`${error.path}${error.record !== null ? `#${error.record}` : ''}: ${error.cause}`);
  }

  async submit(id: string, path: string, result: Promise<DocumentRecord>): Promise<void> {
    const entry = { id, path, result, settled: false };
    // Attach a handler now so a rejection waiting in the window is not reported as unhandled.
    result.then(
      () => void (entry.settled = true),
      () => void (entry.settled = true),
    );
    this.inFlight.push(entry);
    // Waits for the oldest while WINDOW results are still being made (and, to bound memory, while four
    // times as many are held); results already made behind an unfinished one do not count.
    while (this.unfinished() > WINDOW || this.inFlight.length > 4 * WINDOW) await this.takeOldest();
    // Results of the inline runner are already settled and awaiting them never leaves the microtask
    // queue: give the event loop a turn so that SIGINT, SIGTERM and the workers' results get through.
    await new Promise((resolve) => setImmediate(resolve));
    // Store what is done, oldest first, before the caller reads (and may process) the next document: the
    // pipeline threads' results do not wait behind work this thread could do later.
    while (this.inFlight[0]?.settled) await this.takeOldest();
  }

  private unfinished(): number {
    let count = 0;
    for (const entry of this.inFlight) if (!entry.settled) count++;
    return count;
  }

  /**
   * Stores the results still in flight, then the derived data. `afterStored` runs in between: the
   * pipeline threads are done by then, and closing them first keeps their memory (≈200 MB each) out of
   * the derived data's peak.
   */
  async finish(afterStored?: () => Promise<void>): Promise<BatchSummary> {
    while (this.inFlight.length > 0) await this.takeOldest();
    const began = performance.now();
    this.flush();
    // Indexes a run into an empty database left to the end (Store.deferFactIndexes), built before anything reads facts.
    this.store.restoreFactIndexes();
    this.summary.storeMs += performance.now() - began;
    await afterStored?.();
    this.summary.interrupted = this.stop;
    // An interrupted run stops now; the next command over the database refreshes the derived data.
    // Computed before the full-text index is installed (they do not read it): the index thread finishes
    // the sentences it still has meanwhile, on the other core.
    if (!this.stop) {
      this.summary.derived = refreshDerivedData(this.store, this.options.dictionaries, this.runId);
      this.summary.duplicates = this.summary.derived.duplicatesInRun;
    }
    // The index thread has been working alongside; what is left of it now holds up the end of the run.
    const indexing = performance.now();
    await this.options.indexer?.install();
    this.summary.storeMs += performance.now() - indexing;
    this.store.finishRun(
      this.runId,
      {
        processed: this.summary.processed,
        duplicates: this.summary.duplicates,
        errors: this.summary.errors.length,
        ...Object.fromEntries(Object.entries(this.summary.factsByType).map(([t, n]) => [`facts_${t}`, n])),
      },
      this.stop ? 'interrupted' : 'done',
    );
    process.removeListener('SIGINT', this.onSignal);
    process.removeListener('SIGTERM', this.onSignal);
    return this.summary;
  }

  private async takeOldest(): Promise<void> {
    const next = this.inFlight.shift()!;
    let record: DocumentRecord;
    try {
      record = await next.result;
    } catch (error) {
      this.error({ path: next.path, record: null, cause: `processing ${next.id} failed: ${(error as Error).message}` });
      return;
    }
    // A resumed record keeps its stored mark until the refresh at the end decides again.
    if (record.duplicateOf) this.summary.duplicates++;
    this.summary.processed++;
    for (const [stage, ms] of Object.entries(record.timings ?? {})) this.summary.stageMs[stage] = (this.summary.stageMs[stage] ?? 0) + ms;
    for (const fact of record.facts) this.summary.factsByType[fact.type] = (this.summary.factsByType[fact.type] ?? 0) + 1;
    // Stored now, into a transaction committed every batch: storing a whole batch at once would hold
    // this thread for seconds while the pipeline threads, their queues drained, wait.
    const began = performance.now();
    this.store.addToBatch(this.runId, record);
    this.batchDocuments++;
    this.batchChars += record.raw.length + record.norm.text.length;
    if (this.batchDocuments >= (this.options.batchDocuments ?? BATCH_DOCUMENTS) || this.batchChars >= BATCH_CHARS) this.flush();
    this.summary.storeMs += performance.now() - began;
  }

  private flush(): void {
    this.store.commitBatch();
    this.options.indexer?.afterCommit();
    this.batchDocuments = 0;
    this.batchChars = 0;
  }
}
