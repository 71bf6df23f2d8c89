import { createHash } from 'node:crypto';
import path from 'node:path';
import { openDatabase } from '../output/database';
import { UserError } from '../output/errors';

/** What `qmine merge` needs to know of a part before copying it: its runs, and what made its documents. */
export interface PartInfo {
  file: string;
  /** Hash of everything that changes when the part is written to (its runs, its documents' count): a merged database records these. */
  identity: string;
  /** Shard index recorded by the part's first sharded run (runs.options.shard), for ordering parts; null when not a shard. */
  shardIndex: number | null;
  documents: number;
  /** The runs that stored the part's current documents. */
  producers: ProducerRun[];
}

interface ProducerRun {
  run: number;
  status: string;
  /** runs.options.pipeline: batch/pipeline-signature.ts; null for runs made before it was recorded. */
  pipeline: string | null;
  dictionaryHashes: Record<string, string>;
}

interface RunRow {
  id: number;
  status: string;
  options: string | null;
  dictionary_hashes: string;
}

/** Opens a part read-only (which checks it is a qmine database of this schema version) and describes it. */
export function describePart(file: string): PartInfo {
  const db = openDatabase(file, { readonly: true });
  try {
    const runs = db.prepare('SELECT * FROM runs ORDER BY id').all() as (RunRow & Record<string, unknown>)[];
    const documents = db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    const storing = new Set(db.prepare('SELECT DISTINCT run FROM documents').pluck().all() as number[]);
    const identity = createHash('sha256')
      .update(JSON.stringify({ version: db.pragma('user_version', { simple: true }), documents, runs }))
      .digest('hex');
    const options = (r: RunRow) => (r.options === null ? {} : (JSON.parse(r.options) as { pipeline?: string; shard?: string }));
    const shard = runs.map((r) => options(r).shard).find((s) => s !== undefined);
    return {
      file,
      identity,
      shardIndex: shard === undefined ? null : Number(shard.split('/')[0]),
      documents,
      producers: runs
        .filter((r) => storing.has(r.id))
        .map((r) => ({
          run: r.id,
          status: r.status,
          pipeline: options(r).pipeline ?? null,
          dictionaryHashes: JSON.parse(r.dictionary_hashes) as Record<string, string>,
        })),
    };
  } finally {
    db.close();
  }
}

/**
 * Refuses parts that a single run could not have made: a run that did not finish, or documents made by
 * different code or dictionaries (different pipeline signatures: batch/pipeline-signature.ts), naming
 * the parts, the runs and, for dictionaries, the files that differ. Returns the one signature.
 */
export function checkPartsAgree(parts: readonly PartInfo[]): string | null {
  let reference: { part: PartInfo; run: ProducerRun } | null = null;
  for (const part of parts) {
    for (const run of part.producers) {
      const where = `${part.file} (run ${run.run})`;
      if (run.status !== 'done') throw new UserError(`${where} did not finish (${run.status}): run it again to complete it before merging`);
      if (run.pipeline === null) {
        throw new UserError(`${where} records no pipeline signature (made by a qmine older than merge): run that part again`);
      }
      if (reference === null) {
        reference = { part, run };
        continue;
      }
      if (run.pipeline === reference.run.pipeline) continue;
      const files = differingFiles(reference.run.dictionaryHashes, run.dictionaryHashes);
      const than = `${reference.part.file} (run ${reference.run.run})`;
      throw new UserError(
        files.length > 0
          ? `${where} was made with different dictionaries than ${than} (${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}): run every part with the same qmine and dictionaries`
          : `${where} was made with different code than ${than} (their stage keys differ): run every part with the same qmine`,
      );
    }
  }
  return reference?.run.pipeline ?? null;
}

function differingFiles(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((file) => a[file] !== b[file]).sort();
}

/** Parts in shard order (then by identity): the merged run ids do not depend on the order they were named in. */
export function orderParts(parts: readonly PartInfo[]): PartInfo[] {
  return [...parts].sort(
    (a, b) => (a.shardIndex ?? Infinity) - (b.shardIndex ?? Infinity) || (a.identity < b.identity ? -1 : a.identity > b.identity ? 1 : 0),
  );
}

/** What a merged database records of its parts (meta.merged_parts): the same parts merged again change nothing. */
export function partsIdentity(parts: readonly PartInfo[]): string {
  return JSON.stringify(parts.map((p) => p.identity).sort());
}

export function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}
