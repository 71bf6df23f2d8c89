import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dictionaries } from '../core/dictionaries';
import { loadNormaliseRules, type StepName } from '../pipeline/text/normalise-rules';
import { NORMALISE_STEPS, normaliseText } from '../pipeline/text/normalise';
import { detectScript } from '../pipeline/text/steps/script';
import { countCodePoints } from '../core/rewriter';

const dictionaries = new Dictionaries(path.resolve(__dirname, '../dictionaries'));
const rules = loadNormaliseRules(dictionaries);

/** The raw text a normalised span came from. */
function rawOf(raw: string, map: ReturnType<typeof normaliseText>['map'], start: number, end: number): string {
  const [a, b] = map.spanToSource(start, end);
  return Array.from(raw).slice(a, b).join('');
}

describe('normalisation rule examples (dictionaries/normalise/rules.json)', () => {
  for (const name of rules.steps.flat() as StepName[]) {
    const section = rules[name];
    for (const [input, output] of section.examples) {
      it(`${section.id}: ${input} → ${output}`, () => {
        const result = NORMALISE_STEPS[name](input, rules);
        expect(result.text).toBe(output);
        const length = result.map ? result.map.sourceLength : countCodePoints(input);
        expect(length).toBe(countCodePoints(input));
        if (result.map) expect(result.map.targetLength).toBe(countCodePoints(output));
        else expect(countCodePoints(output)).toBe(countCodePoints(input));
      });
    }
  }
});

describe('normaliseText', () => {
  it('leaves plain simplified text byte-identical', () => {
    const text = '全省产品质量监督抽查合格率为87.9%，比上年提高0.5个百分点。\n立案查处案件4510起。';
    const result = normaliseText(text, rules);
    expect(result.text).toBe(text);
    expect(result.map.isIdentity()).toBe(true);
  });

  it('folds widths, pinyin, script and punctuation together and maps each character back', () => {
    const raw = '立案查處(chǔ)案件４５１０起(qǐ),實(shí)物質(zhì)量抽樣合格率為(wèi)８７．９％.';
    const result = normaliseText(raw, rules);
    expect(result.text).toBe('立案查处案件4510起，实物质量抽样合格率为87.9%。');
    const at = (word: string) => {
      const start = result.text.indexOf(word);
      return rawOf(raw, result.map, start, start + word.length);
    };
    expect(at('查处')).toBe('查處');
    expect(at('4510起')).toBe('４５１０起');
    expect(at('实物质量')).toBe('實(shí)物質(zhì)量');
    expect(at('87.9%')).toBe('８７．９％');
  });

  it('keeps astral characters one code point each', () => {
    const raw = '𠮷野家 合格率 99%';
    const result = normaliseText(raw, rules);
    expect(result.text).toBe('𠮷野家合格率99%');
    expect(result.map.targetLength).toBe(countCodePoints(result.text));
    const start = countCodePoints('𠮷野家合格率');
    expect(result.map.spanToSource(start, start + 3)).toEqual([countCodePoints('𠮷野家 合格率 '), countCodePoints(raw)]);
  });

  it('joins thousands groups and stray spaces', () => {
    expect(normaliseText('注销2 975 家企业', rules).text).toBe('注销2975家企业');
  });
});

describe('script detection', () => {
  it('finds no traditional characters in simplified text', () => {
    expect(detectScript('全省质监系统著名品牌乾隆年间').variant).toBeNull();
  });
  it('chooses a variant for traditional text', () => {
    expect(detectScript('檢驗合格率為98.6%').variant).not.toBeNull();
    expect(detectScript('裡面的質量').variant).toBe('tw');
    expect(detectScript('綫路的質量').variant).toBe('hk');
  });
});

describe('normaliseText properties', () => {
  // Pieces that trigger every step: widths, pinyin, spaces, quotes, ASCII punctuation, script, astral.
  const piece = fc.constantFrom(
    '质',
    '質',
    '監',
    '(zhì)',
    '(2011-2020年)',
    ' ',
    '  ',
    '１',
    '％',
    '．',
    '　',
    '2',
    '975',
    '.',
    ',',
    "'",
    '"',
    '「',
    '」',
    '𠮷',
    'GB/T',
    '\n',
    '合格率',
    '87.9%',
    '。',
    '“',
    '”',
    'a',
  );
  const input = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

  it('maps every output code point into the input, in order', () => {
    fc.assert(
      fc.property(input, (text) => {
        const { text: out, map } = normaliseText(text, rules);
        expect(map.sourceLength).toBe(countCodePoints(text));
        expect(map.targetLength).toBe(countCodePoints(out));
        for (let i = 0; i < map.targetLength; i++) {
          expect(map.hi[i]!).toBeGreaterThanOrEqual(map.lo[i]!);
          expect(map.hi[i]!).toBeLessThanOrEqual(map.sourceLength);
          if (i > 0) expect(map.lo[i]!).toBeGreaterThanOrEqual(map.lo[i - 1]!);
        }
      }),
    );
  });

  it('maps characters the steps leave alone to themselves', () => {
    fc.assert(
      fc.property(input, (text) => {
        const { text: out, map } = normaliseText(text, rules);
        const source = Array.from(text);
        Array.from(out).forEach((ch, i) => {
          if (/[a合格率𠮷]/u.test(ch)) expect(source.slice(map.lo[i]!, map.hi[i]!).join('')).toBe(ch);
        });
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(input, (text) => {
        const once = normaliseText(text, rules).text;
        expect(normaliseText(once, rules).text).toBe(once);
      }),
    );
  });
});
