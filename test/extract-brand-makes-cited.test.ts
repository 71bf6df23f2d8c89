import { describe, expect, it } from 'vitest';
import type { Fact } from '../core/document';
import { factsOf } from './extract-helpers';

/** Names of the brand facts, in text order. */
function brands(facts: readonly Fact[]): string[] {
  return facts.filter((f) => f.type === 'brand').map((f) => f.name!);
}

describe('makes a trade story cites by their spokesmen and dealers (brand.speaker-of, brand.dealer-of)', () => {
  it('takes the make before 相关人士 / 一负责人 / 一经销商, without the goods written after it', () => {
    const text = [
      '今年以来各品牌纷纷调价。',
      '蓝帆地板相关人士表示，原料成本上涨很快。',
      '科莱娜橱柜一负责人也表示，下月将上调价格。',
      '据雅嘉洁具一经销商透露，不少门店准备提价。',
      '梦洁一负责人则表示暂不调价。',
    ].join('\n');
    expect(brands(factsOf(text))).toEqual(['蓝帆', '科莱娜', '雅嘉', '梦洁']);
  });

  it('names no brand for a body, a company by its full name, a place or a pronoun', () => {
    const text = [
      '今年以来各品牌纷纷调价。',
      '市场监管局一负责人表示将加强检查。',
      '宏达集团相关人士表示成本上涨。',
      '该公司相关负责人表示将积极整改。',
      '据日本相关人士透露，谈判仍在进行。',
    ].join('\n');
    expect(brands(factsOf(text))).toEqual([]);
  });

  it('reads the spokesman form only in a document that talks about brands', () => {
    expect(brands(factsOf('会议召开。\n蓝帆地板相关人士表示，原料成本上涨很快。'))).toEqual([]);
  });
});

describe('marks named in trademark and counterfeiting cases', () => {
  it('splits names listed inside one pair of quotes before 商标 or 牌', () => {
    const facts = factsOf('经查，当事人委托代理机构恶意申请“金穗山、银穗山、玉穗山”商标注册。');
    expect(brands(facts)).toEqual(['金穗山', '银穗山', '玉穗山']);
  });

  it('keeps a quoted pair of slogans before 品牌 out', () => {
    expect(brands(factsOf('今年要做靓“新江城、新智造”品牌。'))).toEqual([]);
  });

  it('takes the mark between its owner and 注册商标, or right after the verb of infringement', () => {
    const text = [
      '执法人员查获涉嫌侵犯江城酿酒股份有限公司青岭春注册商标专用权的白酒300瓶。',
      '另查处一起销售侵犯雪岭注册商标专用权白酒的案件。',
      '当事人侵犯他人注册商标专用权，被罚款2万元。',
      '当事人侵犯某公司注册商标专用权。',
    ].join('\n');
    expect(brands(factsOf(text))).toEqual(['青岭春', '雪岭']);
  });

  it('takes a quoted name opening with a count when the text calls it the original of fakes', () => {
    expect(brands(factsOf('各地查处多起案件，如“八个石榴”假冒品等。'))).toEqual(['八个石榴']);
    expect(brands(factsOf('深入学习“三个代表”重要思想。'))).toEqual([]);
  });

  it('takes makes listed after 假冒 before the car parts they fit', () => {
    expect(brands(factsOf('当事人销售涉嫌假冒丰田、本田车玻璃共40块。'))).toEqual(['丰田', '本田']);
  });
});

describe('makes a counterfeiting or trademark case names without quotes', () => {
  it('takes the make before 品牌 / 商标 after a verb of faking, not a qualifier of brands', () => {
    const text = [
      '执法人员查获冒用青岭品牌的白酒60箱。',
      '另查处冒用雪岭注册商标生产白酒案。',
      '严厉打击假冒知名品牌的违法行为。',
      '当事人假冒他人商标，被立案调查。',
    ].join('\n');
    expect(brands(factsOf(text))).toEqual(['青岭', '雪岭']);
  });

  it('takes the make before the word for its fakes, and after 冒牌 / 山寨 / 高仿', () => {
    const text = ['执法人员当场查获雪岭假冒品200箱。', '网上出售的山寨Kivik耳机被下架。', '执法人员查获大量假货。'].join('\n');
    expect(brands(factsOf(text))).toEqual(['雪岭', 'Kivik']);
  });

  it('takes the quoted mark a faked one is like, and the mark named by its holder', () => {
    const text = [
      '当事人擅自在白酒上使用与“青岭”近似的商标。',
      '当事人未经雪岭商标注册人许可，在白酒上使用该商标。',
      '当事人未经商标注册人许可使用该商标。',
      '在同一种商品上使用与其注册商标相同的商标。',
    ].join('\n');
    expect(brands(factsOf(text))).toEqual(['青岭', '雪岭']);
  });
});

describe('makes a clause lists before their goods or their scheme', () => {
  it('takes makes whose goods a market check reports labelled, in any document', () => {
    const facts = factsOf('记者走访多家超市发现，蓝湖、Kivik等牛奶的蛋白质含量均标注为3.1克。');
    expect(brands(facts)).toEqual(['蓝湖', 'Kivik']);
    expect(brands(factsOf('货架上的牛奶、酸奶等饮品均标注了保质期。'))).toEqual([]);
  });

  it('takes a list before 等, a count and a qualifier closed by 的 before the scheme, a name with a numeral kept whole', () => {
    const facts = factsOf('其中，鹤鸣楼二十四街酱肉、老福顺、飞燕墨水等8个全市口碑最好的老字号品牌的掌门人进入了新一届理事会。');
    expect(brands(facts)).toEqual(['鹤鸣楼二十四街酱肉', '老福顺', '飞燕墨水']);
  });
});
