import { allDivisions, provinceCodeOf } from '../core/divisions';

/** Provinces by GB/T 2260 code, for joining the map's features (facts are joined in SQL, table regions). */

export interface Province {
  code: string;
  name: string;
}

const provinces = new Map(
  allDivisions()
    .filter((d) => d.level === 'province')
    .map((d) => [d.code, { code: d.code, name: d.name }]),
);

export function provinceOfCode(code: string): Province | null {
  return provinces.get(provinceCodeOf(code)) ?? null;
}
