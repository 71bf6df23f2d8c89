// Entry point of a pipeline worker thread: one Pipeline per worker, tasks in, records out.
import { parentPort, workerData } from 'node:worker_threads';
import { Dictionaries } from '../core/dictionaries';
import { Pipeline } from '../pipeline/pipeline';
import type { DocumentRecord } from '../core/record';
import { provideJiebaTags } from '../pipeline/text/jieba';
import type { SharedJiebaTagTable } from '../pipeline/text/jieba-tag-table';
import { runTask, type Task } from './task';

const { dictionariesDir, jiebaTags, finished, index } = workerData as {
  dictionariesDir: string;
  jiebaTags: SharedJiebaTagTable;
  /** Tasks finished per worker, in memory shared with the pool (WorkerPool.backlogs). */
  finished: Int32Array;
  index: number;
};
// The pool's tag table, in memory shared with the other workers.
provideJiebaTags(jiebaTags);
const pipeline = new Pipeline(undefined, new Dictionaries(dictionariesDir));

parentPort!.on('message', (message: { id: number; task: Task }) => {
  try {
    const record = runTask(pipeline, message.task);
    Atomics.add(finished, index, 1);
    parentPort!.postMessage({ id: message.id, record: withTokensAsJson(record) }, offsetMapBuffers(record));
  } catch (error) {
    Atomics.add(finished, index, 1);
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});

/**
 * The record with each sentence's tokens in the store's JSON form: the single writer thread then clones
 * one string per sentence instead of an object per token, and stores it as it is.
 */
function withTokensAsJson(record: DocumentRecord): DocumentRecord {
  return {
    ...record,
    sentences: record.sentences.map((s) => ({ ...s, tokens: [], tokensJson: JSON.stringify(s.tokens.map((t) => [t.word, t.tag])) })),
  };
}

/** The offset maps' memory, moved to the writer thread rather than copied (OffsetMap.toBuffer gives each map its own). */
function offsetMapBuffers(record: DocumentRecord): ArrayBuffer[] {
  const buffers = [record.clean.map, record.norm.map].map((map) => map.buffer);
  return buffers[0] === buffers[1] ? [] : buffers.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}
