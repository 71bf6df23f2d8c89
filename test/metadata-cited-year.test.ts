import { describe, expect, it } from 'vitest';
import { citedYear } from '../pipeline/metadata/cited-year';
import { loadReportYearRules, reportYear } from '../pipeline/metadata/report-year';
import { dictionaries } from './extract-helpers';

/**
 * An undated page that names no year as a period nor any full date is about the latest year it cites as the
 * start of a span up to now or in a cited document's number (pipeline/metadata/cited-year.ts). Our own sentences.
 */
const rules = loadReportYearRules(dictionaries);

describe('the year an undated page cites', () => {
  it('reads the start of a span that runs to the time of writing', () => {
    expect(citedYear('2016年以来，某县市场监管局加强电动车质量抽检，共抽检12个批次。')).toBe(2016);
    expect(citedYear('2013年至今，该所累计检定计量器具3000余台件。')).toBe(2013);
  });
  it('reads the year of a cited document number, and the latest of several', () => {
    expect(citedYear('根据《某省质监局关于开展锅炉能效测试的通知》(某质监特〔2012〕56号)要求，市局检测锅炉40台。')).toBe(2012);
    expect(citedYear('按照某质监〔2010〕8号文件，2012年以来，该局检查企业30家。')).toBe(2012);
  });
  it('reads nothing in a range, a target or a plain year', () => {
    expect(citedYear('2011-2015年以来的规划')).toBeNull();
    expect(citedYear('力争到2020年，全市名牌产品达到50个。')).toBeNull();
  });
  it('dates a page only when nothing else does', () => {
    expect(reportYear('2016年以来，某县局抽检电动车12个批次，不合格3个批次。', null, rules)).toEqual({ year: '2016', rule: 'cited-year' });
    expect(reportYear('按照某质监特〔2012〕56号文件要求，市局检测锅炉40台。', null, rules)?.year).toBe('2012');
    expect(reportYear('2016年以来，某县局抽检电动车12个批次。', '2018-04-02', rules)?.year).toBe('2018');
  });
});
