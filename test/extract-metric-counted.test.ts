import { describe, it } from 'vitest';
import { dictionaries, expectFacts, expectNoFact } from './extract-helpers';

/**
 * Round-9 metric classes (contract: `metric` names what is measured; gold scores a short key of it, the noun a
 * count counts): a count that leaves out its noun because the sentence has just named it, and a list of graded
 * counts that share the noun the list ends with. Our own sentences, in the style of work reports and bulletins.
 */
describe('a count that leaves out its noun counts what its sentence just named', () => {
  it('takes the noun of the figure before it in the same classifier (a part of a set)', () => {
    expectFacts('在检查的56家企业中，有12家存在问题。', [{ type: 'count', value: 12, unit: '家', key: '企业' }]);
    expectFacts('本次抽查发现，有9种产品不符合标准，其中标签不合格的有4种。', [{ type: 'count', value: 4, unit: '种', key: '产品' }]);
  });

  it('completes a headless relative (X的有N, X的仅N)', () => {
    expectFacts('国际上已发布的相关标准有300多项，我国企业参与起草的仅12项。', [{ type: 'count', value: 12, unit: '项', key: '标准' }]);
  });

  it('takes the noun of an opening frame when no figure before names it', () => {
    expectFacts('查处的案件中，涉及食品的有23起，涉及农资的有15起。', [
      { type: 'count', value: 23, unit: '起', key: '案件' },
      { type: 'count', value: 15, unit: '起', key: '案件' },
    ]);
  });

  it('leaves counts of people, and counts whose own words name a noun, as they are', () => {
    expectNoFact('全市表彰先进集体30个，评为先进个人的有120人。', { value: 120, key: '集体' });
    expectNoFact('抽查了7个省的33家企业生产的53个装配螺口灯头的节能灯。', { value: 53, key: '省' });
    expectFacts('抽查了7个省的33家企业生产的53个装配螺口灯头的节能灯。', [{ value: 53, unit: '个', key: '节能灯' }]);
  });
});

describe('graded items of a list share the noun the list ends with', () => {
  it('gives each grade the noun of the last item', () => {
    expectFacts('建成5个国家级、12个省级区域医疗中心。', [
      { type: 'count', value: 5, unit: '个', key: '区域医疗中心' },
      { type: 'count', value: 12, unit: '个', key: '区域医疗中心' },
    ]);
    expectFacts('新增3家千亿级、17家百亿级工业企业。', [{ type: 'count', value: 3, unit: '家', key: '企业' }]);
    expectFacts('着力培育4个世界级、6个国家级、10个区域级产业集群。', [
      { type: 'count', value: 4, unit: '个', key: '产业集群' },
      { type: 'count', value: 6, unit: '个', key: '产业集群' },
    ]);
  });
});

describe('a figure without a noun of its own takes what the figure before counts, not its verbs', () => {
  it('inherits the counted noun, not the verb phrase after it', () => {
    expectNoFact('对全市52家加油站进行了计量检查，共受理投诉举报356件。', { value: 356, key: '计量检查' });
  });
});

describe('a rate word names its own metric whatever tags the segmenter gives it (lexicons/metric-trim.json measureEndings)', () => {
  it('keeps X率 before a percent after a count clause, not the clause before', () => {
    expectFacts('全年检定各类计量器具3.2万台件，强检率达97.6%。', [{ type: 'rate', value: 97.6, unit: '%', key: '强检率' }]);
    expectFacts('共排查隐患企业420家，整改率达到96%。', [{ type: 'rate', value: 96, unit: '%', key: '整改率' }]);
    expectFacts('办理人大代表建议210件，办复率达100%。', [{ type: 'rate', value: 100, unit: '%', key: '办复率' }]);
  });
});

describe('the modal words of a future or expected figure are no metric (lexicons/metric-trim.json)', () => {
  it('gives a clause of only modal and time words the metric of the clause before', () => {
    expectFacts('规模以上企业在全部企业中的比重，将由2020年的31%提高到2025年的40%。', [
      { type: 'rate', value: 31, unit: '%', key: '比重' },
      { type: 'rate', value: 40, unit: '%', key: '比重' },
    ]);
  });

  it('trims 将 and 预计 from the ends of a metric', () => {
    expectFacts('全县家庭农场已发展到860个，预计明年将达1200个。', [{ type: 'count', value: 1200, unit: '个', key: '家庭农场' }]);
    expectFacts('预计到年底，全市检测机构营业收入将达到12亿元。', [
      { type: 'amount', value: 1200000000, unit: '元', metric: '检测机构营业收入' },
    ]);
  });
});

describe('a topic clause names what the figures after it measure or count (lexicons/metric-trim.json topicFrames)', () => {
  it('gives a figure the measure a 在…上 / 从…看 frame names', () => {
    expectFacts('在大肠菌群数上，多数样品都控制在每百克30个以内。', [{ key: '大肠菌群数' }]);
    expectFacts('散户奶的脂肪含量尚可，而在杂菌总数上，好一些的也多达150万个。', [{ type: 'count', value: 1500000, key: '杂菌总数' }]);
    expectFacts('从获证企业数量看，今年比去年多了41家。', [{ type: 'change', value: 41, unit: '家', key: '企业数量' }]);
  });

  it('keeps the measure a figure names itself, and a frame that names no measure', () => {
    expectFacts('在产品质量上，全市监督抽查合格率达到94.5%。', [{ type: 'rate', value: 94.5, key: '合格率' }]);
    expectFacts('在质量提升方面，全年新培育名牌产品37个。', [{ type: 'count', value: 37, key: '名牌产品' }]);
  });

  it('adds the noun a 对于 frame names to a count whose own words name none', () => {
    expectFacts('对于消费者申诉，各级机构全年共办结了1570件。', [{ type: 'count', value: 1570, unit: '件', key: '申诉' }]);
    expectFacts('今年接到的各类申诉中，已调解办结860件。', [{ type: 'count', value: 860, unit: '件', key: '申诉' }]);
    expectNoFact('在质量提升专项行动中，共检查了320家。', { value: 320, key: '专项行动' });
  });
});

describe('the object a verb and a classifier imply (lexicons/metric-trim.json elidedObjects)', () => {
  it('counts cases after 查处/办结 and accidents after 发生 when no noun follows the verb', () => {
    expectFacts('今年以来，稽查大队共查处了214起，罚没款80万元。', [{ type: 'count', value: 214, unit: '起', key: '案件' }]);
    expectFacts('全年全区共发生3起，比上年减少2起。', [{ type: 'count', value: 3, unit: '起', key: '事故' }]);
  });

  it('leaves a count whose verb has its own object', () => {
    expectFacts('共查处无证生产行为46起。', [{ type: 'count', value: 46, unit: '起', metric: '查处无证生产行为' }]);
  });
});

describe('each elided-object rule gives its examples the object it names', () => {
  const rules = dictionaries.json<{ elidedObjects: { rules: { id: string; unit: string; noun: string; examples: string[] }[] } }>(
    'lexicons/metric-trim.json',
  ).elidedObjects.rules;
  for (const rule of rules) {
    it(rule.id, () => {
      for (const example of rule.examples) expectFacts(example, [{ type: 'count', unit: rule.unit, key: rule.noun }]);
    });
  }
});

describe('a figure named only as a total is the total of what the figure before it measures (lexicons/metric-trim.json totalNouns)', () => {
  it('prefixes 总额 / 总量 with the metric of the figure before', () => {
    expectFacts('全市外贸进出口增长6.2%，总额突破1200亿元。', [{ type: 'amount', value: 120000000000, key: '进出口' }]);
    expectFacts('地方财政收入增长3.8%，总量首次突破500亿元。', [{ type: 'amount', value: 50000000000, key: '财政收入' }]);
  });

  it('leaves a total that names what it totals', () => {
    expectFacts('社会消费品零售总额达到860亿元，增长5%。', [{ type: 'amount', value: 86000000000, metric: '社会消费品零售总额' }]);
  });
});

describe('a bare figure after a clause that names a new metric measures that, not the figure before it', () => {
  it('takes the clause before when it lies after the figure before', () => {
    expectFacts('水泥产量增长12%，达到3200万吨；化肥产量继续增长，达到850万吨。', [{ type: 'amount', value: 8500000, key: '化肥' }]);
    expectFacts('全年生猪出栏增长5%，达到4100万头；禽蛋产量稳中有升，达到230万吨。', [{ type: 'amount', value: 2300000, key: '禽蛋' }]);
  });
});

describe('a total with no figure before it is the total of the topic just named (pipeline/extract/topic-before.ts)', () => {
  it('takes the leading nouns of the clause before', () => {
    expectFacts('全市个体工商户稳步增长，总量突破42万户。', [{ type: 'count', value: 420000, unit: '户', key: '个体工商户' }]);
  });

  it('takes the leading nouns of a short topic sentence of the same paragraph', () => {
    expectFacts('民营经济活力增强。市场主体持续增加。总量达到256万户，其中企业71万户。', [
      { type: 'count', value: 2560000, unit: '户', key: '市场主体' },
      { type: 'count', value: 710000, unit: '户', key: '企业' },
    ]);
  });

  it('leaves a total when the sentence before is long, or a heading of its own', () => {
    expectNoFact('今年我们多措并举推动各类市场主体加快发展壮大。总量达到256万户。', { value: 2560000, key: '市场主体' });
    expectNoFact('市场主体\n总量达到256万户。', { value: 2560000, key: '市场主体' });
  });
});

describe('a level restated after its change (即, 也就是) measures what the change measured (metric-trim.json leading)', () => {
  it('takes the metric of the change before', () => {
    expectFacts('全省普通高中在校生数增长了百分之十二，即达到八十六万余人。', [
      { type: 'count', value: 860000, unit: '人', bound: 'more_than', key: '在校生' },
    ]);
    expectFacts('技工学校在校生数增长了百分之九，也就是四十二万人。', [{ type: 'count', value: 420000, unit: '人', key: '在校生' }]);
  });

  it('keeps 即 inside a word', () => {
    expectFacts('全市即食食品生产企业126家。', [{ type: 'count', value: 126, unit: '家', metric: '即食食品生产企业' }]);
  });
});
