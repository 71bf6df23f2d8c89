import { describe, it } from 'vitest';
import { expectFacts, expectNoFact } from './extract-helpers';

/**
 * Session-14 classes of how work reports and news write quantities, found in the misses of diagnosis sets 15 and
 * 16 and seen in several corpus documents. Our own sentences, never the documents'.
 */
describe('figures in 万/亿 without a unit in lists and totals', () => {
  it('gives each item of a respectively-list the unit its noun implies (人数分别增加N万和M万)', () => {
    expectFacts('全省养老、医疗保险参保人数分别增加120万和86万。', [
      { type: 'change', value: 1200000, unit: '人' },
      { type: 'change', value: 860000, unit: '人' },
    ]);
    expectFacts('两县常住人口分别为52万、38万。', [
      { type: 'count', value: 520000, unit: '人' },
      { type: 'count', value: 380000, unit: '人' },
    ]);
    expectFacts('两家公司的营业收入分别达到3.2亿和9000万。', [
      { type: 'amount', value: 320000000, unit: '元' },
      { type: 'amount', value: 90000000, unit: '元' },
    ]);
  });

  it('gives a total in a clause of link words the unit of the clause before (增加N万，总计达到M亿)', () => {
    expectFacts('新农合参保人数增加560万，总计达到1.3亿。', [{ type: 'count', value: 130000000, unit: '人', key: '参保人数' }]);
    expectFacts('今年销售收入增加2000万，累计达到4.5亿。', [{ type: 'amount', value: 450000000, unit: '元', key: '销售收入' }]);
    expectFacts('全市参保职工人数新增8万，共计达到120万。', [{ type: 'count', value: 1200000, unit: '人' }]);
  });

  it('reads a people noun with its size word before the figure (人才总量超N万)', () => {
    expectFacts('全省技能人才总量超320万。', [{ type: 'count', value: 3200000, unit: '人', bound: 'more_than' }]);
    expectFacts('全市常住人口规模达到950万。', [{ type: 'count', value: 9500000, unit: '人' }]);
    expectFacts('高层次人才达到2.6万。', [{ type: 'count', value: 26000, unit: '人' }]);
  });

  it('keeps a clause that names its own noun, or a figure in 万元 before, out of the carried total', () => {
    expectNoFact('全县新增企业3000万元，总计达到1.2亿。', { unit: '人' });
    expectNoFact('试点城市增加到317个，达到1.17亿。', { unit: '人' });
    expectNoFact('全市游客增加120万，总计达到1600万。', { unit: '元' });
  });
});

describe('people in 万 named by a longer noun phrase after the figure', () => {
  it('reads visitors, staff and patients as people (约N万国内外专业观众)', () => {
    expectFacts('博览会预计吸引约8万国内外专业观众。', [{ type: 'count', value: 80000, unit: '人', bound: 'approx' }]);
    expectFacts('景区全年接待200多万海内外游客。', [{ type: 'count', value: 2000000, unit: '人', bound: 'more_than' }]);
    expectFacts('全省为1.2万重度残疾人发放护理补贴。', [{ type: 'count', value: 12000, unit: '人' }]);
    expectFacts('活动覆盖3.5万企业一线员工。', [{ type: 'count', value: 35000, unit: '人' }]);
  });

  it('leaves a figure whose noun is no people noun without a unit', () => {
    expectNoFact('展会吸引约8万国内外专业展品参展。', { unit: '人' });
  });
});

describe('money a verb alone gives, named by its purpose or by the sum it is part of', () => {
  it('takes the purpose clause after the figure (拟安排N亿元，用于…)', () => {
    expectFacts('今年省财政拟安排12亿元，用于支持农村公路养护。', [{ type: 'amount', value: 1200000000, unit: '元', key: '农村公路' }]);
    expectFacts('市级财政累计投入3500万元用于食品快检实验室建设。', [{ type: 'amount', value: 35000000, unit: '元', key: '快检实验室' }]);
    expectFacts('中央财政还将下达86亿元，专门用于困难群众取暖补助。', [{ type: 'amount', value: 8600000000, unit: '元', key: '取暖补助' }]);
  });

  it('takes what the sum before counts in a clause opened by 其中', () => {
    expectFacts('全年落实质量提升资金2.3亿元，其中省财政安排8000万元。', [{ type: 'amount', value: 80000000, unit: '元', key: '资金' }]);
    expectFacts('实施总额600亿元的三年改造计划，其中市本级拟新增150亿元。', [
      { type: 'amount', value: 15000000000, unit: '元', key: '改造计划' },
    ]);
    expectFacts('完成固定资产投资总额120亿元，其中县财政投入35亿元。', [
      { type: 'amount', value: 3500000000, unit: '元', key: '固定资产投资' },
    ]);
  });

  it('keeps a metric that names its own object or a purpose that only points back', () => {
    expectFacts('省财政安排专项资金5亿元，用于质量提升。', [{ type: 'amount', value: 500000000, metric: '省财政安排专项资金' }]);
    expectNoFact('省财政为此新增支出35亿元，用于这方面的支出总额将达到120亿元。', { value: 3500000000, key: '用于' });
    expectFacts('今后三年各级政府拟投入900亿元，其中省财政投入300亿元。', [{ type: 'amount', value: 30000000000, metric: '省财政投入' }]);
  });
});

describe('a people count a respectively-list shares', () => {
  it('keeps what kind of people the shared noun names (参保人数, 在校人数, 就业人数)', () => {
    expectFacts('全市养老保险、失业保险参保人数分别达到120万人和80万人。', [
      { value: 1200000, unit: '人', metric: '全市养老保险参保人数' },
    ]);
    expectFacts('普通高校、中职学校在校人数分别为8万人、5万人。', [{ value: 80000, unit: '人', metric: '普通高校在校人数' }]);
    expectFacts('全县城镇、农村就业人数分别为12万人和30万人。', [{ value: 120000, unit: '人', metric: '全县城镇就业人数' }]);
  });
});
