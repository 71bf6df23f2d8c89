import { describe, it } from 'vitest';
import { expectFacts, expectNoFact } from './extract-helpers';

/**
 * Session-18 classes of how news pages and reports write shares and counts of classes, found in the misses of the
 * open sets. Our own sentences, never the documents'.
 */
describe('a share said by 占 alone after a count', () => {
  // A breakdown gives each part's count and then its share with the whole left out (it was named before): the
  // share's metric is what the count counts, as a share (metric-trim.json shareOf `bare`), not that count again.
  it('names the share after what the figure before it counts', () => {
    expectFacts('参展商中，国内企业1200家，占80.5%；境外企业290家，占19.5%。', [
      { type: 'count', value: 1200, unit: '家', metric: '国内企业' },
      { type: 'rate', value: 80.5, unit: '%', metric: '国内企业占比' },
      { type: 'rate', value: 19.5, unit: '%', metric: '境外企业占比' },
    ]);
    expectFacts('全年受理消费投诉860件，其中涉及食品的312件，约占36.3%。', [
      { type: 'rate', value: 36.3, unit: '%', bound: 'approx', key: '占比' },
    ]);
    expectFacts('第一产业增加值420亿元，占百分之十二点五。', [{ type: 'rate', value: 12.5, unit: '%', metric: '第一产业增加值占比' }]);
  });

  it('keeps the whole a share names (占全省的), and a level that is no share', () => {
    expectFacts('新登记市场主体3.2万户，占全省的15.6%。', [{ type: 'rate', value: 15.6, unit: '%', key: '占全省' }]);
    expectNoFact('抽查食品320批次，合格率为97.5%。', { type: 'rate', key: '占比' });
  });
});

describe('classes counted with the intensifier 大', () => {
  it('counts 两大类 and 五大类 in Chinese numerals as 3大类 is counted', () => {
    expectFacts('全年监督抽查了家电、农资两大类产品。', [{ type: 'count', value: 2, unit: '类' }]);
    expectFacts('纲要设置经济、社会、生态等五大类30个主要指标。', [
      { type: 'count', value: 5, unit: '类' },
      { type: 'count', value: 30, unit: '个', key: '指标' },
    ]);
  });

  it('gives no count for a division into classes the text goes on to name or points back to (nf.classes-named)', () => {
    expectNoFact('本地的餐馆大致可以分为两大类：一类是连锁店，一类是个体店。', { unit: '类' });
    expectNoFact('介于这两大类之间的还有一些小作坊。', { unit: '类' });
  });

  it('keeps a Chinese numeral before 大 a name otherwise (八大行业, 四大名著)', () => {
    expectNoFact('重点抓好八大行业的节能降耗。', { type: 'count' });
    expectNoFact('书店里四大名著卖得最好。', { type: 'count' });
  });
});

describe('households and students counted in 万 or 亿 without a classifier', () => {
  // The noun after the figure implies the unit (units.json implied): a household noun counts households in 户, the
  // contract's classifier for them; 家 there opens the noun (家庭), it is no classifier of its own.
  it('counts 家庭 and 农户 in 户', () => {
    expectFacts('棚户区改造让近千万家庭住进新居。', [{ type: 'count', value: 10000000, unit: '户', bound: 'less_than', key: '家庭' }]);
    expectFacts('医保改革惠及上千万家庭。', [{ type: 'count', value: 10000000, unit: '户', bound: 'at_least' }]);
    expectFacts('全省两千三百万农户用上了自来水。', [{ type: 'count', value: 23000000, unit: '户', key: '农户' }]);
  });

  it('counts 在校生 and 毕业生 in 人', () => {
    expectFacts('国家助学金覆盖300多万在校生。', [{ type: 'count', value: 3000000, unit: '人', bound: 'more_than', key: '在校生' }]);
    expectFacts('今年帮助800多万毕业生找到工作。', [{ type: 'count', value: 8000000, unit: '人', key: '毕业生' }]);
  });

  it('leaves a small count before a household noun and a count of 家 as they were', () => {
    expectNoFact('全县有3000家庭参加。', { unit: '户' });
    expectFacts('在40万个家庭安装了燃气报警器。', [{ type: 'count', value: 400000, unit: '个' }]);
  });
});

describe('sums and counts in 万/亿 whose unit the noun implies', () => {
  it('reads 破 before a lone place unit as more than it (破千亿, 破万)', () => {
    expectFacts('去年全省家电产业总产值破千亿。', [{ type: 'amount', value: 100000000000, unit: '元', bound: 'more_than', key: '总产值' }]);
    expectFacts('展会首日参观人数破万人。', [{ type: 'count', value: 10000, unit: '人', bound: 'more_than' }]);
  });

  it('reads an industry size in 万/亿 without 元 as money (产业规模)', () => {
    expectFacts('全市新能源产业规模已超过300亿。', [
      { type: 'amount', value: 30000000000, unit: '元', bound: 'more_than', key: '产业规模' },
    ]);
  });

  it('counts market entities in 户 (上亿市场主体)', () => {
    expectFacts('全国上亿市场主体经受住了考验。', [{ type: 'count', value: 100000000, unit: '户', bound: 'at_least', key: '市场主体' }]);
  });

  it('keeps a currency written with the figure as its unit (新卢布)', () => {
    expectFacts('当年共偿还外债三亿二千万新卢布。', [{ type: 'amount', value: 320000000, unit: '新卢布' }]);
  });
});

describe('vague ranges written with 、 between their digits', () => {
  // Contract: 三四倍 and 四五百元 are ranges (at_least the low end, at_most the high end); older reports write the
  // same ranges with 、 (四、五十亿元). Only a pair going on to a place unit, to 倍 or after 百分之 is one.
  it('reads the pair as a range of two facts', () => {
    expectFacts('这一项每年要少收税款三、四十亿元。', [
      { value: 3000000000, unit: '元', bound: 'at_least' },
      { value: 4000000000, unit: '元', bound: 'at_most' },
    ]);
    expectFacts('只要减少百分之四、五的损耗，就能多产粮食。', [
      { type: 'change', value: -4, unit: '%', bound: 'at_least' },
      { type: 'change', value: -5, unit: '%', bound: 'at_most' },
    ]);
    expectFacts('新品种的单产比老品种高出两、三倍。', [
      { value: 2, unit: '倍', bound: 'at_least' },
      { value: 3, unit: '倍', bound: 'at_most' },
    ]);
    expectFacts('当年可腾出一、二千万亩低产田改种饲草。', [
      { value: 10000000, unit: '亩', bound: 'at_least' },
      { value: 20000000, unit: '亩', bound: 'at_most' },
    ]);
  });

  it('leaves ordinals and kinds listed with 、 alone', () => {
    expectNoFact('大力发展农村二、三产业。', { type: 'count' });
    expectNoFact('全市第二、三季度经济运行平稳。', { value: 3 });
    expectNoFact('共评出一、二等奖。', { type: 'count' });
  });
});

describe('half of a whole said as 半数', () => {
  // Contract: fractions are percents (一半 → 50); 半数 is the same share, bounded by the words around it.
  it('reads 半数 as a rate of 50 %, with its bound', () => {
    expectFacts('受检的小作坊中半数以上没有取得许可证。', [{ type: 'rate', value: 50, unit: '%', bound: 'at_least' }]);
    expectFacts('全县近半数乡镇建成了农贸市场。', [{ type: 'rate', value: 50, unit: '%', bound: 'less_than' }]);
    expectFacts('这批新技术中半数已推广应用。', [{ type: 'rate', value: 50, unit: '%', bound: 'exact', key: '推广应用' }]);
  });

  it('leaves 一半 to its own reading', () => {
    expectFacts('一半以上的茶叶销往外省。', [{ type: 'rate', value: 50, unit: '%', bound: 'at_least' }]);
  });
});
