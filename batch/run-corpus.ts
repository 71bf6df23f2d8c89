import type { Readable } from 'node:stream';
import { expandInputs } from '../corpus/inputs';
import { readFile, type ReadOptions } from '../corpus/read';
import { Store } from '../output/store';
import { Dictionaries } from '../core/dictionaries';
import { Pipeline } from '../pipeline/pipeline';
import { STAGES } from '../pipeline/stages';
import { pipelineSignature } from './pipeline-signature';
import { createRunner } from './pool';
import { formatShard, shardOf, shardOfInput, type ShardSpec } from './shard';
import { staleStage } from './stale-stage';
import type { Task } from './task';
import { SentenceIndexer } from './sentence-indexer';
import { BatchWriter, SOLO_BATCH_DOCUMENTS, type BatchSummary, type ProgressSink } from './writer';

export interface CorpusRunOptions {
  db: string;
  inputs: string[];
  jobs: number;
  dictionariesDir?: string;
  /** Re-process documents even when their bytes and stage keys are unchanged. */
  force?: boolean;
  read?: ReadOptions;
  stdin?: Readable;
  codeVersion: string;
  progress?: ProgressSink;
  /** Called with one line per failed file or record, as it happens. */
  onError?: (line: string) => void;
  /** Process only the documents of this shard (batch/shard.ts); every input is still read. */
  shard?: ShardSpec;
}

export interface CorpusRunSummary extends BatchSummary {
  files: number;
  /** Documents whose bytes and stage keys were unchanged since they were stored. */
  unchanged: number;
  /** Documents left to other shards (0 without --shard). */
  otherShards: number;
  shard?: ShardSpec;
}

/** Reads, processes and stores a corpus: the `qmine run` command. */
export async function runCorpus(options: CorpusRunOptions): Promise<CorpusRunSummary> {
  const paths = await expandInputs(options.inputs, options.stdin);
  const dictionaries = new Dictionaries(options.dictionariesDir);
  const pipeline = new Pipeline(STAGES, dictionaries);
  const store = Store.open(options.db, { dictionaries });
  // Into a database without documents every document read is segmented: the workers load jieba at once.
  const empty = !store.hasDocuments();
  const runner = createRunner(options.jobs, pipeline, { preloadSegmenter: empty });
  // Into a database without facts the facts' indexes are built once, at the end (BatchWriter.finish).
  if (empty) store.deferFactIndexes();
  // With several jobs the full-text index is built on a thread of its own, off the single writer.
  const indexer = options.jobs >= 2 ? SentenceIndexer.start(store, options.db) : null;
  const writer = new BatchWriter(
    store,
    {
      command: 'run',
      codeVersion: options.codeVersion,
      dictionaryHashes: pipeline.dictionaryHashes(),
      options: {
        inputs: options.inputs,
        jobs: options.jobs,
        force: Boolean(options.force),
        pipeline: pipelineSignature(pipeline),
        ...(options.shard ? { shard: formatShard(options.shard) } : {}),
      },
    },
    { dictionaries, onError: options.onError, indexer, ...(options.jobs <= 1 ? { batchDocuments: SOLO_BATCH_DOCUMENTS } : {}) },
  );
  let unchanged = 0;
  let otherShards = 0;
  const shard = options.shard;
  const seenIds = new Map<string, string>();
  try {
    options.progress?.start(paths.length);
    let filesDone = 0;
    for (const [inputOrder, path] of paths.entries()) {
      if (writer.stopRequested) break;
      for (const item of readFile(path, options.read)) {
        if (writer.stopRequested) break; // a dump holds many records
        if (item.kind === 'error') {
          if (!shard || shardOfInput(item.error.path, item.error.record, shard.count) === shard.index) writer.error(item.error);
          continue;
        }
        const { doc } = item;
        // By the id as read: files that share a name share a shard, which gives their `~N` suffixes below.
        if (shard && shardOf(doc.source.id, shard.count) !== shard.index) {
          otherShards++;
          continue;
        }
        doc.source.inputOrder = inputOrder;
        const id = uniqueId(doc.source.id, doc.source.path, seenIds);
        if (id !== doc.source.id) {
          options.onError?.(`${path}: document id '${doc.source.id}' already used by ${seenIds.get(doc.source.id)}; stored as '${id}'`);
          doc.source.id = id;
        }
        const state = store.documentState(id);
        if (!options.force && state && state.sha256 === doc.source.sha256) {
          const { stage, newKeys } = staleStage(pipeline.keyMaker(), state.sha256, state.stageKeys, () => store.normText(id));
          if (newKeys) store.updateStageKeys(new Map([[id, newKeys]]));
          if (stage === null) {
            unchanged++;
            continue;
          }
        }
        const task: Task = { kind: 'read', source: doc.source, raw: doc.raw, meta: doc.meta };
        await writer.submit(id, doc.source.path, runner.run(task, writer.window));
      }
      filesDone++;
      options.progress?.tick(filesDone);
    }
    const summary = await writer.finish(() => runner.close());
    return { ...summary, files: paths.length, unchanged, otherShards, ...(shard ? { shard } : {}) };
  } finally {
    options.progress?.stop();
    await runner.close();
    await indexer?.abandon();
    store.close();
  }
}

/** Two inputs with the same file name get distinct ids: the later one gets a `~N` suffix. */
function uniqueId(id: string, path: string, seen: Map<string, string>): string {
  const owner = seen.get(id);
  if (owner === undefined || owner === path) {
    seen.set(id, path);
    return id;
  }
  for (let n = 2; ; n++) {
    const candidate = `${id}~${n}`;
    if (!seen.has(candidate)) {
      seen.set(candidate, path);
      return candidate;
    }
  }
}
