import { describe, expect, it } from 'vitest';
import { SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * Session 23, subject (contract v1.1: when the sentence names none of its own, the figure is about what the sentence
 * names before it; one fact per value, each with its own subject; the subject is not the measure).
 */
type Example = [string, number, string | null];
const runExamples = (key: string) => {
  const examples = dictionaries.json<Record<string, Example[]>>(SUBJECTS_FILE)[key]!;
  expect(examples.length).toBeGreaterThan(0);
  for (const [text, value, expected] of examples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
};

describe('subject: a run of results goes on about the thing sampled before it (SUBJ-RESULT-RUN)', () => {
  it('runs the resultRunExamples of subjects.json through the pipeline', () => runExamples('resultRunExamples'));
  it('passes clauses of results only, not a clause naming a figure of its own', () => {
    const facts = factsOf('共检查在用血压计300台，合格290台，不合格10台，合格率为96.7%。');
    expect(byValue(facts, 10).subject).toBe('血压计');
    expect(byValue(facts, 96.7).subject).toBe('血压计');
    const other = factsOf('共检查在用血压计300台，查处案件5起，罚款2万元，增长12%。');
    expect(byValue(other, 12).subject).toBeNull();
  });
});

describe('subject: a list of measures shares the owner its first item names (SUBJ-SHARED-OWNER)', () => {
  it('runs the sharedOwnerExamples of subjects.json through the pipeline', () => runExamples('sharedOwnerExamples'));
  it('gives no owner to a later item that names a thing of its own or is no measure alone', () => {
    const facts = factsOf('全市刑事案件立案数、电信网络诈骗案件发案数分别下降11%、20%。');
    expect(byValue(facts, -20).subject).not.toBe('刑事案件立案');
    expect(byValue(factsOf('全市规上工业增加值、农产品出口额分别增长6%、9%。'), 9).subject).not.toBe('规上工业');
  });
});
