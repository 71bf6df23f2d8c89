import { describe, expect, it } from 'vitest';
import { byValue, factsOf } from './extract-helpers';

/**
 * REGION-EXAMPLE-NAME: a count after titles or quoted names given as its examples (《某省某某试点》等国家级项目25个,
 * 培育“某某(某省)有限公司”等试点企业13家) counts things of the page's own place: a place inside such a name is the name's,
 * not the count's (contract v1.1: the most specific region the figure is about). REGION-SHARE-BASE: a city's page that
 * gives its share of its province (占全省的22.5%) does not speak as the province. Our own sentences.
 */
describe('a count after titles or quoted names given as its examples', () => {
  it('keeps the city’s page place, not the province a title or a firm’s name holds', () => {
    const facts = factsOf(
      [
        '湖南株洲推进标准化建设',
        '株洲市累计建成标准化试点项目46个，其中，《湖南醴陵陶瓷产业标准化试点》等国家级项目12个，省级项目34个。',
        '培育“华锐精密(湖南)有限公司”等标准化良好行为企业21家，株洲市参与制定国家标准95项，占全省的18.6%。',
      ].join('\n'),
    );
    expect(byValue(facts, 12).region).toBe('株洲市');
    expect(byValue(facts, 21).region).toBe('株洲市');
    expect(byValue(facts, 95).region).toBe('株洲市');
  });
  it('still reads a place outside a name in the count’s clause', () => {
    const facts = factsOf('湖南株洲推进标准化建设\n株洲市参与制定《醴陵釉下彩瓷》等团体标准8项，长沙市参与制定团体标准15项。');
    expect(byValue(facts, 15).region).toBe('长沙市');
  });
});
