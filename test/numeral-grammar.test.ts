import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanNumerals } from '../pipeline/extract/numbers';
import { expandMacros } from '../pipeline/extract/rules';
import { scanChineseNumerals } from '../pipeline/text/number-scan';
import { isWellFormedChineseNumeral, parseChineseInteger, parseChineseNumeral, parseVagueRange } from '../pipeline/text/numeral-grammar';

const ZH_MACRO = new RegExp(`^${expandMacros('{ZH}')}$`);

/** The three readings of a numeral: segmentation keeps it one token, extraction reads its value, {ZH} matches it. */
function readings(numeral: string): { segment: boolean; value: number | null; macro: boolean } {
  const spans = scanChineseNumerals(numeral);
  const found = scanNumerals(numeral).filter((n) => n.kind !== 'digits');
  return {
    segment: spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === numeral.length,
    value: found.length === 1 && found[0]!.start === 0 && found[0]!.end === numeral.length ? found[0]!.value : null,
    macro: ZH_MACRO.test(numeral),
  };
}

type Style = 'plain' | 'capital' | 'traditional';
const DIGITS: Record<Style, string> = {
  plain: '零一二三四五六七八九',
  capital: '零壹贰叁肆伍陆柒捌玖',
  traditional: '零一貳參四五陸七八九',
};
const UNITS: Record<Style, [string, string, string, string]> = {
  plain: ['十', '百', '千', '万'],
  capital: ['拾', '佰', '仟', '万'],
  traditional: ['十', '百', '千', '萬'],
};

/** Our own writer of Chinese numerals below 10^8 in one of three styles (the property's oracle). */
function write(n: number, style: Style): string {
  const digits = DIGITS[style];
  const [ten, hundred, thousand, wan] = UNITS[style];
  const section = (m: number): string => {
    let out = '';
    let zero = false;
    for (const [unit, name] of [
      [1000, thousand],
      [100, hundred],
      [10, ten],
      [1, ''],
    ] as const) {
      const d = Math.floor(m / unit) % 10;
      if (d === 0) {
        if (out) zero = true;
        continue;
      }
      if (zero) out += digits[0];
      zero = false;
      out += digits[d] + name;
    }
    return out;
  };
  const high = Math.floor(n / 10000);
  const rest = n % 10000;
  if (high === 0) return section(rest);
  return section(high) + wan + (rest === 0 ? '' : (rest < 1000 ? digits[0] : '') + section(rest));
}

describe('one numeral grammar: segmentation, extraction and the {ZH} macro agree', () => {
  it('on every numeral below 10^8, in plain, capital and traditional digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 11, max: 99_999_999 }), fc.constantFrom<Style>('plain', 'capital', 'traditional'), (n, style) => {
        const numeral = write(n, style);
        expect(parseChineseInteger(numeral)).toBe(n);
        expect(isWellFormedChineseNumeral(numeral)).toBe(true);
        expect(readings(numeral)).toEqual({ segment: true, value: n, macro: true });
      }),
    );
  });

  it.each([
    ['一千零十', 1010],
    ['卅', 30],
    ['廿五', 25],
    ['貳參', null],
    ['兩千', 2000],
    ['一万七千三百五十二万', 173_520_000],
    ['二百十七', 217],
    ['一万三千五百十三', 13_513],
    ['一千二百三十四点五六', 1234.56],
    ['百分之九十五点五', 95.5],
  ])('%s reads %s everywhere', (numeral, value) => {
    expect(parseChineseNumeral(numeral)).toBe(value);
    if (value !== null && numeral.length > 1) expect(readings(numeral).segment).toBe(true);
  });

  it.each(['一五一十', '万一', '十十', '一二'])('%s is no numeral for any of them', (run) => {
    expect(isWellFormedChineseNumeral(run)).toBe(false);
    expect(readings(run).segment).toBe(false);
    expect(readings(run).value).toBeNull();
  });

  it('reads two neighbouring digits as a vague range', () => {
    expect(parseVagueRange('三四')).toEqual([3, 4]);
    expect(parseVagueRange('四五百')).toEqual([400, 500]);
    expect(parseVagueRange('十七八')).toEqual([17, 18]);
    expect(parseVagueRange('一两')).toEqual([1, 2]);
    expect(parseVagueRange('三五')).toBeNull();
    // a place unit under 万 or 亿 (amount5)
    expect(parseVagueRange('一两百万')).toEqual([1e6, 2e6]);
    expect(parseVagueRange('三四千亿')).toEqual([3e11, 4e11]);
    // Older texts set the two digits apart with 、 (四、五十亿元, 一、二千万亩); there 一、二 is a range too.
    expect(parseVagueRange('四、五十')).toEqual([40, 50]);
    expect(parseVagueRange('一、二千万')).toEqual([1e7, 2e7]);
    expect(parseVagueRange('二、三')).toEqual([2, 3]);
    expect(parseVagueRange('三、五')).toBeNull();
    expect(parseVagueRange('五六万')).toEqual([5e4, 6e4]);
    expect(parseVagueRange('十七八万')).toBeNull();
    const [range] = scanNumerals('四五百元');
    expect([range!.value, range!.high]).toEqual([400, 500]);
  });
});

describe('numerals as bulletins write them', () => {
  const value = (text: string) => scanNumerals(text).map((n) => n.value);
  it.each([
    ['8,947万2千元', [89_472_000]],
    ['1万5000元', [15_000]],
    ['罚没款1亿2千万元', [120_000_000]],
    ['1万2千万元', [1, 2]],
    ['3千500元', [3_500]],
    // three sections, each below the one before (amount14)
    ['侵权金额达3亿2308万4201元', [323_084_201]],
    ['货值1亿50万3000元', [100_503_000]],
    ['罚没款合计2亿1000万5000元', [210_005_000]],
    ['2亿3万41元', [2, 3, 41]],
    // every section down to the units, as Taiwan's and Hong Kong's notices write them
    ['罚没款合计2亿0350万6800元', [203_506_800]],
    ['涉案金额12亿0008万0050元', [1_200_080_050]],
    // a last section that does not fill the places below 万 makes no compound
    ['货值1亿2005万80元', [1, 2005, 80]],
    ['1亿2元', [1, 2]],
    ['百分百', [100]],
    ['零点八倍', [0.8]],
    ['收入共计18，406，512，000元', [18_406_512_000]],
    ['产量41，250万吨', [41_250]],
    ['分别为125，368，较上年', [125, 368]],
  ])('%s', (text, values) => {
    expect(value(text)).toEqual(values);
  });
});
