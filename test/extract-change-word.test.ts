import { describe, expect, it } from 'vitest';
import { byValue, dictionaries, expectFacts, factsOf } from './extract-helpers';

/**
 * A change's metric says how the measure moved (lexicons/change-words.json, pipeline/extract/change-word.ts): the verb
 * of change before the figure, trimmed from the words naming the measure, is added back at the end. Our own sentences,
 * in the style of work reports and bulletins.
 */
describe('each example of change-words.json gives its change the verb of change (rule change-word)', () => {
  const examples = dictionaries.json<{ examples: [string, number, string][] }>('lexicons/change-words.json').examples;
  for (const [text, value, key] of examples) {
    it(text, () => expectFacts(text, [{ type: 'change', value, key }]));
  }
});

describe('the verb of change in a change metric', () => {
  it('reads the measure, then the qualifier and verb the clause says', () => {
    expectFacts('全市特种设备总量中，在用叉车增长8.6%。', [{ type: 'change', value: 8.6, metric: '在用叉车增长' }]);
    expectFacts('本市客运量比上年下降3.5%。', [{ type: 'change', value: -3.5, key: '客运量' }]);
    expect(byValue(factsOf('本市客运量比上年下降3.5%。'), -3.5).metric).toMatch(/下降$/);
  });

  it('does not say a qualifier twice when the metric kept it', () => {
    const metric = byValue(factsOf('全县工业产值年均增长9.3%。'), 9.3).metric;
    expect(metric).toContain('年均增长');
    expect(metric).not.toContain('年均年均');
  });

  it('gives the next item of a list of changes the verb the list shares', () => {
    const facts = factsOf('营业收入、利税总额分别增长12.5%、8.1%。');
    expect(byValue(facts, 12.5).metric).toContain('增长');
    expect(byValue(facts, 8.1).metric).toContain('增长');
  });

  it('adds nothing to a metric that names the change, nor to a level after a change', () => {
    const facts = factsOf('全年外贸进出口增长6.2%，总额达到820亿元。');
    expect(byValue(facts, 6.2).metric).toContain('增长');
    expect(byValue(facts, 82000000000).metric).not.toContain('增长');
    expectFacts('主营业务收入增幅为15.2%。', [{ value: 15.2, key: '增幅' }]);
    expect(byValue(factsOf('主营业务收入增幅为15.2%。'), 15.2).metric).not.toMatch(/增幅.*增/);
  });

  it('leaves the context of the change as it was', () => {
    const text = '去年全省乳制品产量同比增长7.7%。';
    const fact = byValue(factsOf(text), 7.7);
    expect(fact.metric).toContain('同比增长');
    expect(fact.subject ?? '').not.toContain('增长');
  });
});
