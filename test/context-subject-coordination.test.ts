import { describe, expect, it } from 'vitest';
import { byValue, factsOf } from './extract-helpers';

/** Items joined before a subject that one figure covers narrow it as much as it does (contract v1.1, subject). */

describe('subject: items joined before it under one figure', () => {
  it('keeps every item of a joined list that one figure covers', () => {
    expect(byValue(factsOf('新增国家级和省级龙头企业74家。'), 74).subject).toBe('国家级和省级龙头企业');
    expect(byValue(factsOf('汽车、建材、电子信息产业超千亿元。'), 100000000000).subject).toBe('汽车、建材、电子信息产业');
    expect(byValue(factsOf('铁路、高速公路运营里程均超过10万公里。'), 100000).subject).toBe('铁路、高速公路');
  });
  it('joins no item of a list given figures in order, no place and no verb', () => {
    expect(byValue(factsOf('大型、中型企业合格率分别为98%、95%。'), 95).subject).toBe('中型企业');
    expect(byValue(factsOf('上海和江苏的乳制品抽检合格率为98%。'), 98).subject).toBe('乳制品');
    expect(byValue(factsOf('新建、改扩建基础教育学校2891所。'), 2891).subject).not.toContain('新建');
  });
  it('leaves out the verb that governs the whole list', () => {
    expect(byValue(factsOf('治理沙漠化、石漠化土地1196万公顷。'), 11960000).subject).toBe('沙漠化、石漠化土地');
  });
  it('joins no item that is a measure', () => {
    const facts = factsOf('把职工基本生活费水平、失业保险金水平、城镇居民最低生活保障金水平提高30%。');
    expect(byValue(facts, 30).subject ?? '').not.toContain('水平');
  });
  it('joins no item closed by a figure of its own', () => {
    expect(byValue(factsOf('抽查电线电缆11批次、插座开关20批次。'), 20).subject).toBe('插座开关');
    expect(byValue(factsOf('新增高技能人才843万人、大国工匠4人。'), 4).subject).toBe('大国工匠');
  });
});
