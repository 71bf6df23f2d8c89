import { describe, expect, it } from 'vitest';
import type { Fact } from '../core/document';
import { processText } from '../pipeline/pipeline';
import { byValue, pipeline } from './extract-helpers';

/**
 * Period classes of the pages researchers scrape besides work reports (contract v1.1, period): a brief on months
 * of a year that compares them with the year before, and a list of yearly values after a span of years (近5年…
 * 分别为, 106年度至110年…各年度分别为). Seen in national sampling briefs (a batch of June to September compared
 * with the whole year before; the 2016 results published in January 2017 with the rates of the last five years)
 * and a Taiwan budget review (rates of 106年度 to 110年 in pairs). Our own texts in the style of those pages.
 */
function factsOf(text: string): Fact[] {
  return processText(text, 'briefs-yearly-lists', pipeline).facts;
}

/** An undated brief on a batch of months: it names its own year once, with months, and the year before twice as a base. */
const BATCH_BRIEF = [
  '总局：第3批国家监督抽查不合格率为8.1%',
  '记者从总局获悉，2013年4月至7月，总局组织开展了电热毯等20种产品国家监督抽查，共抽查了1500家企业生产的1520批次产品，抽查合格率为91.2%，比2012年全年下降了1.5个百分点。',
  '此次抽查中，电器类产品抽查合格率为88.4%，与2012年国家监督抽查情况相比有所下降。',
  '与2012年相比，大型企业抽查合格率下降了0.6个百分点。',
].join('\n');

describe('a brief on months of a year, compared with the year before', () => {
  const facts = factsOf(BATCH_BRIEF);
  it('is about the year of its months, not the base its comparisons name', () => {
    expect(byValue(facts, 91.2)).toMatchObject({ period: '2013', status: 'actual' });
    expect(byValue(facts, 88.4)).toMatchObject({ period: '2013', status: 'actual' });
    expect(byValue(facts, -0.6)).toMatchObject({ period: '2013', status: 'actual' });
  });
});

const YEARLY_LIST = [
  '2019年全省共抽查3200批次产品，抽查合格率为93.4%。',
  '从近4年的情况看，全省抽查合格率分别为90.2%、91.7%、92.5%和93.4%，稳步提升。',
  '2017年至2019年，全省分别新增省级名牌产品12个和15个。',
].join('\n');

describe('a list of yearly values after a span of years', () => {
  const facts = factsOf(YEARLY_LIST);
  it('gives each value its year, in order, the last the report year', () => {
    expect(byValue(facts, 90.2).period).toBe('2016');
    expect(byValue(facts, 91.7).period).toBe('2017');
    expect(byValue(facts, 92.5).period).toBe('2018');
    expect(facts.filter((f) => f.value === 93.4).map((f) => f.period)).toEqual(['2019', '2019']);
  });
  it('reads a list of two values over three years as the two ends of the span, not year by year', () => {
    expect(byValue(facts, 12).period).toBe('2017');
    expect(byValue(facts, 15).period).toBe('2019');
  });
});

describe('a list whose values are of items named before 分别, over a span', () => {
  const facts = factsOf(['2019年全省产品质量状况', '近三年来，大、中、小型企业产品抽查合格率分别为97.1%、94.3%和86.6%。'].join('\n'));
  it('does not read the items as years', () => {
    expect(byValue(facts, 97.1).period).not.toBe('2017');
    expect(byValue(facts, 94.3).period).not.toBe('2018');
  });
});

describe('yearly values in pairs over a span of Republic-era years', () => {
  const facts = factsOf(
    '108年度至111年6月底止，經市場檢查及購樣檢驗之不合格件數比率各年度分別為5.12%及18.40%、4.87%及16.05%、6.02%及12.33%、5.55%及10.91%。',
  );
  it('gives each pair its year', () => {
    expect(byValue(facts, 5.12).period).toBe('2019');
    expect(byValue(facts, 18.4).period).toBe('2019');
    expect(byValue(facts, 16.05).period).toBe('2020');
    expect(byValue(facts, 6.02).period).toBe('2021');
    expect(byValue(facts, 10.91).period).toBe('2022');
  });
});
