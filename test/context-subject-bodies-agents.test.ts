import { describe, expect, it } from 'vitest';
import { SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { byValue, dictionaries, factsOf } from './extract-helpers';

type Example = [string, number, string | null];

/**
 * Contract v1.1, subject: the product, industry, company or group a figure is about. The body that acts on it
 * (质量技术监督局, 消费者协会) is none of these, and a product its name opens with (食品药品监督管理局) is not named
 * by the figure; the staff who act (执法人员) are the subject only of a figure that counts them.
 */
describe('subject: bodies and the staff who act are not what a figure is about', () => {
  const file = dictionaries.json<{ bodyExamples: Example[]; agentExamples: Example[]; scopePeopleExamples: Example[] }>(SUBJECTS_FILE);

  it('runs the body examples of subjects.json through the pipeline', () => {
    for (const [sentence, value, expected] of file.bodyExamples) expect(byValue(factsOf(sentence), value).subject, sentence).toBe(expected);
  });
  it('runs the agent examples of subjects.json through the pipeline', () => {
    for (const [sentence, value, expected] of file.agentExamples)
      expect(byValue(factsOf(sentence), value).subject, sentence).toBe(expected);
  });
  it('gives no page figure the staff or the public its title and leads name (scopePeopleExamples)', () => {
    for (const [text, value, expected] of file.scopePeopleExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
  it('gives a case count under a headline the headline product, not the inspectors', () => {
    const facts = factsOf('涂料打假行动查获劣质涂料八千桶\n各地稽查人员共立案查处涂料质量案件56起。');
    expect(byValue(facts, 56).subject).toBe('涂料');
  });
  it('keeps a product named after the body in the same sentence', () => {
    const facts = factsOf('市市场监督管理局共抽检婴幼儿配方乳粉120批次。');
    expect(byValue(facts, 120).subject).toBe('婴幼儿配方乳粉');
  });
});

/**
 * Contract v1.1, subject: a figure counting production lines (生产线) is about them, not the product a headline names;
 * a den raided (窝点) is where the offence was done, no product, industry or group: its count is about what the
 * page is about (the headline's product), or nothing; furniture words (桌, 柜, 书架) name products; an industry named by what it makes
 * (办公设备制造行业) keeps its whole name.
 */
describe('subject: things counted in a raid, furniture, industries named by what they make', () => {
  it('counts production lines as themselves, and dens as what the page is about', () => {
    const facts = factsOf('白酒打假查获假冒白酒五万瓶\n执法人员捣毁制假窝点4个，查获造假生产线3条。');
    expect(byValue(facts, 4).subject).toBe('白酒');
    expect(byValue(facts, 3).subject).toBe('造假生产线');
  });
  it('names a piece of furniture a sampling result or a test is about', () => {
    const facts = factsOf('儿童用品抽查\n抽查发现，儿童学习桌合格率最低，只有61.2%。某公司生产的儿童书架，可溶性铅实测值为2100毫克/公斤。');
    expect(byValue(facts, 61.2).subject).toBe('儿童学习桌');
    expect(byValue(facts, 2100).subject).toBe('儿童书架');
  });
  it('keeps 制造行业 with the industry', () => {
    expect(byValue(factsOf('办公设备制造行业利润总额达55亿元。'), 5500000000).subject).toBe('办公设备制造行业');
  });
});

/**
 * Contract v1.1, subject: not the measure. The unit of a per-unit (每头份, 每吨) is part of the measure, so the thing
 * priced is the noun phrase before it; a narrowing (省属) before a grade stays; a pass rate is about the item it
 * names though no head of the lexicon ends it (电饭锅合格率 → 电饭锅).
 */
describe('subject: per-units, narrowed grades and the item a pass rate names', () => {
  it('gives a per-unit price to the thing priced, not to the unit', () => {
    expect(byValue(factsOf('禽流感疫苗每羽份价格0.05元。'), 0.05).subject).toBe('禽流感疫苗');
    expect(byValue(factsOf('柴油每吨价格上调250元。'), 250).subject).toBe('柴油');
    expect(byValue(factsOf('每百克牛奶的脂肪含量不低于3.1克。'), 3.1).subject).toBe('牛奶');
    expect(byValue(factsOf('每吨价格上调250元。'), 250).subject).toBeNull();
  });
  it('keeps 每个 before the group it distributes over', () => {
    expect(byValue(factsOf('平均每个农民的纯收入增加到180元。'), 180).subject).toBe('农民');
  });
  it('keeps an ownership narrowing before a grade', () => {
    expect(byValue(factsOf('市属二级企业营业收入增长6%。'), 6).subject).toBe('市属二级企业');
  });
  it('names the item of a pass rate outside the lexicon, but not a batch, a quality or a 达标率', () => {
    const facts = factsOf('本次抽查了电压力锅、豆浆机等产品90批次，其中电压力锅合格率为88%，豆浆机合格率为92%。');
    expect(byValue(facts, 88).subject).toBe('电压力锅');
    expect(byValue(facts, 92).subject).toBe('豆浆机');
    expect(byValue(factsOf('批次合格率为87%。'), 87).subject).toBeNull();
    expect(byValue(factsOf('城区地表水水质达标率达到100%。'), 100).subject).toBeNull();
  });
  it('keeps an industry named before 工业增加值, not a bare sector', () => {
    expect(byValue(factsOf('家电制造行业工业增加值增长9%。'), 9).subject).toBe('家电制造行业');
    expect(byValue(factsOf('能源工业增加值增长7%。'), 7).subject).toBe('能源工业');
  });
});

/**
 * Contract v1.1, subject: the public an agency serves (群众, 消费者) is the subject of a figure counting them, not of
 * what they report or lose or of how satisfied they are; a den raided (窝点) names no product, industry or group.
 */
describe('subject: the public served, and dens raided', () => {
  it('runs the public examples of subjects.json through the pipeline', () => {
    const { publicExamples } = dictionaries.json<{ publicExamples: [string, number, string | null][] }>(SUBJECTS_FILE);
    for (const [text, value, expected] of publicExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
  it('runs the den examples of subjects.json through the pipeline', () => {
    const { denExamples } = dictionaries.json<{ denExamples: [string, number, string | null][] }>(SUBJECTS_FILE);
    for (const [text, value, expected] of denExamples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
  });
});
