// Entry point of a pipeline worker thread: one Pipeline per worker, tasks in, records out.
import { parentPort, workerData } from 'node:worker_threads';
import { Dictionaries } from '../core/dictionaries';
import { Pipeline } from '../pipeline/pipeline';
import type { DocumentRecord } from '../core/record';
import { jiebaWith, provideJiebaTags } from '../pipeline/text/jieba';
import { JIEBA_USER_DICT_FILE } from '../pipeline/text/user-dict';
import type { SharedJiebaTagTable } from '../pipeline/text/jieba-tag-table';
import { runTask, type Task } from './task';

const { dictionariesDir, finished, index, preloadSegmenter } = workerData as {
  dictionariesDir: string;
  /** Tasks finished per worker, in memory shared with the pool (WorkerPool.backlogs). */
  finished: Int32Array;
  index: number;
  /** Load jieba now, while the pool builds the tag table (WorkerPool's constructor). */
  preloadSegmenter: boolean;
};
const dictionaries = new Dictionaries(dictionariesDir);
const pipeline = new Pipeline(undefined, dictionaries);
// With the user dictionary path the segmenter names (createSegmenter), so that it finds jieba loaded.
if (preloadSegmenter) jiebaWith([dictionaries.path(JIEBA_USER_DICT_FILE)]);

parentPort!.on('message', (message: { id: number; task: Task } | { jiebaTags: SharedJiebaTagTable }) => {
  // The pool's tag table, in memory shared with the other workers: its first message, before any task.
  if ('jiebaTags' in message) {
    provideJiebaTags(message.jiebaTags);
    return;
  }
  try {
    const record = runTask(pipeline, message.task);
    Atomics.add(finished, index, 1);
    parentPort!.postMessage({ id: message.id, record }, transferables(record));
  } catch (error) {
    Atomics.add(finished, index, 1);
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});

/** The offset map's and the tokens' memory, moved to the writer thread rather than copied (each has its own buffer). */
function transferables(record: DocumentRecord): ArrayBuffer[] {
  const buffers = [record.norm.map.buffer, record.tokens.buffer];
  return buffers.filter((b, i): b is ArrayBuffer => b instanceof ArrayBuffer && buffers.indexOf(b) === i);
}
