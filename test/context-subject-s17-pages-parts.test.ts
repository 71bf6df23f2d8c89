import { describe, expect, it } from 'vitest';
import { definedCompanyName, loadNamedTopicRules, NAMED_TOPICS_FILE } from '../pipeline/scope/named-topic';
import { SAMPLED_SECTIONS_FILE } from '../pipeline/scope/sampled-section';
import { loadSubjectRules, SUBJECTS_FILE } from '../pipeline/scope/subjects';
import { loadSplitPartRules, splitPart, SPLIT_PARTS_FILE } from '../pipeline/extract/split-part';
import { byValue, dictionaries, factsOf, pipeline } from './extract-helpers';
import { processText } from '../pipeline/pipeline';

/**
 * Session 17, subject (contract v1.1: the product, product class, industry, company or group the figure is about,
 * shortest form that keeps what narrows it; when the sentence names none, from the nearest enclosing lead or title).
 */
type Example = [string, number, string | null];
const runExamples = (file: string, key: string) => {
  const examples = dictionaries.json<Record<string, Example[]>>(file)[key]!;
  expect(examples.length).toBeGreaterThan(0);
  for (const [text, value, expected] of examples) expect(byValue(factsOf(text), value).subject, text).toBe(expected);
};

describe('subject: a page about one company or brand by the name it gives it (SUBJ-NAMED-PAGE)', () => {
  it('runs the examples of named-topics.json through the pipeline', () => runExamples(NAMED_TOPICS_FILE, 'examples'));
  const rules = loadNamedTopicRules(dictionaries);
  const subjects = loadSubjectRules(dictionaries);
  it('takes the short name a page defines for a company and keeps using', () => {
    const text = '某某电器有限公司(以下简称“某某电器”)称，' + '某某电器表示，'.repeat(5);
    expect(definedCompanyName(text, rules, subjects)).toEqual({ subject: '某某电器', name: '某某电器' });
  });
  it('takes none from a page that quotes two firms by short names each named a few times', () => {
    const text = '东方陶瓷有限公司(下称“东方陶瓷”)和南海洁具有限公司(下称“南海洁具”)称，东方陶瓷认为…，南海洁具认为…，东方陶瓷…南海洁具…';
    expect(definedCompanyName(text, rules, subjects)).toBeNull();
  });
  it('takes no short name of a body that is no company (某环保组织(下称“某组织”))', () => {
    const text = '国际环保组织蓝天(下称“蓝天”)发布报告。' + '蓝天指出，'.repeat(6);
    expect(definedCompanyName(text, rules, subjects)).toBeNull();
  });
  it('reads a maker’s name only where the headline opens with it', () => {
    const text = '江西首家甲醇汽油工厂投产\n甲醇汽油是把甲醇添加在汽油里的燃料。甲醇汽油价格低。甲醇汽油每升便宜0.4元。';
    expect(processText(text, 'named', pipeline).doc.scope?.namedSubject ?? null).toBeNull();
  });
});

describe('subject: the parts of a split result (SUBJ-SPLIT-PART)', () => {
  it('runs the examples of split-parts.json through the pipeline', () => runExamples(SPLIT_PARTS_FILE, 'examples'));
  const rules = loadSplitPartRules(dictionaries);
  it('needs both words of a pair, each opening a clause', () => {
    expect(splitPart('其中抽查省内120家企业的产品，合格率为96%。', 20, rules)).toBeNull();
    const sentence = '城区抽查150批次，农村抽查80批次。';
    expect(splitPart(sentence, sentence.indexOf('80'), rules)).toBe('农村');
  });
});

describe('subject: a sentence of results goes on about what the sentence before sampled (SUBJ-GONE-ON)', () => {
  it('runs the goneOnExamples of sampled-sections.json through the pipeline', () => runExamples(SAMPLED_SECTIONS_FILE, 'goneOnExamples'));
});

describe('subject: what a classifier counts before the work done to it (SUBJ-WORK-DONE)', () => {
  it('runs the workDoneExamples of subjects.json through the pipeline', () => runExamples(SUBJECTS_FILE, 'workDoneExamples'));
});
