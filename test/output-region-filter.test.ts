import { describe, expect, it } from 'vitest';
import { openDatabase } from '../output/database';
import { selectFacts, summariseFacts } from '../output/facts-query';
import { resolveRegion } from '../output/regions';
import { buildRecord, sampleDatabase } from './output-fixtures';

// Facts of 吉林省 and places inside it, of 全国 and of 甘南州, each with the GB/T 2260 code the pipeline gives.
const regions = buildRecord(
  'regions',
  ['全省合格率为90%。长春市合格率为91%。吉林市合格率为92%。全国合格率为93%。甘南州合格率为94%。'],
  [
    { sentence: 0, text: '全省合格率为90%', value: 90, region: '吉林省', region_code: '220000' },
    { sentence: 0, text: '长春市合格率为91%', value: 91, region: '长春市', region_code: '220100' },
    { sentence: 0, text: '吉林市合格率为92%', value: 92, region: '吉林市', region_code: '220200' },
    { sentence: 0, text: '全国合格率为93%', value: 93, region: '全国', region_code: '000000' },
    { sentence: 0, text: '甘南州合格率为94%', value: 94, region: '甘南州', region_code: '623000' },
  ],
);
const dbFile = sampleDatabase('regions.db', [regions]);

function valuesOf(region: string): number[] {
  const db = openDatabase(dbFile, { readonly: true });
  const rows = [...selectFacts(db, { region, doc: 'regions' }, ['value']).rows].map((r) => Number(r[0]));
  db.close();
  return rows.sort();
}

describe('qmine facts --region by name or GB/T 2260 code', () => {
  it('finds the same facts by a province name and by its code, with the places inside it', () => {
    expect(valuesOf('吉林')).toEqual([90, 91, 92]);
    expect(valuesOf('220000')).toEqual([90, 91, 92]);
    expect(valuesOf('吉林省')).toEqual([90, 91, 92]);
  });
  it('narrows to a prefecture by its code, and finds 全国 and autonomous prefectures either way', () => {
    expect(valuesOf('220200')).toEqual([92]);
    expect(valuesOf('长春')).toEqual([91]);
    expect(valuesOf('000000')).toEqual([93]);
    expect(valuesOf('全国')).toEqual([93]);
    expect(valuesOf('623000')).toEqual([94]);
    expect(valuesOf('甘南')).toEqual([94]);
  });
});

describe('a region as an analyst names it', () => {
  const named = (text: string) => resolveRegion(text).map((d) => `${d.name} ${d.code}`);
  it('prefers the province for a short name both a province and a city have, and takes full names as written', () => {
    expect(named('吉林')).toEqual(['吉林省 220000']);
    expect(named('吉林市')).toEqual(['吉林市 220200']);
    expect(named('内蒙古')).toEqual(['内蒙古自治区 150000']);
    expect(named('新疆')).toEqual(['新疆维吾尔自治区 650000']);
  });
  it('knows autonomous prefectures by their usual short forms, and a place written inside its province', () => {
    expect(named('甘南州')).toEqual(['甘南藏族自治州 623000']);
    expect(named('黔东南')).toEqual(['黔东南苗族侗族自治州 522600']);
    expect(named('吉林省长春市')).toEqual(['长春市 220100']);
    expect(named('浙江杭州')).toEqual(['杭州市 330100']);
  });
  it('gives every division of a name shared at one level, and none for words that are no division', () => {
    expect(named('朝阳区').length).toBeGreaterThan(1);
    expect(named('朝阳区').every((n) => n.startsWith('朝阳区 '))).toBe(true);
    expect(named('全国')).toEqual(['全国 000000']);
    expect(named('欧盟')).toEqual([]);
    expect(named('990000')).toEqual([]);
  });
});

describe('summaries by province', () => {
  it('count a city’s and a prefecture’s facts for their province, keep 全国 apart, name provinces, in code order', () => {
    const db = openDatabase(dbFile, { readonly: true });
    const result = summariseFacts(db, { doc: 'regions' }, { groupBy: ['province'], agg: 'avg' });
    const exact = summariseFacts(db, { doc: 'regions', region: '吉林', regionExact: true }, { groupBy: ['region'] });
    db.close();
    expect(result.columns).toEqual(['province', 'avg_value', 'facts']);
    expect(result.rows).toEqual([
      ['全国', 93, 1],
      ['吉林省', 91, 3],
      ['甘肃省', 94, 1],
    ]);
    expect(exact.rows).toEqual([['吉林省', 1]]);
    const listed = openDatabase(dbFile, { readonly: true });
    const provinces = [...selectFacts(listed, { doc: 'regions', region: '长春' }, ['region', 'province_code', 'province']).rows];
    listed.close();
    expect(provinces).toEqual([['长春市', '220000', '吉林省']]);
  });
});
