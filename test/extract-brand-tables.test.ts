import { describe, expect, it } from 'vitest';
import type { Fact } from '../core/document';
import { factsOf } from './extract-helpers';

/** The brand facts of a text as `name/metric`, in text order. */
function brands(text: string): string[] {
  return factsOf(text)
    .filter((f: Fact) => f.type === 'brand')
    .map((f) => `${f.name}/${f.metric}`);
}

describe('brand tables of scheme notices (pipeline/extract/brand-tables.ts, lexicons/brand-tables.json)', () => {
  it('reads the brand column of a table one row a line, with the scheme of its caption, never the company column', () => {
    const text = [
      '2016年度江苏省名牌产品名单',
      '序号 企业名称 产品名称 商标',
      '1 南京某某电缆有限公司 电线电缆 金龙',
      '2 无锡某某食品有限公司 挂面 麦香园',
      '3 常州某某机械有限公司 拖拉机 东方红',
    ].join('\n');
    expect(brands(text)).toEqual(['金龙/江苏省名牌产品', '麦香园/江苏省名牌产品', '东方红/江苏省名牌产品']);
    const facts = factsOf(text).filter((f) => f.type === 'brand');
    expect(facts.every((f) => f.rule === 'brand.table-column' && f.category === 'brand' && f.text === f.name)).toBe(true);
  });

  it('reads the 标称商标 column of a table drawn with box characters, padded or with its padding collapsed', () => {
    const padded = [
      '2022年电热水壶产品监督抽查不合格产品明细',
      '┌──┬────────┬──────┬────────────────┬──────┐',
      '│序号│产品名称│标称商标│标称生产企业    │不合格项目│',
      '├──┼────────┼──────┼────────────────┼──────┤',
      '│1   │电热水壶    │青岚      │某某电器有限公司│泄漏电流  │',
      '├──┼────────┼──────┼────────────────┼──────┤',
      '│2   │电热水壶    │无        │某某家电厂      │输入功率  │',
      '├──┼────────┼──────┼────────────────┼──────┤',
      '│3   │电热水壶    │蓝海      │某某科技有限公司│标志说明  │',
      '└──┴────────┴──────┴────────────────┴──────┘',
    ].join('\n');
    expect(brands(padded)).toEqual(['青岚/品牌', '蓝海/品牌']);
    const facts = factsOf(padded).filter((f) => f.type === 'brand');
    expect(facts.every((f) => f.rule === 'brand.table-column' && f.text === f.name)).toBe(true);
    expect(brands(padded.replace(/ {2,}/g, ' ').replace(/─+/g, '──'))).toEqual(['青岚/品牌', '蓝海/品牌']);
  });

  it('reads HTML cells between tabs, a Latin mark, and a two-character name spaced out in its cell', () => {
    const text = [
      '江苏省著名商标认定名单',
      '序号\t注册商标\t核定使用商品\t企业名称',
      '1\t红豆\t服装\t某某集团有限公司',
      '2\tSEA-GULL\t手表\t某某钟表有限公司',
      '3\t阳 光\t毛纺织品\t某某股份有限公司',
    ].join('\n');
    expect(brands(text)).toEqual(['红豆/江苏省著名商标', 'SEA-GULL/江苏省著名商标', '阳光/江苏省著名商标']);
  });

  it('reads a table flattened one cell a line, and a header name split by a space (注册 商标)', () => {
    expect(
      brands(
        ['中华老字号名录', '序号', '企业名称', '注册商标', '1', '某某酱园有限公司', '六必居', '2', '某某药业有限公司', '同仁堂'].join('\n'),
      ),
    ).toEqual(['六必居/中华老字号', '同仁堂/中华老字号']);
    expect(
      brands(
        [
          '认定的某某市著名商标名单',
          '序号 注册 商标 商品名称 企业名称',
          '1 金山 电线、电缆 某某电缆有限公司',
          '2 铁牛 拖拉机 某某拖拉机有限公司',
        ].join('\n'),
      ),
    ).toEqual(['金山/市著名商标', '铁牛/市著名商标']);
  });

  it('reads rows run together after their serial numbers through junk a forum scatters, with the scheme the next sentence names', () => {
    const text = [
      '序号 单位名称 字号名称 1 某某集团有限公司 聚春园 2 某某医药有限公司0 J9 w/ z n* t',
      '回春 3 某某酒家',
      '$ I3 J, R! 安泰楼 4 某某酒业有限公司 青红牌、闽江牌',
      '近日，第一批“福建老字号”认定工作已经完成，共有4家企业入选。',
    ].join('\n');
    expect(brands(text)).toEqual(['聚春园/福建老字号', '回春/福建老字号', '安泰楼/福建老字号', '青红/福建老字号', '闽江/福建老字号']);
  });

  it('reads a row missing its brand as no brand, and a bulletin make column as brands with no scheme', () => {
    expect(
      brands(
        [
          '第三批“中华老字号”拟推荐名单',
          '序号 城市 企业名称 代表性注册商标',
          '1 武汉 某某商贸有限公司 蔡林记',
          '2 武汉 某某眼镜有限公司',
        ].join('\n'),
      ),
    ).toEqual(['蔡林记/中华老字号']);
    const bulletin = [
      '抽查不合格产品名单',
      '序号 产品名称 商标 规格型号 生产企业 不合格项目',
      '1 电热水壶 美宝 MB-18 某某电器有限公司 标志',
      '2 电饭锅 / CFXB40 某某家电厂 耐热',
    ].join('\n');
    expect(brands(bulletin)).toEqual(['美宝/品牌']);
    expect(
      brands(['不合格企业名单', '产品名称 商标/规格型号 企业名称', '消毒柜 某某厨帝\\ZTD100C\\ 某某厨房设备有限公司'].join('\n')),
    ).toEqual(['某某厨帝/品牌']);
  });

  it('reads the 标称商标 column of a list of failed goods, rows whose other cells are 无 or left out included', () => {
    // One row a line between spaces; a row one cell short keeps its cells up to the mark after the maker's name.
    expect(
      brands(
        [
          '部分不合格产品名单',
          '样品名称 标称生产企业 标称商标 规格型号 生产日期或批号',
          '电热水壶 某某电器有限公司 美厨 MC-15 2019.03.02',
          '电饭锅 某某家电厂 旺家 无 无',
          '电磁炉 某某厨具有限公司 好帮手 无',
          '电暖器 某某电器有限公司 无 无 2019.05.11',
        ].join('\n'),
      ),
    ).toEqual(['美厨/品牌', '旺家/品牌', '好帮手/品牌']);
    // Traditional script, the producer and the seller before the mark.
    expect(
      brands(
        [
          '抽查不合格商品名單',
          '樣品名稱 抽檢場所 標稱生產企業 標稱商標 標準依據',
          '兒童自行車 某某商貿有限公司 某某車業有限公司 飛鴿 GB14746-2006',
          '學生書包 某某百貨商行 某某箱包廠 無 QB/T1333-2010',
          '塑料玩具 某某超市有限公司 某某玩具廠 樂童 GB6675-2003',
        ].join('\n'),
      ),
    ).toEqual(['飞鸽/品牌', '乐童/品牌']);
    // One cell a line, every row with its cells in place (an empty one written 无).
    expect(
      brands(
        [
          '不合格产品信息',
          '样品名称',
          '标称生产企业',
          '标称商标',
          '不合格项目',
          '复合肥料',
          '某某化肥有限公司',
          '丰收乐',
          '总养分',
          '磷酸一铵',
          '某某化工厂',
          '无',
          '水溶性磷',
          '有机肥料',
          '某某生物科技有限公司',
          '绿源',
          '有机质',
        ].join('\n'),
      ),
    ).toEqual(['丰收乐/品牌', '绿源/品牌']);
  });

  it('reads the mark right after the maker in a list flattened one cell a line that dropped its empty cells, and none for a row whose mark was empty', () => {
    expect(
      brands(
        [
          '样品名称',
          '标称生产企业',
          '标称商标',
          '产地',
          '规格型号',
          '电线电缆',
          '某某电缆有限公司',
          '金线',
          '某某县',
          'BV 2.5',
          '电线电缆',
          '某某线缆有限公司',
          '某某市',
          'RVV 3*1.5',
        ].join('\n'),
      ),
    ).toEqual(['金线/品牌']);
  });

  it('reads branded products in the product column of a scheme list with no brand column, never a plain kind of goods', () => {
    const text = [
      '2015年度山东名牌产品名单',
      '序号 产品名称 企业名称',
      '1 金锣牌火腿肠 某某肉制品有限公司',
      '2 “山花”牌地毯 某某地毯集团有限公司',
      '3 挂面 某某面业有限公司',
    ].join('\n');
    expect(brands(text)).toEqual(['金锣/山东名牌产品', '山花/山东名牌产品']);
    // No scheme and no brand column: a list of failed goods names no brand.
    expect(
      brands(
        [
          '质量抽查不合格企业名单',
          '序号 企业名称 产品名称 不合格项目',
          '1 某某食品有限公司 挂面 菌落总数',
          '2 某某电器有限公司 电水壶 标志',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('reads a traditional-script table like a simplified one', () => {
    expect(
      brands(
        [
          '2016年度某某省名牌產品名單',
          '序號 企業名稱 產品名稱 商標',
          '1 某某電纜有限公司 電線電纜 金龍',
          '2 某某食品有限公司 掛麵 麥香園',
        ].join('\n'),
      ),
    ).toEqual(['金龙/省名牌产品', '麦香园/省名牌产品']);
  });
});

describe('the 标称商标 column of sampling bulletins, in rows that lost cells (brand-tables.ts afterMakers, lexicons/brand-tables.json makerHeaders)', () => {
  it('reads the labelled mark of each row spaced out, rows with 无 cells and a row short of its last cells', () => {
    const text = [
      '部分不合格产品名单',
      '样品名称 标称生产企业 标称商标 规格 生产日期或批号',
      '电热水壶 宁波某某电器有限公司 飞云 SK-15 2019.03.02',
      '电吹风 慈溪某某电器厂 金翎 无 无',
      '电熨斗 余姚某某家电有限公司 雪鸥 无',
      '插线板 温州某某电工有限公司 无 3米 无',
    ].join('\n');
    expect(brands(text)).toEqual(['飞云/品牌', '金翎/品牌', '雪鸥/品牌']);
  });

  it('reads rows whose last cell lists the failed items with commas, and rows whose size cell holds a space', () => {
    const text = [
      '白酒抽查发现的问题产品',
      '企业名称 产品名称 商标 规格 生产日期 主要不合格项目',
      '某某县酿酒厂 高粱大曲 云泉 52%(v/v) 500mL 2019-03-08 酒精度,总酯,标签',
      '某某市酒业有限公司 纯粮老窖 金禾 45%(v/v) 480mL 总酸,标签',
      '某某酒业有限责任公司 二锅头 (图案) 42%(v/v) 2L 2019-05-01 标签',
      '某某酒厂 特酿 鹤鸣 38%(v/v) 125mL 2018-12-20 己酸乙酯',
    ].join('\n');
    expect(brands(text)).toEqual(['云泉/品牌', '金禾/品牌', '鹤鸣/品牌']);
    expect(brands(text.replace(/,/g, '，'))).toEqual(['云泉/品牌', '金禾/品牌', '鹤鸣/品牌']);
  });

  it('reads a table one cell a line whose empty cells are dropped: the mark right after the maker, never the place of production or a size', () => {
    const text = [
      '不合格产品信息',
      '样品名称',
      '抽检场所',
      '标称生产企业',
      '标称商标',
      '产 地',
      '规格型号',
      '主要不合格项目',
      '电线电缆',
      '某某五金商行',
      '某某电线电缆有限公司',
      '宏阳',
      'BV 2.5mm²',
      '导体电阻',
      '电线电缆',
      '某某五金商行',
      '某某线缆有限公司',
      '某某市城东工业区',
      'RVV 2*1.0',
      '绝缘厚度',
      '开关',
      '某某建材超市',
      '某某电器有限公司',
      '金盾',
      '某某县',
      '10A',
      '通断能力',
    ].join('\n');
    expect(brands(text)).toEqual(['宏阳/品牌', '金盾/品牌']);
  });
});

describe('marks and Latin names in seizure stories (rules/names.jsonl: label-quoted-list, pinpai-latin, counterfeit-latin-goods)', () => {
  it('reads quoted marks written side by side before 字样 or 标识, and marks after 带有', () => {
    expect(brands('执法人员查获标有“茅台”“五粮液”字样的白酒56瓶。')).toEqual(['茅台/品牌', '五粮液/品牌']);
    expect(brands('查获带有“GUCCI”标识的皮包15个。')).toEqual(['GUCCI/品牌']);
    expect(brands('部分产品标有“有机”“绿色”字样却无认证。')).toEqual([]);
  });

  it('reads a Latin name after 品牌 and one before the goods in a case of fakes, never a technical abbreviation', () => {
    expect(brands('抽查中，日本品牌MIZUNO运动鞋不合格。')).toEqual(['MIZUNO/品牌']);
    expect(brands('查获仿冒LV手袋及GUCCI皮夹一批。')).toEqual(['LV/品牌', 'GUCCI/品牌']);
    expect(brands('查获假冒NIKE、ADIDAS运动鞋1200双。')).toEqual(['NIKE/品牌', 'ADIDAS/品牌']);
    expect(brands('查获不合格LED灯具300套和假冒PVC电线50卷。')).toEqual([]);
    expect(brands('要进一步提升品牌LOGO的辨识度。')).toEqual([]);
  });

  it('reads a quoted name after the size and strength of the goods, and names listed inside one pair of quotes', () => {
    expect(brands('查扣假冒500ml 52度“云峰特曲”酒3箱。')).toEqual(['云峰特曲/品牌']);
    expect(brands('先后查获假冒“云峰原浆、云峰5年”白酒共计294瓶。')).toEqual(['云峰原浆/品牌', '云峰5年/品牌']);
    expect(brands('查获假冒“QS、3C”标志的产品一批。')).toEqual([]);
  });

  it('reads the same forms in traditional script', () => {
    expect(brands('執法人員查扣假冒425ml 40.6度「雲峰原漿酒」2箱。')).toEqual(['云峰原浆酒/品牌']);
    expect(brands('執法人員查獲標有「茅臺」「汾酒」字樣的白酒20瓶。')).toEqual(['茅台/品牌', '汾酒/品牌']);
    expect(brands('查獲仿冒LV手袋及GUCCI皮夾一批。')).toEqual(['LV/品牌', 'GUCCI/品牌']);
  });
});
