import { describe, expect, it } from 'vitest';
import { byValue, factsOf } from './extract-helpers';

/**
 * Contract v1.1, subject: "as it reads in the text"; the page's topic only "when the sentence names none". In a
 * list of counts each item names what its own figure counts (查获服饰1180件、寝具229组、袜子174双), though no head of
 * the lexicon names it: the goods class of the page (进口异常商品, 海产品) is not carried over it. On a page about one
 * company a single thing it counts is still its own (its 仓库).
 */
describe('subject: each item of a list of counts names its own thing (SUBJ-CARRY)', () => {
  it('keeps each seized item on a page about a goods class', () => {
    const facts = factsOf(
      '进口异常商品专项稽查\n进口异常商品专项稽查在三地查获服饰120件、寝具30组、袜子200双。进口异常商品查获数量创新高。进口异常商品需要重视。',
    );
    expect(byValue(facts, 30).subject).toBe('寝具');
    expect(byValue(facts, 200).subject).toBe('袜子');
  });
  it('keeps each sampled item on a page about a product class', () => {
    const facts = factsOf(
      '海产品质量抽查\n海产品质量抽查显示，海产品合格率较高。本次共抽查干制品15批次、调味品12批次、罐头9批次。海产品总体良好。',
    );
    expect(byValue(facts, 12).subject).toBe('调味品');
    expect(byValue(facts, 9).subject).toBe('罐头');
  });
  it('keeps the last item joined by 和 in a list of seized goods', () => {
    const facts = factsOf(
      '旅游商品市场检查\n旅游商品市场检查中，执法人员在景区暂扣纪念章300枚、挂件45串和摆件18个。旅游商品价格混乱。旅游商品问题多。',
    );
    expect(byValue(facts, 18).subject).toBe('摆件');
  });
  it('still gives a company page a single thing the company counts', () => {
    const facts = factsOf('宏达电器有限公司\n宏达电器有限公司今年新建仓库3个。宏达电器有限公司发展迅速。宏达电器有限公司产品畅销。');
    expect(byValue(facts, 3).subject).toBe('宏达电器有限公司');
  });
});
