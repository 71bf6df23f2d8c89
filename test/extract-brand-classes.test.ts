import { describe, expect, it } from 'vitest';
import type { Fact } from '../core/document';
import { factsOf } from './extract-helpers';

/** Names of the facts of one type, in text order. */
function namesOf(facts: readonly Fact[], type: Fact['type']): string[] {
  return facts.filter((f) => f.type === type).map((f) => f.name!);
}

describe('brands across a document (rules/names.jsonl, lexicons/brand-schemes.json)', () => {
  it('reads traditional-script pages like simplified ones: corner quotes, 牌, scheme lists, PK pairs', () => {
    const facts = factsOf(
      [
        '執法人員當場查獲假冒「紅旗」牌白酒120箱。',
        '本市『金龍』大米、『雲嶺』茶葉等3個產品獲評省名牌產品。',
        '這些山寨品牌中，「Hoier」PK「海爾」最常見。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['红旗', '金龙', '云岭', 'Hoier', '海尔']);
    expect(facts.find((f) => f.name === 'Hoier')?.raw_start).toBeGreaterThan(0);
  });

  it('reads a quoted pair compared with PK as brands only in a document that talks about brands', () => {
    expect(namesOf(factsOf('市场上的山寨品牌越来越多。\n“Hoier”PK“海尔”。'), 'brand')).toEqual(['Hoier', '海尔']);
    expect(namesOf(factsOf('会上两种观点针锋相对。\n“质量”PK“价格”。'), 'brand')).toEqual([]);
  });

  it('takes brands a clause counts and calls brands, never kinds of product, companies or slogans', () => {
    const facts = factsOf(
      [
        '其中，欧普、西门子两个分别代表国产和进口的插座大品牌均在榜上。',
        '全县大米、茶叶两个区域公用品牌影响扩大。',
        '此次共抽查了华安食品有限公司等15家企业。',
        '持续擦亮“投资江城”品牌，打响“清新江城”品牌。',
        '有的“山寨”电器仿冒知名品牌。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['欧普', '西门子']);
  });
});

describe('standards across a document (rules/names.jsonl, lexicons/titles.json)', () => {
  it('gives a code and its title as two facts, and a title the sentence calls a standard', () => {
    const facts = factsOf(
      [
        '标签应符合GB 7718-2011《食品安全国家标准 预包装食品标签通则》的要求。',
        '两款饮料中，甲是名为《果蔬汁饮料》的国标，乙则名为《植物蛋白饮料》。',
        '全市已有326家企业通过ISO 9001质量管理体系认证。',
        '晚会上演了《质量之光》，全市高标准推进质量强市。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'standard')).toEqual([
      'GB 7718-2011',
      '食品安全国家标准预包装食品标签通则',
      '果蔬汁饮料',
      '植物蛋白饮料',
      'ISO 9001',
    ]);
  });
});
