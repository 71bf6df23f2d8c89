import { describe, it } from 'vitest';
import { expectFacts, expectNoFact } from './extract-helpers';

/**
 * Round-4 classes of how technical articles and price reports write measurements (contract: an amount is a
 * quantity with a measure unit; a per-unit quantity writes both units), found by auditing documents the rules
 * were not written on. Our own sentences, never the corpus's.
 */
describe('physical and electrical units', () => {
  it('reads lengths in 米, areas in 平方毫米 and a 1米5 written with its tenth after the unit', () => {
    expectFacts('插座距地面的安装高度为0.3米。', [{ type: 'amount', value: 0.3, unit: '米', key: '高度' }]);
    expectFacts('导线的标称截面积为2.5平方毫米。', [{ type: 'amount', value: 2.5, unit: '平方毫米', key: '截面积' }]);
    expectFacts('订购的沙发长度是2米4，送来的只有2米1。', [
      { type: 'amount', value: 2.4, unit: '米' },
      { type: 'amount', value: 2.1, unit: '米' },
    ]);
  });

  it('reads power, voltage, capacity and brightness as amounts, Latin units too when they end the clause', () => {
    expectFacts('这款台灯的额定功率为40瓦，实测只有31W。', [
      { type: 'amount', value: 40, unit: '瓦', key: '功率' },
      { type: 'amount', value: 31, unit: 'W' },
    ]);
    expectFacts('充电器的输出电压为5V，电池容量为3000毫安时。', [
      { type: 'amount', value: 5, unit: 'V', key: '电压' },
      { type: 'amount', value: 3000, unit: '毫安时', key: '容量' },
    ]);
    expectFacts('样灯的光效达到85流明/瓦。', [{ type: 'amount', value: 85, unit: '流明/瓦', key: '光效' }]);
  });

  it('reads pressures and noise written in Latin units', () => {
    expectFacts('燃气管道的设计压力为0.4MPa。', [{ type: 'amount', value: 0.4, unit: 'MPa', key: '压力' }]);
    expectFacts('空调室内机噪声不应大于40dB。', [{ type: 'amount', value: 40, unit: 'dB', bound: 'at_most' }]);
  });

  it('reads m, t and m³ when they end the clause or name what they are per, and areas in 平方 or 平方公尺', () => {
    expectFacts('这台锅炉的额定蒸发量为2t/h，配套水泵扬程28m。', [
      { type: 'amount', value: 2, unit: 't/h' },
      { type: 'amount', value: 28, unit: 'm', key: '扬程' },
    ]);
    expectFacts('冷却塔的循环水量为80m³/h。', [{ type: 'amount', value: 80, unit: 'm³/h' }]);
    expectNoFact('仓库里有3m宽的货架。', { unit: 'm' });
    expectFacts('新店的营业面积是300平方。', [{ type: 'amount', value: 300, unit: '平方' }]);
    expectFacts('新建职工宿舍二十万平方公尺。', [{ type: 'amount', value: 200000, unit: '平方公尺' }]);
  });

  it('reads the ends of a range of Latin units', () => {
    expectFacts('抽检的节能灯实测功率为7.5W-9W。', [
      { type: 'amount', value: 7.5, unit: 'W', bound: 'at_least' },
      { type: 'amount', value: 9, unit: 'W', bound: 'at_most' },
    ]);
  });

  it('keeps a rating that names a product or a grid class out (a code, not an amount of it)', () => {
    expectNoFact('质监局抽查了9W节能灯和13W节能灯。', { type: 'amount' });
    expectNoFact('全省新建500千伏输变电工程和220千伏变电站。', { type: 'amount' });
    expectFacts('全省新建500千伏输变电工程8个。', [{ type: 'count', value: 8, unit: '个', key: '500千伏输变电工程' }]);
    expectFacts('关停落后小火电机组300万千瓦。', [{ type: 'amount', value: 3000000, unit: '千瓦' }]);
  });
});

describe('temperatures and references written out', () => {
  it('reads a temperature below zero as negative, and a minus after a figure as a range', () => {
    expectFacts('速冻水饺应在零下18℃以下贮存。', [{ type: 'amount', value: -18, unit: '℃', bound: 'at_most' }]);
    expectFacts('低温试验的温度为-25℃。', [{ type: 'amount', value: -25, unit: '℃' }]);
    expectFacts('发酵温度控制在30-35℃。', [
      { type: 'amount', value: 30, unit: '℃', bound: 'at_least' },
      { type: 'amount', value: 35, unit: '℃', bound: 'at_most' },
    ]);
  });

  it('reads °C as ℃, 瓦时 per 公斤, and 每百公里 as a reference of 百公里, as written', () => {
    expectFacts('烘干温度为60°C。', [{ type: 'amount', value: 60, unit: '℃' }]);
    expectFacts('动力电池的能量密度为150瓦时/公斤。', [{ type: 'amount', value: 150, unit: '瓦时/公斤' }]);
    expectFacts('这款车的综合油耗为每百公里6.8升。', [{ type: 'amount', value: 6.8, unit: '升/百公里' }]);
  });
});

describe('denied comparisons in technical requirements', () => {
  it('reads 不应小于, 不得大于 and 不宜多于 as the opposite bound', () => {
    expectFacts('两插座的间距不应小于1.2米。', [{ type: 'amount', value: 1.2, unit: '米', bound: 'at_least' }]);
    expectFacts('儿童床护栏的缝隙不得大于75毫米。', [{ type: 'amount', value: 75, unit: '毫米', bound: 'at_most' }]);
  });
});

describe('measured durations', () => {
  it('reads a duration that is the value of a timed measure as an amount', () => {
    expectFacts('这批灯管的平均寿命为6000小时。', [{ type: 'amount', value: 6000, unit: '小时', key: '寿命' }]);
    expectFacts('样品在沸水中的浸泡时间约为30分钟。', [{ type: 'amount', value: 30, unit: '分钟', bound: 'approx' }]);
    expectFacts('断路器的动作时间不超过0.1秒。', [{ type: 'amount', value: 0.1, unit: '秒', bound: 'at_most' }]);
    expectFacts('这种热水器的质保期为6年。', [{ type: 'amount', value: 6, unit: '年', key: '质保期' }]);
  });

  it('reads a timed measure shortened or lengthened as a change', () => {
    expectFacts('企业开办时间比去年缩短了2.5小时。', [{ type: 'change', value: -2.5, unit: '小时', key: '时间' }]);
  });

  it('keeps spans of planning, services and slogans out', () => {
    expectNoFact('全区建成10分钟便民服务圈。', { unit: '分钟' });
    expectNoFact('热线实行24小时值守。', { unit: '小时' });
    expectNoFact('今后三年将新建检测中心。', { unit: '年' });
    expectNoFact('该厂已经连续生产了二十多年。', { unit: '年' });
  });
});

describe('per-unit prices of market reports', () => {
  it('reads a price per 公吨 or per 桶 in a foreign currency', () => {
    expectFacts('国际胶价收于3,950美元/公吨。', [{ type: 'amount', value: 3950, unit: '美元/公吨' }]);
    expectFacts('原油期货报收于82.5美元/桶，下跌1.2美元。', [
      { type: 'amount', value: 82.5, unit: '美元/桶' },
      { type: 'change', value: -1.2, unit: '美元/桶' },
    ]);
  });
});

describe('ranges of fractions', () => {
  it('reads 1/3—1/2 as both ends of a range in percent', () => {
    expectFacts('国产设备的价格只有进口设备的1/3—1/2。', [
      { type: 'rate', value: 100 / 3, unit: '%', bound: 'at_least' },
      { type: 'rate', value: 50, unit: '%', bound: 'at_most' },
    ]);
  });
});

describe('changes as price and market reports write them', () => {
  it('reads market verbs before a percent as changes, falling ones negative', () => {
    expectFacts('当日棉花期货收涨1.4%，白糖下挫0.7%，玉米微跌0.2%。', [
      { type: 'change', value: 1.4, unit: '%', key: '棉花期货' },
      { type: 'change', value: -0.7, unit: '%', key: '白糖' },
      { type: 'change', value: -0.2, unit: '%', key: '玉米' },
    ]);
    expectFacts('这款冰箱降价12%，另一款提价3%。', [
      { type: 'change', value: -12, unit: '%' },
      { type: 'change', value: 3, unit: '%' },
    ]);
  });

  it('reads market verbs before a price or an output as changes in its unit', () => {
    expectFacts('尿素出厂价每吨上调80元，复合肥下调50元/吨。', [
      { type: 'change', value: 80, unit: '元/吨' },
      { type: 'change', value: -50, unit: '元/吨' },
    ]);
    expectFacts('上周菜价每斤涨了0.4元。', [{ type: 'change', value: 0.4, unit: '元/斤' }]);
    expectFacts('受冻害影响，全县柑橘减产2万吨。', [{ type: 'change', value: -20000, unit: '吨', key: '柑橘' }]);
  });

  it('reads a rate of change that narrowed or moved to a level as a change, and a market verb before 倍 as growth', () => {
    expectFacts('今年以来钢材出口降幅收窄至4.5%。', [{ type: 'change', value: -4.5, unit: '%', key: '钢材出口' }]);
    expectFacts('全市零售额增速加快到9%。', [{ type: 'change', value: 9, unit: '%' }]);
    expectFacts('三年来地价涨了两倍。', [{ type: 'change', value: 2, unit: '倍', key: '地价' }]);
  });

  it('reads a difference against a named base in a unit as a change', () => {
    expectFacts('本地猪肉比外地猪肉每斤贵1.5元。', [{ type: 'change', value: 1.5, unit: '元/斤' }]);
    expectFacts('新线比旧线少用工人30名。', [{ type: 'count', value: 30, unit: '名' }]);
  });

  it('gives a change with no words of its own the metric of the clause before', () => {
    expectFacts('全县油菜籽产量在去年丰收的基础上，又增产3万吨，达到45万吨。', [
      { type: 'change', value: 30000, unit: '吨', key: '产量' },
      { type: 'amount', value: 450000, unit: '吨', key: '产量' },
    ]);
  });

  it('keeps the market verb and 小幅 out of the metric', () => {
    expectFacts('羊肉价格较上周小幅回落0.6%。', [{ type: 'change', value: -0.6, key: '羊肉价格' }]);
    expectNoFact('羊肉价格较上周小幅回落0.6%。', { metric: '羊肉价格较上周小幅' });
  });
});

describe('bounds a few words before the figure', () => {
  it('reads 最少 and 最多 before 有 as at least and at most, and keeps them out of the metric', () => {
    expectFacts('全省的热水器生产企业最少有1500家。', [{ type: 'count', value: 1500, unit: '家', bound: 'at_least', key: '企业' }]);
    expectNoFact('全省的热水器生产企业最少有1500家。', { metric: '全省的热水器生产企业最少' });
    expectFacts('每批产品最多有3件不合格。', [{ type: 'count', value: 3, unit: '件', bound: 'at_most' }]);
  });
});

describe('prices (lexicons/units.json price)', () => {
  it('names a price in its metric when money per a unit of goods is written without 价', () => {
    expectFacts('冒牌的碧螺春每斤只要两三百元。', [
      { type: 'amount', value: 200, unit: '元/斤', key: '价格' },
      { type: 'amount', value: 300, unit: '元/斤', key: '价格' },
    ]);
    expectFacts('贴上名牌商标后每公斤可卖六百元。', [{ type: 'amount', value: 600, unit: '元/公斤', key: '售价' }]);
    expectFacts('当日铜期货收盘报58,200元/吨。', [{ type: 'amount', value: 58200, unit: '元/吨', key: '价格' }]);
  });

  it('leaves a metric that already names a price, a cost or a benefit as it is', () => {
    expectFacts('普通大米的零售价格为每公斤5元。', [{ type: 'amount', value: 5, unit: '元/公斤', metric: '普通大米的零售价格' }]);
    expectFacts('城乡居民医保财政补助标准提高到每人每年640元。', [{ type: 'amount', value: 640, key: '补助标准' }]);
  });
});

describe('a price per a unit written after the figure', () => {
  it('reads 元一公斤 and 元每公斤 as a price per 公斤, and leaves 一 that starts another word alone', () => {
    expectFacts('散装的野山茶卖到八百元一公斤。', [{ type: 'amount', value: 800, unit: '元/公斤' }]);
    expectFacts('这种电饭锅在网上只卖199元一台。', [{ type: 'amount', value: 199, unit: '元/台' }]);
    expectFacts('罚款5000元一并上缴国库。', [{ type: 'amount', value: 5000, unit: '元' }]);
  });
});

describe('per-time quantities: a speed or a throughput writes its unit per time (contract: per-unit units)', () => {
  it('reads 时速 as 每小时, and a slash or 每 before the figure', () => {
    expectFacts('电动自行车最高时速不得超过25公里。', [{ type: 'amount', value: 25, unit: '公里/小时', bound: 'at_most' }]);
    expectFacts('限速每小时60公里的路段有3段。', [{ type: 'amount', value: 60, unit: '公里/小时' }]);
    expectFacts('碰撞试验的车速为64公里/小时。', [{ type: 'amount', value: 64, unit: '公里/小时' }]);
    expectFacts('新生产线每小时处理能力为500吨。', [{ type: 'amount', value: 500, unit: '吨/小时' }]);
  });
  it('binds a reference per time only to a figure a few words on, and passes it on only when linked', () => {
    expectFacts('每小时巡查的路段超过40公里。', [{ type: 'amount', value: 40, unit: '公里' }]);
    expectFacts('列车运行时速由200公里提高到250公里。', [
      { type: 'amount', value: 200, unit: '公里/小时' },
      { type: 'amount', value: 250, unit: '公里/小时' },
    ]);
    expectFacts('建成时速350公里的高速铁路1200公里。', [{ type: 'amount', value: 1200, unit: '公里' }]);
    expectNoFact('建成时速350公里的高速铁路1200公里。', { value: 350 });
  });
});
