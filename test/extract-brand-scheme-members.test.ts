import { describe, expect, it } from 'vitest';
import type { Fact } from '../core/document';
import { factsOf } from './extract-helpers';

/** Names and metrics of the brand facts, in text order. */
function brandsOf(facts: readonly Fact[]): string[] {
  return facts.filter((f) => f.type === 'brand').map((f) => `${f.name}@${f.metric}`);
}

describe('members of a scheme named in the same sentence (gi-quoted-place-product, gi-counted-products-list, scheme-earlier-respectively)', () => {
  it('takes a quoted place and its goods as a geographical-indication brand whatever the verb, never a quoted slogan', () => {
    const facts = factsOf(
      [
        '本月，“镇坪腊肉”、“平利绞股蓝”两种特产通过了专家组评审，成为地理标志保护产品。',
        '银行向“洛川苹果”经营户发放了地理标志证明商标的质押贷款。',
        '要讲好“土特产”故事，“三品一标”认证和地理标志产品数量继续增加。',
      ].join('\n'),
    );
    expect(brandsOf(facts)).toEqual(['镇坪腊肉@地理标志保护产品', '平利绞股蓝@地理标志保护产品', '洛川苹果@地理标志证明商标']);
  });

  it('takes places’ products counted as products or as a series beside the scheme, not kinds of goods', () => {
    const facts = factsOf(
      [
        '该区宁夏枸杞、盐池滩羊两种产品的保护范围已经公告，均为地理标志保护产品。',
        '获国家地理标志保护以后，中宁硒砂瓜、灵武长枣两项产品的申报也已开始。',
        '小麦、玉米两种产品暂不申报地理标志保护产品。',
      ].join('\n'),
    );
    expect(brandsOf(facts)).toEqual([
      '宁夏枸杞@地理标志保护产品',
      '盐池滩羊@地理标志保护产品',
      '中宁硒砂瓜@地理标志保护',
      '灵武长枣@地理标志保护',
    ]);
  });

  it('takes every shop a time-honoured-brand list names in the clause of its scheme, however the segmenter cuts it', () => {
    const facts = factsOf('入选第二批中华老字号的本省品牌分别是老鼎记、三塔、沉香阁、万福楼。');
    expect(brandsOf(facts)).toEqual(['老鼎记@中华老字号', '三塔@中华老字号', '沉香阁@中华老字号', '万福楼@中华老字号']);
  });
});
