import { describe, expect, it } from 'vitest';
import type { Fact } from '../core/document';
import { factsOf } from './extract-helpers';

/** Names of the facts of one type, in text order. */
function namesOf(facts: readonly Fact[], type: Fact['type']): string[] {
  return facts.filter((f) => f.type === type).map((f) => f.name!);
}

describe('brands across a document (rules/names.jsonl, lexicons/brand-schemes.json)', () => {
  it('reads traditional-script pages like simplified ones: corner quotes, 牌, scheme lists, PK pairs', () => {
    const facts = factsOf(
      [
        '執法人員當場查獲假冒「紅旗」牌白酒120箱。',
        '本市『金龍』大米、『雲嶺』茶葉等3個產品獲評省名牌產品。',
        '這些山寨品牌中，「Hoier」PK「海爾」最常見。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['红旗', '金龙', '云岭', 'Hoier', '海尔']);
    expect(facts.find((f) => f.name === 'Hoier')?.raw_start).toBeGreaterThan(0);
  });

  it('reads a quoted pair compared with PK as brands only in a document that talks about brands', () => {
    expect(namesOf(factsOf('市场上的山寨品牌越来越多。\n“Hoier”PK“海尔”。'), 'brand')).toEqual(['Hoier', '海尔']);
    expect(namesOf(factsOf('会上两种观点针锋相对。\n“质量”PK“价格”。'), 'brand')).toEqual([]);
  });

  it('takes brands a clause counts and calls brands, never kinds of product, companies or slogans', () => {
    const facts = factsOf(
      [
        '其中，欧普、西门子两个分别代表国产和进口的插座大品牌均在榜上。',
        '全县大米、茶叶两个区域公用品牌影响扩大。',
        '此次共抽查了华安食品有限公司等15家企业。',
        '有的“山寨”电器仿冒知名品牌。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['欧普', '西门子']);
  });
});

describe('brands in lists the segmenter tags badly, and products named with 款 (counted-list-called, kuan-named-quoted)', () => {
  it('keeps every item of a list called brands once one item is a proper name, whatever tag a transliteration gets', () => {
    const facts = factsOf(
      [
        '卖场里宜家、Kivik和九阳三个品牌卖得最好。',
        '送检的有苏泊尔、美特斯邦威和Joyo等5个品牌的豆浆机。',
        '该集团旗下有蓝峰(Blue Peak)、西岭蓝峰(Xiling Blue Peak)和迅捷(Swift)三个电梯品牌。',
        '公司一直打理着奥的斯、 Swift两个电梯品牌。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual([
      '宜家',
      'Kivik',
      '九阳',
      '苏泊尔',
      '美特斯邦威',
      'Joyo',
      '蓝峰',
      '西岭蓝峰',
      '迅捷',
      '奥的斯',
      'Swift',
    ]);
  });

  it('keeps kinds of product out of such a list, even next to a proper name', () => {
    expect(namesOf(factsOf('全县大米、茶叶和Luna三个品牌影响扩大。'), 'brand')).toEqual(['Luna']);
    expect(namesOf(factsOf('全县大米、茶叶两个区域公用品牌影响扩大。'), 'brand')).toEqual([]);
  });

  it('takes brands listed after the brand word that asks which ones (pinpai-then-list), not qualities or kinds', () => {
    const facts = factsOf(
      ['本次抽检涉及的品牌有蓝峰、Kivik和九阳等。', '我们的品牌有质量、有服务。', '调查品牌有大米、茶叶两类。'].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['蓝峰', 'Kivik', '九阳']);
  });

  it('takes an unquoted name a report builds as a brand when it holds a proper or unknown word (verb-proper-pinpai)', () => {
    const facts = factsOf(
      ['要培育江城优农品牌，带动农民增收。', '打造投资江城品牌，培育一批知名品牌。', '打造湖南品牌，培育农业精品品牌。'].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['江城优农']);
  });

  it('reads a word the segmenter tags as a place as a name when it names no division or country (brand-places.ts)', () => {
    const facts = factsOf(
      [
        '奥的斯、迅达等外资电梯品牌占了大头。',
        '消费者更认可苏泊尔品牌的电饭锅。',
        '深圳、东莞等制造业品牌城市很多。',
        '引进了一批美国品牌和外国品牌。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['奥的斯', '迅达', '苏泊尔']);
  });

  it('keeps the place that opens a listed product name, whatever the segmenter tags it (大同/d)', () => {
    expect(namesOf(factsOf('今年大同黄花菜、怀仁羊肉等知名品牌越来越响。'), 'brand')).toEqual(['大同黄花菜', '怀仁羊肉']);
  });

  it('takes the quoted name of one model of goods counted with 款, in a document about brands, not a kind or a type', () => {
    const facts = factsOf(
      [
        '这些冒牌货里，有一款名为“Golden Leaf”的奶粉卖得最贵。',
        '品牌专柜里这款茶叶名为“云峰雪芽”，售价上万元。',
        '有的叫“净水机”，有的叫“直饮机”。',
        '这款“节能型”空调很畅销。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['Golden Leaf', '云峰雪芽']);
    expect(namesOf(factsOf('会上展示了一款名为“江城之光”的灯具。'), 'brand')).toEqual([]);
  });
});

describe('brands news pages name without a scheme (rules/names.jsonl: pinpai-model, demonstrative, as-pinpai)', () => {
  it('takes a name before 品牌 and a model or goods, one pointed back to, one a 作为…品牌 clause introduces', () => {
    const facts = factsOf(
      [
        '质检部门要求立即停用蓝德威品牌XT200型自动扶梯。',
        '执法人员在仓库查扣科瑞达品牌电饭锅200台。',
        '经销商承认，他们代理的维斯塔这个品牌有一部分在国内生产。',
        '作为国内厨电的一线品牌，方太居家向来重视产品的安全。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['蓝德威', '科瑞达', '维斯塔', '方太居家']);
  });

  it('names no pronoun, country, kind of goods or company that stands where a brand could', () => {
    const facts = factsOf(
      [
        '北京已停止采购该品牌电梯，店里摆满了美国品牌家具。',
        '地铁公司订购了一批“节能型”电梯。',
        '作为知名品牌，企业在质量上不能有半点马虎。',
        '消费者对这个品牌很信任。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual([]);
  });

  it('keeps a variant character a simplified page writes in a brand (家俬), and simplifies a traditional page', () => {
    expect(namesOf(factsOf('作为本地家具的一线品牌，华庭家俬一直注重环保。'), 'brand')).toEqual(['华庭家俬']);
    expect(namesOf(factsOf('作為本地家具的一線品牌，華庭傢俬一直注重環保。'), 'brand')).toEqual(['华庭家私']);
  });

  it('simplifies a brand on a traditional page though its own line changes nowhere else (a PK pair)', () => {
    const page = ['市場上的山寨品牌越來越多，消費者難以分辨。', '“Hoier”PK“海爾”', '“Sonia”PK“聲寶”'].join('\n');
    expect(namesOf(factsOf(page), 'brand')).toEqual(['Hoier', '海尔', 'Sonia', '声宝']);
  });

  it('gives a list of brands counted with 大 each its name, without its Latin alias in brackets', () => {
    const facts = factsOf('公司目前经营华菱(Hualing)、Sunlift和迅捷(Swift)三大电梯品牌。');
    expect(namesOf(facts, 'brand')).toEqual(['华菱', 'Sunlift', '迅捷']);
  });
});

describe('standards across a document (rules/names.jsonl, lexicons/titles.json)', () => {
  it('reads codes in lower case, foreign codes, ISO editions after a colon, and titles ending as standards do (通则)', () => {
    const facts = factsOf(
      [
        '全县有12家企业贯彻实施iso9000系列标准。',
        '出口玩具须符合欧洲EN71系列标准。',
        '外包装的标识按《塑料制品标识通则》执行。',
        '产品通过了ISO9001：2015质量管理体系认证。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'standard')).toEqual(['ISO 9000', 'EN 71', '塑料制品标识通则', 'ISO 9001:2015']);
  });

  it('takes a plan named by a horizon year as a policy when the text puts it into force, not a book', () => {
    expect(namesOf(factsOf('市政府启动实施《健康江城2030》，设立专项资金。'), 'policy')).toEqual(['健康江城2030']);
    expect(namesOf(factsOf('他出版了诗集《江城2008》。大家都看过《江城2008》。'), 'policy')).toEqual([]);
  });

  it('gives a code and its title as two facts, and a title the sentence calls a standard', () => {
    const facts = factsOf(
      [
        '标签应符合GB 7718-2011《食品安全国家标准 预包装食品标签通则》的要求。',
        '两款饮料中，甲是名为《果蔬汁饮料》的国标，乙则名为《植物蛋白饮料》。',
        '全市已有326家企业通过ISO 9001质量管理体系认证。',
        '晚会上演了《质量之光》，全市高标准推进质量强市。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'standard')).toEqual([
      'GB 7718-2011',
      '食品安全国家标准预包装食品标签通则',
      '果蔬汁饮料',
      '植物蛋白饮料',
      'ISO 9001',
    ]);
  });

  it("starts a listed brand's fact at its name, not at a space after the comma", () => {
    const facts = factsOf('本次抽查涉及华菱(Hualing Lift)、 Sunlift、迅捷等3家电梯品牌。');
    const sunlift = facts.find((f) => f.type === 'brand' && f.name === 'Sunlift');
    expect(sunlift?.text.startsWith('Sunlift')).toBe(true);
  });
});

describe('brands listed under a scheme after a comma, a vague count or a verb (round 4 audit classes)', () => {
  it('reads the items a scheme and its count introduce with 分别为/分别是/包括, never kinds of product', () => {
    const facts = factsOf(
      [
        '今年新增中国驰名商标2件，分别为“青湖”和“白沙”。',
        '新增地理标志证明商标3件，分别是青田杨梅、庆元香菇和松阳银茶。',
        '新增省名牌产品3个，分别为食品、机械和电子。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['青湖', '白沙', '青田杨梅', '庆元香菇', '松阳银茶']);
  });

  it('reads quoted names put into a scheme by 一批, by 获批 alone, or by a verb with their count', () => {
    const facts = factsOf(
      [
        '全县培育了“青湖莲子”、“白沙柑橘”等一批地理标志证明商标。',
        '去年，“江口银鱼”获批国家地理标志证明商标。',
        '全市省著名商标达到56件，其中今年新认定“金帆”、“蓝湾”等8件。',
        '全市今年新认定“专精特新”企业等8家。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['青湖莲子', '白沙柑橘', '江口银鱼', '金帆', '蓝湾']);
  });
});

describe('brands marked once for a whole list, or pointed back to (round 4 audit classes)', () => {
  it('reads a list whose last item alone carries 牌/品牌, but not a qualified brand word after 与', () => {
    expect(namesOf(factsOf('抽检不合格的产品包括标称奥凯斯、志远品牌的空调。'), 'brand')).toEqual(['奥凯斯', '志远']);
    expect(namesOf(factsOf('该公司与国外品牌的合作方式各不相同。'), 'brand')).toEqual([]);
    expect(namesOf(factsOf('要着力提升质量和服务品牌的影响力。'), 'brand')).toEqual([]);
  });

  it('never cuts a list at a 及 or 与 inside a word (涉及, 参与)', () => {
    expect(namesOf(factsOf('不合格产品涉及美的、格力、海尔等品牌。'), 'brand')).toEqual(['美的', '格力', '海尔']);
    expect(namesOf(factsOf('央视报道所涉及的卡米诺品牌家居的总裁也来到了现场。'), 'brand')).not.toContain('报道所涉');
  });

  it('reads brands in apposition after a brand word, a name the clause points back to, and a Latin name before 商标', () => {
    const facts = factsOf(
      [
        '商场里摆满了国内外知名品牌，如海润、TOPAZ、金帝等。',
        '市里将暂停使用86部科迈斯自动扶梯，并停止采购该品牌。',
        '当事人销售标有ADIDOS商标的运动鞋56双。',
        '米兰诺家具是国内最具影响力的家具高端品牌之一。',
        '市里将暂停使用86部住宅电梯，并停止采购该品牌。',
        '要培育一批知名品牌，质量、服务和信誉都要过硬。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['海润', 'TOPAZ', '金帝', '科迈斯', 'ADIDOS', '米兰诺']);
  });
});

describe('brands in Taiwan bulletins, fakes named after their original, names the segmenter cuts up (round 4)', () => {
  it('reads 厂牌 like 品牌, and a quoted original before 仿冒品/假货, never a quality word', () => {
    const facts = factsOf(
      ['本次抽驗的廠牌包括：歌麗、TECO、禾豐。', '市售「金湖高粱酒」仿冒品充斥。', '部分“有机”假冒产品被查处。'].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(expect.arrayContaining(['TECO', '金湖高粱酒']));
    expect(namesOf(facts, 'brand')).not.toContain('有机');
  });

  it('keeps a transliteration the segmenter cuts into unknown pieces whole, and reads brands a supplier is named after', () => {
    expect(namesOf(factsOf('央视报道所涉及的卡米丽缇品牌家居的总裁也来到了现场。'), 'brand')).toEqual(['卡米丽缇']);
    expect(namesOf(factsOf('调查发现国际、国内大品牌，耐杰、阿迪斯供应商都在排污。'), 'brand')).toEqual(['耐杰', '阿迪斯']);
  });
});

describe('brands of regional and geographical-indication schemes, sampling bulletins and Latin names (round 9)', () => {
  it('reads place-named products listed before a regional brand word, never kinds of product or trades', () => {
    const facts = factsOf(
      [
        '全县着力打造清河脐橙、长岭榨菜等一批农产品区域公用品牌。',
        '培育大米、茶叶等区域公用品牌。',
        '培育本地牛羊肉、奶酪、马铃薯等区域品牌。',
        '加快发展文旅、康养等区域品牌建设。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['清河脐橙', '长岭榨菜']);
  });

  it('reads geographical-indication products however the scheme is phrased, with or without the agent, and in brackets', () => {
    const facts = factsOf(
      [
        '长岭茶叶被国家质检总局批准为地理标志保护产品。',
        '清河大米、巫山脆李获国家地理标志产品保护。',
        '全年新增地理标志保护产品2个（青禾小米、白塔酱菜）。',
        '我县被国家质检总局批准为地理标志产品保护示范区。',
        '新增省名牌产品12个（其中工业产品10个）。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['长岭茶叶', '清河大米', '巫山脆李', '青禾小米', '白塔酱菜']);
    expect(facts.find((f) => f.name === '青禾小米')?.metric).toBe('地理标志保护产品');
  });

  it('reads the makes a sampling bulletin names after 商标, quoted or not, and a name before a model code', () => {
    const facts = factsOf(
      [
        '抽查发现，标称商标为“雅嘉”、“金太阳”的电热水壶不合格。',
        '不合格样品：电热水壶，标称商标：美嘉，规格型号：MJ-180。',
        '品牌是企业的生命。',
        '车站公告称KOMAS 513MPE型自动扶梯暂停使用，该513MPE型扶梯已停用。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['雅嘉', '金太阳', '美嘉', 'KOMAS']);
  });

  it('keeps a Latin name whole, with its spaces and digits, and a numbered slogan out', () => {
    const facts = factsOf(
      [
        '该公司代理的Lumen Casa、Vardi1921等品牌家具均为意大利生产。',
        '店里摆着A.O.史密斯等品牌热水器。',
        '这家净水器品牌新推出了“四统一”系列产品。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['Lumen Casa', 'Vardi1921']);
  });

  it('reads names called brands with 这样的 or set at the head of a group with 以…为代表的', () => {
    const facts = factsOf(
      [
        '此次被曝光的产品中，不乏美嘉、苏泊尔这样的知名品牌。',
        '全省形成了以“金太阳”为代表的一批知名品牌。',
        '全省形成了以方正、联想为代表的一批本土企业。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['美嘉', '苏泊尔', '金太阳']);
  });

  it('reads the holders of a scheme listed after 的有, after a colon, or after the holders and their count', () => {
    const facts = factsOf(
      [
        '获得中国名牌产品称号的有青峰面粉和白塔大米。',
        '全省新增“中华老字号”3家：瑞丰祥、同和斋、老鼎记。',
        '全市拥有中华老字号企业12家，包括瑞丰祥、老鼎记等。',
        '全市名牌产品有：食品、机械和电子。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['青峰面粉', '白塔大米', '瑞丰祥', '同和斋', '老鼎记', '瑞丰祥', '老鼎记']);
  });

  it('reads brands in counterfeiting cases of the goods quality bulletins check (电线, 插座, 净水器)', () => {
    const facts = factsOf(
      ['破获一起生产销售假冒金鹰、青峰品牌电线的案件。', '查获假冒“雅嘉”插座300个。', '查获假冒伪劣电线200卷。'].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(expect.arrayContaining(['金鹰', '青峰', '雅嘉']));
    expect(namesOf(facts, 'brand')).toHaveLength(3);
  });

  it('keeps the 牌 of a word for brands, so a quoted scheme mark is no brand (冒用“中国名牌”标志 names none)', () => {
    const facts = factsOf(['查获冒用“中国名牌”标志的电线50卷。', '查获假冒“金帆”牌电线50卷。'].join('\n'));
    expect(namesOf(facts, 'brand')).toEqual(['金帆']);
  });

  it('reads trade names in 《》, quoted lists after a scheme and quoted award clauses in traditional script too', () => {
    const facts = factsOf(
      [
        '本廠《飛燕》牌電風扇被評為省優質產品。',
        '全縣擁有地理標志證明商標「青山茶」和「白溪柚」。',
        '我縣「青田楊梅」獲得國家地理標志保護產品稱號。',
        '全市擁有青峰、白塔等省著名商標56件。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['飞燕', '青山茶', '白溪柚', '青田杨梅', '青峰', '白塔']);
  });

  it('takes a single dictionary noun listed beside a named brand as a brand too, but not a known kind of goods', () => {
    expect(namesOf(factsOf('以格力、美的为代表的家电品牌享誉全球。'), 'brand')).toEqual(['格力', '美的']);
    expect(namesOf(factsOf('以美的、家电为代表的品牌享誉全球。'), 'brand')).toEqual(['美的']);
  });
});

describe('brands written with dictionary words (round 10)', () => {
  it('reads dictionary-word names a report calls brands, never trades, kinds of goods or acts', () => {
    const facts = factsOf(
      [
        '全县培育了青岚、万象等一批知名品牌。',
        '新增省著名商标3件（飞马、金鹰、白云）。',
        '全年查处假冒汾酒、西凤酒的案件8起。',
        '不合格产品为标称商标为飞马的电热水壶。',
        '执法人员查获标称海王牌保健品200盒。',
        '推动机械、电子、化工等一批品牌走出去。',
        '查处假冒种子、化肥、农药的案件56起。',
        '打击制售假冒伪劣商品和走私等违法犯罪活动。',
        '品牌为企业的生命，要打出质量王牌。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['青岚', '万象', '飞马', '金鹰', '白云', '汾酒', '西凤酒', '飞马', '海王']);
  });
});

describe('brands named after villages, labels written with 为, quoted goods with their kind, awarders and events (round 11)', () => {
  it('reads a name ending in 村 as a brand when quotes or 牌/商标 mark it, never an unmarked village', () => {
    const facts = factsOf(
      [
        '执法人员在仓库内查获假冒荷塘村牌调味料30件。',
        '随后又查获假冒“荷塘村”调味料15件。',
        '法院判决被告停止使用“桂花村”商标。',
        '全县新增杨柳村、石桥村等美丽乡村品牌。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['荷塘村', '荷塘村', '桂花村']);
  });

  it('reads the products a famous-brand notice lists with their makers: 的 + name + 牌, and 牌 inside the quotes', () => {
    const facts = factsOf(
      [
        '农业产品类有3只，分别为某某海产有限公司的云天久牌冻虾仁、某某水产合作社的千岛屿牌梭子蟹。',
        '入围的有某某特产开发有限公司生产的“莲香乡”牌莲子、某某实业有限公司生产的“荷风牌”藕粉。',
        '这是该公司的金字招牌产品，事故如“多米诺骨牌”般接连发生。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['云天久', '千岛屿', '莲香乡', '荷风']);
  });

  it('reads a label written with 为 and 的 (标注为“X”的商标), in traditional script too', () => {
    const facts = factsOf(
      ['执法人员在车间角落发现大量标注为“金鹿”的商标及包装盒。', '稽查隊在倉庫內發現標注為「白鶴」的商標。'].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['金鹿', '白鹤']);
  });

  it('reads quoted names before a kind of their goods in a shortlist, not a quoted quality word', () => {
    const facts = factsOf(
      ['本市“金穗”富硒大米、“清溪”乌龙茶、“鹤鸣”黄金首饰等产品进入中国名牌产品初选名单。', '执法人员随即对这批“可疑”洋酒进行扣押。'].join(
        '\n',
      ),
    );
    expect(namesOf(facts, 'brand')).toEqual(['金穗', '清溪', '鹤鸣']);
  });

  it('reads no brand in the authorities that award a scheme, nor in a quoted company type', () => {
    const facts = factsOf(
      ['商务部、文化和旅游部、国家文物局决定将120个品牌认定为第三批中华老字号。', '“走出去”企业获得中国驰名商标。'].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual([]);
  });

  // The text marks a quoted programme, campaign or city title as a brand (contract: one the text marks as a brand;
  // gold of sets 18, 20 and 22 so annotates them): quotedEvents lets its name end with the event word.
  it('reads a quoted programme, campaign of visits or city title the report calls a brand', () => {
    const facts = factsOf(['做优做强“江淮论道”课程等品牌。', '持续打造“世界客商青川行”品牌。', '增强“世界瓷都”等品牌影响力。'].join('\n'));
    expect(namesOf(facts, 'brand').sort()).toEqual(['世界客商青川行', '世界瓷都', '江淮论道'].sort());
  });
});

describe('labour-service brands and green-energy goods in 2026 work reports (lexicons TRADE, SECTOR)', () => {
  it('takes every quoted labour brand of a list, one ending with its trade whatever verbs it holds', () => {
    const facts = factsOf(
      ['“山绣”“同心家政”“河湾水暖工”“雪峰向导”等特色劳务品牌不断壮大。', '持续培育“阿妹月嫂”“巧手绣娘”等劳务品牌。'].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['山绣', '同心家政', '河湾水暖工', '雪峰向导', '阿妹月嫂', '巧手绣娘']);
  });

  it('reads a quoted phrase the text marks as a brand as a brand, verbs and places in it or not (contract: marked brands)', () => {
    const facts = factsOf(
      [
        '持续擦亮“投资江城”“乐购江城”品牌。',
        '打响“清新江城”品牌，打造“品味山乡”品牌。',
        '“鼓浪情”、“茶山佳话”等特色民间外交品牌影响日广。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand').sort()).toEqual(['乐购江城', '品味山乡', '投资江城', '清新江城', '茶山佳话', '鼓浪情'].sort());
  });

  it('still reads 品牌 before an event or a plan, and a quoted phrase acting on brands, as no brand mark', () => {
    const facts = factsOf(['组织“投资江城”品牌活动。', '实施“新江城·新商帮”品牌行动计划。', '以“互联网+”助力农产品品牌升级。'].join('\n'));
    expect(namesOf(facts, 'brand')).toEqual([]);
  });

  it('reads green-energy goods listed as 品牌 as kinds of goods, never brands', () => {
    const facts = factsOf(['做强绿铝、绿铜、绿氢等品牌。', '打响绿电、绿氨和绿醇等一批品牌。'].join('\n'));
    expect(namesOf(facts, 'brand')).toEqual([]);
  });
});

describe('scheme notices and infringement cases (award-verb-first, mark kinds, 注册商标, list-flagship)', () => {
  it('reads a list a verb of awarding opens and 为 closes before the scheme, not a plan that aims at one', () => {
    const facts = factsOf(
      [
        '省工商局认定“金穗”、“山泉”为省著名商标。',
        '国家工商总局认定青禾、Sunlite和翠湖等3件商标为中国驰名商标。',
        '会议确定质量、服务为名牌战略的重点。',
        '认定12家企业、15个产品为省名牌产品培育对象。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['金穗', '山泉', '青禾', 'Sunlite', '翠湖']);
    expect(facts.find((f) => f.name === 'Sunlite')?.metric).toBe('中国驰名商标');
  });

  it('reads a mark registered with its figure or words, (图形), (文字), 及图形, by its name alone', () => {
    const facts = factsOf(
      [
        '“白鹤”(图形)、“BAIHE”(文字)等5件商标被认定为省著名商标。',
        '红日（图形）、Sunrise（文字）等2件商标被认定为市著名商标。',
        '“青松”及图形、“绿湖”及图形等商标被认定为驰名商标。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['白鹤', 'BAIHE', '红日', 'Sunrise', '青松', '绿湖']);
  });

  it('reads the mark a case of infringement names with 注册商标, not 他人 or a bare 注册商标', () => {
    const facts = factsOf(
      [
        '市场监管局查处侵犯飞利浦注册商标专用权案。',
        '查处侵犯格兰德GRANDE注册商标专用权案。',
        '当事人销售侵犯他人注册商标专用权的商品。',
        '严厉查处侵犯注册商标专用权等违法行为。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['飞利浦', '格兰德GRANDE']);
  });

  it('reads the names a work report lists before the flagship and first stores they opened, not trades', () => {
    const facts = factsOf(
      [
        '促进品牌消费，星巴克、理想汽车等一批旗舰店、首店纷纷落地。',
        '引进华为智能生活馆、优衣库等首店100多家。',
        '引进餐饮、零售等首店120家，支持首发、首秀等首店经济发展。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['星巴克', '理想汽车', '华为智能生活馆', '优衣库']);
  });
});

describe('regional brands in quotes, counts after 共, Latin names after 品牌, industry slogans', () => {
  it('reads quoted regional brands side by side whatever tag the place gets, and an industry slogan as none', () => {
    const facts = factsOf(['“奉节脐橙”“巫山脆李”区域公用品牌价值提升。', '打造“湖南智造”品牌，做强“江城制造”品牌。'].join('\n'));
    expect(namesOf(facts, 'brand')).toEqual(['奉节脐橙', '巫山脆李']);
  });

  it('ends the last item of a list at the 共 that counts it', () => {
    expect(namesOf(factsOf('金穗、清溪、鹤鸣共3件商标被认定为省著名商标。'), 'brand')).toEqual(['金穗', '清溪', '鹤鸣']);
  });

  it('reads a Latin name right after a brand word, not a logo, an app or a ranking', () => {
    const facts = factsOf(
      [
        '现场查获日本品牌MIZUNO运动鞋30双。',
        '该店销售标称意大利品牌Fendi Casa的沙发。',
        '公司设计了知名品牌LOGO，发布家电品牌TOP10榜单。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['MIZUNO', 'Fendi Casa']);
  });

  it('reads the products of a geographical-indication notice, its marks and counted regional brands (session 11 diagnosis)', () => {
    const notice = factsOf(
      [
        '关于批准云溪贡米等产品使用地理标志产品专用标志的公告',
        '根据《地理标志产品保护规定》，生产云溪贡米、石门山蜜橘(石门橘)、石门香(陈)醋等产品的15家企业，向所在地质检机构提出了地理标志产品专用标志使用申请。',
        '全市8家企业获准使用桂东红茶地理标志保护产品专用标志，3家企业获准使用该地理标志产品专用标志。',
      ].join('\n'),
    );
    expect(namesOf(notice, 'brand')).toEqual(['云溪贡米', '石门山蜜橘', '石门香(陈)醋', '桂东红茶']);
    const titled = factsOf(
      ['关于准予北沙枸杞等地理标志产品使用专用标志的公告', '经审查，生产北沙枸杞、南塘米酒等产品的22家企业符合要求，现予公告。'].join('\n'),
    );
    expect([...new Set(namesOf(titled, 'brand'))]).toEqual(['北沙枸杞', '南塘米酒']);
    expect(titled.find((f) => f.name === '南塘米酒')?.metric).toBe('地理标志产品');
    const untitled = factsOf(['关于公布质量管理体系认证结果的通知', '经审查，生产北沙枸杞、南塘米酒等产品的22家企业符合要求。'].join('\n'));
    expect(namesOf(untitled, 'brand')).toEqual([]);
    const regional = factsOf('此次还评出了12个区域品牌，包括云溪贡米、石门山蜜橘、白鹭湾腊肉等。大米、茶叶两个区域品牌也在推进。');
    expect(namesOf(regional, 'brand')).toEqual(['云溪贡米', '石门山蜜橘', '白鹭湾腊肉']);
    expect(namesOf(factsOf('生产大米、茶叶等产品的15家企业提出了地理标志产品专用标志使用申请。'), 'brand')).toEqual([]);
  });

  it('takes no quoted sales channel before 销售假名牌 for a brand', () => {
    expect(namesOf(factsOf('“云购小店”销售假名牌被查处。'), 'brand')).toEqual([]);
    expect(namesOf(factsOf('查获“雷碧”这类“傍名牌”饮料。'), 'brand')).toEqual(['雷碧']);
    expect(namesOf(factsOf('市场上假名牌很多。\n网购打假：“闪购圈”售卖假冒名牌包。'), 'brand')).toEqual([]);
  });

  it('reads the tiers of a named brand list only in a document that names the list (brand.tier-list)', () => {
    const list = factsOf(
      [
        '2026年中国消费名品名单发布',
        '工业和信息化部公布了2026年中国消费名品名单。',
        '在家居行业中，星禾、蓝岭电器、鹿鸣纸品、飞鸥牌等入选新锐之星，张伟、李明等入选专家委员会。',
        '在饮品行业中，北泉、雪峰老窖、康泽生物等入选经典传世，食品、纺织等入选重点行业。',
        '在服饰行业中，云裳为经典传世，该公司为重点企业。',
      ].join('\n'),
    );
    expect(namesOf(list, 'brand')).toEqual(['星禾', '蓝岭电器', '鹿鸣纸品', '飞鸥', '北泉', '雪峰老窖', '康泽生物', '云裳']);
    expect(list.find((f) => f.name === '北泉')?.metric).toBe('中国消费名品');
    const report = factsOf(['全市工作会议召开', '会议总结了去年工作。', '星禾、蓝岭电器、鹿鸣纸品等入选新锐之星。'].join('\n'));
    expect(namesOf(report, 'brand')).toEqual([]);
  });
});

describe('brands of approval notices and counted trademark lists, and marks that name none (session 12 diagnosis)', () => {
  it('reads a notice that names the geographical-indication scheme later in the sentence, not in its opening', () => {
    const notice = factsOf(
      [
        '当前位置：首页 >> 公告',
        '2017年03月07日 信息来源：某网站',
        '根据《地理标志产品保护规定》，生产云岭大米(红菱大米)、李家桔梗、黄山贡菊等产品的20家企业，分别提出了地理标志产品专用标志使用申请。',
      ].join('\n'),
    );
    expect(namesOf(notice, 'brand')).toEqual(['云岭大米', '李家桔梗', '黄山贡菊']);
    expect(notice.find((f) => f.name === '李家桔梗')?.metric).toBe('地理标志产品');
  });

  it('places the firms of an approval notice where all the products listed are, the nation for several provinces', () => {
    const national = factsOf(
      [
        '质检总局关于核准企业使用地理标志产品专用标志的公告',
        '生产哈密大枣、龙口粉丝、黄山贡菊等产品的30家企业提出了地理标志产品专用标志使用申请。',
      ].join('\n'),
    );
    expect(national.filter((f) => f.type === 'brand').map((f) => f.region)).toEqual(['全国', '全国', '全国']);
    const local = factsOf(['某省质监局公告', '生产黄山贡菊、祁门红茶等产品的12家企业提出了地理标志产品专用标志使用申请。'].join('\n'));
    expect(local.filter((f) => f.type === 'brand').map((f) => f.region)).toEqual(['黄山市', '黄山市']);
  });

  it('places a listed brand by the places in its own name, not by those of the items after it', () => {
    const listed = factsOf('作为最大的电梯生产商之一，某集团目前在中国经营云帆、西岭、大连星海三个电梯品牌。');
    expect(listed.filter((f) => f.type === 'brand').map((f) => [f.name, f.region])).toEqual([
      ['云帆', '全国'],
      ['西岭', '全国'],
      ['大连星海', '大连市'],
    ]);
  });

  it('reads a counted list of marks a bureau named in full awards, and no name in the trademark law or a passive clause', () => {
    const awarded = factsOf('近日，青禾、Sunlite、翠湖3件商标又被国家工商行政管理总局商标局认定为中国驰名商标。');
    expect(namesOf(awarded, 'brand')).toEqual(['青禾', 'Sunlite', '翠湖']);
    expect(awarded.find((f) => f.name === '翠湖')?.metric).toBe('中国驰名商标');
    expect(namesOf(factsOf('依据《中华人民共和国商标法》第六十一条的规定，将此案移送公安机关。'), 'brand')).toEqual([]);
    expect(namesOf(factsOf('希望被认定为2012年度省著名商标和被确认延续为省著名商标的企业珍惜荣誉。'), 'brand')).toEqual([]);
    expect(namesOf(factsOf('逐步打造中国特检品牌。'), 'brand')).toEqual([]);
  });
});

describe('a list run past its last item into the clause that counts it (brands.ts COUNT_INSIDE)', () => {
  it('never takes the count and the clause with the last name, in Chinese numerals as in digits', () => {
    for (const text of [
      '本市蓝盾、华美、雅居三家家具企业的品牌被评为中国名牌产品。',
      '全县青禾、金穗和丰源两家米业公司的产品获评省名牌产品。',
      '我区明辉、亚泰、新星等四个企业的产品被认定为著名商标。',
    ])
      expect(namesOf(factsOf(text), 'brand').some((name) => /[两三四][家个]/.test(name))).toBe(false);
  });
  it('reads quoted names a test result or a shortlist lists in a document naming no brand word (shapeCue)', () => {
    const sampled = factsOf('消委会今天公布电暖器的检测结果。\n检验发现，4件样品的温控器不符合规定，包括「暖阳」、「晴川」和「HEATO」。');
    expect(namesOf(sampled, 'brand')).toEqual(['暖阳', '晴川', 'HEATO']);
    const tender = factsOf('农机下乡招标结果公布。\n全省共有“丰禾”、“金犁”等7家企业中标。');
    expect(namesOf(tender, 'brand')).toEqual(['丰禾', '金犁']);
    // A quoted honour or a count of samples with no names is none.
    expect(namesOf(factsOf('检测结果公布。\n“守信单位”、“文明单位”等6家企业上榜。'), 'brand')).toEqual([]);
    expect(namesOf(factsOf('检测结果公布。\n5件样品不符合规定，包括“标签”不规范等问题。'), 'brand')).toEqual([]);
  });

  it('finds a county the segmenter cuts up by its full name as written, not where a word runs past it', () => {
    expect(namesOf(factsOf('示范项目通过验收；范县黄河鲤获批国家地理标志证明商标。'), 'brand')).toEqual(['范县黄河鲤']);
    expect(namesOf(factsOf('去年，滑县小米获评河南名牌产品。'), 'brand')).toEqual(['滑县小米']);
    expect(namesOf(factsOf('上海市场监管局获评省著名商标示范单位。'), 'brand')).toEqual([]);
  });

  it('keeps a verb inside a name that 有 opens, after the scheme named earlier (listOpened)', () => {
    const facts = factsOf('全省新增四川名牌产品52个，通过复评的有四川得益香米等80个产品。');
    expect(namesOf(facts, 'brand')).toEqual(['四川得益香米']);
    expect(namesOf(factsOf('全市名牌产品达到120个，其中有工业产品等80个。'), 'brand')).toEqual([]);
  });
});

describe('brands whose scheme or mark stands outside their clause (brand-neighbours.ts)', () => {
  it('takes the scheme of the sentence before, in the same paragraph, when that one counts its members', () => {
    const facts = factsOf('今年我市又有三件商标被认定为中国驰名商标。它们分别是金鹭、青禾和云川。');
    expect(namesOf(facts, 'brand')).toEqual(['金鹭', '青禾', '云川']);
    expect(facts.filter((f) => f.type === 'brand').every((f) => f.metric === '中国驰名商标')).toBe(true);
    // A new paragraph, or a sentence that counts nothing, announces no list.
    expect(namesOf(factsOf('今年又有三件商标被认定为驰名商标。\n分别是金鹭、青禾和云川。'), 'brand')).toEqual([]);
    expect(namesOf(factsOf('要积极争创驰名商标。它们是金鹭、青禾和云川。'), 'brand')).toEqual([]);
  });

  it('reads makes listed before their goods only in a clause of sampling, testing or counterfeiting', () => {
    expect(namesOf(factsOf('商场一层是阿玛尼、范思哲等国际奢侈品专柜，不少顾客驻足。'), 'brand')).toEqual([]);
    expect(namesOf(factsOf('执法人员抽检了海飞丝、Kivik等洗发水，未发现假冒产品。'), 'brand')).toEqual(['海飞丝', 'Kivik']);
  });

  it('takes the ranking of brands a list entered as its metric', () => {
    const facts = factsOf('“云岭红茶”“高原青稞”入选2019中国农业品牌目录。');
    expect(facts.filter((f) => f.type === 'brand').map((f) => `${f.name}/${f.metric}`)).toEqual([
      '云岭红茶/中国农业品牌目录',
      '高原青稞/中国农业品牌目录',
    ]);
  });
});

describe('brands named after a place (brand-places.ts countyShortOpening, MARKED_ENDING 州)', () => {
  it('reads a county short name the segmenter cuts up as the opening of a product named after it', () => {
    const facts = factsOf(
      ['市场监管局通报商标案件。', '依法查处侵犯五常大米商标专用权的案件。', '查获侵犯东方红注册商标专用权的饮料。'].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['五常大米', '东方红']);
  });

  it('takes a name ending with an old prefecture 州 once 牌 or quotes mark it, never a division of today', () => {
    const facts = factsOf(
      [
        '白酒抽查结果通报。',
        '某某酒厂生产的舒州牌大曲酒不合格。',
        '某某食品有限公司生产的“九州”牌挂面标签不合格。',
        '某某公司生产的杭州牌茶叶合格。',
      ].join('\n'),
    );
    expect(namesOf(facts, 'brand')).toEqual(['舒州', '九州']);
  });
});
