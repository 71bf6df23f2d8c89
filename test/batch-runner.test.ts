import { describe, expect, it } from 'vitest';
import { emptyMeta, type SourceInfo } from '../pipeline/document';
import { Dictionaries } from '../pipeline/dictionaries';
import { Pipeline } from '../pipeline/pipeline';
import type { DocumentRecord } from '../pipeline/record';
import { sharedJiebaTags } from '../pipeline/text/jieba';
import { JIEBA_USER_DICT_FILE } from '../pipeline/text/user-dict';
import { CallerAndWorkersRunner, QUEUED_PER_WORKER, type WorkerPool } from '../pipeline/batch/pool';
import type { Task } from '../pipeline/batch/task';

const dictionaries = new Dictionaries();
const pipeline = new Pipeline(undefined, dictionaries);

function task(n: number): Task {
  const source: SourceInfo = { id: `doc${n}`, path: `doc${n}.txt`, record: null, sha256: `sha${n}`, encoding: 'utf-8', format: 'text', mojibake: false };
  return { kind: 'read', source, raw: `全省产品质量抽查合格率为${80 + n}%。`, meta: emptyMeta() };
}

/** A pool that holds every task it is given until told to finish them, and reports how many it holds. */
class HoldingPool implements Pick<WorkerPool, 'jiebaTags' | 'leastInFlight' | 'run' | 'close'> {
  readonly jiebaTags = sharedJiebaTags([dictionaries.path(JIEBA_USER_DICT_FILE)]);
  readonly held: { task: Task; resolve: (record: DocumentRecord) => void }[] = [];

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
  it('gives tasks to the workers until each holds QUEUED_PER_WORKER, then runs them on the calling thread', async () => {
    const pool = new HoldingPool();
    const runner = new CallerAndWorkersRunner(pipeline, pool);
    const results = Array.from({ length: QUEUED_PER_WORKER + 2 }, (_, i) => runner.run(task(i)));
    expect(pool.held.map((h) => h.task.kind === 'read' && h.task.source.id)).toEqual(Array.from({ length: QUEUED_PER_WORKER }, (_, i) => `doc${i}`));
    // The two beyond the workers' share are done already, by this thread, with the facts a pipeline finds.
    const inline = await Promise.all(results.slice(QUEUED_PER_WORKER));
    expect(inline.map((r) => [r.source.id, r.facts.map((f) => f.value)])).toEqual([
      [`doc${QUEUED_PER_WORKER}`, [80 + QUEUED_PER_WORKER]],
      [`doc${QUEUED_PER_WORKER + 1}`, [81 + QUEUED_PER_WORKER]],
    ]);
    // Once the workers have room again, tasks go to them.
    pool.finishAll((t) => ({ source: (t as Extract<Task, { kind: 'read' }>).source }) as DocumentRecord);
    expect((await results[0]!).source.id).toBe('doc0');
    void runner.run(task(99));
    expect(pool.held).toHaveLength(1);
  });
});
