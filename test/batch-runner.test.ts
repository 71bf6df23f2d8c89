import { describe, expect, it } from 'vitest';
import { emptyMeta, type SourceInfo } from '../pipeline/document';
import { Dictionaries } from '../pipeline/dictionaries';
import { Pipeline } from '../pipeline/pipeline';
import type { DocumentRecord } from '../pipeline/record';
import { sharedJiebaTags } from '../pipeline/text/jieba';
import { JIEBA_USER_DICT_FILE } from '../pipeline/text/user-dict';
import { CallerAndWorkersRunner, WAITING_PER_WORKER, type WorkerPool } from '../pipeline/batch/pool';
import type { Task } from '../pipeline/batch/task';

const dictionaries = new Dictionaries();
const pipeline = new Pipeline(undefined, dictionaries);

function task(n: number): Task {
  const source: SourceInfo = { id: `doc${n}`, path: `doc${n}.txt`, record: null, sha256: `sha${n}`, encoding: 'utf-8', format: 'text', mojibake: false };
  return { kind: 'read', source, raw: `全省产品质量抽查合格率为${80 + n}%。`, meta: emptyMeta() };
}

/**
 * A pool of one worker that holds every task it is given until told to finish them, and reports how many
 * it holds and how long it has been busy (set by the test).
 */
class HoldingPool implements Pick<WorkerPool, 'jiebaTags' | 'leastInFlight' | 'meanActiveMs' | 'run' | 'close'> {
  readonly jiebaTags = sharedJiebaTags([dictionaries.path(JIEBA_USER_DICT_FILE)]);
  readonly held: { task: Task; resolve: (record: DocumentRecord) => void }[] = [];
  activeMs = Number.POSITIVE_INFINITY;

  meanActiveMs(): number {
    return this.activeMs;
  }

  leastInFlight(): number {
    return this.held.length;
  }

  run(task: Task): Promise<DocumentRecord> {
    return new Promise((resolve) => this.held.push({ task, resolve }));
  }

  finishAll(record: (task: Task) => DocumentRecord): void {
    for (const { task, resolve } of this.held.splice(0)) resolve(record(task));
  }

  async close(): Promise<void> {}
}

describe('CallerAndWorkersRunner (two or more jobs)', () => {
  it('gives tasks to the workers until each holds WAITING_PER_WORKER, then runs them on the calling thread while it is the less busy', async () => {
    const pool = new HoldingPool();
    const runner = new CallerAndWorkersRunner(pipeline, pool);
    const results = Array.from({ length: WAITING_PER_WORKER + 2 }, (_, i) => runner.run(task(i)));
    expect(pool.held.map((h) => h.task.kind === 'read' && h.task.source.id)).toEqual(Array.from({ length: WAITING_PER_WORKER }, (_, i) => `doc${i}`));
    // The two beyond the workers' share are done already, by this thread, with the facts a pipeline finds.
    const inline = await Promise.all(results.slice(WAITING_PER_WORKER));
    expect(inline.map((r) => [r.source.id, r.facts.map((f) => f.value)])).toEqual([
      [`doc${WAITING_PER_WORKER}`, [80 + WAITING_PER_WORKER]],
      [`doc${WAITING_PER_WORKER + 1}`, [81 + WAITING_PER_WORKER]],
    ]);
    // Once the workers have room again, tasks go to them.
    pool.finishAll((t) => ({ source: (t as Extract<Task, { kind: 'read' }>).source }) as DocumentRecord);
    expect((await results[0]!).source.id).toBe('doc0');
    void runner.run(task(99));
    expect(pool.held).toHaveLength(1);
  });

  it('leaves every task to the workers while the calling thread has been busier than they have', async () => {
    const pool = new HoldingPool();
    pool.activeMs = 0;
    const runner = new CallerAndWorkersRunner(pipeline, pool);
    for (let i = 0; i < WAITING_PER_WORKER + 3; i++) void runner.run(task(i));
    expect(pool.held).toHaveLength(WAITING_PER_WORKER + 3);
  });
});
