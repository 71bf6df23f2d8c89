import { describe, expect, it } from 'vitest';
import type { Fact } from '../core/document';
import { factsOf } from './extract-helpers';

/** Names of the policy facts, in text order. */
function policies(facts: readonly Fact[]): string[] {
  return facts.filter((f) => f.type === 'policy').map((f) => f.name!);
}

describe('policy titles across a document (rules/names.jsonl policy.title, lexicons/titles.json)', () => {
  it('reads titles a page sets on lines of their own, between 《 and 》', () => {
    const facts = factsOf(
      ['过去一年，国务院制定并颁布了《', '某某动物疫病防控条例', '》、《', '关于加强计量监督的特别规定', '》等行政法规。'].join('\n'),
    );
    expect(policies(facts)).toEqual(['某某动物疫病防控条例', '关于加强计量监督的特别规定']);
  });

  it('types drafts and 关于-documents of an issuer, and counts short names but not a bare word pointing back', () => {
    const facts = factsOf(
      [
        '根据《中共某某市委关于编制全市国民经济和社会发展第十五个五年规划的建议》，编制了《某某市国民经济和社会发展第十五个五年规划纲要（草案）》。',
        '《纲要（草案）》提出了今后五年的主要指标。',
        '全面落实《某某市质量发展条例》，《条例》实施以来成效明显。',
        '他还写了《关于质量工作的几点思考》一文。',
      ].join('\n'),
    );
    expect(policies(facts)).toEqual([
      '中共某某市委关于编制全市国民经济和社会发展第十五个五年规划的建议',
      '某某市国民经济和社会发展第十五个五年规划纲要（草案）',
      '纲要（草案）',
      '某某市质量发展条例',
    ]);
  });

  it('takes no title a page has marked as a programme, there or later', () => {
    const facts = factsOf(['3月5日，央视《质量观察报告》曝光了某品牌家具造假。', '正是《质量观察报告》的曝光让真相大白。'].join('\n'));
    expect(policies(facts)).toEqual([]);
  });
});

describe('policy titles: white papers and notices (contract: official reports and notices are policies)', () => {
  it('takes a title the sentence calls a white paper, and notices written 通知书 / 通知单', () => {
    expect(policies(factsOf('国务院新闻办公室发表《中国的食品质量安全状况》白皮书。'))).toEqual(['中国的食品质量安全状况']);
    expect(policies(factsOf('该中心收到《某某能力验证计划结果通知单》，结果为满意。'))).toEqual(['某某能力验证计划结果通知单']);
    expect(policies(factsOf('市局向企业下达《责令改正通知书》12份。'))).toEqual(['责令改正通知书']);
  });
  it('does not take a book or an article as a policy', () => {
    expect(policies(factsOf('他出版了《质量的力量》一书。'))).toEqual([]);
  });
});
