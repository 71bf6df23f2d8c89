import { describe, expect, it } from 'vitest';
import { byValue, factsOf } from './extract-helpers';

/**
 * REGION-CASE-FINDING (places.json adverbialOpening): a case story's sentence that opens with what the investigation
 * found (经查, 经调查, 经检验) names its actor in the clause after: the figures are that actor's place, even in a page that
 * speaks as a province (全区, 我区) and lists the cases of its cities (contract v1.1: the most specific region). Our own
 * sentences.
 */
describe('a case story sentence opening with 经查', () => {
  it('gives the figures the place of the firm the clause after it names, in a province’s list of cases', () => {
    const facts = factsOf(
      [
        '自治区市场监管局通报十起典型案例',
        '在我区“铁拳”行动中，全区各级市场监管部门共立案查处案件820件，罚没款1260万元。',
        '  钦州市某某饲料厂无证生产案',
        '  2021年4月9日，钦州市市场监管局执法人员在检查中发现钦州市某某饲料厂无证生产。经查，钦州市某某饲料厂自2021年1月起，共生产饲料45吨，货值金额9.8万元。',
      ].join('\n'),
    );
    expect(byValue(facts, 820).region).toBe('广西壮族自治区');
    expect(byValue(facts, 45).region).toBe('钦州市');
    expect(byValue(facts, 98000).region).toBe('钦州市');
  });
  it('does the same after 经调查', () => {
    const facts = factsOf(
      [
        '全省查处农资案件情况通报',
        '今年以来，全省共查处农资案件310件。我省各地查处的案件中：',
        '  经调查，南充市某某农资店自去年起，共销售假冒化肥18吨，违法所得1.2万元。',
      ].join('\n'),
    );
    expect(byValue(facts, 18).region).toBe('南充市');
  });
});
