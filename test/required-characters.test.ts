import { describe, expect, it } from 'vitest';
import { loadExtractor } from '../pipeline/extract/pass';
import { allRules } from '../pipeline/extract/rules';
import { mayMatch, requiredCharacters } from '../pipeline/text/required-characters';
import { dictionaries } from './extract-helpers';

describe('requiredCharacters', () => {
  it('takes the plain characters no quantifier makes optional, and one of each alternative of a group', () => {
    expect(requiredCharacters(/(?<list>[^，]{2,14}(?:[、和][^，]{2,14})+)等(?:家电|手机)/g)).toEqual(['等', '家手']);
    expect(requiredCharacters(/a?b*c{0,2}d{1,}e+f{2}/g)).toEqual(['d', 'e', 'f']);
    expect(requiredCharacters(/(?:名字|名称|牌子)(?:就|则)?(?:是|为)/g)).toEqual(['名牌', '是为']);
    expect(requiredCharacters(/(?:抽查|检查)+批次/g)).toEqual(['抽检', '批', '次']);
  });

  it('reads lookarounds: what a positive one sees is in the text, a negative one needs nothing', () => {
    expect(requiredCharacters(/(?<=共)(?<![一二])\d+(?=家|个)(?!企业)/g)).toEqual(['共', '家个']);
    expect(requiredCharacters(/(?<name>[\u4e00-\u9fff]{2,8}|[A-Z]{2,}) ?(?=[0-9]*型)/g)).toEqual(['型']);
  });

  it('needs nothing where it cannot be sure: escapes, classes, optional groups, an empty alternative, other modes', () => {
    expect(requiredCharacters(/\u4e00\s\p{L}[省市]x/gu)).toEqual(['x']);
    expect(requiredCharacters(/(?:亿元)?增长|/g)).toEqual([]);
    expect(requiredCharacters(/(?:万|)元/g)).toEqual(['元']);
    expect(requiredCharacters(/GB\/T/gi)).toEqual([]);
    expect(requiredCharacters(/𠮷+/gu)).toEqual([]);
  });

  it('never rules out a text a rule matches: every pattern of the rule files over every example', () => {
    const extractor = loadExtractor(dictionaries);
    const { nameRules, vetoes } = extractor;
    const regexes = [
      ...vetoes.map((veto) => veto.regex),
      ...[...nameRules.brands, ...nameRules.standardCodes, nameRules.standardTitle, nameRules.policyTitle].flatMap((rule) =>
        rule.regex ? [rule.regex] : [],
      ),
    ];
    const texts = [
      ...new Set(allRules(dictionaries).flatMap(({ rule }) => [...rule.examples.positive.map((p) => p.text), ...rule.examples.negative])),
    ];
    let ruledOut = 0;
    for (const regex of regexes) {
      for (const text of texts) {
        regex.lastIndex = 0;
        if (mayMatch(regex, text)) continue;
        ruledOut++;
        expect(regex.test(text), `/${regex.source.slice(0, 80)}…/ matches ${text}`).toBe(false);
      }
      regex.lastIndex = 0;
    }
    // The test would prove nothing if no text were ruled out.
    expect(ruledOut).toBeGreaterThan(texts.length);
  });
});
