import { describe, expect, it } from 'vitest';
import { categoryOf, loadCategoryCues } from '../pipeline/scope/category';
import { byValue, dictionaries, factsOf } from './extract-helpers';

/**
 * Category classes of session 20 (categories.tsv and category-words.json, ids CAT-… in their comments), found in
 * sets 24, 26, 27, 28, 29, 30 and 32: sentences of our own in the style of those documents.
 */

const cues = loadCategoryCues(dictionaries);
const categoryIn = (text: string, value: number) => byValue(factsOf(text), value).category;

describe('CAT-MONEY-STATE: the central bank moves and the state debts are finance', () => {
  it('takes cuts of reserve ratios and interest rates counted as finance', () => {
    expect(categoryOf('下调金融机构存款准备金率', 'count', cues)).toBe('finance');
    expect(categoryOf('全面降准', 'count', cues)).toBe('finance');
    expect(categoryIn('全年先后三次上调贷款基准利率。', 3)).toBe('finance');
  });
  it('takes debts, loans and interest as finance, in any currency', () => {
    expect(categoryOf('地方政府负债率', 'rate', cues)).toBe('finance');
    expect(categoryIn('当年归还外国借款本息共八亿二千万卢布。', 820000000)).toBe('finance');
  });
  it('leaves the people a cheaper loan reaches to other', () => {
    expect(categoryIn('下调助学贷款利息，惠及学生300多万人。', 3000000)).not.toBe('finance');
  });
  it('takes a cost as finance whatever brand the metric names', () => {
    expect(categoryOf('知名品牌门窗企业每平方米成本', 'change', cues)).toBe('finance');
  });
});

describe('CAT-PRICE-MOVE: a rise or fall written with the verbs of prices is finance', () => {
  it('takes a rise of goods cut short of its verb as a price change', () => {
    expect(categoryIn('今年以来，五金配件普遍上涨了12%。', 12)).toBe('finance');
    expect(categoryIn('商品零售价格涨幅仍然高达百分之十八。', 18)).toBe('finance');
  });
  it('keeps a rise of a pass rate or of cases in its own category', () => {
    expect(categoryIn('全市产品抽查合格率上涨了3%。', 3)).toBe('pass_rate');
    expect(categoryIn('全年查处案件数上涨了20%。', 20)).toBe('enforcement');
  });
});

describe('growth of an industry is growth of its output value (finance)', () => {
  it('takes an industry growing by a percent a year as finance', () => {
    expect(categoryOf('新兴制造业年均', 'change', cues)).toBe('finance');
    expect(categoryOf('旅游产业', 'change', cues)).toBe('finance');
  });
});

describe('CAT-NAMED-CASE: a case named by what it is about is enforcement', () => {
  it('takes named and big cases as enforcement', () => {
    expect(categoryOf('销售不合格电线案', 'count', cues)).toBe('enforcement');
    expect(categoryOf('加油机作弊计量案', 'count', cues)).toBe('enforcement');
    expect(categoryOf('查办大案要案', 'count', cues)).toBe('enforcement');
  });
  it('leaves plans, files, examples and bills to other', () => {
    expect(categoryOf('应急预案', 'count', cues)).not.toBe('enforcement');
    expect(categoryOf('向常委会提交地方性法规案', 'count', cues)).not.toBe('enforcement');
    expect(categoryOf('制度创新案例', 'count', cues)).not.toBe('enforcement');
  });
});

describe('a check of measuring instruments is metrology, not a raid', () => {
  it('takes instruments checked as metrology', () => {
    expect(categoryOf('检查在用衡器', 'count', cues)).toBe('metrology');
    expect(categoryOf('检查加油机', 'count', cues)).toBe('metrology');
    expect(categoryOf('检查眼镜店用计量器具', 'count', cues)).toBe('metrology');
  });
  it('keeps firms and shops checked as enforcement', () => {
    expect(categoryOf('检查经营户', 'count', cues)).toBe('enforcement');
  });
});

describe('user-satisfaction titles and quality gold awards are brand schemes', () => {
  it('takes firms given the titles as brand', () => {
    expect(categoryOf('获评全国用户满意称号的企业', 'count', cues)).toBe('brand');
    expect(categoryOf('获得市质量金奖', 'count', cues)).toBe('brand');
  });
});

describe('CAT-TIME-CAPACITY: time a procedure takes, capacity cut and coal consumed are no business figures', () => {
  it('takes a clearance or start-up time cut as no finance', () => {
    expect(categoryOf('进出口货物通关时间', 'change', cues)).not.toBe('finance');
    expect(categoryOf('新办企业开办时间', 'change', cues)).not.toBe('finance');
  });
  it('keeps the years a goal of output value takes as finance', () => {
    expect(categoryOf('用十年的时间使工业总产值', 'change', cues)).toBe('finance');
  });
  it('takes capacity cut in tonnes as no finance and its share as finance', () => {
    expect(categoryOf('压减水泥产能', 'change', cues)).not.toBe('finance');
    expect(categoryOf('先进产能占比', 'change', cues)).toBe('finance');
    expect(categoryOf('先进产能占比', 'rate', cues)).toBe('finance');
  });
  it('takes coal consumed as no finance and goods consumed as finance', () => {
    expect(categoryOf('煤炭消费比重', 'change', cues)).not.toBe('finance');
    expect(categoryOf('社会消费品零售总额', 'change', cues)).toBe('finance');
  });
});

describe('CAT-CASE-PARTY: the party to a case and its gains are enforcement', () => {
  it('takes what the party made and gained as enforcement', () => {
    expect(categoryOf('当事人生产上述不合格电热毯批次', 'count', cues)).toBe('enforcement');
    expect(categoryOf('当事人销售上述产品共计获利', 'amount', cues)).toBe('enforcement');
    expect(categoryOf('没收违法所得', 'amount', cues)).toBe('enforcement');
  });
});

describe('CAT-INFORMANT-REWARD: a reward for informants is enforcement', () => {
  it('takes a reward in a sentence about informants as enforcement', () => {
    expect(categoryIn('对举报假冒伪劣产品的有功人员，给予3000元以下的奖励。', 3000)).toBe('enforcement');
  });
  it('leaves a bonus with no informant to finance', () => {
    expect(categoryIn('该厂职工奖金平均每人200元。', 200)).toBe('finance');
  });
});

describe('CAT-GOODS-TESTED (s20): goods put to a test or counted as items checked are sampling', () => {
  it('takes goods inspected in batches and items checked on the market as sampling', () => {
    expect(categoryOf('对进口童车进行检验批数', 'count', cues)).toBe('sampling');
    expect(categoryOf('市场检查件数', 'count', cues)).toBe('sampling');
  });
  it('leaves instruments put to a test to metrology', () => {
    expect(categoryOf('对在用电子秤进行检验', 'count', cues)).not.toBe('sampling');
  });
});
