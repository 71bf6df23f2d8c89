import { describe, expect, it } from 'vitest';
import type { Fact } from '../core/document';
import { factsOf } from './extract-helpers';

/** `type:name` of the standard and policy facts, in text order. */
function named(facts: readonly Fact[]): string[] {
  return facts
    .filter((f) => f.type === 'standard' || f.type === 'policy')
    .sort((a, b) => a.start - b.start)
    .map((f) => `${f.type}:${f.name}`);
}

/** Each case: a sentence in the style of the reports, and the standards and policies it names. */
type Case = [sentence: string, expected: string[]];

function checkAll(cases: Case[]): void {
  it.each(cases)('%s', (sentence, expected) => {
    expect(named(factsOf(sentence))).toEqual(expected);
  });
}

describe('titles between other title marks: <<…>>, ＜＜…＞＞, 〈…〉 and «…» read as 《…》 (pipeline/extract/titles.ts)', () => {
  checkAll([
    ['企业应当按照<<食品安全国家标准 食品添加剂使用标准>>组织生产，抽检合格率为96%。', ['standard:食品安全国家标准食品添加剂使用标准']],
    ['企業應當按照＜＜食品安全國家標準 預包裝食品標籤通則＞＞標註標籤。', ['standard:食品安全国家标准预包装食品标签通则']],
    ['稽查人員依據〈產品質量法〉處理了這批產品。', ['policy:产品质量法']],
    ['县局依据«计量法»开展强制检定。', ['policy:计量法']],
    // 〈〉 inside a 《》 title is part of it; a breadcrumb line stays out (dictionaries/corpus/boilerplate.jsonl).
    ['常委会审议了《关于〈某某省计量监督条例（修订草案）〉的说明》。', ['policy:关于〈某某省计量监督条例（修订草案）〉的说明']],
    ['首页>>新闻中心>>《计量法》宣传\n全县共检定计量器具1200台件。', []],
    // 計 is traditional only, though opencc lists it on the simplified side of one phrase (normalise/rules.json script).
    ['質量技術監督局認真貫徹《計量法》。', ['policy:计量法']],
  ]);
});

describe('standard titles beside a code, test methods, and laws that end like a standard (lexicons/titles.json)', () => {
  checkAll([
    [
      '抽样按GB/T 2828.1-2012《计数抽样检验程序 第1部分：按接收质量限(AQL)检索的逐批检验抽样计划》执行。',
      ['standard:GB/T 2828.1-2012', 'standard:计数抽样检验程序第1部分：按接收质量限(AQL)检索的逐批检验抽样计划'],
    ],
    ['《某某产品质量分级方案》GB/T 1234-2019规定了分级。', ['standard:某某产品质量分级方案', 'standard:GB/T 1234-2019']],
    // A title led by its code names the standard by the words after it; the code is a fact of its own.
    [
      '企业执行《GB 2760-2014 食品安全国家标准 食品添加剂使用标准》。',
      ['standard:食品安全国家标准食品添加剂使用标准', 'standard:GB 2760-2014'],
    ],
    [
      '复检采用《肉制品中亚硝酸盐的测定》和《植物油中溶剂残留量检验方法》。',
      ['standard:肉制品中亚硝酸盐的测定', 'standard:植物油中溶剂残留量检验方法'],
    ],
    [
      '法院依据《中华人民共和国民法通则》判决，机关学习《某某机关工作人员行为规范》。',
      ['policy:中华人民共和国民法通则', 'policy:某某机关工作人员行为规范'],
    ],
    ['市局向企业送达《质量安全主体责任告知书》。', ['policy:质量安全主体责任告知书']],
  ]);
});

describe('a list of titles side by side, with no mark between them, typed by the words after the last one (titles.ts LIST_TAIL)', () => {
  checkAll([
    // 指南 alone would be a policy's word: the list's count and 地方标准 make every title of it a standard.
    [
      '省局率先发布《茶叶品牌培育指南》《质量管理体系要求》《服务质量评价》三项省级地方标准。',
      ['standard:茶叶品牌培育指南', 'standard:质量管理体系要求', 'standard:服务质量评价'],
    ],
    ['年内起草了《山地果园建设指南》《冷链配送操作指引》两项市级地方标准。', ['standard:山地果园建设指南', 'standard:冷链配送操作指引']],
    // Without a standard's word after the list each title keeps its own kind.
    ['市政府印发《质量强市实施方案》《标准化工作指南》。', ['policy:质量强市实施方案', 'policy:标准化工作指南']],
  ]);
});

describe('standard codes of groups, enterprises, further industries and file-name style (rules/names.jsonl standard.code)', () => {
  checkAll([
    ['标签标注执行标准Q/ABC 0001S-2020和团体标准T/CNLIC 0001-2019。', ['standard:Q/ABC 0001S-2020', 'standard:T/CNLIC 0001-2019']],
    ['灭火器按XF/T 95-2015检验，水表按JJG 162-2019检定。', ['standard:XF/T 95-2015', 'standard:JJG 162-2019']],
    ['依据GB T 4789.11-2003检验，并按GBT2828.1-2012抽样。', ['standard:GB/T 4789.11-2003', 'standard:GB/T 2828.1-2012']],
    ['该企业的食品生产许可证编号为SC11432010800123。', []],
  ]);
});

describe('a title keeps the marks the page wrote: an ASCII colon or comma inside 《》 is not rewritten (titles.ts marksAsWritten)', () => {
  checkAll([
    ['某某公司制定的《农贸市场建设与管理规范第1部分:总则》等3项市级地方标准正式发布。', ['standard:农贸市场建设与管理规范第1部分:总则']],
    ['批准了《铜及铜合金化学分析方法 第9部分：铁含量的测定》等12项国家标准。', ['standard:铜及铜合金化学分析方法第9部分：铁含量的测定']],
    ['總局批準了《鋁合金化學分析方法 第3部分:銅含量的測定》等國家標準。', ['standard:铝合金化学分析方法第3部分:铜含量的测定']],
    ['会议学习了《关于加强质量工作的意见(试行)》，全年抽查合格率为95%。', ['policy:关于加强质量工作的意见(试行)']],
  ]);
});

describe('a title named by its analytical method is a standard, not a law ending in 法 (titles.json standardSuffixes)', () => {
  checkAll([
    [
      '新发布的标准中有多项涉及科学仪器，如《铝及铝合金化学分析方法 第5部分：镁含量的测定 火焰原子吸收光谱法》。',
      ['standard:铝及铝合金化学分析方法第5部分：镁含量的测定火焰原子吸收光谱法'],
    ],
    ['该所参与起草了《食品中铅的测定 石墨炉原子吸收分光光度法》。', ['standard:食品中铅的测定石墨炉原子吸收分光光度法']],
    ['检验人员按照《水中氯化物的测定 硝酸银滴定法》进行了检测。', ['standard:水中氯化物的测定硝酸银滴定法']],
    ['全县认真贯彻《中华人民共和国计量法》，强制检定计量器具1200台件。', ['policy:中华人民共和国计量法']],
  ]);
});

describe('single quotes inside a title stay as written; 「」 is the traditional script’s “” (titles.ts marksAsWritten)', () => {
  checkAll([
    ['省局向省政府报送了《关于把质量工作列入‘十二五’重点工作的建议》的报告。', ['policy:关于把质量工作列入‘十二五’重点工作的建议']],
    ['市局贯彻《关于实施“质量强市”战略的意见》，全年抽查合格率为95%。', ['policy:关于实施“质量强市”战略的意见']],
    ['縣局落實《關於開展「質量月」活動的通知》。', ['policy:关于开展“质量月”活动的通知']],
  ]);
});

/** Each case: a sentence and the values of its figures (counts and amounts), which never take a code's digits. */
function figuresOf(sentence: string): number[] {
  return factsOf(sentence)
    .filter((f) => f.value !== null)
    .sort((a, b) => a.start - b.start)
    .map((f) => f.value!);
}

describe('standard codes by family: metrology, special equipment, Taiwan, international, local and lower case (lexicons/standard-codes.json)', () => {
  checkAll([
    ['计量所按JJG 1036-2008检定电子天平，并依据JJF1070—2005检验定量包装商品。', ['standard:JJG 1036-2008', 'standard:JJF 1070—2005']],
    ['电梯按TSG T7001-2009检验，压力容器按TSG 21—2016定期检验。', ['standard:TSG T7001-2009', 'standard:TSG 21—2016']],
    ['該批插座不符CNS 15767-1，另依CNS13438：2006檢測。', ['standard:CNS 15767-1', 'standard:CNS 13438:2006']],
    ['出口玩具须符合EN 71-3:2019+A1:2021和ASTM F963-17。', ['standard:EN 71-3:2019', 'standard:ASTM F 963-17']],
    [
      '家电按IEC 60335-2-24测试，体系按GB/T 19001-2016/ISO 9001:2015认证。',
      ['standard:IEC 60335-2-24', 'standard:GB/T 19001-2016', 'standard:ISO 9001:2015'],
    ],
    ['发布DB44/ 123-2019和DB4401/T 12—2019两项地方标准。', ['standard:DB44/ 123-2019', 'standard:DB4401/T 12—2019']],
    ['依据jb/t 8734.3-1998和sn/t 1234－2011检验。', ['standard:JB/T 8734.3-1998', 'standard:SN/T 1234-2011']],
    ['团体标准T/ZZB 0123-2016与GB/Z 26337.1-2010同时引用。', ['standard:T/ZZB 0123-2016', 'standard:GB/Z 26337.1-2010']],
    ['网址为www.en365.com，共设hj 12个监测点。', []],
  ]);
  it.each([
    ['依据TSG 21-2016检验压力容器56台。', [56]],
    ['按JJG 162-2019检定水表1200只，按CNS 4797抽查玩具12件。', [1200, 12]],
    ['检测依据GB 4706.1-2005/XG1-2006，共抽查电器35批次。', [35]],
    ['按《预包装食品标签通则》第4.1.2条判定，不合格样品3批次。', [3]],
  ])('%s', (sentence, values) => {
    expect(figuresOf(sentence)).toEqual(values);
  });
});

describe('titles a sentence calls a verification regulation or safety specification, and long titles of standards (lexicons/titles.json)', () => {
  checkAll([
    ['计量所依据《电子天平》检定规程对天平进行了检定。', ['standard:电子天平']],
    ['按照国家计量检定规程《出租汽车计价器》开展检定。', ['standard:出租汽车计价器']],
    ['严格执行特种设备安全技术规范《固定式压力容器安全技术监察规则》。', ['standard:固定式压力容器安全技术监察规则']],
    [
      '依据GB/T 12706.1-2008《额定电压1kV(Um=1.2kV)到35kV(Um=40.5kV)挤包绝缘电力电缆及附件 第1部分:额定电压1kV(Um=1.2kV)和3kV(Um=3.6kV)电缆》检验。',
      [
        'standard:GB/T 12706.1-2008',
        'standard:额定电压1kV(Um=1.2kV)到35kV(Um=40.5kV)挤包绝缘电力电缆及附件第1部分:额定电压1kV(Um=1.2kV)和3kV(Um=3.6kV)电缆',
      ],
    ],
  ]);
});
