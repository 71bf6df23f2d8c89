import { describe, expect, it } from 'vitest';
import { dictionaries, expectFacts, expectNoFact, factsOf } from './extract-helpers';

/**
 * Session-17 metric classes (contract: `metric` is the phrase naming what is measured; gold scores a short key of
 * it, the counted noun or the classifier): a count whose classifier stands for what was counted, words after a
 * figure that the clause goes on to state of it, and a change whose words name nothing. Our own sentences, in the
 * style of bulletins and work reports.
 */
describe('each counted-word rule gives its examples the word its classifier stands for (lexicons/counted-words.json)', () => {
  const rules = dictionaries.json<{ rules: { id: string; examples: [string, number, string][] }[] }>('lexicons/counted-words.json').rules;
  for (const rule of rules) {
    it(rule.id, () => {
      for (const [text, value, key] of rule.examples) expectFacts(text, [{ type: 'count', value, key }]);
    });
  }
});

describe('a count whose words name what it counts keeps its metric', () => {
  it('adds nothing when the metric names an establishment or people', () => {
    expectFacts('执法人员对42家加油站进行了计量检查。', [{ type: 'count', value: 42, unit: '家', key: '加油站' }]);
    expectNoFact('执法人员对42家加油站进行了计量检查。', { value: 42, key: '企业' });
    expectFacts('全年培训基层执法人员1300人。', [{ type: 'count', value: 1300, unit: '人', metric: '培训基层执法人员' }]);
    expectNoFact('全年培训基层执法人员1300人。', { value: 1300, key: '人数' });
  });

  it('adds no 企业 to firms counted with no word of goods or tests, nor where the clause names them further on', () => {
    expectNoFact('新三板新挂牌7家，新增上市公司3家。', { value: 7, key: '企业' });
    expectNoFact('本轮考核的对象是全省45家承担食品抽检和风险监测等各项任务的第三方检测机构。', { value: 45, key: '企业' });
  });

  it('leaves the word off a figure that takes the metric of the count before it', () => {
    const facts = factsOf('该公司去年共进口家具和木制品90多批，货值800多万美元。');
    expect(facts.find((f) => f.value === 90)?.metric).toContain('批数');
    expect(facts.find((f) => f.unit === '美元')?.metric ?? '').not.toContain('批数');
  });

  it('counts cities for a classifier 市 that reads as part of a name (units.json selfNamingWords)', () => {
    expectFacts('当年只有甲江、乙川两市达到标准。', [{ type: 'count', value: 2, unit: '市', key: '城市' }]);
    expectFacts('沿海6市空气质量全部达标。', [{ type: 'count', value: 6, unit: '市', key: '城市' }]);
  });
});

describe('the words after a figure stop where the clause goes on to state another figure of it', () => {
  it('gives a threshold rate no goods after 的有 and a count', () => {
    expectFacts('抽检合格率在95%以上的有17类产品。', [
      { type: 'rate', value: 95, metric: '抽检合格率' },
      { type: 'count', value: 17, key: '类' },
    ]);
    expectFacts('合格率在85%-95%之间的有4类产品。', [{ type: 'rate', value: 95, key: '合格率' }]);
  });

  it('joins the 的 on both sides of a skipped figure once', () => {
    for (const fact of factsOf('其中35家生产的47个批次的产品合格。')) expect(fact.metric).not.toContain('的的');
  });

  it('ends the words after a figure at a time adverb that opens a new clause (lexicons/metric-trim.json newClauseAfter)', () => {
    expectFacts('全镇2万-3万人原先靠两家乳厂供奶。', [{ type: 'count', value: 20000, metric: '全镇人数' }]);
    expectFacts('老厂300多人现在大多外出打工了。', [{ type: 'count', value: 300, metric: '老厂人数' }]);
    expectFacts('监管部门约谈了12家此前多次被投诉的家具销售企业。', [{ type: 'count', value: 12, key: '销售企业' }]);
  });
});

describe('a change whose words name nothing keeps its verb', () => {
  it('takes the clause words as they read when they are only time words, adverbs and verbs', () => {
    expectFacts('在连续三年增长百分之十二的基础上，今年安排这个速度是合适的。', [{ type: 'change', value: 12, key: '增长' }]);
  });

  it('leaves a change that names what changed as it is', () => {
    expectFacts('口岸货运量增长8.6%。', [{ type: 'change', value: 8.6, metric: '口岸货运量增长' }]);
  });

  it('starts a figure’s words after a list mark that closes the item before (赤字率…安排、较去年提高)', () => {
    expectFacts('今年财政赤字率按3.5%安排、较去年提高0.5个百分点。', [{ type: 'change', value: 0.5, unit: 'pp', key: '赤字率' }]);
  });
});

describe('one value stated of several measures at once is a fact for each (lexicons/metric-trim.json sharedValue)', () => {
  it('splits a list of measures that all take the figure', () => {
    expectFacts('投诉办结率、回访满意率都达到98%。', [
      { type: 'rate', value: 98, metric: '投诉办结率' },
      { type: 'rate', value: 98, metric: '回访满意率' },
    ]);
    expectFacts('全市小微企业贷款余额和涉农贷款余额均增长12%。', [
      { type: 'change', value: 12, key: '小微企业贷款余额' },
      { type: 'change', value: 12, metric: '涉农贷款余额增长' },
    ]);
  });

  it('keeps one fact for things listed under one measure', () => {
    const facts = factsOf('食品、药品抽检合格率均达98%以上。');
    expect(facts.filter((f) => f.value === 98)).toHaveLength(1);
  });
});
