import { existsSync } from 'node:fs';
import path from 'node:path';
import nodejieba from 'nodejieba';
import { JiebaTagTable, type SharedJiebaTagTable } from './jieba-tag-table';
import { JiebaTags } from './jieba-tags';

/** The user dictionaries nodejieba was last loaded with ('' before the first load). */
let loadedWith: string | null = null;
let loadedTags: JiebaTags | null = null;
/** A tag table another thread built (a WorkerPool's), used instead of building one when read from the same files. */
let providedTags: SharedJiebaTagTable | null = null;

/** nodejieba's main dictionary: exported at run time, missing from its typings. */
const MAIN_DICT = (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;

/**
 * One-entry stand-ins for the idf table and stop words of nodejieba's keyword extractor, which qmine never
 * calls (see jieba-unused/README.md): next to this module in the sources, or in the sources when compiled
 * to dist/. Without them, nodejieba's own files.
 */
const UNUSED_KEYWORD_FILES = ((): { idfDict?: string; stopWordDict?: string } => {
  for (const dir of [path.join(__dirname, 'jieba-unused'), path.resolve(__dirname, '..', '..', '..', 'pipeline', 'text', 'jieba-unused')]) {
    const idfDict = path.join(dir, 'idf.utf8');
    const stopWordDict = path.join(dir, 'stop_words.utf8');
    if (existsSync(idfDict) && existsSync(stopWordDict)) return { idfDict, stopWordDict };
  }
  return {};
})();

/**
 * nodejieba with the given user dictionaries loaded. nodejieba keeps one dictionary per process and
 * loads its default one on first use, so load explicitly, once, before any cut; a different set of user
 * dictionaries (another dictionaries folder in tests) reloads it.
 */
export function jiebaWith(userDictPaths: readonly string[]): typeof nodejieba {
  const key = userDictPaths.join('|');
  if (loadedWith !== key) {
    nodejieba.load({ userDict: key, ...UNUSED_KEYWORD_FILES });
    loadedWith = key;
    loadedTags = null;
  }
  return nodejieba;
}

/** The word/tag pairs nodejieba.tag(text) gives, as two lists, at the cost of a cut. */
export function tagWords(userDictPaths: readonly string[], text: string): { words: string[]; tags: string[] } {
  // cut() with HMM is the segmentation tag() uses.
  const words = jiebaWith(userDictPaths).cut(text, true);
  loadedTags ??= tagsOf(userDictPaths);
  const table = loadedTags;
  return { words, tags: words.map((word) => table.of(word)) };
}

/**
 * The tag table of nodejieba's main dictionary and `userDictPaths`, as shared memory for worker threads
 * (provideJiebaTags): built once per process rather than once per thread. Reads the dictionary files
 * only; nodejieba itself is not loaded.
 */
export function sharedJiebaTags(userDictPaths: readonly string[]): SharedJiebaTagTable {
  return JiebaTagTable.build(MAIN_DICT, userDictPaths).toShared();
}

/** Makes tagWords use `shared` (from sharedJiebaTags in another thread) for the user dictionaries it was built from. */
export function provideJiebaTags(shared: SharedJiebaTagTable): void {
  providedTags = shared;
  loadedTags = null;
}

function tagsOf(userDictPaths: readonly string[]): JiebaTags {
  const shared = providedTags;
  if (shared && shared.key.dictPath === MAIN_DICT && shared.key.userDictPaths.join('|') === userDictPaths.join('|')) {
    return JiebaTags.fromShared(shared);
  }
  return JiebaTags.load(MAIN_DICT, userDictPaths);
}
