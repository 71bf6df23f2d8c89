import { describe, expect, it } from 'vitest';
import { openDatabase } from '../output/database';
import { selectFacts } from '../output/facts-query';
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
