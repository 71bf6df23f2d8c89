import { describe, expect, it } from 'vitest';
import { loadRegionIndex } from '../pipeline/metadata/regions';
import { loadTownLexicon, townMentions } from '../pipeline/metadata/towns';
import { processText } from '../pipeline/pipeline';
import { byValue, dictionaries, pipeline } from './extract-helpers';

/**
 * REGION-TOWN-COUNTY (set 16): a page about a town (a manufacturing town known by its short name, or one named in
 * full, X镇) that names another city once in passing (a firm also has a plant there) is about the town's county or
 * city (contract v1.1: a town or district below a county counts as its county or city, 古镇 → 中山市). Our own
 * sentences.
 */
const lexicon = loadTownLexicon(dictionaries);
const regions = loadRegionIndex(dictionaries);
const towns = (text: string, provinces: ReadonlySet<string> = new Set()) => townMentions(text, lexicon, provinces);

describe('the towns lexicon (dictionaries/corpus/towns.jsonl)', () => {
  for (const town of lexicon) {
    for (const example of town.examples) {
      it(`${town.id}: ${example}`, () => {
        expect(towns(example).get(town.code)).toBeGreaterThan(0);
      });
    }
  }
});

describe('a town named on a page', () => {
  it('is read by its full name when the gazetteer holds one town of that name', () => {
    expect([...towns('近日，西樵镇纺织企业抽检了45批次面料。')]).toEqual([['440605', 1]]);
    expect([...towns('佛山市顺德区杏坛镇家具厂共有120家。')]).toEqual([['440606', 1]]);
  });
  it('is not read where several towns share the name, nor from ordinary words ending in 镇', () => {
    expect(towns('沙溪镇服装企业去年产值增长9%。').size).toBe(0);
    expect(towns('扩大城镇就业，新增岗位1200个。').size).toBe(0);
  });
  it('is read by a name several towns share when one of them lies in a province the page names', () => {
    expect([...towns('沙溪镇服装企业去年产值增长9%。', new Set(['32']))]).toEqual([['320585', 1]]);
    expect([...towns('在狮山镇，汽车配件企业有600多家。', new Set(['44']))]).toEqual([['440605', 1]]);
    expect([...towns('石湾镇陶瓷企业抽检了18批次。', new Set(['44', '11']))]).toEqual([['441322', 1]]);
    expect(towns('周庄镇今年接待游客300万人次。', new Set(['32'])).size).toBe(0);
  });
  it('is placed by that province on the page', () => {
    const page = '江苏沙溪镇童装企业共有350家，沙溪镇今年抽检童装45批次。某厂在沙溪镇和南通均有车间。';
    expect(regions.documentRegion(page, null, towns)?.name).toBe('苏州市');
  });
  it('is not read inside a longer name (周庄古镇)', () => {
    expect(towns('周庄古镇今年接待游客300万人次。').size).toBe(0);
  });
});

describe('the region of a page about a town', () => {
  it('is the town’s city, not a city named once in passing', () => {
    const page = '古镇灯饰配件企业已超过4000家。某电子厂在古镇和江门均有工厂，今年成本上涨了12%。古镇政府将规划配件工业园。';
    expect(regions.documentRegion(page, '灯饰配件行业承压', towns)?.name).toBe('中山市');
    expect(regions.documentRegion(page, '灯饰配件行业承压')?.name).toBe('江门市');
  });
  it('dates and places the page’s figures there', () => {
    const page =
      '2015年8月3日\n虎门服装企业今年订单下滑约一成。记者走访虎门多家服装厂，某厂在虎门和惠州都设有车间，虎门服装企业共有2000多家。';
    const { facts } = processText(page, 'town-page', pipeline);
    expect(byValue(facts, 2000).region).toBe('东莞市');
  });
  it('still yields to the city the page speaks for', () => {
    const page = '全市开展家具产品质量抽查，共抽查佛山市企业85家，其中厚街企业2家。全市合格率为95.3%，佛山市质监局将加强监管。';
    expect(regions.documentRegion(page, null, towns)?.name).toBe('佛山市');
  });
});
