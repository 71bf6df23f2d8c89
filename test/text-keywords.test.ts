import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dictionaries } from '../core/dictionaries';
import { isKeywordCandidate, loadStopwords } from '../pipeline/keywords';
import { rankKeywords } from './natural-keywords';

const stopwords = loadStopwords(new Dictionaries(path.resolve(__dirname, '../dictionaries')));

describe('rankKeywords', () => {
  const docs = [
    { id: 'a', words: ['乳制品', '抽查', '乳制品', '合格率', '乳制品', '质量', '的', '2009', '。', '加强'] },
    { id: 'b', words: ['电线电缆', '抽查', '合格率', '质量', '电线电缆'] },
    { id: 'c', words: ['特种设备', '质量', '检验', '抽查'] },
  ];

  it('ranks a word frequent in one document above words every document has', () => {
    const ranked = rankKeywords(docs, 3, stopwords);
    expect(ranked.get('a')![0]!.word).toBe('乳制品');
    expect(ranked.get('b')![0]!.word).toBe('电线电缆');
    const a = ranked.get('a')!;
    const weight = (w: string) => a.find((k) => k.word === w)?.weight ?? 0;
    expect(weight('乳制品')).toBeGreaterThan(weight('抽查'));
  });

  it('returns at most `limit` keywords per document, for every document', () => {
    const ranked = rankKeywords(docs, 2, stopwords);
    expect([...ranked.keys()]).toEqual(['a', 'b', 'c']);
    for (const list of ranked.values()) expect(list.length).toBeLessThanOrEqual(2);
  });

  it('never returns stop words, punctuation, numbers or single characters', () => {
    const words = rankKeywords(docs, 50, stopwords)
      .get('a')!
      .map((k) => k.word);
    for (const w of ['的', '2009', '。', '加强']) expect(words).not.toContain(w);
  });
});

describe('isKeywordCandidate', () => {
  it('filters by form', () => {
    expect(isKeywordCandidate('合格率', stopwords)).toBe(true);
    expect(isKeywordCandidate('87.9%', stopwords)).toBe(false);
    expect(isKeywordCandidate('四千五百', stopwords)).toBe(false);
    expect(isKeywordCandidate('质', stopwords)).toBe(false);
    expect(isKeywordCandidate('进一步', stopwords)).toBe(false);
    expect(isKeywordCandidate('——', stopwords)).toBe(false);
  });
});
