import { allDivisions, NATIONAL_CODE, shortName, type DivisionRow } from '../core/divisions';
import { Dictionaries } from '../core/dictionaries';
import { UserError } from './errors';
import { containsPattern } from './like';

/**
 * The GB/T 2260 divisions in the database (table `regions`), so that views, summaries and charts name a
 * fact's province from its code in plain SQL, and a region an analyst names (吉林, 吉林省, 220000, 甘南州,
 * 吉林省长春市) found by the codes of the divisions it stands for.
 */

/** The file of dictionaries/ whose ethnic names stand between a place name and its 自治州 ending. */
const REGION_NAMES_FILE = 'corpus/regions.json';
const LEVEL_RANK: Record<DivisionRow['level'], number> = { country: 0, province: 1, prefecture: 2, county: 3 };
/** Words for the whole country as an analyst types them. */
const NATIONAL_WORDS = ['全国', '中国', '我国', '国家'];

export interface RegionMatch {
  /** The divisions the name stands for (several when a name is shared at one level: 朝阳区). */
  divisions: DivisionRow[];
}

/** Names → divisions: full names, short names (吉林, 甘南) and autonomous divisions' usual form (甘南州). */
class RegionNames {
  private readonly fullNames = new Map<string, DivisionRow[]>();
  private readonly aliases = new Map<string, DivisionRow[]>();
  private readonly byCode = new Map<string, DivisionRow>();

  constructor(ethnicNames: readonly string[]) {
    const push = (map: Map<string, DivisionRow[]>, name: string, division: DivisionRow) => {
      if (name.length < 2) return;
      const list = map.get(name) ?? [];
      if (!list.includes(division)) list.push(division);
      map.set(name, list);
    };
    for (const division of allDivisions()) {
      this.byCode.set(division.code, division);
      push(this.fullNames, division.name, division);
      const short = shortName(division.name, ethnicNames);
      if (short !== division.name) push(this.aliases, short, division);
      const autonomous = /自治(州|县|旗)$/.exec(division.name)?.[1];
      if (autonomous) push(this.aliases, short + autonomous, division);
    }
    const national = this.byCode.get(NATIONAL_CODE)!;
    for (const word of NATIONAL_WORDS) push(this.fullNames, word, national);
  }

  division(code: string): DivisionRow | null {
    return this.byCode.get(code) ?? null;
  }

  /**
   * The divisions a name stands for: those of that full name, else those of that short name at the
   * highest level (吉林 is the province, not 吉林市), else a division named inside another (吉林省长春市,
   * 长春朝阳区): the inner one, when it lies in the outer.
   */
  lookup(name: string): DivisionRow[] {
    const direct = this.direct(name);
    if (direct.length) return direct;
    for (let cut = name.length - 2; cut >= 2; cut--) {
      const outer = this.direct(name.slice(0, cut));
      if (!outer.length) continue;
      const inner = [...(this.fullNames.get(name.slice(cut)) ?? []), ...(this.aliases.get(name.slice(cut)) ?? [])].filter((d) =>
        outer.some((o) => o.code !== d.code && contains(o, d)),
      );
      if (inner.length) return highestLevel(inner);
    }
    return [];
  }

  private direct(name: string): DivisionRow[] {
    return this.fullNames.get(name) ?? highestLevel(this.aliases.get(name) ?? []);
  }
}

function highestLevel(divisions: DivisionRow[]): DivisionRow[] {
  const top = Math.min(...divisions.map((d) => LEVEL_RANK[d.level]));
  return divisions.filter((d) => LEVEL_RANK[d.level] === top);
}

/** Whether `inner` lies in `outer` (by GB/T 2260 code: a province's first two digits, a prefecture's four). */
export function contains(outer: DivisionRow, inner: DivisionRow): boolean {
  const [low, high] = codeRange(outer.code);
  return inner.code >= low && inner.code <= high;
}

/** The codes of a division and of everything inside it: 220000 → 220000…229999; a county → itself; 全国 → itself. */
export function codeRange(code: string): [string, string] {
  if (code === NATIONAL_CODE) return [code, code];
  if (code.endsWith('0000')) return [code, `${code.slice(0, 2)}9999`];
  if (code.endsWith('00')) return [code, `${code.slice(0, 4)}99`];
  return [code, code];
}

let names: RegionNames | null = null;

/**
 * The divisions a region typed by an analyst stands for: a GB/T 2260 code (220000, 000000 for 全国) or a
 * name (see RegionNames.lookup), already normalised (長春 → 长春). Empty when it names no division.
 */
export function resolveRegion(text: string): DivisionRow[] {
  names ??= new RegionNames(new Dictionaries().json<{ ethnicNames: string[] }>(REGION_NAMES_FILE).ethnicNames);
  if (/^\d{6}$/.test(text)) {
    const division = names.division(text);
    return division ? [division] : [];
  }
  return names.lookup(text);
}

export interface RegionFilter {
  /** The SQL column holding the GB/T 2260 code (f.region_code, d.region_code). */
  codeColumn: string;
  /** The SQL column holding the region's name, for a name that is no division. */
  nameColumn: string;
  /** What the analyst typed, normalised. */
  region: string;
  /** Only the division itself, not the places inside it. */
  exact?: boolean;
}

/**
 * The rows of a region given by GB/T 2260 code or by name (resolveRegion): by code range, a division and
 * everything inside it (exactly its own code with `exact`). A name that is no division (a place the
 * pipeline could not code) finds the rows whose region name contains it; an unknown code is an error.
 */
export function regionCondition(filter: RegionFilter): { condition: string; params: unknown[] } {
  const divisions = resolveRegion(filter.region);
  if (!divisions.length) {
    if (/^\d{6}$/.test(filter.region)) throw new UserError(`no GB/T 2260 division has the code ${filter.region}`);
    return { condition: `${filter.nameColumn} LIKE ? ESCAPE '\\'`, params: [containsPattern(filter.region)] };
  }
  if (filter.exact) {
    return { condition: `${filter.codeColumn} IN (${divisions.map(() => '?').join(', ')})`, params: divisions.map((d) => d.code) };
  }
  const ranges = divisions.map((d) => codeRange(d.code));
  return { condition: `(${ranges.map(() => `${filter.codeColumn} BETWEEN ? AND ?`).join(' OR ')})`, params: ranges.flat() };
}
