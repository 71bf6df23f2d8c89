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
  return userDictEntries(dictionaries)
    .filter((entry) => text.includes(entry.word))
    .map((entry) => entry.line)
    .join('\n');
}
