import { createHash } from 'node:crypto';
import path from 'node:path';
import { UserError } from '../output/errors';

/** One of `count` disjoint parts of a corpus: `qmine run --shard index/count`, index from 0. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** Reads `K/N` (0 ≤ K < N): one line naming the problem otherwise. */
export function parseShard(value: string): ShardSpec {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) throw new UserError('expected K/N, as in 0/4 (shard K of N, K from 0)');
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1) throw new UserError('N must be at least 1');
  if (index >= count) throw new UserError(`K must be below N (shards are numbered 0 to ${count - 1})`);
  return { index, count };
}

/**
 * The shard a document belongs to, from its id alone (the file name without extension, or the record's
 * id in a dump): the same on every machine and in every run, whatever the order or the folder the files
 * are read from. Files that share a name share a shard, so the `~N` suffixes that tell them apart are
 * given there as a single run gives them. The first 48 bits of a SHA-256 spread ids evenly over any N.
 */
export function shardOf(id: string, count: number): number {
  const digest = createHash('sha256').update(id).digest();
  return digest.readUIntBE(0, 6) % count;
}

/**
 * The shard of an input that could not be read (no document id): that of the id the file or record
 * would have had, so exactly one shard reports it.
 */
export function shardOfInput(filePath: string, record: number | null, count: number): number {
  const baseName = path.basename(filePath, path.extname(filePath));
  return shardOf(record === null ? baseName : `${baseName}#${record}`, count);
}

export function formatShard(shard: ShardSpec): string {
  return `${shard.index}/${shard.count}`;
}
