import { JiebaTagTable, type SharedJiebaTagTable } from './jieba-tag-table';

/**
 * The part of speech nodejieba.tag() gives a word, looked up in JavaScript. tag() is cut() with HMM
 * followed by one dictionary lookup per word (cppjieba PosTagger::LookupTag), but it builds a
 * {word, tag} object per token in native code, which makes it about twice as slow as cut(). Reading the
 * same dictionary files gives the same tags: the last entry of a word wins (user dictionaries after the
 * main one), and a word without a tag falls back to cppjieba's SpecialRule.
 */
export class JiebaTags {
  /** Tags of recently seen words: a small table stays in the CPU cache, the whole dictionary does not. */
  private readonly recent = new Map<string, string>();

  constructor(readonly table: JiebaTagTable) {}

  /** The tags of `dictPath` (jieba.dict.utf8: `word freq tag` lines) and of the user dictionaries. */
  static load(dictPath: string, userDictPaths: readonly string[]): JiebaTags {
    return new JiebaTags(JiebaTagTable.build(dictPath, userDictPaths));
  }

  /** The tags of a table built in another thread, read in its shared memory. */
  static fromShared(shared: SharedJiebaTagTable): JiebaTags {
    return new JiebaTags(JiebaTagTable.fromShared(shared));
  }

  /** The tag nodejieba.tag() gives `word` when its segmentation yields `word` as a token. */
  of(word: string): string {
    let tag = this.recent.get(word);
    if (tag === undefined) {
      const found = this.table.get(word);
      tag = found === undefined || found === '' ? specialRule(word) : found;
      if (this.recent.size >= RECENT_WORDS) this.recent.clear();
      this.recent.set(word, tag);
    }
    return tag;
  }
}

/** Words in JiebaTags.recent: a corpus of 10 MB uses about 40,000 distinct ones. */
const RECENT_WORDS = 50_000;

/**
 * PosTagger::SpecialRule for words the dictionary has no tag for: x without ASCII, m when the ASCII
 * characters (counted until half the word's length) are all digits, eng otherwise.
 */
export function specialRule(word: string): string {
  const runes: number[] = [];
  for (const ch of word) runes.push(ch.codePointAt(0)!);
  const half = Math.floor(runes.length / 2);
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < runes.length && ascii < half; i++) {
    if (runes[i]! < 0x80) {
      ascii++;
      if (runes[i]! >= 0x30 && runes[i]! <= 0x39) digits++;
    }
  }
  if (ascii === 0) return 'x';
  return digits === ascii ? 'm' : 'eng';
}
