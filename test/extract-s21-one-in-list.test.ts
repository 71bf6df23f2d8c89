import { describe, it } from 'vitest';
import { expectFacts, expectNoFact } from './extract-helpers';

// 一 with its classifier is the article "a" (contract: no fact) except where it is one item of a list of counts:
// sampling bulletins list the failed samples one by one, and news of a recall names how many firms of each kind
// (rules/not-facts.jsonl nf.lone-one).
describe('a count of one in a list of counts', () => {
  it('an item next to a count of another number is a count of 1', () => {
    expectFacts('这批问题货涉及三家外省经销商和一家本地经销商。', [{ type: 'count', value: 1, unit: '家', key: '经销商' }]);
  });
  it('the items of a breakdown after 分别为 or 包括 are counts of 1', () => {
    expectFacts('五个不合格样本分别为一个菌落总数超标的凉茶样本；两个防腐剂超标的酱菜样本；两个标签不符的饼干样本。', [
      { type: 'count', value: 1, unit: '个', key: '样本' },
    ]);
    expectFacts('四个不合格样本包括：一件月饼检出防腐剂、三个奶茶样本检出细菌。', [{ type: 'count', value: 1, unit: '件' }]);
  });
  it('one of the samples a test took is a count of 1', () => {
    expectFacts('中心本季度抽取三百个样本，当中有一个样本检出禁用色素。', [{ type: 'count', value: 1, unit: '个', key: '样本' }]);
  });
  it('a list of articles alone stays no fact', () => {
    expectNoFact('不能只顾一个地区、一个部门的得失。', { value: 1 });
    expectNoFact('厂里新购入一台切片机和一台封口机。', { value: 1 });
  });
});
