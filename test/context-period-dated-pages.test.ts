import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../pipeline/clean/boilerplate';
import { processText } from '../pipeline/pipeline';
import { dateInUrl, datelineDate } from '../pipeline/metadata/report-year';
import { rocYearValue } from '../pipeline/scope/time';
import { byValue, pipeline } from './extract-helpers';

/**
 * How pages that are not provincial reports place their figures in time (contract v1.1, period): counts of years
 * back from the page's date, the base of a comparison with its own value, multiples of a base year, company
 * reports, a bureau's year summary, and years of the Republic era on Taiwan pages. Our own fixtures.
 */
function run(text: string) {
  return processText(text, 'dated-page', pipeline);
}
const factsOf = (text: string) => run(text).facts;

describe('a count of years back from the page’s date (十年前, 3年之前)', () => {
  it('dates a figure of N years ago N years before the year of writing, and one of now to the page’s year', () => {
    const facts = factsOf('发布时间：2013-05-20\n十年前，这家工厂的年产量只有3000吨，现在已达到2万吨。');
    expect(byValue(facts, 3000).period).toBe('2003');
    expect(byValue(facts, 20000).period).toBe('2013');
  });
  it('binds N年前的 to its own value, also before a per-unit (8年前的每吨900元)', () => {
    const facts = factsOf('发布时间：2016-03-02\n钢材价格从8年前的每吨900元，涨到了每吨1500元。这一价格让不少企业难以承受。');
    expect(byValue(facts, 900).period).toBe('2008');
    expect(byValue(facts, 1500).period).toBe('2016');
  });
  it('gives no year for a vague count (十多年前, 几年前)', () => {
    const facts = factsOf('发布时间：2013-05-20\n十多年前，当地只有12家小作坊。');
    expect(byValue(facts, 12).period).toBeNull();
  });
});

describe('the base of a comparison with its own value', () => {
  it('dates the value of 与…相比 to its base time, written with or without 的', () => {
    const facts = factsOf('发布时间：2013-05-20\n与三年前45%的市场份额相比，该品牌目前的份额已下降到30%。');
    expect(byValue(facts, 45).period).toBe('2010');
    expect(byValue(facts, 30).period).toBe('2013');
    const same = factsOf('发布时间：2014-07-08\n与去年同期的88.5%相比，上半年家电抽查合格率提高到91.2%。');
    expect(byValue(same, 88.5).period).toBe('2013');
    expect(byValue(same, 91.2).period).toBe('2014');
  });
  it('dates 去年同期为X to last year, and keeps 比去年同期增长 a comparison', () => {
    const facts = factsOf('发布时间：2014-07-08\n上半年共受理投诉640件，比去年同期增长12%。去年同期为571件。');
    expect(byValue(facts, 640).period).toBe('2014');
    expect(byValue(facts, 12).period).toBe('2014');
    expect(byValue(facts, 571).period).toBe('2013');
  });
  it('takes a year after a verb of reaching and before a multiple as its base (达到2005年的1.8倍)', () => {
    const facts = factsOf('发布时间：2013-05-20\n2012年，全省家具出口额达到2005年的3.6倍。');
    expect(byValue(facts, 3.6).period).toBe('2012');
  });
});

describe('a bureau’s year summary with the year in its title alone', () => {
  it('reads 今年 and 去年 against the title’s year: a summary is written in the year it sums up', () => {
    const { doc, facts } = run('某某县市场监管局2017年工作总结\n今年以来，我局共立案查处各类案件46起。去年同期为39起。');
    expect(doc.meta.year).toBe('2017');
    expect(byValue(facts, 46).period).toBe('2017');
    expect(byValue(facts, 39).period).toBe('2016');
  });
  it('gives no year when the title holds a placeholder (xx年)', () => {
    expect(byValue(factsOf('某某县质监局xx年工作总结\n今年以来，我局共检定计量器具860台件。'), 860).period).toBeNull();
  });
});

describe('a company report’s own period (本期, 报告期内)', () => {
  it('dates 本期 figures to the year of the report the page names before them', () => {
    const facts = factsOf(
      '发布时间：2012-04-09\n记者翻阅了两家公司的2011年年报。\n年报显示，本期新增固定资产760万元，本期计提折旧91万元。',
    );
    expect(byValue(facts, 7600000).period).toBe('2011');
    expect(byValue(facts, 910000).period).toBe('2011');
  });
  it('leaves 本期 alone when no report is named', () => {
    expect(byValue(factsOf('发布时间：2012-04-09\n本期共发布抽查信息28条。'), 28).period).toBe('2012');
  });
});

describe('years of the Republic era (Taiwan pages)', () => {
  it('reads 民國 years, three-figure years before 度 or a month, and counted ones', () => {
    expect(rocYearValue('112')).toBe(112);
    expect(rocYearValue('一一二')).toBe(112);
    expect(rocYearValue('九十八')).toBe(98);
    expect(rocYearValue('一百零五')).toBe(105);
    expect(rocYearValue('一百一十二')).toBe(112);
  });
  it('reads a Republic-era date in a dateline', () => {
    expect(normaliseDate('民國112年3月5日')).toBe('2023-03-05');
    expect(normaliseDate('112-11-20')).toBe('2023-11-20');
    expect(normaliseDate('2011-07-29')).toBe('2011-07-29');
  });
  it('dates figures by 民國 years and 112年度, and the page by its dateline', () => {
    const { doc, facts } = run('發佈日期：民國112年3月5日\n民國111年度本局共抽驗市售商品320件，不合格23件。');
    expect(doc.meta.date).toBe('2023-03-05');
    expect(doc.meta.year).toBe('2022');
    expect(byValue(facts, 320).period).toBe('2022');
    expect(byValue(facts, 23).period).toBe('2022');
    const titled = run('標檢局112年度市售電暖器抽查結果\n本局抽查市售電暖器共30件，其中5件不符合規定。');
    expect(titled.doc.meta.year).toBe('2023');
    expect(byValue(titled.facts, 30).period).toBe('2023');
  });
  it('reads no Republic year in a count of years or a three-figure number without 度 or a month', () => {
    const facts = factsOf('发布时间：2021-07-01\n建党100年来，该厂共生产机床105台。');
    expect(byValue(facts, 105).period).not.toBe('2016');
  });
});

describe('the page’s own date where no field states it', () => {
  it('reads a wire or paper dateline, or a first line opening with a full date', () => {
    expect(datelineDate('新华社北京2012年3月5日电 国家质检总局今天通报')).toBe('2012-03-05');
    expect(datelineDate('本报讯（记者 某某）2014年9月18日，省质监局召开新闻发布会')).toBe('2014-09-18');
    expect(datelineDate('某某质量网2013年11月2日讯 记者从市质监局获悉')).toBe('2013-11-02');
    expect(datelineDate('某某产品质量状况\n2016年4月12日，市局公布了抽查结果。')).toBe('2016-04-12');
    expect(datelineDate('本报北京1月2日讯 记者从国家工商局获悉')).toBeNull();
    expect(datelineDate('全省共抽查企业300家，2012年3月5日起实施新标准。')).toBeNull();
  });
  it('reads an address filed by year, month and day in single figures', () => {
    expect(dateInUrl('http://www.example.gov.cn/art/2012/6/13/art_1234_5678.html')).toBe('2012-06-13');
    expect(dateInUrl('http://www.example.com/ypen/20120611/1104246.html')).toBe('2012-06-11');
  });
  it('dates a scraped page by the address it keeps in its first lines', () => {
    const { doc, facts } = run('http://www.example.gov.cn/art/2013/5/7/art_12_345.html\n近日，省局对电线电缆产品进行了抽查，合格率为85%。');
    expect(doc.meta.year).toBe('2013');
    expect(byValue(facts, 85).period).toBe('2013');
  });
  it('dates 去年 on a dated wire page against its dateline', () => {
    const { doc, facts } = run('新华社北京2012年3月5日电\n国家质检总局今天通报，去年共查处质量违法案件12万起。');
    expect(doc.meta.year).toBe('2011');
    expect(byValue(facts, 120000).period).toBe('2011');
  });
  it('dates 今年以来 to the year of writing and 截至去年底 to the year before it', () => {
    const facts = factsOf('发布时间：2012-02-20\n今年以来，全市共查处假冒伪劣案件12起。截至去年底，全市共有食品生产企业5000家。');
    expect(byValue(facts, 12).period).toBe('2012');
    const august = factsOf('发布时间：2011-08-23\n截至去年底，古城配件企业已超过4000家。今年上半年，订单下滑了一成。');
    expect(byValue(august, 4000).period).toBe('2010');
  });
});

describe('the round a page reports, and pairs opened by a relative year', () => {
  it('dates the lead of a page on published sampling results to the round’s year named later', () => {
    const facts = factsOf(
      [
        '发布时间：2012-04-16',
        '质检总局公布的电热水壶产品质量国家监督抽查结果显示，产品抽样合格率为71.5%，46批次产品不合格。',
        '历年抽查结果显示，2011的抽查合格率仅为71.5%，比上一年下降了8个百分点。',
      ].join('\n'),
    );
    expect(byValue(facts, 46).period).toBe('2011');
  });
  it('dates the first value of a pair like the pair before it that 去年 opens (从去年的61亿元降低到45亿元，…从14.4亿元降低到6亿元)', () => {
    const facts = factsOf(
      '发布时间：2012-03-14\n公司确定了今年的控制指标，总库存要从去年的52亿元降低到40亿元，积压物资从9.6亿元降低到5亿元。',
    );
    expect(byValue(facts, 960000000).period).toBe('2011');
    expect(byValue(facts, 5200000000).period).toBe('2011');
  });
  it('dates the second value of a pair opened by 今年 to the plan’s year (明年…由今年预计的44%提高到45%)', () => {
    const facts = factsOf('某某省1990年工作报告\n明年计划全省轻工业产值的比重，由今年预计的38%提高到40%。');
    expect(byValue(facts, 40).period).toBe('1991');
  });
});

describe('the year after a compared one', () => {
  it('dates nothing after a sentence that names its own year beside the base it compares with', () => {
    const facts = factsOf(
      [
        '某某省1966年工作报告',
        '根据全省十二个工业部门的统计，一九六五年职工的平均工资比一九六二年增加了百分之二十一。职工的福利也有改善。二十六个厂矿为职工支付的福利费相当于工资总额的百分之九。',
      ].join('\n'),
    );
    expect(byValue(facts, 9).period).not.toBe('1963');
    expect(byValue(facts, 26).period).not.toBe('1963');
  });
});
