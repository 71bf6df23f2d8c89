import { newDocument, type DocumentMeta, type SourceInfo } from '../document';
import type { Pipeline } from '../pipeline';
import { toRecord, type DocumentRecord } from '../record';
import { restoreDocument } from './restore';

/** One unit of work for a pipeline thread: a freshly read document, or a stored one to resume. */
export type Task =
  | { kind: 'read'; source: SourceInfo; raw: string; meta: DocumentMeta; keys: Record<string, string> }
  | { kind: 'resume'; record: DocumentRecord; fromStage: string; keys: Record<string, string> };

export function runTask(pipeline: Pipeline, task: Task): DocumentRecord {
  const before = { ...pipeline.timings };
  let record: DocumentRecord;
  if (task.kind === 'read') {
    record = toRecord(pipeline.process(newDocument(task.source, task.raw, task.meta)), task.keys);
  } else {
    const doc = restoreDocument(task.record, pipeline.stages, task.fromStage);
    record = toRecord(pipeline.process(doc, task.fromStage), task.keys);
    record.duplicateOf = task.record.duplicateOf;
  }
  record.timings = {};
  for (const [stage, ms] of Object.entries(pipeline.timings)) record.timings[stage] = ms - (before[stage] ?? 0);
  return record;
}

/** The first stage whose key differs from the stored one (null when every key is unchanged). */
export function firstChangedStage(
  stageNames: readonly string[],
  stored: Record<string, string>,
  current: Record<string, string>,
): string | null {
  for (const name of stageNames) if (stored[name] !== current[name]) return name;
  return null;
}
