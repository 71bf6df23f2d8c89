import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dictionaries } from '../core/dictionaries';
import { allDivisions, CROSS_STRAIT_FILE } from '../core/divisions';
import { loadPlaceIndex } from '../pipeline/metadata/places';
import { loadRegionIndex } from '../pipeline/metadata/regions';
import { factsOf } from './extract-helpers';

const dictionaries = new Dictionaries(path.resolve(__dirname, '..', 'dictionaries'));

describe('REGION-CROSS-STRAIT: the municipalities, cities and counties of 台湾省 (dictionaries/corpus/cross-strait.json)', () => {
  const file = dictionaries.json<{ examples: [string, string, string, string][] }>(CROSS_STRAIT_FILE);
  const byCode = new Map(allDivisions().map((d) => [d.code, d]));

  it('lists them as prefectures of the province, after the gazetteer keeps the names it has (金门县 in Fujian)', () => {
    const taichung = allDivisions().find((d) => d.name === '台中市');
    expect(taichung).toMatchObject({ level: 'prefecture', parentCode: '710000', provinceCode: '710000' });
    expect(
      allDivisions()
        .filter((d) => d.name === '金门县')
        .map((d) => d.provinceCode),
    ).toEqual(['350000']);
  });
  it('finds each example place in running text, with its province', () => {
    const places = loadPlaceIndex(dictionaries);
    for (const [text, word, division, province] of file.examples) {
      const found = places.lookup(word);
      expect(found?.name, text).toBe(division);
      expect(text.includes(word), text).toBe(true);
      expect(byCode.get(found!.parentCode!)?.name, text).toBe(province);
    }
  });
  it('gives a page the city or county it names as its region', () => {
    const regions = loadRegionIndex(dictionaries);
    for (const [text, , division] of file.examples) {
      const named = [...regions.mentions(text).values()].map((m) => m.region.name);
      expect(named, text).toContain(division);
    }
  });
  it('gives a figure at a city a county holds (花莲市 in 花莲县) that city, a county-level division of the county', () => {
    const cities = dictionaries.json<{ countyCityExamples: [string, number, string][] }>(CROSS_STRAIT_FILE).countyCityExamples;
    const places = loadPlaceIndex(dictionaries);
    for (const [text, value, region] of cities) {
      expect(factsOf(text).find((f) => f.value === value)?.region, text).toBe(region);
      expect(places.lookup(region)?.level, text).toBe('county');
    }
  });
  it('gives figures on such a page the city or county named, in simplified form, and Republic-era years (PERIOD-ROC-YEAR)', () => {
    const facts = (text: string) => factsOf(text).map((f) => [f.value, f.region, f.period]);
    expect(facts('高雄市政府警察局5日表示，警方在一处仓库查获仿冒球鞋800双。')).toEqual([[800, '高雄市', null]]);
    expect(facts('臺中市政府會同海關查扣走私香菸1200條。')).toEqual([[1200, '台中市', null]]);
    expect(facts('經濟部標準檢驗局表示，自98年7月1日起，共查獲仿冒玩具3200件。')).toEqual([[3200, '台湾省', '2009']]);
    // A mainland page writes 98年 for 1998, if at all: no Republic-era year there.
    expect(facts('某市质监局表示，98年7月共查获假冒玩具3200件。').map(([, , period]) => period)).not.toContain('2009');
  });

  const bodies = dictionaries.json<{ leadExamples: [string, string, string][]; ownNationExamples: [string, number, string][] }>(
    CROSS_STRAIT_FILE,
  );
  it('gives a page whose lead names a central body of Taiwan or a body of Hong Kong or Macau that whole region', () => {
    const regions = loadRegionIndex(dictionaries);
    for (const [title, opening, region] of bodies.leadExamples) expect(regions.documentRegion(opening, title)?.name, opening).toBe(region);
  });
  it('does not read a port’s own word (本港口) as Hong Kong’s', () => {
    const regions = loadRegionIndex(dictionaries);
    expect(regions.documentRegion('本港口上半年完成集装箱吞吐量320万标箱，同比增长6%。', '港口吞吐量')?.name).not.toBe('香港特别行政区');
  });
  it('reads 全国 and 国内 on a page of Taiwan as Taiwan, 内地 as the whole country', () => {
    for (const [text, value, region] of bodies.ownNationExamples) {
      const fact = factsOf(text).find((f) => f.value === value);
      expect(fact?.region, text).toBe(region);
    }
  });
  it("reads a page of Taiwan's market and its laws named without a place as Taiwan's, a mainland page's as the whole country's", () => {
    const markets = dictionaries.json<{ ownMarketExamples: [string, string, number | string, string][] }>(CROSS_STRAIT_FILE);
    for (const [title, text, figure, region] of markets.ownMarketExamples) {
      const page = title ? `${title}\n${text}` : text;
      const fact = factsOf(page).find((f) => (typeof figure === 'number' ? f.value === figure : f.name?.includes(figure)));
      expect(fact?.region, text).toBe(region);
    }
  });
});
