import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankCorpusKeywords } from '../batch/corpus-keywords';
import { rankKeywords } from './natural-keywords';

const STOPWORDS = new Set(['我们', '进一步']);
const VOCABULARY = [
  '质量',
  '监督',
  '抽查',
  '合格率',
  '计量',
  '标准化',
  '名牌',
  '执法',
  '我们',
  '进一步',
  '1260',
  '一千',
  '，',
  '。',
  '质',
  'GB',
  'constructor',
  'toString',
];

/** The corpus-wide ranking must give exactly what natural's TfIdf over all documents gives. */
describe('rankCorpusKeywords', () => {
  it('gives the weights and order of rankKeywords (natural TfIdf over the whole corpus)', () => {
    const docs = fc
      .array(fc.record({ words: fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 40 }) }), { minLength: 1, maxLength: 12 })
      .map((list) => list.map((d, i) => ({ id: `d${i}`, words: d.words })));
    fc.assert(
      fc.property(docs, fc.integer({ min: 1, max: 8 }), (corpus, limit) => {
        const expected = rankKeywords(corpus, limit, STOPWORDS);
        const actual = rankCorpusKeywords(corpus, limit, STOPWORDS);
        expect([...actual.entries()]).toEqual([...expected.entries()]);
      }),
      { numRuns: 200 },
    );
  });

  it('ranks a word frequent here and rare elsewhere first, and leaves out stop words, numbers and single characters', () => {
    const ranked = rankCorpusKeywords(
      [
        { id: 'a', words: ['计量', '计量', '计量', '质量', '我们', '我们', '我们', '我们', '1260', '质'] },
        { id: 'b', words: ['质量', '监督'] },
        { id: 'c', words: ['质量', '抽查'] },
      ],
      5,
      STOPWORDS,
    );
    expect(ranked.get('a')!.map((k) => k.word)).toEqual(['计量', '质量']);
    expect(ranked.get('a')![0]!.weight).toBeCloseTo(3 * (1 + Math.log(3 / 2)), 12);
    expect(ranked.get('b')!.map((k) => k.word)).toEqual(['监督', '质量']);
  });

  it('reads its documents once, so they can stream', () => {
    let reads = 0;
    function* stream() {
      reads++;
      yield { id: 'a', words: ['计量', '质量'] };
      yield { id: 'b', words: ['质量'] };
    }
    expect(rankCorpusKeywords(stream(), 3, STOPWORDS).size).toBe(2);
    expect(reads).toBe(1);
  });
});
