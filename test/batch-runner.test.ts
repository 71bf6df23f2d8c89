import { describe, expect, it } from 'vitest';
import { emptyMeta, type SourceInfo } from '../core/document';
import { Dictionaries } from '../core/dictionaries';
import { Pipeline } from '../pipeline/pipeline';
import type { DocumentRecord } from '../core/record';
import { sharedJiebaTags } from '../pipeline/text/jieba';
import { JIEBA_USER_DICT_FILE } from '../pipeline/text/user-dict';
import { CallerAndWorkersRunner, WAITING_PER_WORKER, type WorkerPool } from '../batch/pool';
import type { Task } from '../batch/task';

const dictionaries = new Dictionaries();
const pipeline = new Pipeline(undefined, dictionaries);
/** The writer's window in these tests: the calling thread waits once this many results are unfinished. */
const WINDOW = WAITING_PER_WORKER + 2;

function task(n: number): Task {
  const source: SourceInfo = {
    id: `doc${n}`,
    path: `doc${n}.txt`,
    record: null,
    sha256: `sha${n}`,
    encoding: 'utf-8',
    format: 'text',
    mojibake: false,
  };
  return { kind: 'read', source, raw: `全省产品质量抽查合格率为${80 + n}%。`, meta: emptyMeta() };
}

/**
 * A pool of one worker that holds every task it is given until the test finishes some; its backlog is
 * the tasks it holds and has not finished (what the real pool reads from the workers' shared counters).
 */
class HoldingPool implements Pick<WorkerPool, 'jiebaTags' | 'backlogs' | 'run' | 'close'> {
  readonly jiebaTags = sharedJiebaTags([dictionaries.path(JIEBA_USER_DICT_FILE)]);
  readonly held: { task: Task; resolve: (record: DocumentRecord) => void }[] = [];
  finished = 0;

  backlogs(): number[] {
    return [this.held.length - this.finished];
  }

  run(task: Task): Promise<DocumentRecord> {
    return new Promise((resolve) => this.held.push({ task, resolve }));
  }

  async close(): Promise<void> {}
}

const ids = (pool: HoldingPool) => pool.held.map((h) => (h.task.kind === 'read' ? h.task.source.id : ''));

describe('CallerAndWorkersRunner (two or more jobs)', () => {
  it('runs a document on the calling thread only when it would otherwise wait for the workers, which stay busy', async () => {
    const pool = new HoldingPool();
    const runner = new CallerAndWorkersRunner(pipeline, pool);
    const results = Array.from({ length: WINDOW + 2 }, (_, i) => runner.run(task(i), WINDOW));
    // The first WINDOW go to the worker; then one more unfinished result would make the caller wait.
    expect(ids(pool)).toEqual(Array.from({ length: WINDOW }, (_, i) => `doc${i}`));
    const inline = await Promise.all(results.slice(WINDOW));
    expect(inline.map((r) => [r.source.id, r.facts.map((f) => f.value)])).toEqual([WINDOW, WINDOW + 1].map((n) => [`doc${n}`, [80 + n]]));
  });

  it('leaves the task to the workers when results are ready to be taken in, or a worker would run dry', () => {
    const pool = new HoldingPool();
    const runner = new CallerAndWorkersRunner(pipeline, pool);
    for (let i = 0; i < WINDOW; i++) void runner.run(task(i), WINDOW);
    // The worker finished two that the caller has not taken in yet: it takes them in rather than work.
    pool.finished = 2;
    void runner.run(task(100), WINDOW);
    expect(ids(pool)).toContain('doc100');
    // A worker with fewer than WAITING_PER_WORKER tasks left gets the next one, whatever the window.
    pool.finished = pool.held.length - (WAITING_PER_WORKER - 1);
    void runner.run(task(101), 0);
    expect(ids(pool)).toContain('doc101');
    // Without a window (the caller never waits), every task goes to the workers.
    pool.finished = 0;
    void runner.run(task(102));
    expect(ids(pool)).toContain('doc102');
  });
});
