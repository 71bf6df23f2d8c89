import { describe, expect, it } from 'vitest';
import { SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/** Whom a region trades with is no subject (contract v1.1, subject: never the region). */

describe('subject: trade partners', () => {
  it('runs the trade partner examples of subjects.json through the pipeline', () => {
    const { tradePartnerExamples } = dictionaries.json<{ tradePartnerExamples: [string, number, string | null][] }>(SUBJECTS_FILE);
    for (const [sentence, value, expected] of tradePartnerExamples)
      expect(byValue(factsOf(sentence), value).subject, sentence).toBe(expected);
  });
  it('reads no partner after a preposition that is a word of its own (对外贸易, 同比)', () => {
    expect(byValue(factsOf('纺织服装出口同比增长14%。'), 14).subject).toBe('纺织服装');
  });
  it('names no country imported from as the subject', () => {
    expect(byValue(factsOf('全年从德国进口增长6.5%。'), 6.5).subject).toBeNull();
  });
});
