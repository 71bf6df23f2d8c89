import { fingerprint, type Fingerprint } from './dedupe';
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
  const { exact, simhash, length } = recentFingerprint(record.norm.text);
  record.fingerprint = { exact, simhash, length };
  record.timings = {};
  for (const [stage, ms] of Object.entries(pipeline.timings)) record.timings[stage] = ms - (before[stage] ?? 0);
  return record;
}

/**
 * Fingerprints of the normalised texts this thread ran lately, by text: a quarter of a corpus's documents
 * repeat another's text (a report in a dump and as a page of its own), and hashing it is a regex pass,
 * a SHA-256 and a SimHash over the whole text.
 */
const recentFingerprints = new Map<string, Fingerprint>();
let recentCharacters = 0;
/** Characters of text kept (twice as many bytes); past it the oldest texts go. */
const MAX_RECENT_CHARACTERS = 4 * 1024 * 1024;

function recentFingerprint(normText: string): Fingerprint {
  const known = recentFingerprints.get(normText);
  if (known) return known;
  const made = fingerprint(normText);
  if (normText.length > MAX_RECENT_CHARACTERS) return made;
  recentFingerprints.set(normText, made);
  recentCharacters += normText.length;
  for (const [text] of recentFingerprints) {
    if (recentCharacters <= MAX_RECENT_CHARACTERS) break;
    recentFingerprints.delete(text);
    recentCharacters -= text.length;
  }
  return made;
}
