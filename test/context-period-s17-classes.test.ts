import { describe, expect, it } from 'vitest';
import { HEADINGS_FILE, loadHeadingRules } from '../pipeline/scope/headings';
import { loadTimeRules, TIME_FILE } from '../pipeline/scope/time';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * Period classes of the seventeenth session (contract v1.1, period: the clause, else the sentence, else the heading
 * or paragraph that scopes the figure, else the report year). Our own text in the style of bureau summaries, trade
 * news and national work reports.
 */

describe('a year in the name of an award or scheme (PERIOD-OTHER)', () => {
  it('is no comparison base: the figures keep the year of the report, not the year after the name', () => {
    const facts = factsOf(
      [
        '某省召开2019年全省市场监管工作会议',
        '本报讯 在近日召开的2019年全省市场监管工作会议上，记者获悉，过去一年全省质量工作稳步推进。',
        '去年以来，全省质量基础不断夯实。4家企业荣获2018年度省长质量奖，共有61个产品新评为省名牌产品。全年查办案件215起。',
      ].join('\n'),
    );
    expect(byValue(facts, 4).period).toBe('2018');
    expect(byValue(facts, 61).period).toBe('2018');
    expect(byValue(facts, 215).period).toBe('2018');
  });
  it('dates nothing after it in another wording (获评…年度…奖)', () => {
    const facts = factsOf(
      ['某市2013年质监工作会议召开', '过去一年，全市质量工作成效明显。', '7家单位获评2012年度市政府质量奖，新增地理标志产品2个。'].join(
        '\n',
      ),
    );
    expect(byValue(facts, 7).period).toBe('2012');
    expect(byValue(facts, 2).period).toBe('2012');
  });
});

describe('a page re-posted years later whose title names a scheme year after a verb of designation', () => {
  it('is about the year the title names (被认定为2014年…著名商标)', () => {
    const facts = factsOf(
      [
        '某县12件商标被认定为2014年省著名商标',
        '2020-03-02 09:15:40',
        '日前，省里公布新一批名单，某县有12件注册商标入选，其中首次认定的有8件。',
        '这批入选的12件商标中，来自食品加工行业的有5家，占四成多。',
      ].join('\n'),
    );
    expect(byValue(facts, 8).period).toBe('2014');
    expect(byValue(facts, 5).period).toBe('2014');
  });
  it('also after 列为 (被列为2013年省重点技改项目)', () => {
    const facts = factsOf(
      ['本市6个项目被列为2013年省重点技改项目', '2018-04-11', '经专家评审，本市共有6个项目入选，其中装备制造类4个。'].join('\n'),
    );
    expect(byValue(facts, 4).period).toBe('2013');
  });
});

describe('a vague past a value is compared with, and the second value of a range', () => {
  it('dates the value right after it to no year (与早几年20%～30%的利润, 比以前每台30元)', () => {
    const facts = factsOf(
      [
        '小家电企业利润缩水',
        '2012-07-10',
        '今年铜价上涨明显，小家电的利润降到5%左右，与早几年18%～25%的利润差了一大截。',
        '有经销商说，这比以前每台30元的利润少了不少。',
      ].join('\n'),
    );
    expect(byValue(facts, 5).period).toBe('2012');
    expect(byValue(facts, 18).period).toBeNull();
    expect(byValue(facts, 25).period).toBeNull();
    expect(byValue(facts, 30).period).toBeNull();
  });
  it('dates both values of a range bound to a year (2010年的15%～20%)', () => {
    const facts = factsOf(['灯饰配件价格调整', '2011-06-01', '据测算，各类配件2010年的12%～16%的毛利，今年只剩一半。'].join('\n'));
    expect(byValue(facts, 12).period).toBe('2010');
    expect(byValue(facts, 16).period).toBe('2010');
  });
});

describe('the base of a multiple with a noun between the year and 的 (为2008年利润的2倍)', () => {
  it('dates the multiple by the year its sentence names before, not by the base', () => {
    const facts = factsOf(
      [
        '零部件企业盈利能力较强',
        '2011-06-13',
        '报告指出，国内零部件企业2010年的行业毛利率约为9%，为2008年利润的2倍。',
        '另据统计，某地2009年的纺织品出口额为50亿美元，是2005年出口额的1.5倍。',
      ].join('\n'),
    );
    expect(byValue(facts, 2).period).toBe('2010');
    expect(byValue(facts, 1.5).period).toBe('2009');
  });
});

describe('the base a sentence builds on (在…的基础上)', () => {
  const REPORT = [
    '各位代表：',
    '一、1995年国内工作的回顾',
    '在1994年较快增长的基础上，1995年国民经济继续发展。粮食总产量4600亿公斤，比上年增长4%。',
    '在上年大幅增收的基础上，农民人均纯收入又增长5.3%。',
    '二、继续加强农业',
    '要在去年增产180亿公斤的基础上，今年粮食再增产100亿公斤。',
  ].join('\n');
  const facts = factsOf(REPORT);
  it('dates none of the figures after it: they keep the year the sentence or the section gives', () => {
    expect(byValue(facts, 460000000000).period).toBe('1995');
    expect(byValue(facts, 4).period).toBe('1995');
    expect(byValue(facts, 5.3).period).toBe('1995');
  });
  it('dates the figure inside it (在去年增产180亿公斤的基础上)', () => {
    expect(byValue(facts, 18000000000).period).toBe('1995');
    expect(byValue(facts, 10000000000)).toMatchObject({ period: '1996', status: 'target' });
  });
  it('dates a value named with its time inside the phrase (在去年近五成的高增长基础上)', () => {
    const news = factsOf(
      ['灯具出口增长', '2011-05-10', '该厂今年上半年销售额过亿元，在去年近五成的高增长基础上，上半年又增长45.2%。'].join('\n'),
    );
    expect(byValue(news, 50).period).toBe('2010');
    expect(byValue(news, 45.2).period).toBe('2011');
  });
});

describe('the end of the century as a deadline (PERIOD-TARGET)', () => {
  it('dates a target to the last year of the century (到本世纪末, 在本世纪末)', () => {
    const facts = factsOf(
      [
        '各位代表：',
        '一、1995年国内工作的回顾',
        '过去的一年，国民经济继续发展。',
        '二、扎实推进扶贫开发',
        '要从现在起到本世纪末的五年时间里，基本解决5000万人的温饱问题。',
        '为了在本世纪末把全国人口控制在13亿以内，必须继续抓好计划生育。',
      ].join('\n'),
    );
    expect(byValue(facts, 50000000)).toMatchObject({ period: '2000', status: 'target' });
    expect(byValue(facts, 1300000000).period).toBe('2000');
  });
  it('reads the century end as part of a goal reached early as no deadline (提前实现了本世纪末…的目标)', () => {
    const rules = dictionaries.json<{ centuryEnd: string }>(TIME_FILE);
    const centuryEnd = new RegExp(rules.centuryEnd);
    expect(centuryEnd.test('我们提前实现了本世纪末人均收入翻番的目标')).toBe(false);
    expect(centuryEnd.test('到本世纪末')).toBe(true);
    expect(centuryEnd.test('本世纪末争取实现翻两番')).toBe(true);
  });
});

describe('the parts after the review of a report given the year after (PERIOD-PLAN-PARTS)', () => {
  const REPORT = [
    '各位代表：',
    '一、1996年国内工作的回顾',
    '过去的一年，国民经济保持良好势头。全国粮食总产量4800亿公斤。',
    '二、保持经济稳定增长',
    '国家准备重点扶持300个产粮大县，新增农田灌溉面积1000万亩。',
    '要认真执行《农业法》。',
    '三、深化国有企业改革',
    '今年要集中力量抓好800户国有大中型企业。',
    '四、关于外交工作',
    '一年来，我国同20多个国家的领导人进行了会晤。',
  ].join('\n');
  const facts = factsOf(REPORT);
  it('reads the review as the report year, as actual', () => {
    expect(byValue(facts, 480000000000)).toMatchObject({ period: '1996', status: 'actual' });
  });
  it('reads a part with no time of its own as the plan of the year the report is given in', () => {
    expect(byValue(facts, 300)).toMatchObject({ period: '1997', status: 'target' });
    expect(byValue(facts, 10000000)).toMatchObject({ period: '1997', status: 'target' });
    expect(facts.find((f) => f.name === '农业法')?.period).toBe('1997');
    expect(byValue(facts, 800)).toMatchObject({ period: '1997', status: 'target' });
  });
  it('leaves a part on a topic of its own (关于外交工作) to the report year', () => {
    expect(byValue(facts, 20)).toMatchObject({ period: '1996', status: 'actual' });
  });
  it('goes on after a plan heading with its year (二、2016年工作总体部署, then 三、…)', () => {
    const modern = factsOf(
      [
        '各位代表：',
        '一、2015年工作回顾',
        '过去一年，全年城镇新增就业1300万人。',
        '二、2016年工作总体部署',
        '全年经济增长目标定在6.5%左右。',
        '三、推进民生改善',
        '中央财政拟安排职业培训补贴600亿元。',
      ].join('\n'),
    );
    expect(byValue(modern, 13000000)).toMatchObject({ period: '2015', status: 'actual' });
    expect(byValue(modern, 60000000000)).toMatchObject({ period: '2016', status: 'target' });
  });
  it('does nothing in a report written in the year it reports on', () => {
    const summary = factsOf(
      ['2011-12-20', '某局2011年工作总结', '一、2011年工作回顾', '全年查处案件80起。', '二、加强队伍建设', '培训执法人员300人次。'].join(
        '\n',
      ),
    );
    expect(byValue(summary, 300)).toMatchObject({ period: '2011', status: 'actual' });
  });
});

describe("a speaker's words after a sentence that names a year", () => {
  it('speak of now, not of that year (…从2007年进厂。他向记者表示：“…底薪900元…”)', () => {
    const facts = factsOf(
      [
        '工厂停工调查',
        '2011-06-13',
        '王师傅是这家轮胎厂的一名老员工，从2007年建厂时就进厂干活。他向记者表示：“我干了三年多，底薪900元，到手1300元左右。”',
        '在车间做质检工作的外地姑娘张女士，2009年来到这里。她告诉记者：“每个月加班费只有200元。”',
      ].join('\n'),
    );
    expect(byValue(facts, 900).period).toBe('2011');
    expect(byValue(facts, 1300).period).toBe('2011');
    expect(byValue(facts, 200).period).toBe('2011');
  });
});

describe('a year later in the sentence than its figures (contract: the sentence before the paragraph)', () => {
  it('dates figures nothing before them dates (占地…，总投资…，2007年建厂投产)', () => {
    const facts = factsOf(
      [
        '某轮胎厂劳资纠纷',
        '2011-06-13',
        '该厂是集团在国内的第二家工厂，占地面积达到18万平方米，总投资达到2.5亿美元，2008年建成投产。',
        '据悉，当地共有15家企业被列入2009年省级技术中心名单以外的培育对象，2009年开始扶持。',
      ].join('\n'),
    );
    expect(byValue(facts, 180000).period).toBe('2008');
    expect(byValue(facts, 250000000).period).toBe('2008');
  });
  it('leaves a figure whose later clause holds a figure of its own (现有标准28个，其中4个为2003年应急制定)', () => {
    const facts = factsOf(
      ['医用纺织品标准滞后', '2011-07-02', '据统计，与口罩相关的现行标准共28个，其中有4个是2003年应急制定的。'].join('\n'),
    );
    expect(byValue(facts, 28).period).toBe('2011');
  });
  it('leaves a year that bounds a time (一九七八年以前) and one after the report year', () => {
    const facts = factsOf(
      ['各位代表：', '一、过去一年的工作', '农业总产值每年平均递增百分之六点二，高于一九七八年以前历年的平均速度。'].join('\n'),
    );
    expect(byValue(facts, 6.2).period).not.toBe('1978');
  });
});

describe('the examples of the data files', () => {
  it("runs time.json's speechExamples", () => {
    const rules = loadTimeRules(dictionaries);
    const { speechExamples } = dictionaries.json<{ speechExamples: [string, boolean][] }>(TIME_FILE);
    for (const [sentence, speaks] of speechExamples) expect(rules.speech.test(sentence), sentence).toBe(speaks);
  });
  it("runs headings.json's notPlanPartExamples", () => {
    const rules = loadHeadingRules(dictionaries);
    const { notPlanPartExamples } = dictionaries.json<{ notPlanPartExamples: [string, boolean][] }>(HEADINGS_FILE);
    for (const [heading, topical] of notPlanPartExamples) expect(rules.notPlanPart.test(heading), heading).toBe(topical);
  });
});
