import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { codeClosure } from '../core/code-hash';
import type { Stage } from '../core/stage';
import { stageKeySource, type StageKeySource } from '../pipeline/stage-keys';

/**
 * What the stage keys hash of the code (each stage's name, code hash, config and the files it reads:
 * StageKeySource), kept in a small file beside the build and valid while every file it was computed from
 * has the size, modification and change times and inode it had then, and every path codeHash looked for
 * in vain is still absent (make's and ccache's test, with git's guard against racily clean files). A command that only compares keys, such as an unchanged
 * `qmine reprocess`, then has them without loading the stages (about a hundred modules: the segmenter, the
 * extraction rules, the page cleaner) or hashing their code; any change to a file of any stage's code or to
 * an installed package it imports makes the cache miss, and the keys come from the loaded code again.
 * Dictionary files are hashed by content every time, as before: they are small, and are the change a
 * reprocess is most often run for.
 */
export interface StageKeyCacheOptions {
  /** The folder of the cache files. */
  dir: string;
  /** The module that lists the stages (pipeline/stages/index): all the stages' code is in its closure. */
  stagesModule: string;
  /**
   * Files changed at or after this time (ms since the epoch) are not trusted (see RACY_MS); the default is
   * RACY_MS before this process started, which covers whatever it read of them.
   */
  trustedBefore?: number;
}

const EXTENSION = path.extname(__filename);

export const DEFAULT_STAGE_KEY_CACHE: StageKeyCacheOptions = {
  // node_modules/.cache/<tool> of the package, as babel, eslint and terser do; from sources (vitest) or dist/.
  dir: path.resolve(__dirname, path.basename(path.dirname(__dirname)) === 'dist' ? '../..' : '..', 'node_modules', '.cache', 'qmine'),
  stagesModule: path.resolve(__dirname, '..', 'pipeline', 'stages', `index${EXTENSION}`),
};

/** Bump when StageKeySource or the file's layout changes. */
const FORMAT = 1;
/** The stamp of a path that must not exist. */
const ABSENT = '-';

/**
 * A file modified this close to (or after) the start of the process that computed the sources may have
 * been read in another version than the one its stamp shows (timestamps are coarse): no cache then.
 */
const RACY_MS = 2000;

interface CacheFile {
  format: number;
  stagesModule: string;
  /** Every file the sources were computed from, with its stamp, and the paths whose absence they depend on (stamp ABSENT). */
  files: [string, string][];
  sources: StageKeySource[];
}

/** The cached sources of the stages, or null when there is no cache or any of its files changed. */
export function cachedStageKeySources(options: StageKeyCacheOptions = DEFAULT_STAGE_KEY_CACHE): StageKeySource[] | null {
  let cache: CacheFile;
  try {
    cache = JSON.parse(readFileSync(cacheFile(options), 'utf8')) as CacheFile;
  } catch {
    return null;
  }
  if (cache.format !== FORMAT || cache.stagesModule !== options.stagesModule) return null;
  for (const [file, stamp] of cache.files) if ((stampOf(file)?.stamp ?? ABSENT) !== stamp) return null;
  return cache.sources;
}

/**
 * The sources of `stages` (the stages `options.stagesModule` lists, as this process loaded them), written
 * to the cache unless a file they come from is too recent to trust or cannot be stamped; a cache that
 * cannot be written is no error (the next command computes them again).
 */
export function rememberStageKeySources(
  stages: readonly Stage[],
  options: StageKeyCacheOptions = DEFAULT_STAGE_KEY_CACHE,
): StageKeySource[] {
  const sources = stages.map(stageKeySource);
  const closure = codeClosure(options.stagesModule);
  const trustedBefore = options.trustedBefore ?? performance.timeOrigin - RACY_MS;
  const files: [string, string][] = [];
  for (const file of [...closure.files, ...closure.packages.map((p) => p.manifest)]) {
    const found = file === null ? null : stampOf(file);
    if (found === null || found.changedMs >= trustedBefore) return sources;
    files.push([file!, found.stamp]);
  }
  for (const file of closure.absent) {
    if (stampOf(file) !== null) return sources;
    files.push([file, ABSENT]);
  }
  const cache: CacheFile = { format: FORMAT, stagesModule: options.stagesModule, files, sources };
  const target = cacheFile(options);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    mkdirSync(options.dir, { recursive: true });
    writeFileSync(temporary, JSON.stringify(cache));
    renameSync(temporary, target);
  } catch {
    // A read-only install: every command computes the sources.
  }
  return sources;
}

/** One cache file per stages module (sources and build, or two checkouts, do not share one). */
function cacheFile(options: StageKeyCacheOptions): string {
  return path.join(options.dir, `stage-keys-${createHash('sha256').update(options.stagesModule).digest('hex').slice(0, 16)}.json`);
}

function stampOf(file: string): { stamp: string; changedMs: number } | null {
  try {
    const stat = statSync(file, { bigint: true });
    const changedMs = Number((stat.mtimeNs > stat.ctimeNs ? stat.mtimeNs : stat.ctimeNs) / 1000000n);
    return { stamp: `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}`, changedMs };
  } catch {
    return null;
  }
}
