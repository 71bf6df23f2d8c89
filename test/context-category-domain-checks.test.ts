import { describe, expect, it } from 'vitest';
import { categoryOf, loadCategoryCues } from '../pipeline/scope/category';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * Category classes found in the outside pages (sets 9 and 11) and the dev gold (contract v1.1, category): a law
 * named on trademarks, checks of special equipment, the casualties of the accidents an earlier sentence of the
 * paragraph names, and the standards scheme 标准化良好行为. Our own sentences in the style of those pages.
 */
const cues = loadCategoryCues(dictionaries);

describe('category: a law named on trademarks is a law, no brand scheme', () => {
  it('takes 《商标法》 as other, a trademark scheme as brand', () => {
    expect(byValue(factsOf('该行为违反了《中华人民共和国商标法》第五十七条的规定，已被处罚款5万元。'), 50000).category).toBe('enforcement');
    expect(categoryOf('中华人民共和国商标法', 'policy', cues)).toBeNull();
    expect(categoryOf('青海省著名商标认定管理办法', 'policy', cues)).toBe('brand');
    expect(categoryOf('新认定著名商标', 'count', cues)).toBe('brand');
  });
});

describe('category: a check of special equipment or measuring instruments is that equipment’s supervision', () => {
  it('takes the equipment checked and the hazards found as special_equipment', () => {
    const facts = factsOf('节日期间，全市共检查特种设备415台，对检查中发现的28台特种设备隐患责令限期整改。');
    expect(byValue(facts, 415).category).toBe('special_equipment');
    expect(byValue(facts, 28).category).toBe('special_equipment');
  });
  it('keeps a check of firms or shops as enforcement', () => {
    expect(categoryOf('检查经营户', 'count', cues)).toBe('enforcement');
    expect(categoryOf('共检查食品生产单位', 'count', cues)).toBe('enforcement');
    expect(categoryOf('检查计量器具', 'count', cues)).toBe('metrology');
  });
});

describe('category: the casualties of accidents an earlier sentence of the paragraph names', () => {
  it('takes the change of deaths and injuries after a sentence on special-equipment accidents as special_equipment', () => {
    const facts = factsOf(
      '今年8月，全国共发生各类特种设备事故18起，死亡21人。与去年同期相比，事故总起数减少3起，死亡人数增加6人，受伤人数减少12人。',
    );
    expect(byValue(facts, 6).category).toBe('special_equipment');
    expect(byValue(facts, -12).category).toBe('special_equipment');
  });
  it('does not take work-safety casualties after special equipment as special_equipment', () => {
    const facts = factsOf('全年检验特种设备2万台。全省生产安全事故起数、死亡人数分别下降11.2%和9.6%。');
    expect(byValue(facts, -9.6).category).not.toBe('special_equipment');
  });
});

describe('category: 标准化良好行为 is a standards scheme', () => {
  it('takes the firms it rates as standard', () => {
    expect(byValue(factsOf('全市新创建标准化良好行为AAAA级企业3家。'), 3).category).toBe('standard');
  });
});

describe('category: counts a brand scheme takes in', () => {
  it('takes the products that made a brand list named by the sentence before them as brand', () => {
    expect(byValue(factsOf('在全部260个名牌产品中，本省有38个上榜。'), 38).category).toBe('brand');
  });
  it('takes 名品 as a brand scheme (中国消费名品)', () => {
    expect(byValue(factsOf('工业和信息化部还公布了中国消费名品成长公司36家。'), 36).category).toBe('brand');
  });
  it('does not take a count whose clause holds no scheme as brand', () => {
    expect(byValue(factsOf('全省拥有规模以上工业企业1200家。'), 1200).category).not.toBe('brand');
  });
});
