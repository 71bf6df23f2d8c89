import { fingerprint } from './dedupe';
import { newDocument, type DocumentMeta, type SourceInfo } from '../core/document';
import type { Pipeline } from '../pipeline/pipeline';
import { toRecord, type DocumentRecord } from '../core/record';
import { restoreDocument, resumeStage } from './restore';

/** One unit of work for a pipeline thread: a freshly read document, or a stored one to resume. */
export type Task =
  { kind: 'read'; source: SourceInfo; raw: string; meta: DocumentMeta } | { kind: 'resume'; record: DocumentRecord; fromStage: string };

export function runTask(pipeline: Pipeline, task: Task): DocumentRecord {
  const before = { ...pipeline.timings };
  let record: DocumentRecord;
  // Keys are computed here, after processing: some depend on the normalised text (Stage.keyPart).
  if (task.kind === 'read') {
    const doc = pipeline.process(newDocument(task.source, task.raw, task.meta));
    record = toRecord(doc, pipeline.stageKeys(task.source.sha256, doc.norm?.text));
  } else {
    const from = resumeStage(pipeline.stages, task.fromStage);
    const doc = pipeline.process(restoreDocument(task.record, pipeline.stages, from), from);
    record = toRecord(doc, pipeline.stageKeys(task.record.source.sha256, doc.norm?.text));
    record.duplicateOf = task.record.duplicateOf;
  }
  // Computed here rather than by the single writer, which is the bottleneck with several workers: what
  // the corpus-wide duplicate detection at the end of a run reads (batch/derived.ts).
  const { exact, simhash, length } = fingerprint(record.norm.text);
  record.fingerprint = { exact, simhash, length };
  record.timings = {};
  for (const [stage, ms] of Object.entries(pipeline.timings)) record.timings[stage] = ms - (before[stage] ?? 0);
  return record;
}

/**
 * The first stage to run again for a stored document whose input hashes to `inputHash` (null: none),
 * and, when none, the document's current keys if they differ from the stored ones (else null): a
 * stage's whole-files key (Pipeline.stageKeys) changes with any edit of the files it reads in part,
 * also for a document whose part did not change, and is stored again so that the next command finds
 * it equal. Keys that depend on the normalised text (Stage.keyPart) stand as stored when the files they
 * read are unchanged; otherwise they come from the stored text, read only when every key before them is
 * unchanged.
 */
export function staleStage(
  pipeline: Pipeline,
  inputHash: string,
  stored: Record<string, string>,
  storedNormText: () => string | null,
): { stage: string | null; newKeys: Record<string, string> | null } {
  const names = pipeline.stages.map((s) => s.name);
  let keys = pipeline.stageKeys(inputHash, undefined, stored);
  let stage = firstChangedStage(names, stored, keys);
  if (stage !== null && !(stage in keys)) {
    const normText = storedNormText();
    if (normText === null) return { stage, newKeys: null };
    keys = pipeline.stageKeys(inputHash, normText);
    stage = firstChangedStage(names, stored, keys);
  }
  const same = Object.keys(keys).length === Object.keys(stored).length && Object.entries(keys).every(([k, v]) => stored[k] === v);
  return { stage, newKeys: stage === null && !same ? keys : null };
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
