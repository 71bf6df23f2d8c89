import { describe, expect, it } from 'vitest';
import { CATEGORY_WORD_NAMES, CATEGORY_WORDS_FILE, loadCategoryWords, type CategoryWordsFile } from '../pipeline/scope/category-words';
import { dictionaries } from './extract-helpers';

/** The word patterns a figure's category reads around its metric (category-words.json): each keeps its examples. */

describe('category words: each pattern of category-words.json', () => {
  const file = dictionaries.json<CategoryWordsFile>(CATEGORY_WORDS_FILE);
  const words = loadCategoryWords(dictionaries);
  for (const name of CATEGORY_WORD_NAMES) {
    it(`${name} matches what it holds and not what it lacks`, () => {
      const entry = file.patterns[name]!;
      expect(entry.holds.length, 'examples it holds').toBeGreaterThan(0);
      expect(entry.lacks.length, 'examples it lacks').toBeGreaterThan(0);
      for (const text of entry.holds) expect(words[name].test(text), text).toBe(true);
      for (const text of entry.lacks) expect(words[name].test(text), text).toBe(false);
    });
  }
  it('names no pattern the code does not read', () => {
    expect(Object.keys(file.patterns).sort()).toEqual([...CATEGORY_WORD_NAMES].sort());
  });
});
