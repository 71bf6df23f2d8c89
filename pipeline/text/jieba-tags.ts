import { readFileSync } from 'node:fs';

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

  private constructor(private readonly tags: ReadonlyMap<string, string>) {}

  /** The tags of `dictPath` (jieba.dict.utf8: `word freq tag` lines) and of the user dictionaries. */
  static load(dictPath: string, userDictPaths: readonly string[]): JiebaTags {
    const tags = new Map<string, string>();
    // Tags are few (about 60): intern them so the table holds one string per tag, not per word.
    const interned = new Map<string, string>();
    const intern = (tag: string) => interned.get(tag) ?? (interned.set(tag, tag), tag);
    // Every line of the main dictionary has exactly three fields (cppjieba refuses to load it otherwise).
    const main = readFileSync(dictPath, 'utf8');
    for (let start = 0; start < main.length; ) {
      let end = main.indexOf('\n', start);
      if (end < 0) end = main.length;
      const firstSpace = main.indexOf(' ', start);
      const lastSpace = main.lastIndexOf(' ', end - 1);
      if (firstSpace > start && lastSpace > firstSpace && lastSpace < end) {
        tags.set(main.slice(start, firstSpace), intern(main.slice(lastSpace + 1, end)));
      }
      start = end + 1;
    }
    for (const file of userDictPaths) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (line === '') continue;
        const fields = cppSplit(line);
        // DictTrie::InserUserDictNode: `word`, `word tag` or `word freq tag`; other lines add nothing.
        const tag = fields.length === 1 ? '' : fields.length === 2 ? fields[1]! : fields.length === 3 ? fields[2]! : null;
        if (tag !== null && fields[0] !== '') tags.set(fields[0]!, intern(tag));
      }
    }
    return new JiebaTags(tags);
  }

  /** The tag nodejieba.tag() gives `word` when its segmentation yields `word` as a token. */
  of(word: string): string {
    let tag = this.recent.get(word);
    if (tag === undefined) {
      const found = this.tags.get(word);
      tag = found === undefined || found === '' ? specialRule(word) : found;
      if (this.recent.size >= RECENT_WORDS) this.recent.clear();
      this.recent.set(word, tag);
    }
    return tag;
  }
}

/** Words in JiebaTags.recent: a corpus of 10 MB uses about 40,000 distinct ones. */
const RECENT_WORDS = 50_000;

/** limonp::Split(line, " "): fields between single spaces; a trailing empty field is dropped. */
function cppSplit(line: string): string[] {
  const fields = line.split(' ');
  if (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
  return fields;
}

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
