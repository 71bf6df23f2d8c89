import { describe, expect, it } from 'vitest';
import { SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { byValue, dictionaries, factsOf, pipeline } from './extract-helpers';
import { processText } from '../pipeline/pipeline';

type Example = [string, number, string | null];

/**
 * Contract v1.1, subject: what a classifier counts is the noun phrase the figure modifies. Session 23: jieba tags some
 * common nouns of what a government builds or designates as a place, a location, a direction or a person's name
 * (普通高中/ns, 海外/s 仓/nr, 河湖/ns, 幼儿园/nr, 初中/f), so no counted phrase could end in them; the user dictionary
 * tells it they are nouns (dictionaries/jieba/user.dict.txt), and the phrase reads as written.
 */
describe('subject: counted nouns jieba tagged as places or names (session 23)', () => {
  const file = dictionaries.json<{ taggedNounExamples: Example[] }>(SUBJECTS_FILE);
  it('runs the taggedNounExamples of subjects.json through the pipeline', () => {
    for (const [text, value, expected] of file.taggedNounExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
  it('tags the words as nouns, and 美丽 as an adjective', () => {
    const { doc } = processText('去年新建普通高中6所、初中9所，建成海外仓15个，新增美丽河湖4条。', 'tags', pipeline);
    const tags = new Map((doc.tokens ?? []).map((token) => [token.word, token.tag]));
    for (const word of ['普通高中', '初中', '海外仓', '河湖']) expect(tags.get(word), word).toBe('n');
    expect(tags.get('美丽')).toBe('a');
  });
  it('still reads a real place before a counted noun as the region, not the subject', () => {
    const fact = byValue(factsOf('宜昌市新建普通高中3所。'), 3);
    expect(fact.subject).toBe('普通高中');
    expect(fact.region).toBe('宜昌市');
  });
});
