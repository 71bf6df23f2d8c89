import { describe, expect, it } from 'vitest';
import { SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * Contract v1.1, subject: "as it reads in the text, shortest form that keeps what narrows it". A bulletin lists
 * its results item by item and names each product as it samples it (干制海产品10个批次, 脱水农产品合格率为51.6%,
 * 纸巾纸2批次不合格); a clause that goes on (…，18个批次合格) is about the thing its clause before counts, as written.
 */
type Example = [string, number, string | null];
const runExamples = (key: string) => {
  const examples = dictionaries.json<Record<string, Example[]>>(SUBJECTS_FILE)[key]!;
  for (const [text, value, expected] of examples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
};

describe('subject: each item of a list of results names its product as written (SUBJ-RESULT-ITEM)', () => {
  it('runs the resultItemExamples of subjects.json through the pipeline', () => runExamples('resultItemExamples'));
  it('keeps the modifier the lexicon drops (速冻/n 鱼糜, 干制/v 菌菇)', () => {
    const facts = factsOf('其中：干制菌菇9个批次、速冻鱼糜14个批次。');
    expect(byValue(facts, 9).subject).toBe('干制菌菇');
    expect(byValue(facts, 14).subject).toBe('速冻鱼糜');
  });
  it('gives an item its own product over a heading’s and over a head inside it (锌 of 镀锌钢丝)', () => {
    const facts = factsOf('重点工业产品质量抽查情况\n本次抽查重点工业产品120批次。其中，镀锌钢丝3批次不合格、塑料扣件2批次不合格。');
    expect(byValue(facts, 3).subject).toBe('镀锌钢丝');
    expect(byValue(facts, 2).subject).toBe('塑料扣件');
  });
  it('reads an item whose name holds 用 (絮用, 车用) and one in brackets after a bracketed mark', () => {
    const facts = factsOf('其中，鞋用胶粘剂4批次不合格、车用尿素2批次不合格。');
    expect(byValue(facts, 4).subject).toBe('鞋用胶粘剂');
    expect(byValue(facts, 2).subject).toBe('车用尿素');
  });
  it('takes no headline, result or report for a product', () => {
    expect(byValue(factsOf('城区合格210批次，郊县合格90批次。'), 210).subject).toBeNull();
    expect(byValue(factsOf('抽检结果显示6批次不合格。'), 6).subject).toBeNull();
  });
});

describe('subject: a clause going on is about the thing as its clause before counts it (SUBJ-CARRY-WRITTEN)', () => {
  it('runs the carriedWrittenExamples of subjects.json through the pipeline', () => runExamples('carriedWrittenExamples'));
  it('carries the written form over a clause with a figure of its own (…，18个批次合格，合格率为…)', () => {
    const facts = factsOf('本次抽查阻燃电线32个批次，29个批次合格，合格率为90.6%。');
    for (const value of [29, 90.6]) expect(byValue(facts, value).subject).toBe('阻燃电线');
  });
});

describe('subject: a whole named by its two parts is split among a pair of figures (SUBJ-PAIRED-WHOLE)', () => {
  it('runs the pairedWholeExamples of subjects.json through the pipeline', () => runExamples('pairedWholeExamples'));
  it('splits a pair joined by 、 in a later clause of the same sentence (…分别达…，增长4.6%、6.1%)', () => {
    const facts = factsOf('全年城乡居民人均可支配收入分别达4.8万元、2.1万元，增长4.9%、6.6%。');
    expect(byValue(facts, 48000).subject).toBe('城镇居民');
    expect(byValue(facts, 21000).subject).toBe('农村居民');
    expect(byValue(facts, 4.9).subject).toBe('城镇居民');
    expect(byValue(facts, 6.6).subject).toBe('农村居民');
  });
});
