import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseInteger, scanNumerals } from '../pipeline/extract/numbers';

function values(text: string): number[] {
  return scanNumerals(text)
    .filter((n) => n.kind !== 'digits')
    .map((n) => n.value);
}

describe('Chinese integers', () => {
  it.each([
    ['四千五百一十', 4510],
    ['十二', 12],
    ['三十', 30],
    ['一百零五', 105],
    ['一百五', 150],
    ['一万五', 15000],
    ['两千', 2000],
    ['捌拾伍万', 850000],
    ['一亿五千万', 150000000],
    ['三万亿', 3e12],
    ['十万', 100000],
  ])('%s = %d', (run, value) => {
    expect(parseChineseInteger(run)).toBe(value);
  });

  it.each(['一五一十', '三四', '万一', '百万', '十十'])('%s is no numeral', (run) => {
    expect(parseChineseInteger(run)).toBeNull();
  });

  const DIGITS = '零一二三四五六七八九';
  /** Our own writer of Chinese numerals (below 10^8), the property's oracle. */
  function write(n: number): string {
    if (n === 0) return '零';
    const wan = Math.floor(n / 10000);
    const rest = n % 10000;
    const section = (m: number): string => {
      let out = '';
      let zero = false;
      for (const [unit, name] of [
        [1000, '千'],
        [100, '百'],
        [10, '十'],
        [1, ''],
      ] as const) {
        const d = Math.floor(m / unit) % 10;
        if (d === 0) {
          if (out) zero = true;
          continue;
        }
        if (zero) out += '零';
        zero = false;
        out += DIGITS[d] + name;
      }
      return out;
    };
    if (wan === 0) return section(rest);
    return section(wan) + '万' + (rest === 0 ? '' : (rest < 1000 ? '零' : '') + section(rest));
  }

  it('reads back every number it is written as (below 10^8)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), (n) => {
        expect(parseChineseInteger(write(n))).toBe(n);
      }),
    );
  });
});

describe('numeral scanner', () => {
  it('reads Arabic numerals with thousands separators and decimals', () => {
    expect(values('查处1,236起，注销2 975家，货值3529.55万元')).toEqual([1236, 2975, 3529.55]);
    expect(values('共２．８万起')).toEqual([2.8]);
  });

  it("keeps single digits a space apart as separate numerals: joining digits a text spaces out is normalisation's (digits.spaced)", () => {
    expect(values('分别抽查2 3家企业，注销2 975家')).toEqual([2, 3, 2975]);
    expect(values('序号1 2 3，第1 2批')).toEqual([1, 2, 3, 1, 2]);
  });

  it('reads 点 decimals and capital numerals', () => {
    expect(values('资金一千二百三十四点五六万元')).toEqual([1234.56]);
    expect(values('人民币捌拾伍万元整')).toEqual([850000]);
  });

  it('treats place units after Arabic numerals as multipliers, not numerals', () => {
    expect(values('罚没款1.2亿余元')).toEqual([1.2]);
    expect(values('资金2746万余元')).toEqual([2746]);
  });

  it('marks 百分之 percents and bare place units', () => {
    const [percent] = scanNumerals('合格率为百分之九十五点五');
    expect(percent).toMatchObject({ value: 95.5, percentPrefix: true });
    const [bare] = scanNumerals('逾千家企业');
    expect(bare).toMatchObject({ value: 1000, bareUnit: true });
  });

  it('sees no numeral in words (万一, 一五一十) and none in a lone 零', () => {
    expect(values('万一出现问题，要一五一十说明')).toEqual([]);
    expect(values('零部件')).toEqual([]);
  });

  it('keeps a space-separated pair apart unless the group has three digits', () => {
    expect(values('第1 2批')).toEqual([1, 2]);
  });
});
