import { describe, expect, it } from 'vitest';
import { SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * Contract v1.1, subject: the noun phrase a count modifies, when no head of the lexicon ends it and the
 * segmenter reads what narrows its noun as a verb (脱贫/v 人口) or a kind numeral as a number (一类/m).
 */
describe('subject: the noun phrase after a count that the lexicon does not head', () => {
  it('keeps a modifier the segmenter reads as a verb before a generic noun', () => {
    expect(byValue(factsOf('全年帮助4.6万脱贫人口实现就业。'), 46000).subject).toBe('脱贫人口');
  });
  it('keeps a kind numeral between the count and what it counts', () => {
    expect(byValue(factsOf('生物医药加快发展，今年3款一类创新药获批上市。'), 3).subject).toBe('一类创新药');
  });
  it('prefers the thing the count counts to what the sentence opens with', () => {
    expect(byValue(factsOf('交通建设提速，打通12条断头路。'), 12).subject).toBe('断头路');
  });
  it('leaves a count of events and of a scope word alone', () => {
    expect(byValue(factsOf('省委两次召开全体会议。'), 2).subject ?? '').not.toContain('召开');
    expect(byValue(factsOf('指标中有15项达到全国领先水平。'), 15).subject ?? '').not.toContain('全国');
  });
  it('leaves a noun glued to another noun, to 的 or to a further modified noun', () => {
    expect(byValue(factsOf('有9个样品功率指标不合格。'), 9).subject ?? '').not.toBe('样品功率');
    expect(byValue(factsOf('解决了200万农村人口的饮水问题。'), 2000000).subject ?? '').not.toContain('饮水');
    expect(byValue(factsOf('建成8个承接产业转移平台。'), 8).subject).not.toBe('承接产业');
  });
  it('keeps what the words before the count name', () => {
    expect(byValue(factsOf('全市私营工业有800余户转为国营。'), 800).subject).toBe('私营工业');
  });
});

describe('subject: an economy narrowed to a sector (数字经济增加值)', () => {
  it('runs the sector economy examples of subjects.json through the pipeline', () => {
    const { sectorEconomyExamples } = dictionaries.json<{ sectorEconomyExamples: [string, number, string | null][] }>(SUBJECTS_FILE);
    for (const [sentence, value, expected] of sectorEconomyExamples)
      expect(byValue(factsOf(sentence), value).subject, sentence).toBe(expected);
  });
});

describe('subject: the owner of a capacity or a pension (发电机组容量, 企业退休人员基本养老金)', () => {
  it('runs the measure owner examples of subjects.json through the pipeline', () => {
    const { measureOwnerExamples } = dictionaries.json<{ measureOwnerExamples: [string, number, string | null][] }>(SUBJECTS_FILE);
    for (const [sentence, value, expected] of measureOwnerExamples)
      expect(byValue(factsOf(sentence), value).subject, sentence).toBe(expected);
  });
});
