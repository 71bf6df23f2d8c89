import { describe, expect, it } from 'vitest';
import type { Fact } from '../core/document';
import { dictionaries, factsOf } from './extract-helpers';

/**
 * A standard's region from the level the sentence gives it (contract v1.1, region: national standards → 全国; a
 * province's standards are that province's), in a city's page that names who drafted them. Our own sentences.
 */
function regionOf(facts: readonly Fact[], name: string): string | null | undefined {
  return facts.find((f) => f.type === 'standard' && f.name?.includes(name))?.region;
}

describe('a standard whose level stands before its title, over the titles listed with it (REGION-STD-LEVEL-BEFORE)', () => {
  it('is nationwide after 国家推荐性标准 and 化工行业标准, not the city that drafted it', () => {
    const facts = factsOf(
      '景德镇市标准化工作\n今年，全市企业主导起草了国家推荐性标准《日用瓷器釉面硬度》和轻工行业标准《骨质瓷茶具》、《陶瓷杯碟》，另有8家企业获评市级标准化试点。',
    );
    expect(regionOf(facts, '日用瓷器釉面硬度')).toBe('全国');
    expect(regionOf(facts, '骨质瓷茶具')).toBe('全国');
    expect(regionOf(facts, '陶瓷杯碟')).toBe('全国');
  });
  it('keeps the city for a title after another clause', () => {
    const facts = factsOf('景德镇市标准化工作\n全市企业主导起草了行业标准《骨质瓷茶具》，还发布了《景德镇青花瓷器》等团体标准。');
    expect(regionOf(facts, '骨质瓷茶具')).toBe('全国');
    expect(regionOf(facts, '景德镇青花瓷器')).toBe('景德镇市');
  });
});

describe('titles given as examples of a count of standards of one level (…等国家标准216项: REGION-STD-LEVEL-AFTER, REGION-STD-PROVINCE-LEVEL)', () => {
  it('reads 等国家标准 and 等行业标准 as nationwide, 等省级地方标准 as the province’s, 等市级地方标准 as the city’s', () => {
    const facts = factsOf(
      '赣州市标准化工作\n截至目前，赣州市企事业单位参与制修订《稀土金属化学分析方法》等国家标准58项，《钨精矿》等行业标准41项；主导制定《脐橙种植技术规程》等省级地方标准12项，发布《脐橙贮藏保鲜规程》等市级地方标准5项。',
    );
    expect(regionOf(facts, '稀土金属化学分析方法')).toBe('全国');
    expect(regionOf(facts, '钨精矿')).toBe('全国');
    expect(regionOf(facts, '脐橙种植技术规程')).toBe('江西省');
    expect(regionOf(facts, '脐橙贮藏保鲜规程')).toBe('赣州市');
  });
});

describe('a ministry’s rules and the national metrology regulations hold nationwide (REGION-NATIONAL-RULE, titles.json)', () => {
  const { nationalRuleExamples } = dictionaries.json<{ nationalRuleExamples: [string, string, string][] }>('lexicons/titles.json');
  for (const [text, title, region] of nationalRuleExamples) {
    it(`《${title}》 → ${region}`, () => {
      const fact = factsOf(text).find((f) => (f.type === 'policy' || f.type === 'standard') && f.name?.includes(title));
      expect(fact?.region, text).toBe(region);
    });
  }
});
