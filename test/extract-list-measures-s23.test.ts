import { describe, expect, it } from 'vitest';
import { dictionaries, expectFacts, factsOf } from './extract-helpers';
import { loadLexicons } from '../pipeline/extract/lexicons';
import { itemSubject } from '../pipeline/extract/shared-value';

/**
 * Session-23 classes of a list of items given figures (分别, 均, a shared change verb), where each figure must carry
 * the measure its item shares with the others (contract: one fact per value, `metric` the phrase naming what is
 * measured). Our own sentences, never the documents'.
 */
describe('the measure a respectively list shares, widened to the words the items share (enumeration.ts sharedPart)', () => {
  it('gives each item the words between the last item’s own name and the shared head', () => {
    expectFacts('全县乡镇、村庄建成区绿地面积分别提高6.1%、4%。', [
      { type: 'change', value: 6.1, unit: '%', key: '乡镇建成区绿地面积' },
      { type: 'change', value: 4, unit: '%', key: '村庄建成区绿地面积' },
    ]);
    expectFacts('力争纺织服装、食品加工、汽车零部件产业规模分别达到900亿元、700亿元、500亿元。', [
      { type: 'amount', value: 90000000000, unit: '元', key: '纺织服装产业规模' },
      { type: 'amount', value: 70000000000, unit: '元', key: '食品加工产业规模' },
    ]);
  });

  it('keeps the qualifier of a change after the shared head (年均) with every item', () => {
    expectFacts('数字经济、文化旅游增加值年均分别增长9.2%、6.4%。', [
      { type: 'change', value: 9.2, unit: '%', key: '数字经济增加值年均' },
      { type: 'change', value: 6.4, unit: '%', key: '文化旅游增加值年均' },
    ]);
  });

  it('does not widen over a word another item ends with, a quotation mark or 等', () => {
    expectFacts('规上工业企业、限上批发零售企业营业收入分别增长5%、6%。', [
      { type: 'change', value: 5, unit: '%', metric: '规上工业企业营业收入增长' },
    ]);
    expectFacts('钢铁、建材、化工等产业增加值分别增长3%、4%、5%。', [{ type: 'change', value: 4, unit: '%', metric: '建材产业增加值' }]);
  });
});

describe('a respectively list whose figures are in different units (enumeration.ts LEVEL_KINDS)', () => {
  it('gives each figure its item, and the changes after it their items too', () => {
    expectFacts('港口集装箱和散货吞吐量分别达到320万标箱、8600万吨，分别增长6.2%、3.1%。', [
      { type: 'amount', value: 86000000, unit: '吨', key: '散货吞吐量' },
      { type: 'change', value: 6.2, unit: '%', key: '集装箱吞吐量' },
      { type: 'change', value: 3.1, unit: '%', key: '散货吞吐量' },
    ]);
  });
});

describe('one figure stated of each item of a list (lexicons/metric-trim.json sharedValue each, itemEndings, qualifier)', () => {
  it('gives a single figure after 分别 to every item, things or measures', () => {
    expectFacts('新增市级龙头企业、示范合作社分别达到50家以上。', [
      { type: 'count', value: 50, unit: '家', key: '龙头企业' },
      { type: 'count', value: 50, unit: '家', key: '示范合作社' },
    ]);
  });

  it('splits business measures that grow by one figure, keeping the qualifier with each', () => {
    expectFacts('全市住宿业营业额、旅游收入均增长8%。', [
      { type: 'change', value: 8, unit: '%', key: '住宿业营业额' },
      { type: 'change', value: 8, unit: '%', key: '旅游收入' },
    ]);
    expectFacts('基础设施投资、制造业投资年均增长7%左右。', [
      { type: 'change', value: 7, unit: '%', metric: '基础设施投资年均增长' },
      { type: 'change', value: 7, unit: '%', metric: '制造业投资年均增长' },
    ]);
  });

  it('leaves a figure that is one of several values given respectively to the list', () => {
    const facts = factsOf('全市商场、超市销售额分别增长5.5%、7.5%。');
    expect(facts.filter((f) => f.value === 5.5)).toHaveLength(1);
  });
});

describe('the subject of a later item of a list sharing one value (shared-value.ts itemSubject)', () => {
  const lexicons = loadLexicons(dictionaries);

  it('reads each item as the first was read', () => {
    expectFacts('过夜游客人数、旅游收入均增长9%。', [{ type: 'change', value: 9, unit: '%', key: '旅游收入', subject: '旅游' }]);
    expect(itemSubject('普惠贷款余额', '普惠', '涉农贷款余额', lexicons)).toBe('涉农');
    expect(itemSubject('新增规上企业', '规上企业', '重点项目', lexicons)).toBe('重点项目');
  });

  it('keeps a subject that was not read from the first item', () => {
    expect(itemSubject('投诉办结率', null, '回访满意率', lexicons)).toBeNull();
    expect(itemSubject('办结率', '热线', '满意率', lexicons)).toBe('热线');
  });
});
