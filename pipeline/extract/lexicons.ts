/**
 * The extractor's lexicons (dictionaries/lexicons/*), parsed and compiled once per Dictionaries.
 */
import type { Dictionaries } from '../../core/dictionaries';
import type { Bound } from '../../core/document';
import type { ChangeWords } from './change-word';
import type { CountedWordRule } from './counted-word';
import { compileRatios, type RatioFile, type RatioLexicon } from './ratios';
import { CHANGE_VERBS_FILE, escapeRegex, type UnitClass } from './rules';

export const LEXICON_FILES = {
  units: 'lexicons/units.json',
  bounds: 'lexicons/bounds.json',
  status: 'lexicons/status-cues.json',
  trims: 'lexicons/metric-trim.json',
  titles: 'lexicons/titles.json',
  brands: 'lexicons/brand-schemes.json',
  brandTables: 'lexicons/brand-tables.json',
  standardCodes: 'lexicons/standard-codes.json',
  regions: 'lexicons/regions.tsv',
  subjects: 'lexicons/subject-heads.txt',
  countedWords: 'lexicons/counted-words.json',
  changeWords: 'lexicons/change-words.json',
  ratios: 'lexicons/ratios.json',
} as const;

export interface UnitEntry {
  surface: string;
  unitClass: UnitClass;
  /** Contract unit (`%`, `pp`, `元`, the classifier). */
  unit: string;
  /** Percent units: value × factor is the percent; money in tenths or hundredths of a yuan (`5毛钱`): value × factor is 元. */
  factor: number;
  /** Percent units: largest numeral the unit takes (`成` ≤ 10), or the only one (`半` after 一). */
  max?: number;
  only?: number;
  /** Speech's tenths of a yuan written bare (`8毛`): money only where a price word comes before (`colloquialMoney`). */
  guarded?: boolean;
}

/** How per-unit quantities name their unit of reference (lexicons/units.json `perUnit`). */
export interface PerUnitReferences {
  afterSlash: string[];
  afterMei: string[];
  moneyPer: string[];
  maxGap: number;
  /** Words naming a rate per time (`时速` → 小时): 每 and the reference in one. */
  rateWords: Record<string, string>;
  /** References per time (`小时`): bound only close by, passed on only when linked. */
  perTime: string[];
  /** Units met only inside a compound reference (`W/(m2·K)`, `kWh/cycle/kg`), longest first. */
  compoundFactors: string[];
  /** A count per so many people (`每万人口发明专利拥有量28件` → 件/万人). */
  population: PopulationReference<RegExp>;
}

/**
 * A count per so many people: `pattern` matches, in the clause before the figure, a 每 or the clause's opening
 * followed by a base (`万`, `千`) and 人口/人; `bases` maps the base to the unit of reference (`万` → 万人); at most
 * `maxGap` characters without a figure lie between it and the number.
 */
export interface PopulationReference<Pattern> {
  pattern: Pattern;
  bases: Record<string, string>;
  maxGap: number;
}

export interface UnitLexicon {
  /** Units by first character, longest surface first. */
  byFirstChar: Map<string, UnitEntry[]>;
  /**
   * Unit → word the text before must contain for the unit to count; only a typing rule naming the unit types
   * it. Rule-only units (durations: `小时`, `年`) map to '' (no word, but still only their own rules).
   */
  conditional: Map<string, string>;
  /** Classifiers that name what they count (`县市`): the metric includes them. */
  selfNaming: ReadonlySet<string>;
  /** The word a self-naming classifier puts in the metric when it is not the classifier itself (`两市` → 城市). */
  selfNamingWords: ReadonlyMap<string, string>;
  multipliers: Map<string, number>;
  /** Units of reference of per-unit quantities: after a slash (`/公斤`), after 每 (`每毫升`), longest first. */
  perUnit: PerUnitReferences;
  /** Nouns the segmenter glues to a classifier before them (`类产品`): the classifier still counts. */
  gluedHeads: string[];
  /** Units implied by the noun naming a figure in 万/亿 written without one. */
  implied: ImpliedUnits;
  /** How the metric of a price (money per a unit of goods) names it. */
  price: PriceNaming;
  /** How the metric of a per-unit measure (not money) names what it measures. */
  measured: MeasuredNaming;
  /** The word a figure's metric takes when it names none of its dimension's words (`130摄氏度高温杀菌` → …温度). */
  dimensions: DimensionNaming[];
  /** `翻两番`: a count of doublings (`surface`) after the verb (`before`, a regex on the text before the numeral), a multiple `unit`. */
  doubling: { surface: string; before: RegExp; unit: string };
  /** Temperature units and the cues before the figure that put it below zero (`零下18℃`, `-20℃`). */
  belowZero: { units: string[]; cues: string[] };
  /** Speech's yuan written as a count unit (`四千多块`): see `colloquialMoney` in lexicons/units.json. */
  colloquialMoney: { units: Record<string, string>; before: RegExp; after: RegExp };
  /** Currency signs before the figure (`HK$3.8`) → money unit, longest first: see `prefixSigns` in lexicons/units.json. */
  prefixSigns: [string, string][];
}

export interface BoundLexicon {
  /** Prefix cues, longest first. */
  prefix: [string, Bound][];
  between: Map<string, Bound>;
  suffix: [string, Bound][];
  /** Words before a lone place unit that make it a number (`上万家`): one character each. */
  bareUnitPrefix: Map<string, Bound>;
  /** Word → the prefix cue it ends in without being it (`节约` → `约`, `分别超过` → `别超过`): that cue is ignored there. */
  notCues: [string, string][];
  /** Cues that bound a figure a few words later in its clause (`约占世界市场2%`), longest first, and the widest gap. */
  reachBack: { cues: [string, Bound][]; maxGap: number };
  /** Currencies named between a prefix cue and the number (`超过新台币千万元`, `约人民币2万元`): see bounds.json. */
  currencyBetween: string[];
  /** Prefix cues that say a stock passed a mark (`突破`): the figure they open is a level, not a list's next item. */
  levelCues: string[];
}

export interface StatusLexicon {
  before: RegExp;
  /** Cues that govern only figures of their own clause (`实现检定率95%以上`, not `实现较快增长，…增长9.7%`). */
  clauseBefore: RegExp;
  after: RegExp;
  actualBefore: RegExp;
  from: RegExp;
  /** The base a change is compared with (比上年, 较去年同期): it dates no figure, so it reports nothing done. */
  comparisonBase: RegExp;
  /** A count of years back to the report year (五年来, 近三年来, 过去两年): under a plan heading it reports work done. */
  yearsBack: RegExp;
}

export interface TrimLexicon {
  /** Verbs that govern a list of examples `A、B等` and the figure after it (`销毁…等食品300箱`): metric-trim.json `listVerbs`. */
  listVerbs: ReadonlySet<string>;
  leading: RegExp;
  trailing: RegExp;
  /** Head nouns the items of a list share (`原煤、原油、天然气产量`), anchored at the end. */
  sharedEndings: RegExp;
  /** A word naming two things at once (`内外资` = 内资 and 外资), by the two it names, longest first. */
  pairedWords: readonly (readonly [string, readonly [string, string]])[];
  /** A metric that is only a rate-of-change noun (`增幅`, `年均增速`), anchored at both ends. */
  rateNouns: RegExp;
  /** Measures a label before a colon names for the items listed after it (`招生人数将为：高等学校…`), unanchored, global. */
  listHeads: RegExp;
  /** A change's metric that names only the plan or quota it exceeds (`超过年度计划`), anchored at both ends. */
  planBases: RegExp;
  /** A metric that is only the total of something named before (`总额`, `总量`), anchored at both ends. */
  totalNouns: RegExp;
  /** How a phrase naming a measure ends whatever its words' tags (`强检率`, `整改率`), anchored at the end. */
  measureEndings: RegExp;
  /** Topic clauses naming the measure (`在细菌总数上`) or the counted noun (`对于投诉举报`) of the clause after them. */
  topicFrames: { measure: readonly RegExp[]; measureEndings: RegExp; counted: readonly RegExp[] };
  /** Kinds counted right before a figure of their products (`抽查了20种2209家企业…`): classifier → metric word. */
  stackedKinds: { words: ReadonlyMap<string, string>; next: RegExp };
  /** Objects a verb and a classifier imply when the verb ends the words before a count (`查处了156起` → 案件). */
  elidedObjects: readonly { unit: string; verb: RegExp; noun: string }[];
  /** Where a count leaves out its counted noun (`涉及食品的有23起`): the words before it, and a frame clause's end. */
  elidedCounted: { relative: RegExp; existential: RegExp; subset: RegExp; frame: RegExp; people: readonly string[] };
  /** How a share said only as 占 + the whole begins (`占全省的`), anchored at the start. */
  shareOpening: RegExp;
  /** A share said by 占 alone, the whole left out (`，占51.3%`): its clause's words before the figure, anchored at both ends. */
  bareShare: RegExp;
  /** The word such a share's metric takes after what the figure before it counts (`生产企业` → `生产企业占比`). */
  bareShareWord: string;
  /** A metric naming only what the figure is divided by (`平均每人`, `一个店一年`), anchored at both ends. */
  divisorOnly: RegExp;
  /**
   * Money a verb gives with no object of its own (`拟安排`, `中央财政投入`), anchored at the end, and the purpose
   * clause that names what it is for (`，用于…`), anchored at the start; a clause opening that makes it a part of
   * the sum before it (`其中`), anchored at the start.
   */
  moneyPurpose: { giving: RegExp; purpose: RegExp; part: RegExp };
  /** The words of a list item that only grade what the list counts (`国家级`, `千亿级`), anchored at both ends. */
  listGrade: RegExp;
  /** The same grade at the start of a list's last item (`省级区域医疗中心`). */
  listGradeOpening: RegExp;
  /** Time adverbs opening a new clause right after a figure (`30万人原先…`), anchored at the start. */
  newClauseAfter: RegExp;
  /** One value stated of several measures (`A率和B率均为100%`): the words before the figure, the list marks, each item's ending. */
  sharedValue: { all: RegExp; each: RegExp; separator: RegExp; qualifier: RegExp; itemEnding: RegExp };
  /** The two ends of a range, one metric (`货值8万元至15万元的案件`), and the later bands of a graded list (range-metric.ts). */
  rangeEnds: RangeEnds;
}

/** metric-trim.json `rangeEnds`, compiled. */
export interface RangeEnds {
  joiner: RegExp;
  rangeMarks: RegExp;
  lowBounds: readonly string[];
  highBounds: readonly string[];
  bandBetween: RegExp;
}

export interface TitleLexicon {
  notFacts: RegExp[];
  notFactBefore: string[];
  notFactAfter: string[];
  references: ReadonlySet<string>;
  standardSuffixes: string[];
  standardBefore: string[];
  standardAfter: string[];
  /** Words inside a title that make it a standard unless a policy suffix ends it. */
  standardInfixes: string[];
  policySuffixes: string[];
  /**
   * Titles Taiwan and Hong Kong pages write between corner brackets (`依「商品檢驗法」第60條`), which the text step
   * makes “”: the marks as written, the last words that make such a quoted run a document's title, and the endings
   * that are no title though they end so (`「新做法」`, `「高標準」`).
   */
  quotedTitles?: { marks: string[]; suffixes: string[]; notEndings: string[]; minLength: number };
  /** An article cited right after a title (`第57条`): a regular expression's source; a title of no other kind is a law. */
  articleAfter?: string;
  /** Last words of a law that end in a standard's word (`民法通则`): a policy before the standard suffixes are read. */
  policyBeforeStandardSuffixes?: string[];
  policyBefore: string[];
  /** Words before a title citing a document in force as the basis of an action (`按照《…》`): an actual policy. */
  basisBefore: string[];
  policyAfter: string[];
  /** Marks of a draft or trial ending a title, read past like a parenthetical (`…纲要草案` → `…纲要`). */
  draftMarks: string[];
  /** Issuers that, right before 关于 in a title, make it an official document (`国务院关于…的决定`, `…省委关于…的建议`). */
  policyIssuers: string[];
  /** Last words of a 关于-title that make it an official document (`关于制定…规划的建议`, `关于…的提案`). */
  aboutSuffixes: string[];
  /** A national body written right before a title (`国务院办公厅印发`): a regular expression's source. */
  nationalIssuers: string;
  /** Last words of a policy's or a standard's title that make it the nation's rule where it names no place (REGION-NATIONAL-RULE). */
  nationalRuleEndings?: { policy: string[]; standard: string[] };
  metricWords: Record<string, string>;
}

export interface BrandLexicon {
  schemes: string[];
  /** Macros of the brand rules: word lists (`{SCHEME}`) and regex fragments (`{ITEM}`, `{LIST}`). */
  macros: { lists: Record<string, readonly string[]>; fragments: Record<string, string> };
  /** Endings of list items that name a company or a place, never a brand (`有限公司`, `省`). */
  notBrandEndings: string[];
  /** Any scheme or brand cue: a quick test before the brand rules run. */
  anyScheme: RegExp;
  leadingVerbs: string[];
}

/** lexicons/brand-tables.json, as loaded. */
export interface BrandTableLexicon {
  brandHeaders: string[];
  productHeaders: string[];
  serialHeaders: string[];
  otherHeaders: string[];
  makerHeaders: string[];
  emptyCells: string[];
  markSuffixes: string[];
  /** Patterns of lists printed one brand a line (brand-lines.ts). */
  lineListTitle: string;
  lineFirmEnding: string;
  lineGroupHeading: string;
  /** An item line of a firm's full name and its brand in brackets (groups `firm`, `name`), and what such a bracket holds when it names no brand. */
  lineFirmBrand: string;
  lineFirmBrandNotNames: string[];
}

export interface Lexicons {
  units: UnitLexicon;
  bounds: BoundLexicon;
  status: StatusLexicon;
  trims: TrimLexicon;
  titles: TitleLexicon;
  brands: BrandLexicon;
  /** The grammar of standard codes: named regex fragments of the standard-code rules (`{DASH}`, `{CN_BODY}`). */
  standardCodes: { fragments: Record<string, string> };
  /** Column headers of brand tables (brand-tables.ts). */
  brandTables: BrandTableLexicon;
  /** Region surface → region as facts name it (`null`: the word is no region). */
  regions: Map<string, string | null>;
  /** Endings of place words that name a kind of area, not a region (`新区`, `周边地区`). */
  notRegionEndings: string[];
  /** Head words of subjects, longest first. */
  subjectHeads: string[];
  /** The noun a count's metric lacks when its classifier stands for what was counted (counted-word.ts). */
  countedWords: readonly CountedWordRule[];
  /** The word of change a change's metric says (change-word.ts). */
  changeWords: ChangeWords;
  /** Ratio notation (`三次产业结构为8.1∶40.3∶51.6`, `收入比2.4∶1`): lexicons/ratios.json. */
  ratios: RatioLexicon;
}

interface UnitsFile {
  percent: Record<string, { factor: number; max?: number; only?: number }>;
  pp: string[];
  money: Record<string, string>;
  measure: Record<string, string>;
  times: string[];
  classifiers: string[];
  aliases: Record<string, string>;
  conditional: Record<string, string>;
  ruleOnly: string[];
  selfNaming: string[];
  selfNamingWords: Record<string, string>;
  multipliers: Record<string, number>;
  perUnit: Omit<PerUnitReferences, 'population'> & { population: PopulationReference<string> };
  gluedHeads: string[];
  implied: Omit<ImpliedUnits, 'ratioMultiple'> & { ratioMultiple: { before: string; after: string; unit: string } };
  price: PriceNaming;
  measured: MeasuredNaming;
  dimensions: DimensionNaming[];
  doubling: { surface: string; before: string; unit: string };
  belowZero: { units: string[]; cues: string[] };
  colloquialMoney: {
    units: Record<string, string>;
    before: string;
    after: string;
    cents: Record<string, number>;
    guardedCents: Record<string, number>;
  };
  prefixSigns: { signs: Record<string, string> };
}

/** What a per-unit measure (not money) measures: see `measured` in lexicons/units.json. */
export interface MeasuredNaming {
  /** Nouns naming a measured substance or property, longest first. */
  heads: string[];
  /** Heads that name a limit: the base a multiple is compared with (`是标准限量的5倍`), not what it measures. */
  limits: string[];
  /** How many sentences back a figure in the same unit may lend its head. */
  lookback: number;
}

/** How the metric of a price (money per a unit of goods) names it: see `price` in lexicons/units.json. */
export interface PriceNaming {
  goods: string[];
  named: string[];
  sale: string[];
  word: string;
  saleWord: string;
}

/** How the metric of a figure in a unit of one dimension names it: see `dimensions` in lexicons/units.json. */
export interface DimensionNaming {
  units: string[];
  named: string[];
  word: string;
}

/** Units implied by the noun naming a figure written without one (pipeline/extract/implied-units.ts). */
export interface ImpliedUnits {
  moneyUnit: string;
  moneyBefore: string[];
  /** Money nouns right after the figure (`80万设计基金`): the last word of a short noun phrase. */
  moneyAfter: string[];
  peopleUnit: string;
  peopleAfter: string[];
  peopleBefore: string[];
  /** Households counted by the noun right after the figure (`近千万家庭`, `一亿多农户`) and the unit they take. */
  householdUnit: string;
  householdAfter: string[];
  /** A rate said to be zero without a sign (`合格率为零`): the words right before it (a regular expression) and its unit. */
  zeroRate: { before: string; unit: string };
  /**
   * A ratio of incomes written as a bare figure (`城乡居民收入比降至2.2`): the words right before it and right after it
   * (regular expressions, compiled once when the lexicons load) and the unit it takes (倍).
   */
  ratioMultiple: { before: RegExp; after: RegExp; unit: string };
}

function compileUnits(file: UnitsFile): UnitLexicon {
  const entries: UnitEntry[] = [];
  for (const [surface, p] of Object.entries(file.percent))
    entries.push({ surface, unitClass: 'percent', unit: '%', factor: p.factor, max: p.max, only: p.only });
  for (const surface of file.pp) entries.push({ surface, unitClass: 'pp', unit: 'pp', factor: 1 });
  for (const [surface, unit] of Object.entries(file.money)) entries.push({ surface, unitClass: 'money', unit, factor: 1 });
  for (const [surface, unit] of Object.entries(file.measure)) entries.push({ surface, unitClass: 'measure', unit, factor: 1 });
  for (const surface of file.times) entries.push({ surface, unitClass: 'times', unit: surface, factor: 1 });
  for (const surface of file.classifiers) entries.push({ surface, unitClass: 'count', unit: surface, factor: 1 });
  for (const [surface, unit] of Object.entries(file.aliases)) entries.push({ surface, unitClass: 'count', unit, factor: 1 });
  const { cents, guardedCents } = file.colloquialMoney;
  for (const [surface, factor] of Object.entries(cents)) entries.push({ surface, unitClass: 'money', unit: '元', factor });
  for (const [surface, factor] of Object.entries(guardedCents))
    entries.push({ surface, unitClass: 'money', unit: '元', factor, guarded: true });
  const byFirstChar = new Map<string, UnitEntry[]>();
  for (const entry of entries) {
    const first = entry.surface[0]!;
    const list = byFirstChar.get(first) ?? [];
    list.push(entry);
    byFirstChar.set(first, list);
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  return {
    byFirstChar,
    conditional: new Map([...Object.entries(file.conditional), ...file.ruleOnly.map((unit): [string, string] => [unit, ''])]),
    selfNaming: new Set(file.selfNaming),
    selfNamingWords: new Map(Object.entries(file.selfNamingWords)),
    multipliers: new Map(Object.entries(file.multipliers)),
    perUnit: {
      afterSlash: [...file.perUnit.afterSlash].sort((a, b) => b.length - a.length),
      afterMei: [...file.perUnit.afterMei].sort((a, b) => b.length - a.length),
      moneyPer: [...file.perUnit.moneyPer].sort((a, b) => b.length - a.length),
      maxGap: file.perUnit.maxGap,
      rateWords: file.perUnit.rateWords,
      perTime: file.perUnit.perTime,
      compoundFactors: [...file.perUnit.compoundFactors].sort((a, b) => b.length - a.length),
      population: { ...file.perUnit.population, pattern: new RegExp(file.perUnit.population.pattern, 'gu') },
    },
    gluedHeads: [...file.gluedHeads].sort((a, b) => b.length - a.length),
    implied: {
      ...file.implied,
      ratioMultiple: {
        ...file.implied.ratioMultiple,
        before: new RegExp(file.implied.ratioMultiple.before),
        after: new RegExp(file.implied.ratioMultiple.after),
      },
    },
    price: file.price,
    measured: { ...file.measured, heads: [...file.measured.heads].sort((a, b) => b.length - a.length) },
    dimensions: file.dimensions,
    doubling: { ...file.doubling, before: new RegExp(file.doubling.before) },
    belowZero: { units: file.belowZero.units, cues: [...file.belowZero.cues].sort((a, b) => b.length - a.length) },
    colloquialMoney: {
      units: file.colloquialMoney.units,
      before: new RegExp(file.colloquialMoney.before),
      after: new RegExp(file.colloquialMoney.after),
    },
    prefixSigns: longestFirst(file.prefixSigns.signs),
  };
}

function longestFirst<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort((a, b) => b[0].length - a[0].length);
}

/** One regex alternation, longest alternatives first, anchored by `wrap`. */
function alternation(items: readonly string[], wrap: (alt: string) => string, literal: boolean): RegExp {
  const sorted = [...items].sort((a, b) => b.length - a.length).map((item) => (literal ? escapeRegex(item) : item));
  return new RegExp(wrap(sorted.join('|')));
}

function parseRegions(text: string): { regions: Map<string, string | null>; notRegionEndings: string[] } {
  const regions = new Map<string, string | null>();
  const notRegionEndings: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [surface, name] = line.replace(/\r$/, '').split('\t');
    if (!surface || !name) continue;
    if (name !== '-') regions.set(surface, name);
    else if (surface.startsWith('*')) notRegionEndings.push(surface.slice(1));
    else regions.set(surface, null);
  }
  return { regions, notRegionEndings };
}

export function loadLexicons(dictionaries: Dictionaries): Lexicons {
  return dictionaries.parseOnce(
    LEXICON_FILES.units,
    () => {
      const bounds = dictionaries.json<{
        prefix: Record<string, Bound>;
        between: Record<string, Bound>;
        suffix: Record<string, Bound>;
        bareUnitPrefix: Record<string, Bound>;
        notCues: Record<string, string>;
        reachBack: { cues: Record<string, Bound>; maxGap: number };
        currencyBetween: string[];
        levelCues: string[];
      }>(LEXICON_FILES.bounds);
      const status = dictionaries.json<{
        before: string[];
        clauseBefore: string[];
        after: string[];
        actualBefore: string[];
        from: string;
        comparisonBase: string;
        yearsBack: string;
      }>(LEXICON_FILES.status);
      const trims = dictionaries.json<{
        leading: string[];
        trailing: string[];
        sharedEndings: string[];
        pairedWords: Record<string, [string, string]>;
        rateNouns: string[];
        planBases: string[];
        listHeads: string[];
        measureEndings: string[];
        totalNouns: string[];
        topicFrames: { measure: string[]; measureEndings: string[]; counted: string[] };
        elidedObjects: { rules: { id: string; unit: string; verb: string; noun: string }[] };
        stackedKinds: { words: Record<string, string>; next: string };
        listGrade: string[];
        elidedCounted: { relative: string[]; existential: string[]; subset: string[]; frame: string[]; people: string[] };
        shareOf: { opening: string[]; bare: string; bareWord: string };
        newClauseAfter: { openers: string[] };
        sharedValue: { all: string; each: string; separator: string; qualifier: string; itemEndings: string[] };
        divisorOnly: { patterns: string[] };
        moneyPurpose: { giving: string[]; purpose: string[]; part: string[] };
        listVerbs: { verbs: string[] };
        rangeEnds: { joiner: string; rangeMarks: string; lowBounds: string[]; highBounds: string[]; bands: { between: string } };
      }>(LEXICON_FILES.trims);
      const titles = dictionaries.json<Omit<TitleLexicon, 'notFacts' | 'references'> & { notFacts: string[]; references: string[] }>(
        LEXICON_FILES.titles,
      );
      const brands = dictionaries.json<{
        schemes: string[];
        leadingVerbs: string[];
        lists: Record<string, string[]>;
        fragments: Record<string, string>;
        notBrandEndings: string[];
        cues: string[];
      }>(LEXICON_FILES.brands);
      return {
        units: compileUnits(dictionaries.json<UnitsFile>(LEXICON_FILES.units)),
        bounds: {
          prefix: longestFirst(bounds.prefix),
          between: new Map(Object.entries(bounds.between)),
          suffix: longestFirst(bounds.suffix),
          bareUnitPrefix: new Map(Object.entries(bounds.bareUnitPrefix)),
          notCues: Object.entries(bounds.notCues),
          reachBack: { cues: longestFirst(bounds.reachBack.cues), maxGap: bounds.reachBack.maxGap },
          currencyBetween: [...bounds.currencyBetween].sort((a, b) => b.length - a.length),
          levelCues: bounds.levelCues,
        },
        status: {
          before: alternation(status.before, (alt) => `(?:${alt})`, false),
          clauseBefore: alternation(status.clauseBefore, (alt) => `(?:${alt})`, false),
          after: alternation(status.after, (alt) => `(?:${alt})`, false),
          actualBefore: alternation(status.actualBefore, (alt) => `(?:${alt})`, false),
          from: new RegExp(status.from),
          comparisonBase: new RegExp(status.comparisonBase, 'g'),
          yearsBack: new RegExp(status.yearsBack),
        },
        trims: {
          leading: alternation(trims.leading, (alt) => `^(?:${alt})`, false),
          trailing: alternation(trims.trailing, (alt) => `(?:${alt})$`, false),
          sharedEndings: alternation(trims.sharedEndings, (alt) => `(?:${alt})$`, false),
          pairedWords: Object.entries(trims.pairedWords).sort(([a], [b]) => b.length - a.length),
          rateNouns: alternation(trims.rateNouns, (alt) => `^(?:${alt})$`, false),
          planBases: alternation(trims.planBases, (alt) => `^(?:${alt})$`, false),
          listHeads: new RegExp(alternation(trims.listHeads, (alt) => `(?:${alt})`, false).source, 'g'),
          measureEndings: alternation(trims.measureEndings, (alt) => `(?:${alt})$`, false),
          totalNouns: alternation(trims.totalNouns, (alt) => `^(?:${alt})$`, false),
          topicFrames: {
            // One expression each: every pattern names its own `topic` group.
            measure: trims.topicFrames.measure.map((pattern) => new RegExp(`^(?:${pattern})$`)),
            measureEndings: alternation(trims.topicFrames.measureEndings, (alt) => `(?:${alt})$`, false),
            counted: trims.topicFrames.counted.map((pattern) => new RegExp(`^(?:${pattern})$`)),
          },
          stackedKinds: { words: new Map(Object.entries(trims.stackedKinds.words)), next: new RegExp(trims.stackedKinds.next) },
          listVerbs: new Set(trims.listVerbs.verbs),
          elidedObjects: trims.elidedObjects.rules.map((rule) => ({
            unit: rule.unit,
            verb: new RegExp(`(?:${rule.verb})$`),
            noun: rule.noun,
          })),
          listGrade: alternation(trims.listGrade, (alt) => `^(?:${alt})$`, false),
          listGradeOpening: alternation(trims.listGrade, (alt) => `^(?:${alt})`, false),
          elidedCounted: {
            relative: alternation(trims.elidedCounted.relative, (alt) => `(?:${alt})\\s*$`, false),
            existential: alternation(trims.elidedCounted.existential, (alt) => `(?:${alt})\\s*$`, false),
            subset: alternation(trims.elidedCounted.subset, (alt) => `(?:${alt})\\s*$`, false),
            frame: alternation(trims.elidedCounted.frame, (alt) => `(?:${alt})$`, false),
            people: trims.elidedCounted.people,
          },
          shareOpening: alternation(trims.shareOf.opening, (alt) => `^(?:${alt})`, false),
          bareShare: alternation(trims.shareOf.opening, (alt) => `^(?:${alt})(?:${trims.shareOf.bare})$`, false),
          bareShareWord: trims.shareOf.bareWord,
          newClauseAfter: alternation(trims.newClauseAfter.openers, (alt) => `^(?:${alt})`, false),
          sharedValue: {
            all: new RegExp(trims.sharedValue.all),
            each: new RegExp(trims.sharedValue.each),
            qualifier: new RegExp(trims.sharedValue.qualifier),
            separator: new RegExp(trims.sharedValue.separator),
            itemEnding: alternation(trims.sharedValue.itemEndings, (alt) => `(?:${alt})$`, false),
          },
          divisorOnly: alternation(trims.divisorOnly.patterns, (alt) => `^(?:${alt})$`, false),
          moneyPurpose: {
            giving: alternation(trims.moneyPurpose.giving, (alt) => `(?:${alt})$`, false),
            purpose: alternation(trims.moneyPurpose.purpose, (alt) => `^(?:${alt})`, false),
            part: alternation(trims.moneyPurpose.part, (alt) => `^(?:${alt})`, false),
          },
          rangeEnds: {
            joiner: new RegExp(trims.rangeEnds.joiner),
            rangeMarks: new RegExp(trims.rangeEnds.rangeMarks),
            lowBounds: trims.rangeEnds.lowBounds,
            highBounds: trims.rangeEnds.highBounds,
            bandBetween: new RegExp(trims.rangeEnds.bands.between),
          },
        },
        titles: {
          ...titles,
          notFacts: titles.notFacts.map((pattern) => new RegExp(pattern)),
          references: new Set(titles.references),
          standardSuffixes: [...titles.standardSuffixes].sort((a, b) => b.length - a.length),
          policySuffixes: [...titles.policySuffixes].sort((a, b) => b.length - a.length),
        },
        brands: {
          schemes: [...brands.schemes].sort((a, b) => b.length - a.length),
          anyScheme: alternation([...brands.schemes, ...brands.cues], (alt) => alt, true),
          macros: { lists: { SCHEME: brands.schemes, ...brands.lists }, fragments: brands.fragments },
          notBrandEndings: brands.notBrandEndings,
          leadingVerbs: [...brands.leadingVerbs].sort((a, b) => b.length - a.length),
        },
        brandTables: dictionaries.json<BrandTableLexicon>(LEXICON_FILES.brandTables),
        standardCodes: { fragments: dictionaries.json<{ fragments: Record<string, string> }>(LEXICON_FILES.standardCodes).fragments },
        ...parseRegions(dictionaries.text(LEXICON_FILES.regions)),
        subjectHeads: dictionaries
          .lines(LEXICON_FILES.subjects)
          .map((line) => line.trim())
          .sort((a, b) => b.length - a.length),
        countedWords: dictionaries.json<{ rules: CountedWordRule[] }>(LEXICON_FILES.countedWords).rules,
        changeWords: compileChangeWords(dictionaries),
        ratios: compileRatios(dictionaries.json<RatioFile>(LEXICON_FILES.ratios)),
      };
    },
    'lexicons',
  );
}

/** Lists of change-verbs.json whose verbs state a change of the figure after them (SAVE verbs name a saving, not a change). */
const CHANGE_VERB_LISTS = ['RISE', 'FALL', 'MARKET_RISE', 'MARKET_FALL', 'IMPROVE'] as const;

function compileChangeWords(dictionaries: Dictionaries): ChangeWords {
  const words = dictionaries.json<{ named: string[]; qualifiers: string[]; after: string[]; notVerbs: string[] }>(
    LEXICON_FILES.changeWords,
  );
  const lists = dictionaries.json<Record<string, string[]>>(CHANGE_VERBS_FILE);
  const verbs = [...new Set(CHANGE_VERB_LISTS.flatMap((list) => lists[list] ?? []))];
  const verb = alternation(verbs, (alt) => `(?:${alt})`, true).source;
  const qualifier = alternation(words.qualifiers, (alt) => `(?:${alt})`, true).source;
  const after = alternation(words.after, (alt) => `(?:${alt})`, false).source;
  return {
    named: alternation([...verbs.map(escapeRegex), ...words.named.map(escapeRegex)], (alt) => `(?:${alt})`, false),
    beforeFigure: new RegExp(`(${qualifier}?${verb})${after}*$`),
    notVerbs: new RegExp(alternation(words.notVerbs, (alt) => `(?:${alt})`, true).source, 'g'),
    qualifiers: [...words.qualifiers].sort((a, b) => b.length - a.length),
  };
}
