import { describe, expect, it } from 'vitest';
import { CLASS_COUNTS_FILE, loadClassCountRules, withinCountedClasses } from '../pipeline/extract/class-count';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * Session 24, subject (contract v1.1: the product class the figure is about, as it reads in the text; a bare 产品
 * names none): a list closed by 等 and a count of classes stands for more classes than it names (SUBJ-CLASS-COUNT).
 */
type Example = [string, number, string | null];

describe('subject: a list closed by 等 and a count of classes names none (SUBJ-CLASS-COUNT)', () => {
  it('runs the examples of class-counts.json through the pipeline', () => {
    const examples = dictionaries.json<{ examples: Example[] }>(CLASS_COUNTS_FILE).examples;
    expect(examples.length).toBeGreaterThan(0);
    for (const [text, value, expected] of examples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
  it('reads a count of classes going on with a count of kinds, and keeps a subject outside the list', () => {
    const rules = loadClassCountRules(dictionaries);
    const sentence = '全年完成化肥、水泥、钢筋等3大类17种产品260个批次，合格241个批次';
    const figure = sentence.indexOf('241');
    expect(withinCountedClasses({ sentence, figure, subject: '化肥、水泥', rules })).toBe(true);
    expect(withinCountedClasses({ sentence, figure, subject: '钢筋', rules })).toBe(true);
    expect(withinCountedClasses({ sentence, figure, subject: '童装', rules })).toBe(false);
    const before = '抽查化肥30批次，另对水泥、钢筋等5类产品抽样';
    expect(withinCountedClasses({ sentence: before, figure: before.indexOf('30'), subject: '化肥', rules })).toBe(false);
  });
  it('leaves an item its own figure after the count', () => {
    const facts = factsOf('对台灯、插座、电线等8类产品开展抽查，其中插座合格率为90%。');
    expect(byValue(facts, 8).subject).toBeNull();
    expect(byValue(facts, 90).subject).toBe('插座');
  });
});
