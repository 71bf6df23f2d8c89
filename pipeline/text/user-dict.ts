import type { Dictionaries } from '../../core/dictionaries';

export const JIEBA_USER_DICT_FILE = 'jieba/user.dict.txt';

interface UserDictEntry {
  /** The word, as cppjieba reads it: the line up to its first space. */
  word: string;
  line: string;
}

/** The lines of the user dictionary as cppjieba reads them (DictTrie::LoadUserDict skips only empty lines). */
function userDictEntries(dictionaries: Dictionaries): UserDictEntry[] {
  return dictionaries.parseOnce(
    JIEBA_USER_DICT_FILE,
    (text) =>
      text
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => ({ word: line.split(' ')[0]!, line })),
    'entries',
  );
}

/**
 * The user dictionary entries whose word occurs in `text`, as their lines in file order: all that a
 * text's segmentation and tags depend on in the user dictionary. cppjieba makes each entry a word of its
 * trie (a path the segmenter can take only where the text has the word) and, for a one-character word, a
 * character the HMM must not join with others; an entry's weight comes from its own frequency over the
 * main dictionary's total, or from the main dictionary's median, never from other entries; and the tag
 * lookup reads an entry only for a token equal to its word. So an entry whose word the text lacks changes
 * nothing in that text: adding, editing or removing it need not re-segment it.
 */
export function userDictEntriesIn(text: string, dictionaries: Dictionaries): string {
  const { entries, byFirstUnit, everywhere } = entryIndex(dictionaries);
  // One pass over the text rather than a search of the whole text per entry (a document's key is made
  // for every document). Entries are numbers and the found ones flags: a Set of entry objects made V8
  // deoptimize this loop again and again.
  const found = new Uint8Array(entries.length);
  let left = entries.length;
  for (const n of everywhere) {
    found[n] = 1;
    left--;
  }
  for (let i = 0; i < text.length && left > 0; i++) {
    const candidates = byFirstUnit[text.charCodeAt(i)];
    if (candidates === undefined) continue;
    for (let c = 0; c < candidates.length; c++) {
      const n = candidates[c]!;
      if (found[n] === 0 && text.startsWith(entries[n]!.word, i)) {
        found[n] = 1;
        left--;
      }
    }
  }
  const lines: string[] = [];
  for (let n = 0; n < entries.length; n++) if (found[n] === 1) lines.push(entries[n]!.line);
  return lines.join('\n');
}

/** The entries by the first UTF-16 unit of their word; an empty word (a line that starts with a space) occurs in every text. */
function entryIndex(dictionaries: Dictionaries): {
  entries: UserDictEntry[];
  /** By UTF-16 unit: the numbers of the entries whose word starts with it (most units start none: undefined). */
  byFirstUnit: (number[] | undefined)[];
  /** The numbers of the entries with an empty word. */
  everywhere: number[];
} {
  return dictionaries.parseOnce(
    JIEBA_USER_DICT_FILE,
    () => {
      const entries = userDictEntries(dictionaries);
      const byFirstUnit = new Array<number[] | undefined>(0x10000).fill(undefined);
      const everywhere: number[] = [];
      entries.forEach((entry, n) => {
        if (entry.word === '') {
          everywhere.push(n);
          return;
        }
        (byFirstUnit[entry.word.charCodeAt(0)] ??= []).push(n);
      });
      return { entries, byFirstUnit, everywhere };
    },
    'entries by first unit',
  );
}
