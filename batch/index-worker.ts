// Entry point of the thread that builds the sentences' full-text index in a file of its own while a run
// stores everything else (batch/sentence-indexer.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { SentenceIndexFile } from '../output/sentence-index-file';

const file = SentenceIndexFile.create((workerData as { file: string }).file);

parentPort!.on('message', (message: { ids: number[]; texts: string[] } | 'close') => {
  try {
    if (message === 'close') {
      file.close();
      parentPort!.postMessage({ closed: true });
    } else file.add(message.ids, message.texts);
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
