import { createHash } from 'node:crypto';

/**
 * Duplicate documents: exact (sha256 of the normalised text without whitespace and punctuation) and near
 * (64-bit SimHash over character 4-grams, Charikar 2002; two documents are near-duplicates when their
 * hashes differ in at most NEAR_BITS bits). Lookups split the hash into NEAR_BITS + 1 bands: two hashes
 * within NEAR_BITS bits agree on at least one band, so only documents sharing a band are compared.
 */

export interface Fingerprint {
  /** sha256 (hex) of the text's letters, digits and ideographs. */
  exact: string;
  /** SimHash, 16 hex digits. */
  simhash: string;
  /** Characters hashed: near-duplicate matching needs enough of them to mean anything. */
  length: number;
}

/** Hamming distance at or below which two SimHashes are near-duplicates (3 of 64 bits: Manku et al. 2007). */
export const NEAR_BITS = 3;
/** Texts shorter than this (characters hashed) are matched exactly only. */
export const NEAR_MIN_LENGTH = 200;
const SHINGLE = 4;

/** What the hashes read: the text without whitespace, punctuation and symbols. */
export function contentCharacters(normText: string): string {
  return normText.replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function fingerprint(normText: string): Fingerprint {
  const content = contentCharacters(normText);
  return {
    exact: createHash('sha256').update(content).digest('hex'),
    simhash: simhash(content),
    length: content.length,
  };
}

/** 64-bit SimHash of a string's character shingles, as 16 hex digits. */
export function simhash(content: string): string {
  // Shingles are SHINGLE code points; they are hashed in place (no substring per shingle).
  const starts = codePointStarts(content);
  const count = starts.length - 1;
  const high = new BitCounts();
  const low = new BitCounts();
  const n = Math.max(1, count - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const from = starts[i]!;
    const to = starts[Math.min(i + SHINGLE, count)]!;
    high.add(hash32(content, from, to, 0x9747b28c));
    low.add(hash32(content, from, to, 0x5bd1e995));
  }
  // Bit b of the SimHash is set when more shingle hashes have it set than not (weight = ones - zeros > 0).
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    const counts = nibble < 8 ? high : low;
    let value = 0;
    for (let k = 0; k < 4; k++) value = (value << 1) | (2 * counts.ones((nibble % 8) * 4 + k) > n ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}

/**
 * How many of the added 32-bit words have each bit set, kept as a binary counter per bit position with
 * the counters sliced by bit (plane j holds bit j of every position's count): adding a word costs a few
 * word operations instead of 32 increments.
 */
class BitCounts {
  private readonly planes = new Int32Array(32);

  add(word: number): void {
    let carry = word | 0;
    for (let j = 0; carry !== 0; j++) {
      const next = this.planes[j]! & carry;
      this.planes[j]! ^= carry;
      carry = next;
    }
  }

  /** Count of words with bit `position` set, position 0 being the most significant. */
  ones(position: number): number {
    let count = 0;
    for (let j = 0; j < 31; j++) count += ((this.planes[j]! >>> (31 - position)) & 1) * 2 ** j;
    return count;
  }
}

/** UTF-16 offset of each code point (as Array.from splits them: a lone surrogate is one), then the length. */
function codePointStarts(text: string): Int32Array {
  const starts = new Int32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; count++) {
    starts[count] = i;
    const unit = text.charCodeAt(i);
    const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    i += pair ? 2 : 1;
  }
  starts[count] = text.length;
  return starts.subarray(0, count + 1);
}

/** Murmur3-style 32-bit hash of the UTF-16 units text[from, to). */
function hash32(text: string, from: number, to: number, seed: number): number {
  let h = seed >>> 0;
  for (let i = from; i < to; i++) {
    let k = Math.imul(text.charCodeAt(i), 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= to - from;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function hammingDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < 16; i += 8) {
    let x = (parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      distance++;
    }
  }
  return distance;
}

/** Bands of a 64-bit hash (16 hex digits) split into `count` nearly equal runs of bits. */
function bands(hex: string, count: number): string[] {
  const bits = hex
    .split('')
    .map((d) => parseInt(d, 16).toString(2).padStart(4, '0'))
    .join('');
  const out: string[] = [];
  for (let b = 0; b < count; b++) {
    const from = Math.floor((b * 64) / count);
    const to = Math.floor(((b + 1) * 64) / count);
    out.push(`${b}:${bits.slice(from, to)}`);
  }
  return out;
}

/**
 * Finds, for each document added in turn, an earlier document it duplicates. Keeps only hashes, so it
 * scales to large corpora; the first document of a group is the original the others point to.
 */
export class DuplicateFinder {
  private readonly exact = new Map<string, string>();
  private readonly bandIndex = new Map<string, { id: string; simhash: string }[]>();

  constructor(private readonly nearBits = NEAR_BITS) {}

  /** Registers a document; returns the id of an earlier exact or near duplicate, or null. */
  add(id: string, fp: Pick<Fingerprint, 'exact' | 'simhash'> & { length?: number }): string | null {
    const exactMatch = this.exact.get(fp.exact);
    if (exactMatch !== undefined) return exactMatch;
    this.exact.set(fp.exact, id);
    if (fp.length !== undefined && fp.length < NEAR_MIN_LENGTH) return null;

    let match: string | null = null;
    const keys = bands(fp.simhash, this.nearBits + 1);
    for (const key of keys) {
      for (const candidate of this.bandIndex.get(key) ?? []) {
        if (hammingDistance(candidate.simhash, fp.simhash) <= this.nearBits) {
          match = candidate.id;
          break;
        }
      }
      if (match) break;
    }
    if (match === null) {
      for (const key of keys) {
        const bucket = this.bandIndex.get(key);
        if (bucket) bucket.push({ id, simhash: fp.simhash });
        else this.bandIndex.set(key, [{ id, simhash: fp.simhash }]);
      }
    }
    return match;
  }
}
