import { describe as suite, expect, it } from 'vitest';
import { describe, factsOf, hasFields } from './extract-helpers';

function one(text: string, expect: Record<string, unknown>) {
  const facts = factsOf(text);
  const found = facts.find((f) => hasFields(f, expect));
  return { found, all: describe(facts), facts };
}

suite('fact extraction', () => {
  it('gives every fact its surface text, offsets and rule', () => {
    const text = '全年共立案查处案件2310起，查获涉案货值86.5万元。';
    const facts = factsOf(text);
    expect(facts).toHaveLength(2);
    for (const f of facts) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.rule).toMatch(/^(count|amount)\./);
    }
    expect(facts[0]).toMatchObject({ text: '立案查处案件2310起', metric: '立案查处案件', value: 2310, unit: '起', category: 'enforcement' });
    expect(facts[1]).toMatchObject({ value: 865000, unit: '元', metric: '查获涉案货值' });
  });

  it('takes the counted words after a classifier when nothing names the metric before it', () => {
    const { found, all } = one('全市有412户企业获得了生产许可证。', { type: 'count', value: 412, unit: '户' });
    expect(found?.metric, all).toContain('企业');
    expect(found?.metric).toContain('许可证');
  });

  it('skips a quantity inside the counted phrase, stops at the next listed item', () => {
    const facts = factsOf('对37户企业生产的12类205个批次的产品进行了抽查。');
    expect(facts.map((f) => f.value)).toEqual([37, 12, 205]);
    expect(facts[1]!.metric).toContain('产品');
    expect(facts[2]).toMatchObject({ unit: '批次' });
  });

  it('lets a figure without a noun borrow the metric of the figure before it', () => {
    const { found, all } = one('检测合格率为81.5%，最高达99.2%。', { value: 99.2 });
    expect(found?.metric, all).toContain('合格率');
  });

  it('reads a change with its sign and the metric it refers to', () => {
    const { found, all } = one('电梯事故死亡人数同比下降25%。', { type: 'change' });
    expect(found, all).toMatchObject({ value: -25, unit: '%', metric: '电梯事故死亡人数', category: 'special_equipment' });
  });

  it('types the next item of a list like the item before it', () => {
    const facts = factsOf('主营业务收入、净利润分别增长12.4%、30.5%。');
    expect(facts.map((f) => [f.type, f.value, f.metric])).toEqual([
      ['change', 12.4, '主营业务收入'],
      ['change', 30.5, '净利润'],
    ]);
  });

  it('takes the period and region from the sentence, else from the document', () => {
    const { facts } = one('不合格率从2019年的6.2%下降到2021年的2.4%。', { value: 6.2 });
    expect(facts.map((f) => [f.value, f.period])).toEqual([
      [6.2, '2019'],
      [2.4, '2021'],
    ]);
    const { found } = one('浙江省抽查电动自行车企业41家。', { value: 41 });
    expect(found?.region).toBe('浙江省');
  });

  it('marks targets, not figures under a cue inside a quoted slogan or a word like 主要', () => {
    expect(one('力争全年监督抽查合格率达到96%。', { value: 96 }).found?.status).toBe('target');
    expect(one('落实“三个确保”要求，全年销毁不合格奶粉300多吨。', { value: 300 }).found?.status).toBe('actual');
    expect(one('主要农产品检测合格率为98.2%。', { value: 98.2 }).found?.status).toBe('actual');
    expect(one('全网集中采购年内要达65%。', { value: 65 }).found?.status).toBe('target');
  });

  it('names brands of a scheme, standards and policies, and skips periodicals and short references', () => {
    const facts = factsOf('新申报岷县当归、宕昌党参等地理标志保护产品2个，贯彻《甘肃省质量促进条例》，转载于《中国质量报》。');
    expect(facts.filter((f) => f.type === 'brand').map((f) => f.name)).toEqual(['岷县当归', '宕昌党参']);
    expect(facts.filter((f) => f.type === 'policy').map((f) => f.name)).toEqual(['甘肃省质量促进条例']);
    const again = factsOf('出台《质量强市专项行动工作方案》。对照《专项行动工作方案》逐项整改，学习《方案》。');
    expect(again.filter((f) => f.type === 'policy').map((f) => f.name)).toEqual(['质量强市专项行动工作方案']);
  });

  it('reads no fact from dates, ordinals, durations, codes, idioms or names', () => {
    const facts = factsOf('2021年3月5日起第3批专项行动持续3个月，标准五花八门，三元等企业送检220kV开关。');
    expect(facts, describe(facts)).toEqual([]);
  });
});
