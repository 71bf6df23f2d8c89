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
  const { entries, byFirstUnit, startsSome, everywhere } = entryIndex(dictionaries);
  // One pass over the text rather than a search of the whole text per entry (a document's key is made for every document).
  const found = new Set<UserDictEntry>(everywhere);
  for (let i = 0; i < text.length && found.size < entries.length; i++) {
    const unit = text.charCodeAt(i);
    if (startsSome[unit] === 0) continue;
    const candidates = byFirstUnit.get(unit);
    if (candidates === undefined) continue;
    for (const entry of candidates) if (!found.has(entry) && text.startsWith(entry.word, i)) found.add(entry);
  }
  return entries
    .filter((entry) => found.has(entry))
    .map((entry) => entry.line)
    .join('\n');
}

/** The entries by the first UTF-16 unit of their word; an empty word (a line that starts with a space) occurs in every text. */
function entryIndex(dictionaries: Dictionaries): {
  entries: UserDictEntry[];
  byFirstUnit: Map<number, UserDictEntry[]>;
  /** 1 for each UTF-16 unit that starts a word: most characters of a text start none. */
  startsSome: Uint8Array;
  everywhere: UserDictEntry[];
} {
  return dictionaries.parseOnce(
    JIEBA_USER_DICT_FILE,
    () => {
      const entries = userDictEntries(dictionaries);
      const byFirstUnit = new Map<number, UserDictEntry[]>();
      const startsSome = new Uint8Array(0x10000);
      for (const entry of entries) {
        if (entry.word === '') continue;
        const unit = entry.word.charCodeAt(0);
        const list = byFirstUnit.get(unit) ?? [];
        list.push(entry);
        byFirstUnit.set(unit, list);
        startsSome[unit] = 1;
      }
      return { entries, byFirstUnit, startsSome, everywhere: entries.filter((entry) => entry.word === '') };
    },
    'entries by first unit',
  );
}
