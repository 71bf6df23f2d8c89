// Entry point of a pipeline worker thread: one Pipeline per worker, tasks in, records out.
import { parentPort, workerData } from 'node:worker_threads';
import { Dictionaries } from '../dictionaries';
import { Pipeline } from '../pipeline';
import { runTask, type Task } from './task';

const pipeline = new Pipeline(undefined, new Dictionaries((workerData as { dictionariesDir: string }).dictionariesDir));

parentPort!.on('message', (message: { id: number; task: Task }) => {
  try {
    const record = runTask(pipeline, message.task);
    parentPort!.postMessage({ id: message.id, record });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
