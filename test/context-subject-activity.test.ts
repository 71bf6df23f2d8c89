import { describe, expect, it } from 'vitest';
import { SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * Contract v1.1, subject: the industry or group a figure is about, as it reads. Reports count a region's trade
 * (外贸进出口, 货物出口) and its newly employed (城镇新增就业) by an activity no head of the lexicon ends.
 */
describe('subject: trade and new employment in reports', () => {
  it('runs the activity examples of subjects.json through the pipeline', () => {
    const { activityExamples } = dictionaries.json<{ activityExamples: [string, number, string | null][] }>(SUBJECTS_FILE);
    for (const [sentence, value, expected] of activityExamples) expect(byValue(factsOf(sentence), value).subject, sentence).toBe(expected);
  });
  it('names the trade with a partner, not the partner (contract: never the region)', () => {
    expect(byValue(factsOf('对东盟进出口增长8%。'), 8).subject).toBe('进出口');
  });
  it('names the newly employed when a figure follows in the same clause list', () => {
    expect(byValue(factsOf('全年城镇新增就业63万人，农村劳动力转移就业41万人。'), 410000).subject).toBe('农村劳动力转移就业');
  });
});

/** The farm and industrial products national reports count (棉花, 油料, 原油): heads of the lexicon, like 粮食 and 钢. */
describe('subject: the products of a national report', () => {
  it('names the product a change of output is of, the predicate 增产 after it', () => {
    expect(byValue(factsOf('粮食增产一成，棉花增产百分之二十。'), 20).subject).toBe('棉花');
    expect(byValue(factsOf('油料增产12%，糖料减产3%。'), 12).subject).toBe('油料');
    expect(byValue(factsOf('原油产量达到1.9亿吨。'), 190000000).subject).toBe('原油');
  });
});

/** A report compares a growth with the nation's: the comparison clause is about what the clause before named. */
describe('subject: a comparison with the nation goes on about the clause before', () => {
  it('keeps the sector or product of the growth compared', () => {
    expect(byValue(factsOf('规上工业增加值增长8.1%，高于全国2.3个百分点。'), 2.3).subject).toBe('规上工业');
    expect(byValue(factsOf('粮食产量增长4%，高于全国平均水平1.5个百分点。'), 1.5).subject).toBe('粮食');
  });
});
