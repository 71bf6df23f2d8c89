import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Store } from '../output/store';

/**
 * Builds the sentences' full-text index on a thread of its own, in a file beside the database, from the
 * sentences the writer commits; installs it into the database at the end of the run. With several jobs
 * this takes the index (about half of storing) off the single writer, which the pipeline threads wait
 * on. Used only for a database without documents (Store.deferSentenceIndex): a fresh run, a shard.
 */
export class SentenceIndexer {
  private readonly worker: Worker;
  private failure: Error | null = null;
  private readonly closed: Promise<void>;
  private installed = false;

  private constructor(
    private readonly store: Store,
    readonly file: string,
  ) {
    this.worker = new Worker(script('index-worker.js'), { workerData: { file } });
    this.closed = new Promise((resolve) => {
      this.worker.on('message', (message: { closed?: boolean; error?: string }) => {
        if (message.error) this.failure ??= new Error(`full-text index: ${message.error}`);
        if (message.closed) resolve();
      });
      this.worker.on('error', (error) => {
        this.failure ??= error;
        resolve();
      });
      this.worker.on('exit', () => resolve());
    });
  }

  /** An indexer for the store's database, or null when its index cannot be built apart (it has documents). */
  static start(store: Store, dbFile: string): SentenceIndexer | null {
    return store.deferSentenceIndex() ? new SentenceIndexer(store, `${dbFile}-fts-build`) : null;
  }

  /** Hands the sentences committed since the last call to the indexing thread (call after each commit). */
  afterCommit(): void {
    const fresh = this.store.takeNewSentences();
    if (fresh && fresh.ids.length > 0) this.worker.postMessage(fresh);
  }

  /** Waits for the indexing thread to finish and copies its index into the database. */
  async install(): Promise<void> {
    this.afterCommit();
    this.worker.postMessage('close');
    await this.closed;
    await this.worker.terminate();
    try {
      if (this.failure) throw this.failure;
      this.store.installSentenceIndex(this.file);
      this.installed = true;
    } finally {
      rmSync(this.file, { force: true });
    }
  }

  /** Stops the thread without installing (the database's marker makes the next open rebuild the index). */
  async abandon(): Promise<void> {
    if (this.installed) return;
    await this.worker.terminate();
    rmSync(this.file, { force: true });
  }
}

/** A compiled script of this folder; when running from TypeScript sources (tests), the build in dist/. */
function script(name: string): string {
  const here = path.join(__dirname, name);
  if (existsSync(here)) return here;
  const built = path.resolve(__dirname, '..', 'dist', 'batch', name);
  if (existsSync(built)) return built;
  throw new Error(`worker script not found (${here}); run \`npm run build\` first`);
}
