import { Store } from '../output/store';
import { Dictionaries } from '../core/dictionaries';
import type { Stage } from '../core/stage';
import { StageKeys } from '../pipeline/stage-keys';
import { refreshDerivedData, type DerivedRefresh } from './derived';
import { cachedStageKeySources, rememberStageKeySources, type StageKeyCacheOptions } from './stage-key-cache';
import { staleStage } from './stale-stage';
import type { BatchSummary, ProgressSink } from './writer';

export interface ReprocessOptions {
  db: string;
  jobs: number;
  dictionariesDir?: string;
  codeVersion: string;
  progress?: ProgressSink;
  onError?: (line: string) => void;
  /** Where the stage keys' code sources are cached (batch/stage-key-cache.ts); the default is the package's. */
  stageKeyCache?: StageKeyCacheOptions;
}

export interface ReprocessSummary extends BatchSummary {
  documents: number;
  /** Documents whose every stage key was unchanged. */
  unchanged: number;
  /** How many documents resumed at each stage (the first stage whose key changed). */
  resumedAt: Record<string, number>;
}

/**
 * Re-runs, from the stored text, only the stages whose key changed for each document (`qmine reprocess`).
 * With every key unchanged it records no run (runId 0) and only brings the derived data (duplicate marks,
 * keywords) up to date if an earlier command was killed before it could. The keys are compared before the
 * stages' code is loaded (from the stage key cache, when the code did not change since it was written):
 * a reprocess that finds nothing to do loads neither the segmenter nor the extraction rules.
 */
export async function reprocess(options: ReprocessOptions): Promise<ReprocessSummary> {
  const dictionaries = new Dictionaries(options.dictionariesDir);
  const stages = new LazyStages();
  const stageKeys = await currentStageKeys(dictionaries, stages, options.stageKeyCache);
  const store = Store.open(options.db, { dictionaries });
  const states = store.documentStates();
  const work: { id: string; fromStage: string }[] = [];
  const resumedAt: Record<string, number> = {};
  const rekeyed = new Map<string, Record<string, string>>();
  for (const state of states) {
    const staleness = () => staleStage(stageKeys, state.sha256, state.stageKeys, () => store.normText(state.id));
    const { stage: fromStage, newKeys } = await stages.retryLoaded(staleness);
    if (newKeys) rekeyed.set(state.id, newKeys);
    if (fromStage === null) continue;
    work.push({ id: state.id, fromStage });
    resumedAt[fromStage] = (resumedAt[fromStage] ?? 0) + 1;
  }
  store.updateStageKeys(rekeyed);
  const unchanged = states.length - work.length;
  if (work.length === 0) {
    let derived: DerivedRefresh;
    try {
      derived = refreshDerivedData(store, dictionaries, 0);
    } finally {
      store.close();
    }
    return {
      runId: 0,
      processed: 0,
      duplicates: 0,
      errors: [],
      factsByType: {},
      interrupted: false,
      stageMs: {},
      storeMs: 0,
      derived,
      documents: states.length,
      unchanged,
      resumedAt,
    };
  }
  // Loaded only when there is work (see above). import() with the file's name: Node's ES module loader,
  // which loads these CommonJS files from dist/, does not add the extension; vitest maps it to the source.
  const [{ Pipeline }, { pipelineSignature }, { createRunner }, { BatchWriter }] = await Promise.all([
    import('../pipeline/pipeline.js'),
    import('./pipeline-signature.js'),
    import('./pool.js'),
    import('./writer.js'),
  ]);
  const pipeline = new Pipeline(await stages.load(), dictionaries);
  const runner = createRunner(options.jobs, pipeline);
  const writer = new BatchWriter(
    store,
    {
      command: 'reprocess',
      codeVersion: options.codeVersion,
      dictionaryHashes: pipeline.dictionaryHashes(),
      options: { jobs: options.jobs, dictionaries: options.dictionariesDir ?? null, pipeline: pipelineSignature(pipeline) },
    },
    { dictionaries, onError: options.onError },
  );
  try {
    options.progress?.start(work.length);
    const byId = new Map(work.map((w) => [w.id, w]));
    let done = 0;
    for (const record of store.loadRecords(work.map((w) => w.id))) {
      if (writer.stopRequested) break;
      const { fromStage } = byId.get(record.source.id)!;
      await writer.submit(record.source.id, record.source.path, runner.run({ kind: 'resume', record, fromStage }, writer.window));
      options.progress?.tick(++done);
    }
    const summary = await writer.finish(() => runner.close());
    return { ...summary, documents: states.length, unchanged, resumedAt };
  } finally {
    options.progress?.stop();
    await runner.close();
    store.close();
  }
}

/** Thrown by a stage key that needs the stages' code (a key part) before it was loaded: see LazyStages.retryLoaded. */
class StagesNotLoaded extends Error {}

/** The stages of pipeline/stages, loaded when first needed (an unchanged reprocess never needs them). */
class LazyStages {
  private stages: readonly Stage[] | undefined;

  async load(): Promise<readonly Stage[]> {
    return (this.stages ??= (await import('../pipeline/stages/index.js')).STAGES);
  }

  /** The stages if loaded; otherwise throws StagesNotLoaded (synchronous callers: stage key parts). */
  loaded(): readonly Stage[] {
    if (this.stages === undefined) throw new StagesNotLoaded('the stages are not loaded yet');
    return this.stages;
  }

  /** `compute`, again after loading the stages if it needed them: keys are computed synchronously, modules load asynchronously. */
  async retryLoaded<T>(compute: () => T): Promise<T> {
    try {
      return compute();
    } catch (error) {
      if (!(error instanceof StagesNotLoaded)) throw error;
      await this.load();
      return compute();
    }
  }
}

/**
 * The current stage keys, as Pipeline.stageKeys computes them: the code's part from the cache when it
 * holds, else from the loaded stages (and cached for the next command); the dictionaries' by content.
 */
async function currentStageKeys(dictionaries: Dictionaries, stages: LazyStages, cache?: StageKeyCacheOptions): Promise<StageKeys> {
  const sources = cachedStageKeySources(cache) ?? rememberStageKeySources(await stages.load(), cache);
  const fileHashes = new Map<string, string>();
  return new StageKeys(sources, {
    fileHash: (file) => {
      let hash = fileHashes.get(file);
      if (hash === undefined) fileHashes.set(file, (hash = dictionaries.hash(file)));
      return hash;
    },
    keyPart: (name, normText) => {
      const stage = stages.loaded().find((s) => s.name === name);
      if (!stage?.keyPart) throw new Error(`stage '${name}' has no key part`);
      return stage.keyPart(normText, { dictionaries });
    },
  });
}
