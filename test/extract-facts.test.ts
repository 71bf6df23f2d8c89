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
    expect(facts[0]).toMatchObject({
      text: '立案查处案件2310起',
      metric: '立案查处案件',
      value: 2310,
      unit: '起',
      category: 'enforcement',
    });
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
    expect(found, all).toMatchObject({ value: -25, unit: '%', metric: '电梯事故死亡人数同比下降', category: 'special_equipment' });
  });

  it('types the next item of a list like the item before it', () => {
    const facts = factsOf('主营业务收入、净利润分别增长12.4%、30.5%。');
    expect(facts.map((f) => [f.type, f.value, f.metric])).toEqual([
      ['change', 12.4, '主营业务收入增长'],
      ['change', 30.5, '净利润增长'],
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

  it('names brands of a scheme, standards and policies, and skips periodicals and bare words pointing back', () => {
    const facts = factsOf('新申报岷县当归、宕昌党参等地理标志保护产品2个，贯彻《甘肃省质量促进条例》，转载于《中国质量报》。');
    expect(facts.filter((f) => f.type === 'brand').map((f) => f.name)).toEqual(['岷县当归', '宕昌党参']);
    expect(facts.filter((f) => f.type === 'policy').map((f) => f.name)).toEqual(['甘肃省质量促进条例']);
    const again = factsOf('出台《质量强市专项行动工作方案》。对照《专项行动工作方案》逐项整改，学习《方案》。');
    // A short name with more than the type word names the document as dev-v11 gold counts it (《纲要（草案）》);
    // the bare 《方案》 after a title ending with it only points back.
    expect(again.filter((f) => f.type === 'policy').map((f) => f.name)).toEqual(['质量强市专项行动工作方案', '专项行动工作方案']);
  });

  it('reads no fact from dates, ordinals, durations, codes, idioms or names', () => {
    const facts = factsOf('2021年3月5日起第3批专项行动持续3个月，标准五花八门，三元等企业送检220kV开关。');
    expect(facts, describe(facts)).toEqual([]);
  });

  it('gives a figure after a comparison base (比上届, 较“十五”末) the metric of the figure before it', () => {
    const facts = factsOf('新建检测实验室812个，比上届增加37个；馆藏图书达到5.2亿册，较“十五”末的3.1亿册增长67.7%。');
    expect(
      facts.map((f) => [f.type, f.value, f.metric]),
      describe(facts),
    ).toEqual([
      ['count', 812, '新建检测实验室'],
      ['change', 37, '新建检测实验室增加'],
      ['count', 520000000, '馆藏图书'],
      ['count', 310000000, '馆藏图书'],
      ['change', 67.7, '馆藏图书增长'],
    ]);
  });

  it('maps `分别增长a、b` to the figures listed before it, and completes list items with their shared head', () => {
    const listed = factsOf('全年检验样品4.2万批次、出具报告3.9万份，分别增长12.1%、8.4%。');
    expect(
      listed.filter((f) => f.type === 'change').map((f) => [f.value, f.metric]),
      describe(listed),
    ).toEqual([
      [12.1, '检验样品批次增长'],
      [8.4, '出具报告增长'],
    ]);
    const shared = factsOf('小麦、玉米、马铃薯产量分别增长3.2%、4.5%、6%。');
    expect(
      shared.map((f) => f.metric),
      describe(shared),
    ).toEqual(['小麦产量增长', '玉米产量增长', '马铃薯产量增长']);
  });

  it('reads lengths and power as amounts, wells as a count', () => {
    const facts = factsOf('新建燃气管网320公里，光伏装机达到260.5万千瓦，新打机井45口。');
    expect(
      facts.map((f) => [f.type, f.value, f.unit]),
      describe(facts),
    ).toEqual([
      ['amount', 320, '公里'],
      ['amount', 2605000, '千瓦'],
      ['count', 45, '口'],
    ]);
  });

  it('takes the region holding a list of places, and none from a scheme name or a kind of area', () => {
    // Contract v1.1: several regions named together give the smallest region holding them (provinces: 全国).
    const listed = one('对河北、山西、陕西等6个省的企业进行了抽查。', { value: 6 });
    expect(listed.found?.region, listed.all).toBe('全国');
    const area = one('高新区、经开区等园区新增企业42家。', { value: 42 });
    expect(area.found?.region, area.all).toBeNull();
  });

  it('keeps achieved figures actual after 争取到 and 年内新低, and names no phase or size class a count', () => {
    const got = one('全市已经争取到专项资金860万元。', { value: 8600000 });
    expect(got.found?.status, got.all).toBe('actual');
    const low = one('钢材价格创出年内新低，跌至3120元。', { value: 3120 });
    expect(low.found?.status, low.all).toBe('actual');
    const phases = factsOf('污水处理厂三期建成投运，新建万吨级码头。');
    expect(phases, describe(phases)).toEqual([]);
  });

  it('reads `下降N至M` as a change and the level reached, `N至M` after a change in percent as a range', () => {
    const level = factsOf('钢材库存下降1,200吨至8,600吨。');
    expect(
      level.map((f) => [f.type, f.value, f.bound, f.metric]),
      describe(level),
    ).toEqual([
      ['change', -1200, 'exact', '钢材库存下降'],
      ['amount', 8600, 'exact', '钢材库存'],
    ]);
    const range = factsOf('检测费用上涨了8%至12%。');
    expect(
      range.map((f) => [f.type, f.value, f.bound, f.metric]),
      describe(range),
    ).toEqual([
      ['change', 8, 'at_least', '检测费用上涨'],
      ['change', 12, 'at_most', '检测费用上涨'],
    ]);
  });
  it('takes the metric of a bare share from the clause before, and of a bare figure from the figure before', () => {
    const share = one('本次抽查中童装合格率最低，仅为62.5%。', { type: 'rate', value: 62.5 });
    expect(share.found?.metric, share.all).toContain('合格率');
    const money = one('全年进口钢材80多批计2300多万美元。', { type: 'amount', value: 23000000, unit: '美元' });
    expect(money.found?.metric, money.all).toContain('钢材');
  });

  it('leaves the other end of a range out of the counted words, and reads 一至两成 as a range', () => {
    const saved = one('加装阀门可让住户节省10%至15%的燃气。', { value: -10 });
    expect(saved.found?.metric, saved.all).not.toContain('至');
    const range = factsOf('各型号售价的降幅约为一至两成。');
    expect(
      range.map((f) => [f.type, f.value, f.bound]),
      describe(range),
    ).toEqual([
      ['change', -10, 'at_least'],
      ['change', -20, 'at_most'],
    ]);
  });

  it('reads no range from a descending pair, and names a title before a code in brackets a standard', () => {
    const pair = factsOf('仪表显示的读数是18.60-3.25%。');
    expect(
      pair.map((f) => f.value),
      describe(pair),
    ).toEqual([3.25]);
    // A share price quote in brackets is market data, not a figure of the text.
    expect(factsOf('某某股份[18.60-3.25%]发布了年报。')).toEqual([]);
    const titled = factsOf('企业参照《家用燃气快速热水器》(GB 6932-2015)组织生产。');
    expect(titled.find((f) => f.type === 'standard' && f.name === '家用燃气快速热水器')?.metric, describe(titled)).toBe('标准');
  });

  it('reads a slash fraction of small whole numbers as a share, never a date or a code', () => {
    const { found, all } = one('全县约有1/4的家庭安装了太阳能热水器。', { type: 'rate', unit: '%' });
    expect(found?.value, all).toBe(25);
    expect(found?.metric).toContain('家庭');
    expect(factsOf('编号为3/15和2011/12的两份样品单已经归档。').filter((f) => f.type === 'rate')).toEqual([]);
  });

  it('reads a growth told as a speed as a change, negative when it falls', () => {
    const rising = one('这类零件的出口量以每年12%左右的速度增长。', { type: 'change', unit: '%' });
    expect(rising.found?.value, rising.all).toBe(12);
    expect(rising.found?.metric).toContain('出口量');
    const falling = one('受需求影响，纸张的库存以每月2%的速度减少。', { type: 'change', unit: '%' });
    expect(falling.found?.value, falling.all).toBe(-2);
  });

  it('counts with the classifiers 道, 颗 and 根', () => {
    const facts = factsOf('每批产品出厂前要经过12道检验工序，共发现3颗松动的螺钉和2根断裂的焊条。');
    expect(
      facts.map((f) => [f.value, f.unit]),
      describe(facts),
    ).toEqual([
      [12, '道'],
      [3, '颗'],
      [2, '根'],
    ]);
  });

  it('reads 计划 as a target cue only as a verb, not as the name of a programme', () => {
    expect(one('全年计划新建检验站12个。', { value: 12 }).found?.status).toBe('target');
    expect(one('今年我省计划培训质量工程师300名。', { value: 300 }).found?.status).toBe('target');
    const named = one('实施质量人才培养计划，培训质量工程师300名。', { value: 300 });
    expect(named.found?.status, named.all).toBe('actual');
  });

  it('weighs grain output in 斤, with 亿 multiplied out', () => {
    const got = one('全县粮食产量稳定在12.5亿斤以上。', { unit: '斤' });
    expect(got.found, got.all).toMatchObject({ type: 'amount', value: 1250000000, bound: 'at_least' });
  });

  it('reads figures typeset with spaced digits and a spaced percent sign', () => {
    const facts = factsOf('全年检验收入6 3 0 8万元，增长1 2 .5 %，抽查合格率9 1 %。');
    expect(
      facts.map((f) => [f.type, f.value, f.unit]),
      describe(facts),
    ).toEqual([
      ['amount', 63080000, '元'],
      ['change', 12.5, '%'],
      ['rate', 91, '%'],
    ]);
  });
});
