import { describe, expect, it } from 'vitest';
import { processText } from '../pipeline/pipeline';
import { loadPlaceIndex } from '../pipeline/metadata/places';
import { loadSubjectRules } from '../pipeline/scope/subjects';
import { headlineSubject, loadTopicRules, TOPICS_FILE } from '../pipeline/scope/topics';
import { byValue, dictionaries, pipeline } from './extract-helpers';

/** The examples of dictionaries/context/topics.json, each run through the whole pipeline. */
interface TopicExamples {
  headlines: [string, string | null][];
  headings: [string, string | null][];
  leads: [string, string | null][];
}

const examples = dictionaries.json<{ examples: TopicExamples }>(TOPICS_FILE).examples;

const subjects = loadSubjectRules(dictionaries);
const topics = loadTopicRules(dictionaries);
const places = loadPlaceIndex(dictionaries);

/** The subject the first line of `text` gives as a headline, the rest of `text` being the page below it. */
function headlineOf(text: string): string | null {
  const { doc } = processText(text, 'headline', pipeline);
  const end = text.indexOf('\n');
  return headlineSubject({
    tokens: doc.tokens!.filter((t) => t.end <= end),
    text,
    title: { start: 0, end },
    subjects,
    topics,
    isPlace: (t) => places.lookup(t.word) !== null,
  });
}

describe('a page’s subject from its headline (dictionaries/context/topics.json)', () => {
  // The body names the headline's words again, as a page does below its title.
  for (const [headline, expected] of examples.headlines) {
    it(`${headline} → ${expected}`, () => {
      expect(headlineOf(`${headline}\n据报道，${headline}。`)).toBe(expected);
    });
  }
  it('takes no phrase the page never names below its title', () => {
    expect(headlineOf('重金属监测仪需求料大增\n记者从有关方面获悉，今年市场走俏。')).toBeNull();
  });
  it('takes a later name of the headline the page keeps naming when the opening names none below', () => {
    const text = '黄酒国标出台茅台助推中端市场\n茅台集团今年实现营业收入12.5亿元。茅台酒销量增长。';
    expect(headlineOf(text)).toBe('茅台');
  });
  it('takes from a long report’s title only a product or group of the lexicon', () => {
    const body = '今年各项工作稳步推进，成效明显。'.repeat(600);
    expect(headlineOf(`华纶纺织城发展报告\n华纶纺织城${body}`)).toBeNull();
    expect(headlineOf(`海产品质量抽查报告\n本次抽查海产品${body}`)).toBe('海产品');
  });
  it('reads the title a page gives beside its text, where the text does not repeat it', () => {
    const page =
      '<html><head><title>华纶纺织城就水污染报告发布声明</title></head><body><p>记者获悉，华纶纺织城称，其污水排放合格率为98.5%。</p></body></html>';
    const { doc, facts } = processText(page, 'beside', pipeline);
    expect(doc.norm!.text).not.toContain('发布声明');
    expect(byValue(facts, 98.5).subject).toBe('华纶纺织城');
  });
  it('is the page’s subject where no subject dominates its text', () => {
    const { doc } = processText('华纶纺织城就水污染报告发布声明\n华纶纺织城称，其污水排放符合国家标准。', 'page', pipeline);
    expect(doc.scope!.subject).toBe('华纶纺织城');
  });
});

describe('a section’s subject from its heading', () => {
  for (const [heading, expected] of examples.headings) {
    it(`${heading} → ${expected}`, () => {
      const text = `某某局工作报告\n一、2011年工作回顾\n${heading}\n全年抽查合格率为91.5%。`;
      const { facts } = processText(text, 'heading', pipeline);
      expect(byValue(facts, 91.5).subject).toBe(expected);
    });
  }
});

describe('a figure’s subject from its paragraph’s lead', () => {
  for (const [paragraph, expected] of examples.leads) {
    it(`${paragraph} → ${expected}`, () => {
      const { facts } = processText(`某某局工作报告\n${paragraph}`, 'lead', pipeline);
      const fact = facts.find((f) => f.type === 'rate' || f.type === 'change');
      expect(fact?.subject).toBe(expected);
    });
  }
});

describe('which figures a page’s subject applies to', () => {
  const page = [
    '某某乳粉质量抽检情况通报',
    '本次共抽检某某乳粉120批次，合格率为97.5%。',
    '全市生产总值增长6.5%。',
    '出动执法人员320人。',
  ].join('\n');
  const { facts } = processText(page, 'applies', pipeline);
  it('gives the page’s product to its sampling figures', () => {
    expect(byValue(facts, 97.5).subject).toContain('乳粉');
  });
  it('gives it to no economy-wide measure and to no count of people', () => {
    expect(byValue(facts, 6.5).subject).toBeNull();
    // Staff sent are no subject (subjects.json agents), nor does the page's product apply to a count of people.
    expect(byValue(facts, 320).subject).toBeNull();
  });
});

describe('the casualties of accidents take their section’s subject (dictionaries/context/topics.json casualties)', () => {
  const { casualtyExamples } = dictionaries.json<{ casualtyExamples: [string, number, string | null][] }>(TOPICS_FILE);
  for (const [text, value, expected] of casualtyExamples) {
    it(`${text.split('\n')[1]} ${value} → ${expected}`, () => {
      expect(byValue(processText(text, 'casualties', pipeline).facts, value).subject).toBe(expected);
    });
  }
});

describe('a brand scheme is no page’s subject (dictionaries/context/topics.json schemes)', () => {
  const { schemeExamples } = dictionaries.json<{ schemeExamples: [string, number, string | null][] }>(TOPICS_FILE);
  for (const [text, value, expected] of schemeExamples) {
    it(`${value} → ${expected}`, () => {
      expect(byValue(processText(text, 'schemes', pipeline).facts, value).subject).toBe(expected);
    });
  }
});

describe('a campaign’s name is no page’s subject (dictionaries/context/topics.json campaigns)', () => {
  const { campaignExamples } = dictionaries.json<{ campaignExamples: [string, number, string | null][] }>(TOPICS_FILE);
  for (const [text, value, expected] of campaignExamples) {
    it(`${text.split('\n')[0]} ${value} → ${expected}`, () => {
      expect(byValue(processText(text, 'campaigns', pipeline).facts, value).subject).toBe(expected);
    });
  }
});
