import type { Token } from '../../core/document';
import { NATIONAL, type Division, type PlaceIndex, type PlaceKind } from '../metadata/places';

/** What place words in a stretch of text name, resolved against the document's own region. */

export interface PlaceContext {
  places: PlaceIndex;
  /** The document's region (全省, 我局 name it). */
  documentRegion: Division | null;
  /** Where the text that may name the province or city a 全省/全市 refers to begins (its paragraph); `from` by default. */
  lookBackFrom?: number;
}

export interface ResolvedPlace {
  start: number;
  end: number;
  kind: PlaceKind;
  /** The division named (全国 for a national word, the document's for 全省); null abroad or when unknown. */
  division: Division | null;
  /** Whether a scheme or award name follows (吉林省质量管理奖). */
  qualifiesScheme: boolean;
  /** Whether the word names an area over several provinces (京津冀, 北方): nationwide where the figure's clause names it. */
  multiProvince: boolean;
}

/** Index of the first token ending after `pos`. */
function firstTokenAfter(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tags of a word that may hold a place and an area noun (ns a place, nt a body: 深圳经济特区). */
const AREA_TAG = /^n[st]/;

interface WordBounds {
  starts: Set<number>;
  ends: Set<number>;
  /** Where a place word ends inside a token that also holds the area noun after it, by the token's start. */
  areaWords: Map<number, number>;
}

function wordBounds(tokens: readonly Token[], places: PlaceIndex): WordBounds {
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const token of tokens) {
    starts.add(token.start);
    ends.add(token.end);
  }
  // A place the segmenter keeps one word with the area noun after it (上海地区, 北京市区, 湖南境内) is a word too, and so
  // is a special zone's city, which it tags a body (深圳经济特区/nt: a city's regulation is the city's, contract).
  const areaWords = new Map<number, number>();
  for (const token of tokens) {
    if (!AREA_TAG.test(token.tag)) continue;
    const area = places.areaAfterPlace.exec(token.word);
    if (area && area.index >= 2) areaWords.set(token.start, token.start + area.index);
  }
  return { starts, ends, areaWords };
}

/** Place words in text[from, to), each resolved; `tokens` are those of that stretch (word boundaries, place tags). */
export function placesIn(text: string, from: number, to: number, tokens: readonly Token[], context: PlaceContext): ResolvedPlace[] {
  // The word boundaries are gathered when a place word is first found: most sentences name no place.
  let bounds: WordBounds | null = null;
  const isWord =
    tokens.length === 0
      ? () => true
      : (start: number, end: number) => {
          bounds ??= wordBounds(tokens, context.places);
          return (bounds.starts.has(start) && bounds.ends.has(end)) || bounds.areaWords.get(start) === end;
        };
  const out: ResolvedPlace[] = [];
  let previous: { end: number; kind: string } | null = null;
  for (const mention of context.places.find(text, from, to, isWord)) {
    const before = previous;
    previous = mention;
    // REGION-PLACE-NAMED-NATION: 中国 written right after a place's name (某县中国某某牛肉, 某市中国特色…示范区) is inside a
    // name that place's product or zone bears, not the nation: the place before it speaks for the figure.
    if (
      mention.kind === 'national' &&
      before?.kind === 'division' &&
      before.end === mention.start &&
      context.places.firmNameOpeners.has(text.slice(mention.start, mention.end))
    )
      continue;
    // An area word that opens a firm's name (华北制药集团) names the firm, not where its figures are.
    if (mention.multiProvince && context.places.opensOrganisation.test(text.slice(mention.end, mention.end + 12))) continue;
    // 中国 opening a firm's name (中国人寿, 中国某某保险股份有限公司) names the firm: its figures are no nation's (contract:
    // a company's figure takes the place named for it, never 全国 by default).
    if (mention.kind === 'national' && opensFirmName(text.slice(mention.start, mention.end), tokens, mention.end, context.places)) continue;
    // A county the text names in full elsewhere, which its short name here names too (namesInFull).
    let namedInFull: Division | undefined;
    if (mention.needsPlaceTag) {
      // A county's short name (迭部, 湄潭) counts where the segmenter tags it a place; its full name (迭部县)
      // also where the segmenter keeps the whole name one word.
      const token = tokens[firstTokenAfter(tokens, mention.start)];
      if (!token || token.start !== mention.start) continue;
      const written = text.slice(mention.start, mention.end);
      const wholeName = token.end === mention.end && mention.divisions.some((d) => d.name === written);
      namedInFull = mention.divisions.find(
        (d) => d.name !== written && !AMBIGUOUS_FULL_NAME.test(d.name) && namesInFull(text, d, context.places),
      );
      // After a locative verb (来自延吉, 位于玉环) the short name is a place whatever the segmenter tagged it.
      const cued = context.places.placeCueBefore.test(text.slice(Math.max(0, mention.start - 2), mention.start));
      if (
        !namedInFull &&
        !cued &&
        !token.tag.startsWith('ns') &&
        !wholeName &&
        !namesHomeProduct(text, mention.start, mention.divisions, context)
      )
        continue;
    }
    let division: Division | null = namedInFull ?? null;
    if (namedInFull === undefined) {
      if (mention.kind === 'self') division = selfDivision(text, mention.start, mention.end, context.lookBackFrom ?? from, context);
      else if (mention.kind !== 'foreign')
        division =
          (mention.kind === 'national'
            ? context.places.ownNationOf(text.slice(mention.start, mention.end), context.documentRegion)
            : null) ?? choose(mention.divisions, context);
    }
    out.push({
      start: mention.start,
      end: mention.end,
      kind: mention.kind,
      division,
      qualifiesScheme: mention.qualifiesScheme,
      multiProvince: mention.multiProvince,
    });
  }
  return out.filter(
    (place, i) => !context.places.commonWords.has(text.slice(place.start, place.end)) || cuedAsPlace(text, out, i, context),
  );
}

/** Most words a firm's name may run to after the word that opens it (中国/平安/人寿保险/股份/有限公司). */
const FIRM_NAME_WORDS = 4;
/** Tags of words no firm's name holds: verbs, prepositions, conjunctions, particles (全国/共有/v 保险公司). */
const NOT_IN_NAME = /^(?:v|p|c|u|m|q)$/;

/**
 * Whether a national word opens a firm's name: the words right after it, none a verb or function word nor
 * punctuation, reach a word that ends a firm's name (公司, 集团, 人寿) within a few words.
 */
function opensFirmName(word: string, tokens: readonly Token[], end: number, places: PlaceIndex): boolean {
  if (!places.firmNameOpeners.has(word)) return false;
  const first = firstTokenAfter(tokens, end);
  for (let k = first; k < tokens.length && k < first + FIRM_NAME_WORDS; k++) {
    const token = tokens[k]!;
    if (NOT_IN_NAME.test(token.tag) || !/^[\u4e00-\u9fa5A-Za-z]+$/.test(token.word)) return false;
    if (places.firmNameEndings.test(token.word)) return true;
  }
  return false;
}

/** A district's full name that is often ordinary words (新建区, 城区): it names no county by being in a text. */
const AMBIGUOUS_FULL_NAME = /^.{1,2}区$/;

/**
 * Whether the text names a county by its full name somewhere (在乐平市，… / 晴隆县是…茶乡): its short name
 * (乐平已有…, 到晴隆) then names that county wherever it stands as a word, tagged a place or not: the text
 * has said which place the word is. Asked only for a county's short name, a few times a document.
 */
function namesInFull(text: string, division: Division, places: PlaceIndex): boolean {
  return places.writtenNames(division).some((name) => text.includes(name));
}

/** Marks that join the items of a list (兰州、白银两市). */
const LIST_JOIN = /^[、和与及]$/;

/**
 * Whether a short name that is also an ordinary word (白银 the metal, 安康 well-being) is written as a place:
 * after a locative verb (赴安康), before a place noun (白银地区), or next to another place in a list
 * (兰州、白银), that place not itself such a word.
 */
function cuedAsPlace(text: string, places: readonly ResolvedPlace[], i: number, context: PlaceContext): boolean {
  const place = places[i]!;
  const index = context.places;
  if (index.placeCueBefore.test(text.slice(Math.max(0, place.start - 2), place.start))) return true;
  if (index.placeCueAfter.test(text.slice(place.end, place.end + 4))) return true;
  const isPlainPlace = (other: ResolvedPlace | undefined) =>
    other !== undefined && other.kind === 'division' && !index.commonWords.has(text.slice(other.start, other.end));
  const before = places[i - 1];
  const after = places[i + 1];
  return (
    (isPlainPlace(before) && LIST_JOIN.test(text.slice(before!.end, place.start))) ||
    (isPlainPlace(after) && LIST_JOIN.test(text.slice(place.end, after!.start)))
  );
}

/** An opening quote or title mark: a name (“迭部蕨麻猪”, 《…》) starts after it. */
const NAME_OPENING = /[“"《「]$/;

/**
 * Whether a county's short name opens a quoted name (“迭部蕨麻猪”, a geographical-indication product) and the
 * county lies in the document's region: a product or brand named after its place names that place, though
 * the segmenter, seeing one word, tags no place.
 */
function namesHomeProduct(text: string, start: number, divisions: readonly Division[], context: PlaceContext): boolean {
  const home = context.documentRegion;
  if (!home || !NAME_OPENING.test(text.slice(Math.max(0, start - 1), start))) return false;
  return divisions.some((d) => d.code !== home.code && context.places.contains(home, d));
}

/** Of the divisions a name may stand for, the one inside the document's province, else the first. */
function choose(divisions: readonly Division[], context: PlaceContext): Division | null {
  if (divisions.length <= 1) return divisions[0] ?? null;
  const home = context.documentRegion;
  if (home) {
    const province = context.places.division(`${home.code.slice(0, 2)}0000`);
    const inside = province ? divisions.find((d) => context.places.contains(province, d)) : undefined;
    if (inside) return inside;
  }
  return divisions[0]!;
}

/** The level a word for "our own region" speaks at (全省, 我市, 本县); none for 我局, 全系统. */
const SELF_LEVEL = /[省市州县]/;

/**
 * What a word for "our own region" names (contract: 全省, 全市 refer to the document's own region): the
 * document's region when it is of the word's level; else the last division of that level its paragraph named
 * before it (a national news page: 安徽电线电缆行业…，全省…产值 → 安徽省); else the document's region's own
 * division of that level (全省 in a city's report → its province); else the division of that level inside the
 * document's region that the page names most (我市 in a city paper on its province: mostNamedWithin); else the
 * document's region.
 */
function selfDivision(text: string, start: number, end: number, lookBackFrom: number, context: PlaceContext): Division | null {
  const home = context.documentRegion;
  const level = SELF_LEVEL.exec(text.slice(start, end))?.[0];
  const local = home !== null && home.code !== NATIONAL.code ? home : null;
  if (!level || local?.name.endsWith(level)) return home;
  const earlier = context.places.find(text, Math.min(lookBackFrom, start), start, () => true);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const named = earlier[i]!;
    if (named.kind !== 'division' || named.needsPlaceTag || named.qualifiesScheme) continue;
    const division = named.divisions.find((d) => d.name.endsWith(level));
    if (division) return division;
  }
  for (const code of local ? context.places.ancestry(local) : []) {
    const division = context.places.division(code);
    if (division?.name.endsWith(level)) return division;
  }
  return (local && mostNamedWithin(text, local, level, context.places)) ?? home;
}

/** How often a division below the document's region must be named, at the least, to be the one its 我市 means. */
const OWN_CITY_MENTIONS = 2;
let lastOwnCity: { text: string; key: string; division: Division | null } | null = null;

/**
 * REGION-OWN-CITY: the division of a self word's level (我市, 全市) inside the document's larger region that the whole
 * page names most, and at least twice (a city paper on its province's list: 淄博5个企业上榜…我市此前共有…43家 → 淄博市,
 * not 山东省; another city named beside it, 和济南市并列, less often, is not its own). None when two are named as often.
 */
function mostNamedWithin(text: string, local: Division, level: string, places: PlaceIndex): Division | null {
  const key = `${local.code}${level}`;
  if (lastOwnCity?.text === text && lastOwnCity.key === key) return lastOwnCity.division;
  const counts = new Map<string, { division: Division; count: number }>();
  for (const named of places.find(text, 0, text.length, () => true)) {
    if (named.kind !== 'division' || named.needsPlaceTag || named.qualifiesScheme) continue;
    const division = named.divisions.find((d) => d.name.endsWith(level) && d.code !== local.code && places.contains(local, d));
    if (!division) continue;
    const entry = counts.get(division.code) ?? { division, count: 0 };
    entry.count++;
    counts.set(division.code, entry);
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count);
  const best = ranked[0];
  const division = best && best.count >= OWN_CITY_MENTIONS && best.count > (ranked[1]?.count ?? 0) ? best.division : null;
  lastOwnCity = { text, key, division };
  return division;
}
