import { Store } from '../output/store';
import { Dictionaries } from '../core/dictionaries';
import { Pipeline } from '../pipeline/pipeline';
import { STAGES } from '../pipeline/stages';
import { refreshDerivedData, type DerivedRefresh } from './derived';
import { pipelineSignature } from './pipeline-signature';
import { createRunner } from './pool';
import { staleStage } from './task';
import { BatchWriter, type BatchSummary, type ProgressSink } from './writer';

export interface ReprocessOptions {
  db: string;
  jobs: number;
  dictionariesDir?: string;
  codeVersion: string;
  progress?: ProgressSink;
  onError?: (line: string) => void;
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
 * keywords) up to date if an earlier command was killed before it could.
 */
export async function reprocess(options: ReprocessOptions): Promise<ReprocessSummary> {
  const dictionaries = new Dictionaries(options.dictionariesDir);
  const pipeline = new Pipeline(STAGES, dictionaries);
  const store = Store.open(options.db, { dictionaries });
  const states = store.documentStates();
  const work: { id: string; fromStage: string }[] = [];
  const resumedAt: Record<string, number> = {};
  const rekeyed = new Map<string, Record<string, string>>();
  for (const state of states) {
    const { stage: fromStage, newKeys } = staleStage(pipeline, state.sha256, state.stageKeys, () => store.normText(state.id));
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
