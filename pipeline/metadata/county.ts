import type { Division, PlaceIndex, PlaceMention } from './places';
import type { Region, RegionIndex } from './regions';

/**
 * The county a document speaks for (contract v1.1: regions down to county level, the document's own region
 * for 全县/我局): a county bureau's bulletin (某某县质量技术监督局关于…的通报) or a county's year in review
 * (平阳县…工作总结 … 全县…). The province and prefecture index (regions.ts) stops at prefectures; this looks one
 * level down, at the counties named by their full names (安吉县, 义乌市, 鄞州区), and takes one when the
 * document speaks as a county (全县, 我县, 县委) at least as often as at any other level, or when its title names
 * the county as the body that issues it (义乌市市场监督管理局…) and no higher level speaks in it.
 */

export interface CountyChoice {
  /** The region the province and prefecture index chose, or null: a county must lie inside it. */
  region: Region | null;
  text: string;
  title: string | null;
}

/** How far into the text the opening reaches where a county's name counts extra. */
const OPENING = 300;
const HEAD_WEIGHT = 3;
/** Code prefixes of the autonomous regions (内蒙古, 广西, 西藏, 宁夏, 新疆), which speak of themselves as 全区. */
export const AUTONOMOUS_REGIONS: ReadonlySet<string> = new Set(['15', '45', '54', '64', '65']);
/** What may stand before a two-character county name: no Han character, or a division's ending or a preposition. */
const SHORT_NAME_BEFORE = /[^\u4e00-\u9fff]|[省市州盟在对和与及的赴到、]/;

export function documentCounty(choice: CountyChoice, places: PlaceIndex, regions: RegionIndex): Division | null {
  const { region, text, title } = choice;
  // A nationwide document keeps 全国 unless it speaks as a county.
  const levels = regions.selfReferenceLevel(text);
  const scored = countiesNamed(`${title ?? ''}\n${text.slice(0, OPENING)}`, text, places, regions.issuerPattern);
  // A county lies in the region chosen above; when none named does (that region's name stood in another's:
  // 和县台湾农民创业园, a park), in a province or prefecture the document names too (安徽, 马鞍山).
  const within = (c: { division: Division }, code: string) => places.ancestry(c.division).includes(code);
  const national = !region || region.code === '000000';
  let inside = scored.filter((c) => national || within(c, region.code));
  if (inside.length === 0)
    inside = scored.filter((c) =>
      places
        .ancestry(c.division)
        .slice(1)
        .some((code) => namedIn(text, places.division(code), regions)),
    );
  const best = inside[0];
  if (!best) return null;
  // The kind of county is read from its full name: one named by its short name after its prefecture (广州越秀, 清远英德:
  // REGION-PROV-PREFIX) is a district or a county-level city all the same (REGION-COUNTY-SHORT-KIND).
  const full = best.division.name;
  // 全区, 区委 are a district's words (顺德区) as much as an autonomous region's (广西): a district's where the
  // county chosen is a district outside the autonomous regions.
  const district = full.endsWith('区') && !AUTONOMOUS_REGIONS.has(best.division.code.slice(0, 2));
  const self = district ? { ...levels, province: levels.province - levels.district, county: levels.county + levels.district } : levels;
  // A county-level city (义乌市) speaks of itself as 全市, as its prefecture does: those words are its own when
  // its title names it and its prefecture is named less often than it.
  const parent = places.division(best.division.parentCode);
  // Each counted once by whichever name it is written with (成都市 and 成都 are one mention, not two).
  const parentNamed = parent && parent.level === 'prefecture' ? timesNamed(text, parent, regions) : 0;
  const countyNamed = timesNamed(text, best.division, regions);
  const titleNames = title !== null && title.includes(best.name);
  // A page's chrome may stand where its title should (a site's name and telephone): its headline is then the
  // opening's first line, so the lead (title and first sentence) is read for the short-name chain.
  // REGION-COUNTY-LEAD-ALONE: so is a lead that names the county by its full name where the page never names its
  // prefecture (a site's name as the title, then 某某市2025年度…通报): no higher place it could be the news of.
  const headline =
    titleNames ||
    headlineNames(lead(title, text), best.division, places, regions) ||
    (parentNamed === 0 && lead(title, text).includes(full));
  // So are they where the lead names the city's own body as its actor (泰兴市质监局荣获…, 该局…全市…) and names its
  // prefecture no more often than it: the prefecture's words (泰州名牌, 泰州市质监系统的试点) are the superior's, as a
  // province's are on a prefecture's page (REGION-PROV-PREFIX, regions.json countyExamples).
  const actor = leadNamesIssuer(best.name, title, text, regions.issuerPattern);
  const cityVoice =
    full.endsWith('市') && ((headline && parentNamed < countyNamed) || (actor && parentNamed <= countyNamed)) ? self.prefecture : 0;
  const own = self.county + cityVoice;
  // REGION-COUNTY-ONCE: one county word (全县, 区委) in a page that names the county's prefecture more often than the county
  // (某市市场监管局召开…; …某县市场监管局办理的1件) is a passing item of the prefecture's page, not its voice.
  const once = own === 1 && parentNamed > countyNamed;
  const speaksAsCounty = own > 0 && !once && own >= self.province && own >= self.national && (cityVoice > 0 || own >= self.prefecture);
  // A bulletin that speaks as no level (安吉县质量技术监督局关于…的通报 / 各有关企业：…) is its issuer's.
  const issuer = titleNames ? regions.issuerPattern.exec(title.slice(title.indexOf(best.name) + best.name.length)) : null;
  const issuedByCounty = issuer !== null && issuer.index === 0 && self.province + self.national <= own && countyNamed >= parentNamed;
  // A news item that speaks as no level and whose lead names the county's body as its actor (2021年，四川省彭州市
  // 市场监管局全面完成…) is that body's news, as a province's or prefecture's is (regions.ts leadActor).
  const voiceless = self.province + self.prefecture + self.county + self.national === 0;
  const reportedByCounty = voiceless && actor && countyNamed >= parentNamed;
  return speaksAsCounty || issuedByCounty || reportedByCounty ? best.division : null;
}

/**
 * The prefecture of a page that names no province or prefecture of its own but two or more counties or
 * districts, all of one prefecture (a city's sampling report by district: 巴州区、恩阳区、南江县…; a city's
 * news on its districts): that prefecture, the smallest region holding them (contract: several regions named
 * together → the smallest containing them; a municipality's districts → the municipality). Null when they lie in
 * several prefectures or only one is named.
 */
export function countiesPrefecture(choice: CountyChoice, places: PlaceIndex, regions: RegionIndex): Division | null {
  if (choice.region) return null;
  const { text, title } = choice;
  const named = countiesNamed(`${title ?? ''}\n${text.slice(0, OPENING)}`, text, places, regions.issuerPattern);
  if (named.length < 2) return null;
  const parents = new Set(named.map((c) => c.division.parentCode));
  // A county's parent is its prefecture, or a province for its districts (北京市) and the counties it runs itself (仙桃市).
  const parent = parents.size === 1 ? places.division([...parents][0]!) : null;
  if (!parent) return null;
  // A page that names a place outside that parent (a national item listing places: …湖北、四川等地…仙桃市、天门市…,
  // 重庆市南岸区) is about no one of them.
  const chain = places.ancestry(parent);
  const page = `${title ?? ''}\n${text}`;
  const outside = places
    .find(page, 0, page.length, () => true)
    .some(
      (m) => m.kind === 'division' && !m.needsPlaceTag && !m.divisions.some((d) => places.ancestry(d).some((code) => chain.includes(code))),
    );
  return outside ? null : parent;
}

/**
 * Whether a headline names the county by its short name right after the short or full name of a division holding
 * it (广东开平部署…, 江苏昆山出台…, 长沙浏阳开展…; 广东省开平市召开… in a first sentence): headlines drop the endings,
 * and the chain says which county.
 */
function headlineNames(title: string, county: Division, places: PlaceIndex, regions: RegionIndex): boolean {
  const short = regions.shortName(county.name);
  if (short.length < 2 || short === county.name) return false;
  return places
    .ancestry(county)
    .slice(1)
    .map((code) => places.division(code))
    .some((outer) => outer !== null && [outer.name, regions.shortName(outer.name)].some((name) => title.includes(name + short)));
}

/** Whether the title or the first sentence names the county's own body right after its name (彭州市市场监管局). */
function leadNamesIssuer(name: string, title: string | null, text: string, issuer: RegExp): boolean {
  const head = lead(title, text);
  for (let at = head.indexOf(name); at >= 0; at = head.indexOf(name, at + 1)) {
    if (issuer.exec(head.slice(at + name.length))?.index === 0) return true;
  }
  return false;
}

/** The title and the text up to its first sentence's end. */
export function lead(title: string | null, text: string): string {
  const opening = text.slice(0, OPENING);
  const stop = opening.search(/[。！？]/);
  return `${title ?? ''}\n${stop < 0 ? opening : opening.slice(0, stop)}`;
}

/** Counties named by full name, most named first (the title and opening counting extra). */
function countiesNamed(
  head: string,
  text: string,
  places: PlaceIndex,
  issuer: RegExp,
): { division: Division; name: string; score: number }[] {
  const score = new Map<string, { division: Division; name: string; score: number }>();
  const add = (part: string, weight: number) => {
    const mentions = places.find(part, 0, part.length, () => true);
    for (const [i, mention] of mentions.entries()) {
      const word = part.slice(mention.start, mention.end);
      const bodyAfter = issuer.test(part.slice(mention.end, mention.end + 12));
      // A county's short name written right after its province's or prefecture's and right before its body
      // (吉林辉南质监局, 浙江安吉县局, 湖北襄阳襄州区市场监管局) names that county's body (REGION-PROV-PREFIX).
      const held = bodyAfter ? heldBy(mention, mentions[i - 1], places) : null;
      const division = held ?? (mention.divisions.length === 1 ? mention.divisions[0] : undefined);
      if (mention.kind !== 'division' || !division || division.level !== 'county') continue;
      if (!held && !/[县市区旗]$/.test(word)) continue;
      // A short district name (城区, 新建区) may be ordinary words: it counts where a body it names follows (顺德区质监局).
      if (mention.needsPlaceTag && !bodyAfter) continue;
      // A two-character name (义县, 萧县) may end a longer one (嘉义县): it counts after no other name's characters.
      if (!held && word.length === 2 && mention.start > 0 && !SHORT_NAME_BEFORE.test(part[mention.start - 1]!)) continue;
      const entry = score.get(division.code) ?? { division, name: word, score: 0 };
      entry.score += weight;
      score.set(division.code, entry);
    }
  };
  add(head, HEAD_WEIGHT);
  add(text, 1);
  return [...score.values()].sort((a, b) => b.score - a.score);
}

/** The county a mention names when the mention before it, written right against it, names a division holding it. */
function heldBy(mention: PlaceMention, before: PlaceMention | undefined, places: PlaceIndex): Division | null {
  if (!before || before.end !== mention.start || before.kind !== 'division' || mention.kind !== 'division') return null;
  const held = mention.divisions.filter(
    (d) => d.level === 'county' && before.divisions.some((outer) => outer.code !== d.code && places.ancestry(d).includes(outer.code)),
  );
  return held.length === 1 ? held[0]! : null;
}

/**
 * How often a text names a division by its full or its short name, each mention once: the short name is in the
 * full one (简阳 in 简阳市), so its count is the answer, unless it is a single character or the full name itself.
 */
function timesNamed(text: string, division: Division, regions: RegionIndex): number {
  const short = regions.shortName(division.name);
  return short.length >= 2 ? countOf(text, short) : countOf(text, division.name);
}

/** Whether a text names a division by its full or short name. */
function namedIn(text: string, division: Division | null, regions: RegionIndex): boolean {
  return division !== null && (text.includes(division.name) || countOf(text, regions.shortName(division.name)) > 0);
}

function countOf(text: string, word: string): number {
  if (word.length < 2) return 0;
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
}
