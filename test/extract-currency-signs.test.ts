import { describe, expect, it } from 'vitest';
import { factsOf } from './extract-helpers';

/**
 * Money written with a currency sign before the figure, as Hong Kong, Macau and Taiwan pages and reposted foreign
 * pages price goods (lexicons/units.json `prefixSigns`): the sign is the unit when no unit follows the figure, and
 * the fact's text covers it. Our own sentences and tables.
 */

const TEXT = [
  '某区商会调查显示，今年区内一碗云吞面售价为HK$ 1,200的说法并不属实，平均售价约HK$48。',
  '该批进口奶粉去年在海外的报价为US$25，运抵后在某岛的售价达NT$980，在某城则售MOP$260。',
  '网店标示的充电器售价为￥12.5，另一款售价¥99。',
].join('\n');

const SHOP = [
  '2024年某地消费者组织洗衣液测试结果(分数以5分为满分)',
  '产品名称 | 平均每瓶售价 | 容量 | 去污力 |',
  '甲牌 Fresh 洗衣液 | HK$32.5 | 2 | 4 |',
  '乙牌浓缩洗衣液 | HK$45 | 3 | 4.5 |',
  '丙牌 Pure 洗衣液 | HK$28 | 5 | 3 |',
].join('\n');

describe('a currency sign before the figure', () => {
  const facts = factsOf(TEXT);
  const of = (value: number) => facts.find((f) => f.value === value);

  it('reads the sign as the money unit, with or without a space, across a thousands comma', () => {
    expect(of(1200)).toMatchObject({ type: 'amount', unit: '港元' });
    expect(of(48)).toMatchObject({ type: 'amount', unit: '港元', bound: 'approx' });
    expect(of(25)).toMatchObject({ unit: '美元' });
    expect(of(980)).toMatchObject({ unit: '新台币' });
    expect(of(260)).toMatchObject({ unit: '澳门元' });
    expect(of(12.5)).toMatchObject({ unit: '元' });
    expect(of(99)).toMatchObject({ unit: '元' });
  });

  it('covers the sign in the fact text', () => {
    expect(of(1200)?.text).toContain('HK$ 1,200');
    expect(of(25)?.text).toContain('US$25');
    expect(of(12.5)?.text).toContain('￥12.5');
  });

  it('leaves a bare dollar sign, a sign inside a code and a unit written after the figure as they were', () => {
    const other = factsOf('活动页面写明门票$30，编号为ABHK$77的票作废，另有港币$20的纪念品售价为HK$15元。');
    expect(other.find((f) => f.value === 30)).toBeUndefined();
    expect(other.find((f) => f.value === 77)).toBeUndefined();
    expect(other.find((f) => f.value === 15)).toMatchObject({ unit: '元' });
  });
});

describe('a price column whose header names what it is per', () => {
  it('reads a signed price under 平均每瓶售价 as money per bottle', () => {
    const prices = factsOf(SHOP).filter((f) => f.unit?.startsWith('港元'));
    expect(prices.map((f) => f.value).sort((a, b) => a! - b!)).toEqual([28, 32.5, 45]);
    expect(prices.every((f) => f.unit === '港元/瓶' && f.text.startsWith('HK$'))).toBe(true);
  });
});
