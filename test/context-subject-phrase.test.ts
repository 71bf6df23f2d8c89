import { describe, expect, it } from 'vitest';
import { SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/** The noun phrase a figure counts or is measured on (contract v1.1, subject), read from the figure's own words. */

describe('subject: the noun phrase a classifier counts', () => {
  it('runs the counted examples of subjects.json through the pipeline', () => {
    const { countedExamples } = dictionaries.json<{ countedExamples: [string, number, string | null][] }>(SUBJECTS_FILE);
    for (const [sentence, value, expected] of countedExamples) expect(byValue(factsOf(sentence), value).subject, sentence).toBe(expected);
  });
  it('takes the whole phrase, not a head of the lexicon that only modifies its last noun', () => {
    const facts = factsOf('全省国家级先进制造业集群增至11个。');
    expect(byValue(facts, 11).subject).toBe('国家级先进制造业集群');
  });
  it('gives each item of a list given figures in order no phrase of a neighbour', () => {
    const facts = factsOf('省级文明城市、历史文化名镇分别增至21座、9座。');
    expect(byValue(facts, 21).subject).not.toBe('历史文化名镇');
  });
  it('carries what an earlier clause counted only past predicate words the segmenter reads as nouns', () => {
    // 基本/n 建成: the clause names nothing of its own; 新建/ns 充电/v 桩/q: it names a thing of its own.
    expect(byValue(factsOf('全省新建乡村公路900公里，基本建成650公里。'), 650).subject).toBe('乡村公路');
    expect(byValue(factsOf('完成12项市级疏堵工程，新建充电桩3万个。'), 30000).subject ?? '').not.toContain('疏堵工程');
  });
  it('does not read a count of events, a time or money as counting a thing', () => {
    expect(byValue(factsOf('两次全面降准。'), 2).subject).toBeNull();
    expect(byValue(factsOf('人均预期寿命超过79岁。'), 79).subject).toBeNull();
  });
  it('keeps the page’s topic for what a page about one company counts outside the lexicon', () => {
    const page =
      '南方电网物资管理调查。南方电网公司的物资管理正在改革，南方电网的仓库过去各自为政。' +
      '南方电网提出集中管理，南方电网全网仓库共有2870个，南方电网计划整合。';
    expect(byValue(factsOf(page), 2870).subject).toContain('南方电网');
  });
});

describe('subject: the board firms list on is no product', () => {
  it('reads no subject in 主板, 新三板 or 科创板 though 板 ends products in the lexicon', () => {
    const facts = factsOf('全年4家企业主板上市，6家企业挂牌“新三板”。');
    expect(byValue(facts, 4).subject).toBeNull();
    expect(byValue(facts, 6).subject).toBeNull();
    expect(byValue(factsOf('新三板挂牌企业9家。'), 9).subject ?? '').not.toContain('板');
    expect(byValue(factsOf('抽查钢板20批次，合格18批次。'), 18).subject).toBe('钢板');
  });
});

describe('subject: a product named by one character in an output list', () => {
  it('gives each metal of a list given figures in order its own figure', () => {
    // 黄金 and 白银 end in no head but stand before a measure; a one-character item must be a product the lexicon knows.
    const facts = factsOf('黄金、白银、镍产量分别增长15%、6%和7%。');
    expect(byValue(facts, 7).subject).toBe('镍');
    expect(byValue(factsOf('铜、铝产量分别增长3%和4%。'), 4).subject).toBe('铝');
  });
  it('keeps the longer product a one-character head ends (精炼铜, 电解铝)', () => {
    expect(byValue(factsOf('精炼铜、电解铝产量分别增长3%和4%。'), 3).subject).toBe('精炼铜');
  });
});

describe('subject: what a product is for stays in it (X用Y)', () => {
  it('keeps the use before the product, whichever word of the two the lexicon heads', () => {
    // 塑料薄膜 ends in no head of the lexicon: 农业 does; 轮胎 does, and 汽车 too.
    expect(byValue(factsOf('农业用塑料薄膜抽查合格率为93%。'), 93).subject).toBe('农业用塑料薄膜');
    expect(byValue(factsOf('汽车用轮胎抽查合格率为91%。'), 91).subject).toBe('汽车用轮胎');
  });
  it('keeps a use joined to another (文化与办公用机械)', () => {
    expect(byValue(factsOf('文化与办公用机械产值增长8%。'), 8).subject).toBe('文化与办公用机械');
  });
  it('does not read 用于 as a use', () => {
    expect(byValue(factsOf('企业用于研发的投入增长12%。'), 12).subject ?? '').not.toContain('用');
  });
});
