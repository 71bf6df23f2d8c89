import { describe, expect, it } from 'vitest';
import { byValue, factsOf } from './extract-helpers';

/**
 * Category classes of session 23 (categories.tsv and category-words.json, ids CAT-… in their comments), found in
 * sets 23, 25, 27, 35, 38 and 40: sentences of our own in the style of those documents.
 */

const categoryIn = (text: string, value: number) => byValue(factsOf(text), value).category;

describe('CAT-INSTRUMENTS-CHECKED: measuring instruments checked or verified are metrology figures', () => {
  it('takes instruments counted as a bureau checks or verifies them as metrology, whatever verb writes the check', () => {
    expect(categoryIn('节前该局对城区各农贸市场开展专项检查，共检查磅秤3100台。', 3100)).toBe('metrology');
    expect(categoryIn('县局对全县40家加油站的260杆加油枪进行了检定。', 260)).toBe('metrology');
    expect(categoryIn('复检后，7个不合格的油表已调校合格。', 7)).toBe('metrology');
    expect(categoryIn('该局对超市出售的冻品进行重量复秤85批次，合格80批次。', 85)).toBe('metrology');
  });
  it('takes what passed or failed the check of the instruments as metrology', () => {
    expect(categoryIn('共检查磅秤3100台，合格3088台，不合格12台，合格率99.6%。', 3088)).toBe('metrology');
    expect(categoryIn('共检查磅秤3100台，合格3088台，不合格12台，合格率99.6%。', 12)).toBe('metrology');
    expect(categoryIn('该局对超市出售的冻品进行重量复秤85批次，合格80批次。', 80)).toBe('metrology');
  });
  it('keeps their pass rate, their cases, their seizures and their sampling what they are', () => {
    expect(categoryIn('共检查磅秤3100台，合格3088台，不合格12台，合格率99.6%。', 99.6)).toBe('pass_rate');
    expect(categoryIn('全年查处加油机计量案9起。', 9)).toBe('enforcement');
    expect(categoryIn('执法人员现场收缴作弊电子秤320台。', 320)).toBe('enforcement');
    expect(categoryIn('对全区25个集贸市场的计量器具开展执法检查。', 25)).toBe('enforcement');
    expect(categoryIn('吉林省质量技术监督局2014年工作总结\n抽查加油机320台。', 320)).toBe('sampling');
  });
  it('leaves what passed a check of goods a sampling result', () => {
    expect(categoryIn('共抽查食品120批次，合格115批次。', 115)).toBe('sampling');
  });
});
