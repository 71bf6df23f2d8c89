import { describe, it } from 'vitest';
import { expectFacts } from './extract-helpers';

/**
 * Session-15 classes of figures given respectively (分别, 依次, 各), each of which must get its own metric, unit and
 * type, seen in several documents of the corpus and the diagnosis sets. Our own sentences, never the documents'.
 */
describe('a per-population reference before a list given figures respectively (quantities.ts populationReference)', () => {
  it('gives every item of the list the reference its first item opens with', () => {
    expectFacts('每千人托位、护理床位数分别达到3.9个、31.5张。', [
      { type: 'amount', value: 3.9, unit: '个/千人', key: '托位' },
      { type: 'amount', value: 31.5, unit: '张/千人', key: '护理床位' },
    ]);
    expectFacts('全市每千人口执业医师、注册护士分别达到3.1人和3.8人。', [
      { type: 'amount', value: 3.1, unit: '人/千人', key: '执业医师' },
      { type: 'amount', value: 3.8, unit: '人/千人', key: '注册护士' },
    ]);
    expectFacts('每万人口发明专利、高价值发明专利拥有量分别为25.6件、9.8件。', [
      { type: 'amount', value: 25.6, unit: '件/万人', key: '发明专利拥有量' },
      { type: 'amount', value: 9.8, unit: '件/万人', key: '高价值发明专利拥有量' },
    ]);
  });

  it('leaves items of a list with no respectively word their own clauses', () => {
    expectFacts('每千人口拥有托位4.7个、新建养老院12家。', [
      { type: 'amount', value: 4.7, unit: '个/千人' },
      { type: 'count', value: 12, unit: '家' },
    ]);
  });
});

describe('the measure the items of a list share (lexicons/metric-trim.json sharedEndings)', () => {
  it('completes each item with the whole measure the last item ends with', () => {
    expectFacts('城镇居民、农村居民人均可支配收入分别增长4.5%和6.2%。', [
      { type: 'change', value: 4.5, unit: '%', key: '城镇居民人均可支配收入' },
      { type: 'change', value: 6.2, unit: '%', key: '农村居民人均可支配收入' },
    ]);
    expectFacts('对日本、韩国出口分别下降3.2%和1.5%。', [
      { type: 'change', value: -3.2, unit: '%', key: '日本出口' },
      { type: 'change', value: -1.5, unit: '%', key: '韩国出口' },
    ]);
    expectFacts('对东盟、欧盟进出口分别增长12.1%、8.3%。', [
      { type: 'change', value: 12.1, unit: '%', key: '东盟进出口' },
      { type: 'change', value: 8.3, unit: '%', key: '欧盟进出口' },
    ]);
    expectFacts('全市汽车、摩托车保有量分别达到120万辆和35万辆。', [
      { type: 'count', value: 1200000, unit: '辆', key: '汽车保有量' },
      { type: 'count', value: 350000, unit: '辆', key: '摩托车保有量' },
    ]);
  });
});

describe('a word naming two things at once, given two figures respectively (lexicons/metric-trim.json pairedWords)', () => {
  it('gives the first figure the first thing and the second the second', () => {
    expectFacts('实际使用内外资分别增长8.5%、12.3%。', [
      { type: 'change', value: 8.5, unit: '%', key: '使用内资' },
      { type: 'change', value: 12.3, unit: '%', key: '使用外资' },
    ]);
    expectFacts('全市中外资银行存款余额分别增长9%和15%。', [
      { type: 'change', value: 9, unit: '%', key: '中资银行存款余额' },
      { type: 'change', value: 15, unit: '%', key: '外资银行存款余额' },
    ]);
    expectFacts('城乡低保标准分别提高48%、45.5%。', [
      { type: 'change', value: 48, unit: '%', key: '城市低保标准' },
      { type: 'change', value: 45.5, unit: '%', key: '农村低保标准' },
    ]);
    expectFacts('今年城乡居民人均可支配收入分别增长5.5%和6.8%。', [
      { type: 'change', value: 5.5, unit: '%', key: '城镇居民人均可支配收入', subject: '城镇居民' },
      { type: 'change', value: 6.8, unit: '%', key: '农村居民人均可支配收入', subject: '农村居民' },
    ]);
  });

  it('leaves a figure alone and a list of items as they are', () => {
    expectFacts('城乡居民储蓄存款余额增长12%。', [{ type: 'change', value: 12, unit: '%', key: '城乡居民储蓄存款余额' }]);
    expectFacts('内外贸企业、物流企业分别新增30家和12家。', [
      { type: 'count', value: 30, unit: '家', key: '内外贸企业' },
      { type: 'count', value: 12, unit: '家', key: '物流企业' },
    ]);
  });
});

describe('an accident grade is part of the noun, no comparison (lexicons/metric-trim.json trailing 较)', () => {
  it('keeps 较大 in what a change of accidents measures', () => {
    expectFacts('全省较大事故减少16起，下降34.78%。', [
      { type: 'change', value: -16, unit: '起', key: '较大事故' },
      { type: 'change', value: -34.78, unit: '%', key: '较大事故' },
    ]);
    expectFacts('今年以来，全市火灾起数下降12.5%；较大火灾减少3起。', [
      { type: 'change', value: -12.5, unit: '%', key: '火灾起数' },
      { type: 'change', value: -3, unit: '起', key: '较大火灾' },
    ]);
    expectFacts('全年较大道路交通事故同比减少5起。', [{ type: 'change', value: -5, unit: '起', key: '较大道路交通事故' }]);
  });

  it('still trims a comparison with 较', () => {
    expectFacts('产品合格率较上年高2个百分点。', [{ type: 'change', value: 2, unit: 'pp', key: '产品合格率' }]);
  });
});

describe('items of a respectively list that only grade what the last names (enumeration.ts listSubjects, listGrade)', () => {
  it('completes a grade with the noun the last item names after its own grade', () => {
    expectFacts('国家级、部级技术中心分别达到17家、96家。', [
      { type: 'count', value: 17, unit: '家', key: '国家级技术中心' },
      { type: 'count', value: 96, unit: '家', key: '部级技术中心' },
    ]);
    expectFacts('全省国家级、省级重点实验室分别新增3家和15家。', [
      { type: 'count', value: 3, unit: '家', key: '国家级重点实验室' },
      { type: 'count', value: 15, unit: '家', key: '省级重点实验室' },
    ]);
    expectFacts('急难型、支出型临时救助标准分别提高100元和80元。', [
      { type: 'change', value: 100, unit: '元', key: '急难型临时救助标准' },
      { type: 'change', value: 80, unit: '元', key: '支出型临时救助标准' },
    ]);
  });
});

describe('the verbs a respectively list is given by (enumeration.ts RESPECTIVELY)', () => {
  it('reads 分别新增, 分别增至, 分别提高到 like 分别增长', () => {
    expectFacts('高新技术企业、科技型中小企业分别增至1200家和3500家。', [
      { type: 'count', value: 1200, unit: '家', key: '高新技术企业' },
      { type: 'count', value: 3500, unit: '家', key: '科技型中小企业' },
    ]);
    expectFacts('城乡低保月均标准分别提高到720元和560元。', [
      { type: 'amount', value: 720, unit: '元', key: '城市低保月均标准' },
      { type: 'amount', value: 560, unit: '元', key: '农村低保月均标准' },
    ]);
    expectFacts('“江苏精品”认证、团体标准分别新增15项和40项，累计分别达到60项和210项。', [
      { type: 'count', value: 15, unit: '项', key: '江苏精品”认证' },
      { type: 'count', value: 40, unit: '项', key: '团体标准' },
      { type: 'count', value: 60, unit: '项', key: '江苏精品”认证' },
      { type: 'count', value: 210, unit: '项', key: '团体标准' },
    ]);
  });

  it('keeps an item whole that ends as the last does, or is a code, and leaves a from-to list to its reader', () => {
    expectFacts('全市PM2.5、PM10平均浓度分别下降到32微克/立方米和55微克/立方米。', [
      { type: 'amount', value: 32, unit: '微克/立方米', key: 'PM2.5' },
      { type: 'amount', value: 55, unit: '微克/立方米', key: 'PM10平均浓度' },
    ]);
    expectFacts('城乡居民人均可支配收入从2020年的38000元和15000元分别提高到45000元和19000元。', [
      { type: 'amount', value: 38000, unit: '元', key: '人均可支配收入' },
      { type: 'amount', value: 45000, unit: '元', key: '人均可支配收入', subject: '城镇居民' },
      { type: 'amount', value: 19000, unit: '元', key: '人均可支配收入', subject: '农村居民' },
    ]);
  });
});
