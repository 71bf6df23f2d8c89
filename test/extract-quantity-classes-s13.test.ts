import { describe, it } from 'vitest';
import { expectFacts, expectNoFact } from './extract-helpers';

/**
 * Session-13 classes of how work reports and bulletins write figures (number forms, metrics and types), seen in
 * several documents of the corpus and the diagnosis sets. Our own sentences, never the documents'.
 */
describe('counts per so many people (lexicons/units.json perUnit.population)', () => {
  it('reads 每万人口…N件 and a clause opening with 万人/千人口 as a per-unit amount', () => {
    expectFacts('每万人口高价值发明专利拥有量从12件提高到31件。', [
      { type: 'amount', value: 12, unit: '件/万人', key: '发明专利' },
      { type: 'amount', value: 31, unit: '件/万人', key: '发明专利' },
    ]);
    expectFacts('2023年全县万人有效发明专利58.3件。', [{ type: 'amount', value: 58.3, unit: '件/万人', key: '发明专利' }]);
    expectFacts('新建托育机构40家，千人口托位数达3.9个。', [
      { type: 'count', value: 40, unit: '家' },
      { type: 'amount', value: 3.9, unit: '个/千人', key: '托位' },
    ]);
    expectFacts('每万城镇常住人口拥有社区工作者18人。', [{ type: 'amount', value: 18, unit: '人/万人', key: '社区工作者' }]);
  });

  it('leaves people counted in 万 and names with 千人 counts', () => {
    expectFacts('全年城镇新增就业65万人。', [{ type: 'count', value: 650000, unit: '人' }]);
    expectFacts('引进千人计划专家12人。', [{ type: 'count', value: 12, unit: '人' }]);
    expectNoFact('全市开展万人大培训活动3场。', { unit: '场/万人' });
  });
});

describe('a bracket inside a word (sentence.ts innerAlternativeBracket)', () => {
  it('keeps an alternative of one or two characters in brackets inside the metric', () => {
    expectFacts('检测中心共检验产(商)品520批次，同比增长18%。', [
      { type: 'count', value: 520, unit: '批次', key: '产(商)品' },
      { type: 'change', value: 18, unit: '%', key: '产(商)品' },
    ]);
    expectFacts('全年新(改)建农村公路860公里。', [{ type: 'amount', value: 860, unit: '公里', key: '新(改)建农村公路' }]);
    expectFacts('老旧小区加装(更新)电梯430部。', [{ type: 'count', value: 430, unit: '部', key: '加装(更新)电梯' }]);
  });
});

describe('an aside in brackets between a figure and its noun (metric.ts asideEnd, asideStart)', () => {
  it('reads the noun on the far side of the aside', () => {
    expectFacts('全县共有27件(含高新区)商标获驰名商标保护。', [{ type: 'count', value: 27, unit: '件', key: '商标' }]);
    expectFacts('全年立案查处案件(含移送公安)48起。', [{ type: 'count', value: 48, unit: '起', key: '案件' }]);
    expectFacts('抽检小家电(不含配件)96批次。', [{ type: 'count', value: 96, unit: '批次', key: '小家电' }]);
  });

  it('leaves an aside after a figure to that figure', () => {
    expectFacts('建设保障性住房3.1万套(间)、累计达到28万套。', [
      { type: 'count', value: 31000, unit: '套', key: '保障性住房' },
      { type: 'count', value: 280000, unit: '套', key: '保障性住房' },
    ]);
  });
});

describe('a respectively-list whose items a count restates (enumeration.ts RESTATED_COUNT)', () => {
  it('gives each count its own item, named in full', () => {
    expectFacts('抽检发现标志、额定容量和绝缘电阻3个项目分别有35批次、18批次和9批次产品不合格。', [
      { type: 'count', value: 35, unit: '批次', metric: '标志' },
      { type: 'count', value: 18, unit: '批次', metric: '额定容量' },
      { type: 'count', value: 9, unit: '批次', metric: '绝缘电阻' },
    ]);
    expectFacts('甲醛释放量、含水率两个项目分别有12批次、5批次不合格。', [
      { type: 'count', value: 12, unit: '批次', key: '甲醛释放量' },
      { type: 'count', value: 5, unit: '批次', key: '含水率' },
    ]);
    expectFacts('其中噪声、能效和待机功率三项指标分别有4批次、7批次和2批次不合格。', [
      { type: 'count', value: 4, unit: '批次', metric: '噪声' },
      { type: 'count', value: 7, unit: '批次', metric: '能效' },
      { type: 'count', value: 2, unit: '批次', metric: '待机功率' },
    ]);
  });
});

describe('a measure a colon label names once for the items after it (metric-trim.json listHeads: metric.list-head)', () => {
  it('gives each item the label measure', () => {
    expectFacts('国家开办的学校，招生人数将为：高等学校十二万人，中等专业学校九万三千人。', [
      { type: 'count', value: 120000, unit: '人', key: '高等学校招生人数' },
      { type: 'count', value: 93000, unit: '人', key: '中等专业学校招生人数' },
    ]);
    expectFacts('群众自办学校的招生人数，大致估算为：高中二万人，初中十五万人。', [
      { type: 'count', value: 20000, unit: '人', key: '高中招生人数' },
      { type: 'count', value: 150000, unit: '人', key: '初中招生人数' },
    ]);
    expectFacts('各县的播种面积是：甲县120万亩，乙县80万亩。', [
      { type: 'amount', value: 1200000, unit: '亩', key: '甲县播种面积' },
      { type: 'amount', value: 800000, unit: '亩', key: '乙县播种面积' },
    ]);
  });

  it('leaves items that name their own measure or a doing, and an aside of the label', () => {
    expectNoFact('新增加的生产能力(按年产量计算)有：生铁八十万吨，发电量三亿度。', { metric: '发电量产量' });
    expectNoFact('主要产品的产量完成情况：钢完成96.4%，原煤完成99.8%。', { metric: '钢完成产量' });
    expectNoFact('考核结果为：一类机构178家，二类机构635家。', { metric: '一类机构考核结果' });
  });
});

describe('a change over a plan (rule change.beyond-plan, metric-trim.json planBases)', () => {
  it('names the change by what the figure before it measures', () => {
    expectFacts('全年工业投资额完成六十五亿元，超过原定的年度计划百分之四点一。', [
      { type: 'change', value: 4.1, unit: '%', key: '工业投资额' },
    ]);
    expectFacts('去年全省重点项目完成投资1500亿元、超年度计划16%。', [{ type: 'change', value: 16, unit: '%', key: '投资' }]);
  });

  it('does not take a share of the plan completed for the quantity', () => {
    expectNoFact('各厂成本降低额只完成全年计划的11%；原煤成本超过计划成本4%左右。', {
      type: 'change',
      metric: '各厂成本降低额只完成全年计划超过计划成本',
    });
  });
});

describe('a colon list of changes and shares (metric.list-head)', () => {
  it('gives a change of a listed item the label measure, not a share', () => {
    expectFacts('同上年比较，多数产品的产量都有增长：原煤增长17%，焦炭增长22%。', [
      { type: 'change', value: 17, unit: '%', key: '原煤产量' },
      { type: 'change', value: 22, unit: '%', key: '焦炭产量' },
    ]);
    expectNoFact('各种经济成分在工业总产值中所占的比重将变化如下：国营占63.8%，合作社营占4.7%。', { key: '总产值' });
  });
});

describe('number forms: 土方, money in 亿 after an estimate, a rate of zero', () => {
  it('reads 土方 as a measure of earthwork', () => {
    expectFacts('全县冬春兴修水利工程完成土方1200万土方。', [{ type: 'amount', value: 12000000, unit: '土方' }]);
    expectFacts('原定兴修三亿土方的农田水利工程，后来增加到五亿土方。', [
      { type: 'amount', value: 300000000, unit: '土方', key: '水利工程' },
      { type: 'amount', value: 500000000, unit: '土方' },
    ]);
  });

  it('reads 亿 after an investment estimate as yuan', () => {
    expectFacts('项目总投资估算约3.6亿。', [{ type: 'amount', value: 360000000, unit: '元', bound: 'approx', key: '投资' }]);
    expectFacts('二期工程投资概算12亿。', [{ type: 'amount', value: 1200000000, unit: '元', key: '概算' }]);
  });

  it('reads a rate said to be zero (为零, 为0) as 0 %', () => {
    expectFacts('标称实木家具的检测合格率为零。', [{ type: 'rate', value: 0, unit: '%', key: '合格率' }]);
    expectFacts('这批样品的不合格率均为0。', [{ type: 'rate', value: 0, unit: '%', key: '不合格率' }]);
    expectFacts('抽查的6批次童装合格率竟然为零，令人担忧。', [{ type: 'rate', value: 0, unit: '%', key: '合格率' }]);
  });

  it('leaves 零 in words and a zero that is no rate', () => {
    expectNoFact('全年实现重大事故为零的目标。', { value: 0 });
    expectNoFact('死亡人数为零。', { value: 0 });
    expectNoFact('汽车零部件出口增长较快。', { value: 0 });
  });
});

describe('a from-to sentence: the noun it opens with measures both levels (metric.from-to)', () => {
  it('names the level left and the level reached by the opening noun, unit by unit', () => {
    expectFacts('中心实验室由原来7间150平方米变成了50多间近1500平方米。', [
      { type: 'count', value: 7, unit: '间', metric: '中心实验室' },
      { type: 'amount', value: 150, unit: '平方米', metric: '中心实验室面积' },
      { type: 'count', value: 50, unit: '间', metric: '中心实验室' },
      { type: 'amount', value: 1500, unit: '平方米', metric: '中心实验室面积' },
    ]);
    expectFacts('标准文献馆藏从建馆初期的3万册增长到现在的20余万册。', [
      { type: 'count', value: 30000, unit: '册', metric: '标准文献馆藏' },
      { type: 'count', value: 200000, unit: '册', metric: '标准文献馆藏' },
    ]);
    expectFacts('全省检验机构从2010年的35家发展到目前的128家。', [
      { type: 'count', value: 35, unit: '家', key: '检验机构' },
      { type: 'count', value: 128, unit: '家', key: '检验机构' },
    ]);
  });
});

describe('counts of pairs in 对 (rules count.pairs, count.pairs-after)', () => {
  it('reads 对 as a classifier only for a pairing named around it', () => {
    expectFacts('全省国际友城达到86对。', [{ type: 'count', value: 86, unit: '对', key: '友城' }]);
    expectFacts('累计与27个国家缔结64对友好城市。', [{ type: 'count', value: 64, unit: '对', key: '友好城市' }]);
    expectNoFact('提倡一对夫妇只生育一个孩子。', { unit: '对' });
  });
});

describe('a from-to pair followed by another item of the list', () => {
  it('leaves the next item its own metric', () => {
    expectFacts('高新技术企业从0.8万家增加到1.4万家、科技型中小企业达到2.5万家。', [
      { type: 'count', value: 8000, unit: '家', key: '高新技术企业' },
      { type: 'count', value: 14000, unit: '家', key: '高新技术企业' },
      { type: 'count', value: 25000, unit: '家', key: '科技型中小企业' },
    ]);
    expectFacts('积累率由一九七八年的百分之三十六点五调整到百分之二十九。', [
      { type: 'rate', value: 36.5, unit: '%', metric: '积累率' },
      { type: 'rate', value: 29, unit: '%', metric: '积累率' },
    ]);
  });
});

describe('a classifier with its alternative in brackets (lexicons/units.json aliases)', () => {
  it('counts 台(件) and 件(套) as the two together, and keeps 台（套） as written (the gold of the outside pages writes 台(套))', () => {
    expectFacts('2019年全县共检定水表3200台(件)，检定衡器450台（件）。', [
      { type: 'count', value: 3200, unit: '台件', key: '水表' },
      { type: 'count', value: 450, unit: '台件', key: '衡器' },
    ]);
    expectFacts('全年完成压力容器定期检验1260台（套）。', [{ type: 'count', value: 1260, unit: '台(套)', key: '压力容器' }]);
    expectFacts('查扣假冒劳保用品85件(套)，货值1.2万元。', [
      { type: 'count', value: 85, unit: '件套' },
      { type: 'amount', value: 12000, unit: '元', key: '货值' },
    ]);
  });
});

describe('cases counted in 案, as Taiwan and Hong Kong bulletins write them (lexicons/units.json classifiers)', () => {
  it('counts N案 after the law or the kind of case', () => {
    expectFacts('本局共查获违反商品检验法12案、违反度量衡法5案。', [
      { type: 'count', value: 12, unit: '案', key: '商品检验法' },
      { type: 'count', value: 5, unit: '案', key: '度量衡法' },
    ]);
    expectFacts('海关全年侦破侵犯商标案件，共计307案。', [{ type: 'count', value: 307, unit: '案' }]);
  });

  it('leaves 一案 as an article and a slogan alone', () => {
    expectNoFact('关于某家居消费者维权一案，法院将于本月宣判。', { unit: '案' });
    expectNoFact('城乡中小学布局优化“一县一案”完成编制。', { unit: '案' });
  });
});
