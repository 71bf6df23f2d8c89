import { describe, expect, it } from 'vitest';
import type { Fact } from '../core/document';
import { factsOf } from './extract-helpers';

/** Names of the policy facts, in text order. */
function policies(facts: readonly Fact[]): string[] {
  return facts.filter((f) => f.type === 'policy').map((f) => f.name!);
}

describe('policy titles across a document (rules/names.jsonl policy.title, lexicons/titles.json)', () => {
  it('reads titles a page sets on lines of their own, between 《 and 》', () => {
    const facts = factsOf(
      ['过去一年，国务院制定并颁布了《', '某某动物疫病防控条例', '》、《', '关于加强计量监督的特别规定', '》等行政法规。'].join('\n'),
    );
    expect(policies(facts)).toEqual(['某某动物疫病防控条例', '关于加强计量监督的特别规定']);
  });

  it('types drafts and 关于-documents of an issuer, and counts short names but not a bare word pointing back', () => {
    const facts = factsOf(
      [
        '根据《中共某某市委关于编制全市国民经济和社会发展第十五个五年规划的建议》，编制了《某某市国民经济和社会发展第十五个五年规划纲要（草案）》。',
        '《纲要（草案）》提出了今后五年的主要指标。',
        '全面落实《某某市质量发展条例》，《条例》实施以来成效明显。',
        '他还写了《关于质量工作的几点思考》一文。',
      ].join('\n'),
    );
    expect(policies(facts)).toEqual([
      '中共某某市委关于编制全市国民经济和社会发展第十五个五年规划的建议',
      '某某市国民经济和社会发展第十五个五年规划纲要（草案）',
      '纲要（草案）',
      '某某市质量发展条例',
    ]);
  });

  it('takes no title a page has marked as a programme, there or later', () => {
    const facts = factsOf(['3月5日，央视《质量观察报告》曝光了某品牌家具造假。', '正是《质量观察报告》的曝光让真相大白。'].join('\n'));
    expect(policies(facts)).toEqual([]);
  });
});

describe('policy titles: white papers and notices (contract: official reports and notices are policies)', () => {
  it('takes a title the sentence calls a white paper, and notices written 通知书 / 通知单', () => {
    expect(policies(factsOf('国务院新闻办公室发表《中国的食品质量安全状况》白皮书。'))).toEqual(['中国的食品质量安全状况']);
    expect(policies(factsOf('该中心收到《某某能力验证计划结果通知单》，结果为满意。'))).toEqual(['某某能力验证计划结果通知单']);
    expect(policies(factsOf('市局向企业下达《责令改正通知书》12份。'))).toEqual(['责令改正通知书']);
  });
  it('does not take a book or an article as a policy', () => {
    expect(policies(factsOf('他出版了《质量的力量》一书。'))).toEqual([]);
  });
});

describe('policy titles: documents named by their last word after 关于, and what a national issuer makes of the region', () => {
  it('takes 关于-titles ending in 建议, 提案, 说明 with no issuer, but not an essay of the same shape', () => {
    const facts = factsOf(
      [
        '全会审议通过的《关于制定某某市国民经济和社会发展第十五个五年规划的建议》明确了方向。',
        '市政协收到《关于规范校外培训收费的提案》86件。',
        '他在刊物上发表了《关于质量文化的若干思考》。',
      ].join('\n'),
    );
    expect(policies(facts)).toEqual(['关于制定某某市国民经济和社会发展第十五个五年规划的建议', '关于规范校外培训收费的提案']);
  });

  it('gives a document of the State Council or a ministry the region 全国 in a province report, unless its title names a place', () => {
    const text = [
      '甘肃省人民政府工作报告',
      '全省质量工作稳步推进。3月，国务院办公厅印发《关于优化某某债券管理机制的意见》，全省抓好落实。',
      '国家市场监督管理总局近日发布了《关于加强直播营销监管的指导意见》。',
      '省政府办公厅印发《关于加快质量强省建设的实施意见》。',
      '国务院出台《关于支持宁夏高质量发展的意见》。',
    ].join('\n');
    const regions = Object.fromEntries(
      factsOf(text)
        .filter((f) => f.type === 'policy')
        .map((f) => [f.name, f.region]),
    );
    expect(regions['关于优化某某债券管理机制的意见']).toBe('全国');
    expect(regions['关于加强直播营销监管的指导意见']).toBe('全国');
    expect(regions['关于加快质量强省建设的实施意见']).toBe('甘肃省');
    expect(regions['关于支持宁夏高质量发展的意见']).toBe('宁夏回族自治区');
  });
});

describe('policy titles naming a five-year plan (passes/plan-title-periods.ts, context/time.json planPeriods)', () => {
  it('dates the plan, its proposal and their short names to the plan years, other titles to their sentence', () => {
    const facts = factsOf(
      [
        '某某市2025年政府工作报告',
        '依据《中共某某市委关于制定全市国民经济和社会发展第十五个五年规划的建议》，市政府编制了《某某市国民经济和社会发展第十五个五年规划纲要（草案）》。',
        '《纲要（草案）》提出了今后五年的主要目标。',
        '2024年，全市实施了《“十四五”市场监管现代化规划》和《某某市质量强市条例》。',
      ].join('\n'),
    );
    const periods = Object.fromEntries(facts.filter((f) => f.type === 'policy').map((f) => [f.name, f.period]));
    expect(periods).toEqual({
      中共某某市委关于制定全市国民经济和社会发展第十五个五年规划的建议: '2026-2030',
      '某某市国民经济和社会发展第十五个五年规划纲要（草案）': '2026-2030',
      '纲要（草案）': '2026-2030',
      '“十四五”市场监管现代化规划': '2021-2025',
      某某市质量强市条例: '2024',
    });
  });
});

describe('policy status: a document cited as the basis of a target is in force (lexicons/titles.json basisBefore)', () => {
  it('keeps a law cited by 按照 or 围绕 actual in a target sentence, and a document still to be drafted a target', () => {
    const facts = factsOf(
      [
        '各市局要严格按照《某某省产品质量监督条例》和《某某省计量监督管理办法》的规定，力争抽查合格率达到95%。',
        '今年要紧紧围绕《某某市质量强市建设纲要》确定的目标任务，加快制定《某某县质量提升实施方案》，确保年底前印发。',
      ].join('\n'),
    );
    const statuses = Object.fromEntries(facts.filter((f) => f.type === 'policy').map((f) => [f.name, f.status]));
    expect(statuses).toEqual({
      某某省产品质量监督条例: 'actual',
      某某省计量监督管理办法: 'actual',
      某某市质量强市建设纲要: 'actual',
      某某县质量提升实施方案: 'target',
    });
  });
});

describe('a title closed by its document number is of the kind the word before the number names (titles.ts titleStem)', () => {
  it('types 公告〔2017〕27号, 公告2019年第5号 and 通知[2012]3号 by 公告 and 通知, and keeps the number in the name', () => {
    const facts = factsOf(
      [
        '省局发布《产品质量监督抽查结果公告〔2017〕27号》，共抽查产品120批次。',
        '总局发布了《关于食品抽检情况的公告2019年第5号》。',
        '县局转发了《关于开展计量检查的通知[2012]3号》。',
      ].join('\n'),
    );
    expect(policies(facts)).toEqual([
      '产品质量监督抽查结果公告〔2017〕27号',
      '关于食品抽检情况的公告2019年第5号',
      '关于开展计量检查的通知[2012]3号',
    ]);
  });
});

describe('a title that writes its plan in single quotes keeps them and the plan’s years (plan-title-periods.ts)', () => {
  it('dates 《关于…‘十二五’…的建议》 to 2011-2015 in a report of 2011', () => {
    const facts = factsOf(
      ['某某省质监局2011年工作总结', '省局向省政府报送了《关于把质量工作列入‘十二五’重点工作的建议》的报告。'].join('\n'),
    );
    const policy = facts.find((f) => f.type === 'policy');
    expect([policy?.name, policy?.period]).toEqual(['关于把质量工作列入‘十二五’重点工作的建议', '2011-2015']);
  });
});

describe('titles cited by article, corner-bracket titles of Taiwan and Hong Kong pages, documents of a management system (lexicons/titles.json)', () => {
  const named = (sentence: string) =>
    factsOf(sentence)
      .filter((f) => f.type === 'standard' || f.type === 'policy')
      .map((f) => `${f.type}:${f.name}`);
  it.each([
    ['该店涉嫌违反了《中华人民共和国》第57条的相关规定。', ['policy:中华人民共和国']],
    ['当事人违反《商标通则》第十条，依照《某某省计量监督管理条例》第三十二条处罚。', ['policy:商标通则', 'policy:某某省计量监督管理条例']],
    ['按《预包装食品标签通则》第4.1.2条判定为不合格。', ['standard:预包装食品标签通则']],
    ['本局依「商品檢驗法」第60條處罰，並依『度量衡器檢定檢查辦法』辦理。', ['policy:商品检验法', 'policy:度量衡器检定检查办法']],
    ['業者應依「市售商品標示基準」標示產地。', ['standard:市售商品标示基准']],
    ['該局推出一種「新做法」，大家都說「品質第一」。', []],
    ['他说“产品质量法”很重要。', []],
    ['公司新编了《质量手册》和《程序文件》。', ['policy:质量手册', 'policy:程序文件']],
  ])('%s', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });
});
