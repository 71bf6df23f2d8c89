import { describe, expect, it } from 'vitest';
import { byValue, factsOf } from './extract-helpers';

/**
 * Category classes of session 22 (figure-category.ts and category-words.json, ids CAT-… in their comments), found in
 * sets 23, 24, 25, 27, 33, 35, 37 and 38: sentences of our own in the style of those documents.
 */

const categoryIn = (text: string, value: number) => byValue(factsOf(text), value).category;

describe('CAT-COUNT-OF-PASSED: a count of goods whose pass rate it gives is a sampling result', () => {
  it('takes product kinds and goods counted by their pass rate as sampling', () => {
    expect(categoryIn('在本次监测的商品中，毛巾、牙刷等12种商品合格率达到100%。', 12)).toBe('sampling');
    expect(categoryIn('近三年连续监测的商品中，电热毯、插座3类商品的合格率连年走低。', 3)).toBe('sampling');
  });
  it('keeps the pass rate itself a pass rate', () => {
    expect(categoryIn('毛巾、牙刷等12种商品合格率达到96%。', 96)).toBe('pass_rate');
  });
});

describe('CAT-SENTENCE-AFTER: a test or a case written after the things it counts', () => {
  it('takes firms and products counted before a sampling as sampling', () => {
    expect(categoryIn('其中涉及本市42家企业生产的57种产品，抽查合格率为91.2%。', 42)).toBe('sampling');
    expect(categoryIn('记者在三个城市购买的16份儿童文具中，有5份检出增塑剂。', 16)).toBe('sampling');
  });
  it('takes goods sold counted before the value of the case as enforcement', () => {
    expect(categoryIn('二人先后向多名买家销售散装白酒23件，违法经营额4.2万元。', 23)).toBe('enforcement');
  });
  it('leaves the government work and the trade listed before 执法 or 货值 alone', () => {
    expect(categoryIn('向人大常委会提交法规草案9件，实施提升行政执法质量行动。', 9)).not.toBe('enforcement');
    expect(categoryIn('今年上半年经检验检疫出口的灯具共3200批，货值1.2亿美元。', 3200)).not.toBe('enforcement');
  });
  it('reads no further than the next clause, nor past a colon', () => {
    expect(categoryIn('工厂设立了25个质量控制点，同时推行全员自检，做到不合格品不出厂。', 25)).not.toBe('sampling');
    expect(categoryIn('今年办好12件实事：改善饮水条件，开展食品抽检进社区。', 12)).not.toBe('sampling');
  });
});
