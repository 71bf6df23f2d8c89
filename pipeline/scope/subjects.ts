import type { Dictionaries } from '../../core/dictionaries';
import type { Token } from '../../core/document';
import { adjectiveStart } from './subject-adjective';
import { compileGrades, gradedStart, type GradeRules, type GradesFile } from './subject-grade';
import {
  headIndex,
  headOf,
  isModifier,
  isQuoteMark,
  isSubjectWord,
  namesCountedThing,
  quotedNameEnd,
  quotedNameStart,
  subjectText,
} from './subject-words';

/**
 * The subject of a figure (contract v1.1): the product, product class, industry, company or group its
 * phrase names, as the run of noun words ending in a subject head (dictionaries/context/subjects.json).
 */

export const SUBJECTS_FILE = 'context/subjects.json';

interface SubjectsFile {
  heads: string[];
  samplingVerbs: string[];
  productSectors: string[];
  productStates: string[];
  bareUnits: string[];
  generic: string[];
  dropLeading: string[];
  notSubjects: string[];
  organisationEndings: string[];
  measures: string[];
  verbMeasures: string[];
  tested: string[];
  narrowing: string[];
  thresholds: string;
  grades: GradesFile;
  kindSuffixes: string[];
  continuing: string[];
  bareProducts: string[];
  sectorWords: string[];
  economy: string;
  wholeEconomy: string[];
  dropActions: string[];
  measureActivities: string[];
  governing: string[];
  notCounted: string[];
  offices: string[];
  bodies: string[];
  agents: string[];
  personUnits: string[];
  publics: string[];
  householdUnits: string[];
  sourceClause: string;
  measureEndings: string[];
  predicates: string[];
  placeNouns: string[];
  ranks: string[];
  tradeOpeners: string[];
  tradeMeasures: string[];
  pairedWholes: Record<string, [string, string]>;
  adjectivesNotNarrowing: string[];
  bareWorks: string[];
  countedTailWorks: string[];
  workStages: string[];
  honours: string[];
  honourUnits: string[];
  aggregateMeasures: string[];
  aggregateProducts: Record<string, string>;
  reportVerbs: string[];
  batchUnits: string[];
  resultRateAfterItem: string;
  resultWords: string[];
  listedMeasureEndings: string[];
  projects: string[];
  projectStages: string[];
  chainFrames: string[];
  contributionMeasures: string[];
}

export interface SubjectRules {
  heads: string[];
  generic: ReadonlySet<string>;
  dropLeading: ReadonlySet<string>;
  notSubjects: ReadonlySet<string>;
  organisationEndings: readonly string[];
  /** Measure words, longest first. */
  measures: readonly string[];
  /** Measures the segmenter often tags as verbs (产能/v, 出口/v) that still end a phrase naming what is produced or traded. */
  verbMeasures: ReadonlySet<string>;
  /** What a test measures in a product (甲醛, 菌落, 蛋白质), longest first: never the subject. */
  tested: readonly string[];
  /** Abbreviations the segmenter leaves untagged that narrow a subject (规上工业, 限上企业). */
  narrowing: ReadonlySet<string>;
  /** A grade a subject is at or above (二级以上, 千吨级及以上): it narrows as a narrowing word does (二级以上医院). */
  threshold: RegExp;
  /** Grades glued before a subject that stay in it (93号汽油, Ⅰ类检验机构). */
  grades: GradeRules;
  /** Words glued after a head that name a kind of it (食品类). */
  kindSuffixes: readonly string[];
  /** Words a clause may hold and still go on about what an earlier clause named (合格, 同比, 样品). */
  continuing: ReadonlySet<string>;
  /** A bare product noun (产品): names nothing of its own, so a clause holding it goes on about an earlier clause's product. */
  bareProducts: ReadonlySet<string>;
  /** Sector words that open a statistical measure (工业总产值, 工业增加值): the subject only when nothing before names one. */
  sectorWords: readonly string[];
  /** The word for an economy (经济): a subject only narrowed to a sector (数字经济), never the whole of one (国民经济). */
  economy: string;
  wholeEconomy: readonly string[];
  /** Actions a run may open with before what they act on (检查食品生产单位): dropped unless a kind follows (检验检测机构). */
  dropActions: ReadonlySet<string>;
  /** The activity a measure is of (通车里程, 播种面积): not part of the thing measured. */
  measureActivities: readonly string[];
  /** Verbs that take what follows as their object (加强, 上调, 认定): never inside a subject. */
  governing: ReadonlySet<string>;
  /** What a classifier counts that is an event, an activity or a measure, not a thing (案件, 活动, 人次). */
  notCounted: readonly string[];
  /** A person's office (省长, 总书记): never a subject. */
  offices: readonly string[];
  /** Endings of the name of a body that acts (质量技术监督局, 消费者协会): never a subject, nor what the name opens with. */
  bodies: readonly string[];
  /** The staff who act (执法人员): the subject only of a figure counting them in persons (personUnits). */
  agents: readonly string[];
  personUnits: ReadonlySet<string>;
  /** The public an agency serves (群众, 消费者): the subject only of a figure counting them in persons or households. */
  publics: readonly string[];
  /** Units counting households (户): a public is counted so too (困难群众8万户). */
  householdUnits: ReadonlySet<string>;
  /** A clause that only names who speaks or where the news came from (记者从店员处了解到, 据工作人员介绍). */
  sourceClause: RegExp;
  /** Endings of a measure word (…率, …数, …量): what is measured, not what it is measured on. */
  measureEndings: readonly string[];
  /** Words between a noun phrase and the figure that counts it (建成, 新增, 减少, 改造): the predicate, not the thing. */
  predicates: ReadonlySet<string>;
  /** Places that are no administrative region (景区, 园区, 城市): never a subject, nor the region. */
  placeNouns: readonly string[];
  /** Ranks of an honour (重点, 文明): a scope word glued before one is part of its title (全国重点实验室). */
  ranks: ReadonlySet<string>;
  /** Prepositions that open whom a region trades with (对东盟出口, 从德国进口): never a subject. */
  tradeOpeners: readonly string[];
  /** Trade measures that close the partners (进出口, 出口, 贸易). */
  tradeMeasures: readonly string[];
  /** Verbs of sampling that may stand between a product and the count of its batches (卫生纸抽查20批次), longest first. */
  samplingVerbs: readonly string[];
  /** Sectors whose products are rated as a whole (工业产品, 制造业产品): a bare 产品 glued after one stays in the subject. */
  productSectors: readonly string[];
  /** A bare 产品 or 商品 named only by its state (违法产品, 不合格产品, 制售假冒伪劣商品): no product named. */
  stateOnly: RegExp;
  /** The words a plan counts projects by (项目): named only by a stage, size or rank they leave a paragraph's lead its figure. */
  projects: readonly string[];
  /** Stages, sizes and ranks of a project (建设, 续建, 限额以上, 大中型), longest first: they name no thing built. */
  projectStages: readonly string[];
  /** Adjectives that rate or rank rather than narrow (主要, 重要, 良好): never glued into a subject. */
  adjectivesNotNarrowing: ReadonlySet<string>;
  /** An honour, title or award (名牌, 老字号, 质量奖), with a bare unit after it (名牌产品, 质量奖企业): names no subject. */
  /**
   * A work named bare or only by its stage (设施, 实验室, 建设工程, 续建工程): like a bare 产品, it names no subject (the run
   * that narrowed it was cut by a verb the segmenter tagged, 汽车充电/v 设施, or the sentence names none).
   */
  bareWork: RegExp;
  /** Works and units a head of the lexicon narrows when glued before them (产业集群, 互联网平台, 维保单位): they end what is counted. */
  countedTailWorks: readonly string[];
  honour: RegExp;
  /** Names of economy-wide aggregates that hold a noun of a thing (社会消费品零售总额): never the subject. */
  aggregateMeasures: readonly string[];
  /** Aggregates whose name holds the product class they total (社会消费品零售总额 → 社会消费品), longest first. */
  aggregateProducts: readonly (readonly [string, string])[];
  /** A chain that 全 makes the whole chain of the product before it (人参全产业链产值): the measure is of the product. */
  chainFrames: readonly string[];
  /** Shares a part contributes to a whole's growth (贡献率): in X对Y增长贡献率 the subject is X, never Y. */
  contributionMeasures: readonly string[];
  /** Wholes named by their two parts (城乡 = 城镇 and 农村): 城乡居民收入分别增长a和b gives a to the first, b to the second. */
  pairedWholes: ReadonlyMap<string, readonly [string, string]>;
  /** A word ending in a verb that reports a finding (结果表明): an item of a results list ending so is a clause. */
  reportVerb: RegExp;
  /** Units of a count of batches sampled (批次, 批): an item of a list of results names its product before one. */
  batchUnits: ReadonlySet<string>;
  /** A result rate after the item it is of, with the words between (合格率为), anchored at the end of the words before a figure. */
  resultRateAfterItem: RegExp;
  /** Words that state a test result (合格, 不合格, 不符合): a clause of them and a figure goes on about the thing tested. */
  resultWords: ReadonlySet<string>;
  /** Endings of a measure that an item of a list of measures may be alone (死亡人数, 绿地率, 直接经济损失). */
  listedMeasureEndings: readonly string[];
}

export function loadSubjectRules(dictionaries: Dictionaries): SubjectRules {
  return dictionaries.parseOnce(
    SUBJECTS_FILE,
    (text) => {
      const file = JSON.parse(text) as SubjectsFile;
      return {
        heads: [...file.heads].sort((a, b) => b.length - a.length),
        generic: new Set(file.generic),
        dropLeading: new Set(file.dropLeading),
        notSubjects: new Set(file.notSubjects),
        organisationEndings: file.organisationEndings,
        measures: [...file.measures].sort((a, b) => b.length - a.length),
        verbMeasures: new Set(file.verbMeasures),
        tested: [...file.tested].sort((a, b) => b.length - a.length),
        narrowing: new Set(file.narrowing),
        threshold: new RegExp(file.thresholds),
        grades: compileGrades(file.grades),
        kindSuffixes: file.kindSuffixes,
        continuing: new Set(file.continuing),
        bareProducts: new Set(file.bareProducts),
        sectorWords: file.sectorWords,
        economy: file.economy,
        wholeEconomy: file.wholeEconomy,
        dropActions: new Set(file.dropActions),
        measureActivities: file.measureActivities,
        governing: new Set(file.governing),
        notCounted: file.notCounted,
        offices: file.offices,
        bodies: file.bodies,
        agents: file.agents,
        personUnits: new Set(file.personUnits),
        publics: file.publics,
        householdUnits: new Set(file.householdUnits),
        sourceClause: new RegExp(file.sourceClause, 'u'),
        measureEndings: file.measureEndings,
        predicates: new Set(file.predicates),
        placeNouns: file.placeNouns,
        ranks: new Set(file.ranks),
        tradeOpeners: file.tradeOpeners,
        tradeMeasures: file.tradeMeasures,
        samplingVerbs: [...file.samplingVerbs].sort((a, b) => b.length - a.length),
        productSectors: file.productSectors,
        projects: file.projects,
        projectStages: [...file.projectStages].sort((a, b) => b.length - a.length),
        chainFrames: file.chainFrames,
        contributionMeasures: file.contributionMeasures,
        pairedWholes: new Map(Object.entries(file.pairedWholes)),
        reportVerb: new RegExp(`(?:${file.reportVerbs.join('|')})$`),
        batchUnits: new Set(file.batchUnits),
        resultRateAfterItem: new RegExp(`${file.resultRateAfterItem}$`),
        resultWords: new Set(file.resultWords),
        listedMeasureEndings: file.listedMeasureEndings,
        adjectivesNotNarrowing: new Set(file.adjectivesNotNarrowing),
        countedTailWorks: file.countedTailWorks,
        bareWork: new RegExp(`^(?:${file.workStages.join('|')})*(?:${file.bareWorks.join('|')})$`),
        honour: new RegExp(`(?:${file.honours.join('|')})(?:${file.honourUnits.join('|')})?$`),
        aggregateMeasures: file.aggregateMeasures,
        aggregateProducts: Object.entries(file.aggregateProducts).sort((a, b) => b[0].length - a[0].length),
        stateOnly: new RegExp(`^(?:${file.productStates.join('|')})+(?:${file.bareUnits.join('|')})$`),
      };
    },
    'compiled',
  );
}

/** The words a subject is sought in, the rules it is read by and how a place is told (one per phrase or document). */
interface WordsContext {
  tokens: readonly Token[];
  rules: SubjectRules;
  isPlace: (token: Token) => boolean;
  /**
   * Whether a noun outside the lexicon's heads may end the run (namesCountedThing): the noun phrase a
   * classifier counts (科技攻关项目482个, 16所高校), read only right at a figure, never in a heading or a clause.
   */
  anyNoun?: boolean;
  /**
   * Whether a company's name keeps the place it opens with (沈阳染料厂): not when a document's topic is counted, where
   * the firm's mentions with and without its place must count for one name.
   */
  withoutNamePlaces?: boolean;
}

/** Tags of a modifier inside a counted phrase that is no noun: an adjective, a word the segmenter does not know. */
const NARROWING_TAGS: ReadonlySet<string> = new Set(['a', 'x']);
/** Tags of a word the segmenter reads as a time or a location that narrows a noun after it (潜在/t, 老年/t, 境内/s). */
const SETTING_TAGS: ReadonlySet<string> = new Set(['t', 's']);
/** A time word that dates the figure (今年, 全年, 同期, 年底, 目前, 3月): the period, not part of what is counted. */
const DATING = /^[今去明前后上下本当全近每同年]|^(?:目前|现在|此时)|[月日季期底初末]|[0-9０-９]/;

/**
 * Whether a word glued before a noun of a counted phrase narrows it though it is no noun (国家先进/a 制造业集群,
 * 老旧/x 小区, 潜在/t 独角兽企业, 境内/s 上市公司): an adjective, an unknown word of two characters or more, or a
 * time or location word that dates nothing.
 */
function narrowsCountedNoun(token: Token, rules: SubjectRules): boolean {
  if (!/^[\u4e00-\u9fff]+$/.test(token.word)) return false;
  // A predicate or an action the segmenter tags as an adjective (新建/a, 更新/a) is no modifier.
  if (rules.predicates.has(token.word) || rules.governing.has(token.word) || rules.dropLeading.has(token.word)) return false;
  if (token.tag === 'a') return true;
  if (NARROWING_TAGS.has(token.tag)) return token.word.length > 1;
  return SETTING_TAGS.has(token.tag) && token.word.length > 1 && !DATING.test(token.word);
}

/** Tags of an institution or a person: a verb after one is what it does, not a modifier of a noun. */
const AGENT_TAGS: ReadonlySet<string> = new Set(['nt', 'nr', 'nrt']);

/**
 * Whether the word at `i` continues the run of the word after it: a subject word that is no place; a
 * one-character classifier the segmenter split off a noun (陶瓷/n 片/q 密封水嘴: 陶瓷片), not one after a numeral;
 * a model's suffix (513MPE型); or a modifier it tagged as a verb or adverb between two words of the run (县域/n 快递/v 物流中心).
 */
function inRun(ctx: WordsContext, i: number): boolean {
  const { tokens, rules, isPlace } = ctx;
  const token = tokens[i]!;
  const after = tokens[i + 1];
  if (token.end !== after?.start) return false;
  // A governing verb the segmenter reads as a noun or a set phrase (共出动/l 执法人员) takes the run after it as its object.
  if (isSubjectWord(token, rules)) return !isPlace(token) && !rules.governing.has(token.word);
  if (usedFor(ctx, i) || usedFor(ctx, i + 1)) return true;
  // In a counted phrase an adjective or a word the segmenter does not know, of two characters or more,
  // narrows the noun after it (国家先进/a 制造业集群, 老旧/x 住宅小区).
  if (ctx.anyNoun && narrowsCountedNoun(token, rules) && isSubjectWord(after, rules)) return true;
  // After the verb that acts on it, a verb glued before the counted noun is its modifier (推广/v 节能/v 空调,
  // 组建/v 创新/v 联合体): the action is the first verb, the kind the second.
  if (ctx.anyNoun && modifiesAfterAction(ctx, i)) return true;
  // After a predicate, 有 glued before a counted noun opens a kind of it (新增有进出口实绩企业: firms with trade).
  if (ctx.anyNoun && possessingKind(ctx, i)) return true;
  const before = tokens[i - 1];
  if (before === undefined || before.end !== token.start) return false;
  if (token.tag === 'q') return token.word.length === 1 && before.tag.startsWith('n');
  // A model's suffix after its designation (513MPE/eng 型/k 扶梯, Q460/eng 型/k 钢板).
  if (token.tag === 'k') return token.word.length === 1 && isSubjectWord(before, rules) && !isPlace(before);
  // After a word that names a thing itself (品种/n 作为/v 重点监督品种, 人士/n 喜欢/v 白酒), or an institution
  // or a person that acts (人大常委会/nt 审议/v 地方性法规), the verb takes an object.
  const beforeNamesThing = headOf(before.word, rules) !== null || AGENT_TAGS.has(before.tag);
  return (
    isModifier(token, rules) &&
    isSubjectWord(before, rules) &&
    !isPlace(before) &&
    !beforeNamesThing &&
    (isSubjectWord(after, rules) || isQuoteMark(after))
  );
}

/** Tags of the verb that acts on a counted phrase, and of a verb that narrows the noun after it. */
const ACTION_TAGS: ReadonlySet<string> = new Set(['v']);

/**
 * Whether the word at `i` is a verb of two characters or more glued between a verb that acts on the phrase and
 * a subject word (推广/v 节能/v 空调, 组建/v 创新/v 联合体): it names the kind of thing counted, not what was done.
 */
function modifiesAfterAction(ctx: WordsContext, i: number): boolean {
  const { tokens, rules } = ctx;
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || before.end !== token.start || token.end !== after.start) return false;
  if (!ACTION_TAGS.has(token.tag) || token.word.length < 2 || !isModifier(token, rules)) return false;
  if (rules.predicates.has(token.word)) return false;
  return ACTION_TAGS.has(before.tag) && isSubjectWord(after, rules);
}

/** The verb of having that opens a kind of what is counted (有进出口实绩企业, 有研发机构企业). */
const HAVING = '有';

/** Whether the word at `i` is 有 glued between a predicate (新增, 净增) and a subject word: the kind's opening. */
function possessingKind(ctx: WordsContext, i: number): boolean {
  const { tokens, rules } = ctx;
  const [before, token, after] = [tokens[i - 1], tokens[i]!, tokens[i + 1]];
  if (token.word !== HAVING || !before || !after || before.end !== token.start || token.end !== after.start) return false;
  return (rules.predicates.has(before.word) || /增$/.test(before.word)) && isSubjectWord(after, rules);
}

/** The word that says what a product is for (食品用塑料包装, 医疗与卫生用纺织品, 汽车用轮胎). */
const USED_FOR = '用';
/** Tags of the word a product is for, besides subject words: an adjectival noun (卫生/an 用 纺织品). */
const USED_FOR_TAGS: ReadonlySet<string> = new Set(['an']);

/**
 * Whether the word at `i` is the 用 of a use glued between the thing it is for and a subject word
 * (食品/n 用/p 塑料/n, 卫生/an 用/p 纺织品/n): the use narrows the product and stays in its subject (contract:
 * the shortest form that keeps what narrows it).
 */
function usedFor(ctx: WordsContext, i: number): boolean {
  const { tokens, rules, isPlace } = ctx;
  const use = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (use?.word !== USED_FOR || !before || !after || before.end !== use.start || use.end !== after.start) return false;
  if (isPlace(before) || !(isSubjectWord(before, rules) || USED_FOR_TAGS.has(before.tag))) return false;
  return isSubjectWord(after, rules) && !rules.generic.has(before.word);
}

/**
 * The first word of the run of words before the word at `k`: words of the run (inRun), and a quoted name
 * glued into it (“环保型”电梯, 专精特新“小巨人”企业: the contract's noun phrase, the quote a part of it).
 */
function runStart(ctx: WordsContext, k: number): number {
  const { tokens } = ctx;
  let first = k;
  for (;;) {
    if (first === 0) return first;
    if (inRun(ctx, first - 1)) {
      first--;
      continue;
    }
    const quoteStart = quotedNameStart(tokens, first - 1);
    if (quoteStart < 0) return first;
    first = quoteStart;
  }
}

/**
 * The first word of a head of the lexicon the segmenter split before the word at `first` (可/v 再生能源/l: 可再生能源),
 * so that a measure's thing opens with it (可再生能源装机容量 → 可再生能源), or `first` when none is.
 */
function splitHeadOpening(tokens: readonly Token[], first: number, rules: SubjectRules): number {
  let opening = tokens[first]!.word;
  let start = first;
  for (let j = first - 1; j >= 0 && j >= first - 2 && tokens[j]!.end === tokens[j + 1]!.start; j--) {
    opening = tokens[j]!.word + opening;
    if (headIndex(rules).heads.has(opening)) start = j;
  }
  return start;
}

/**
 * The first word of a run ending at `k` that a longer head of the lexicon spans though the segmenter split
 * it (可/v 再生能源: 可再生能源), or `first` when none does.
 */
function headStart(tokens: readonly Token[], first: number, k: number, rules: SubjectRules): number {
  let text = tokens
    .slice(first, k + 1)
    .map((t) => t.word)
    .join('');
  let start = first;
  for (let j = first - 1; j >= 0 && j >= first - 2 && tokens[j]!.end === tokens[j + 1]!.start; j--) {
    text = tokens[j]!.word + text;
    if (headIndex(rules).heads.has(text)) start = j;
  }
  return start;
}

/** Tags of the words a company's own name may hold though they are no nouns (乐星/x 感应/v 电器有限公司). */
const NAME_TAGS: ReadonlySet<string> = new Set(['x', 'v', 'vn', 'a', 'ad', 'an', 'nr', 'nz', 'i', 'l', 'j']);
/** How a company's registered name ends (有限公司, 有限责任公司, 股份公司). */
const REGISTERED_NAME = /(?:有限|有限责任|股份)公司$/;
/** Most words a company's name may reach back beyond its noun run. */
const NAME_REACH = 3;

/**
 * Where a company's name begins, its run being at `first`: the glued Chinese words before it that the
 * segmenter tagged otherwise (verbs, unknown words), up to a place (the region), a function word or a break.
 */
function nameStart(ctx: WordsContext, first: number): number {
  const { tokens, rules, isPlace } = ctx;
  let start = first;
  for (let j = first - 1; j >= 0 && j >= first - NAME_REACH; j--) {
    const word = tokens[j]!;
    if (word.end !== tokens[j + 1]!.start || !/^[\u4e00-\u9fff]+$/.test(word.word)) break;
    if (!NAME_TAGS.has(word.tag) || isPlace(word) || rules.dropLeading.has(word.word)) break;
    start = j;
  }
  return start;
}

/** Most place words a company's name opens with (温州市/ns 瓯海/ns …厂). */
const NAME_PLACES = 2;

/**
 * Where a company's name begins, its run being at `first`: the place words glued before it (沈阳染料厂), not a
 * scope word (全省, 我市) nor a word the file drops.
 */
function placeOfName(ctx: WordsContext, first: number): number {
  const { tokens, rules, isPlace } = ctx;
  let start = first;
  for (let j = first - 1; j >= 0 && j >= first - NAME_PLACES; j--) {
    const word = tokens[j]!;
    if (word.end !== tokens[j + 1]!.start || !/^[\u4e00-\u9fff]+$/.test(word.word)) break;
    // A place by name (沈阳/ns), not a body the place index reads as national (工信部).
    if (word.tag !== 'ns' || !isPlace(word) || rules.dropLeading.has(word.word)) break;
    start = j;
  }
  return start;
}

/**
 * Where a run starting at `first` begins with the narrowing words glued before it that the segmenter split
 * (专精/n 特新/x, 规模/n 以上/f): the contract's shortest form keeps what narrows it (规模以上工业企业).
 */
function narrowedStart(tokens: readonly Token[], first: number, rules: SubjectRules): number {
  // A narrowing joined by 的 (限额以上的工矿企业) narrows as one glued to the run does.
  const joined = tokens[first - 1]?.word === '的' && tokens[first - 1]!.end === tokens[first]?.start ? first - 1 : first;
  if (joined < first) {
    const before = narrowedStart(tokens, joined, rules);
    if (before < joined) return before;
  }
  for (let j = first - 1; j >= Math.max(0, first - 3); j--) {
    const words = tokens.slice(j, first);
    if (
      words.every((t, i) => t.end === (tokens[j + i + 1] ?? tokens[first]!).start) &&
      (rules.narrowing.has(words.map((t) => t.word).join('')) || rules.threshold.test(words.map((t) => t.word).join('')))
    )
      return j;
  }
  return first;
}

const NEGATIONS: ReadonlySet<string> = new Set(['不', '非', '未']);

/** A head of the lexicon that the word at `k` ends only with the words glued before it (经营/vn 主体/n: 经营主体). */
function splitHead(tokens: readonly Token[], k: number, rules: SubjectRules): string | null {
  let text = tokens[k]!.word;
  for (let j = k - 1; j >= 0 && j >= k - 2 && tokens[j]!.end === tokens[j + 1]!.start; j--) {
    text = tokens[j]!.word + text;
    if (headIndex(rules).heads.has(text)) return text;
  }
  return null;
}

/** The subject run ending with the word at `k`, or null when that word is no subject's head. */
function runEndingAt(ctx: WordsContext, k: number): string | null {
  const { tokens, rules, isPlace } = ctx;
  const token = tokens[k]!;
  // A word that is never a subject ends none, whatever head of the lexicon it ends with (主板 is no 板 a figure is of).
  if (rules.notSubjects.has(token.word)) return null;
  const countable = ctx.anyNoun === true && token.word.length > 1 && namesCountedThing(token, rules);
  if (!(isSubjectWord(token, rules) || countable)) return null;
  // A word the lexicon lists whole as a head (港口) is that thing, though some small town bears its name.
  // (Asked after the word test: it runs for every word of every document, and most are no subject word.)
  if (isPlace(token) && !headIndex(rules).heads.has(token.word)) return null;
  const lexiconHead = headOf(token.word, rules) ?? splitHead(tokens, k, rules);
  const head = lexiconHead ?? (countable ? token.word : null);
  if (!head || opensBodyName(tokens, k, rules)) return null;
  // A head the segmenter split (大/a 模型) is whole, and the run goes on before it (垂直行业大模型).
  const whole = headStart(tokens, runStart(ctx, k), k, rules);
  let first = runStart(ctx, whole);
  // A company's registered name (…有限公司) reaches back over the words of its own name.
  if (REGISTERED_NAME.test(token.word)) first = nameStart(ctx, first);
  // A company's or group's name keeps the place it opens with (沈阳/ns 染料厂, 广东/ns 电网): the place is part of
  // the name as it reads in the text, not the region a figure is about.
  if (!ctx.withoutNamePlaces && rules.organisationEndings.some((ending) => token.word.endsWith(ending))) {
    const place = placeOfName(ctx, first);
    // A firm's plant named by its firm and its place (锦湖轮胎/长春/工厂) keeps the firm too.
    const firm = tokens[place - 1];
    const firmNamed =
      place < first &&
      firm !== undefined &&
      firm.end === tokens[place]!.start &&
      isSubjectWord(firm, rules) &&
      !isPlace(firm) &&
      !rules.generic.has(firm.word);
    first = firmNamed ? nameStart(ctx, runStart(ctx, place - 1)) : place;
  }
  // A narrowing may stand before a grade too (省属/一级/企业): both stay.
  first = narrowedStart(tokens, gradedStart(tokens, narrowedStart(tokens, first, rules), rules.grades), rules);
  // A negation glued to the run is part of what it names (不合格企业 is not 合格企业).
  const negation = tokens[first - 1];
  if (negation && NEGATIONS.has(negation.word) && negation.end === tokens[first]!.start) first--;
  // Leading scope and action words are dropped (检查食品生产单位 → 食品生产单位), but not before another action
  // noun they name a kind with (检验检测机构).
  while (
    first < k &&
    (rules.dropLeading.has(tokens[first]!.word) ||
      // A measure or activity word opens no subject, unless what follows is itself narrowed (外贸/实绩/企业, 固定资产/投资/
      // 项目): there it narrows the run too (contract: the shortest form that keeps what narrows it).
      (rules.notSubjects.has(tokens[first]!.word) && (k - first < 2 || !NARROWING_NOUN_TAGS.test(tokens[first]!.tag))) ||
      // A predicate or a governing verb the segmenter tags otherwise (新建/n, 更新改造) opens no subject.
      rules.predicates.has(tokens[first]!.word) ||
      rules.governing.has(tokens[first]!.word) ||
      (rules.dropActions.has(tokens[first]!.word) && tokens[first + 1]!.tag !== 'vn'))
  )
    first++;
  while (first < k && isQuoteMark(tokens[first]!) && quotedNameEnd(tokens, first) < 0) first++;
  // A scope word glued before a rank (全国/n 重点/n 实验室) is part of the title of an honour, not the region.
  const scope = tokens[first - 1];
  const scopeWord = scope !== undefined && (isPlace(scope) || /^[全我]/.test(scope.word)) && rules.dropLeading.has(scope.word);
  if (scopeWord && rules.ranks.has(tokens[first]!.word) && scope.end === tokens[first]!.start) first--;
  // A word right after a bare 每 is the unit of a per-unit (疫苗每/头份价格, 每/百克生乳), not the thing priced or measured.
  const per = tokens[first - 1];
  if (per !== undefined && per.word === '每' && per.end === tokens[first]!.start) {
    if (first === k) return null;
    first++;
  }
  const words = tokens.slice(first, k + 1);
  const text = subjectText(words);
  if (rules.notSubjects.has(text)) return null;
  const joined = coordinated(ctx, first);
  // A generic head alone names nothing (产品, 设备), but one another thing is joined to does (航空航天器及设备).
  if (joined === '' && words.length === 1 && rules.generic.has(head) && token.word.length <= head.length + 1) return null;
  // A noun outside the lexicon names a thing in two characters at least (林 of 营造林 is no kind of thing).
  if (!lexiconHead && (text.length < 2 || rules.generic.has(text))) return null;
  // An adjective the segmenter split off the compound narrows it (小/a 微企业, 清洁/a 能源): it stays, on a run that
  // names a thing without it (大/a 企业 names no more than 企业 does).
  const adjective = joined === '' ? adjectiveStart(tokens, first, rules) : first;
  return joined + (adjective < first ? tokens[adjective]!.word : '') + text;
}

/** Tags of a measure or activity word that narrows the run after it as a noun (外贸/n 实绩企业, 区域/n 医疗中心), not as a verb (研发/v, 生产/v). */
const NARROWING_NOUN_TAGS = /^(?:n|b)/;

/** Most words of a body's name after the product or group it opens with (药品/监督/管理局). */
const BODY_NAME_REACH = 3;
/** Tags of the words inside a body's name: nouns, verbal nouns, abbreviations (监督/vn, 管理局/n). */
const BODY_NAME_TAGS = /^(?:n|vn|j)/;

/**
 * Whether the word at `k` opens the name of a body, a body's ending glued after it (消费者/协会, 食品/药品/监督/管理局,
 * 质量/技术/监督局): the body acts on the figure, and what its name opens with is no subject (contract: the
 * product, industry, company or group the figure is about).
 */
function opensBodyName(tokens: readonly Token[], k: number, rules: SubjectRules): boolean {
  for (let i = k + 1; i < tokens.length && i <= k + BODY_NAME_REACH; i++) {
    const word = tokens[i]!;
    if (word.start !== tokens[i - 1]!.end || !BODY_NAME_TAGS.test(word.tag)) return false;
    const office = rules.bodies.some((ending) => (ending.length > 1 ? word.word.endsWith(ending) : word.word === ending));
    // The office closes the name (市质量技术监督局/共): one a noun goes on after (政府/采购, 协会/会员) names no body.
    const next = tokens[i + 1];
    if (office) return next === undefined || next.start !== word.end || !BODY_NAME_TAGS.test(next.tag);
  }
  return false;
}

/** Words that join two things a figure counts together (茅台酒及系列产品, 干部和群众). */
const JOINING: ReadonlySet<string> = new Set(['和', '及', '与', '以及']);

/**
 * The subject run and joining word glued before the run starting at `first`, when the figure counts both
 * things together (茅台酒及系列产品产出3.26万吨: both; 干部和群众), else ''.
 */
function coordinated(ctx: WordsContext, first: number): string {
  const { tokens } = ctx;
  const joining = tokens[first - 1];
  const before = tokens[first - 2];
  if (!joining || !before || !JOINING.has(joining.word)) return '';
  if (before.end !== joining.start || joining.end !== tokens[first]!.start) return '';
  const run = runEndingAt(ctx, first - 2) ?? sharingHead(ctx, first - 2);
  return run ? run + joining.word : '';
}

/**
 * The noun run ending at `k` that names a thing only with the head of the run after the joining word
 * (计算机及办公设备: 计算机, 电子及通信设备: 电子), or null when it holds a place, a scope word or a measure, or
 * names nothing alone (产品和企业: a bare 产品 and a bare 企业 name none).
 */
function sharingHead(ctx: WordsContext, k: number): string | null {
  const { tokens, rules, isPlace } = ctx;
  if (!tokens[k]!.tag.startsWith('n') || isPlace(tokens[k]!)) return null;
  let first = runStart(ctx, k);
  while (first < k && rules.dropLeading.has(tokens[first]!.word)) first++;
  const words = tokens.slice(first, k + 1);
  if (words.some((t) => isPlace(t) || rules.notSubjects.has(t.word) || rules.dropLeading.has(t.word))) return null;
  const text = subjectText(words);
  return text.length >= 2 && !rules.generic.has(text) && !rules.measures.some((m) => text.endsWith(m)) ? text : null;
}

/** The verb of a share: what comes before it is the part the figure is about (A占B的比重). */
const SHARE_OF: ReadonlySet<string> = new Set(['占', '占到']);

/** Whether a word is the verb of a share, or that verb the segmenter glued to a place after it and read as a name (占全疆/nr). */
const isShareVerb = (token: Token) => SHARE_OF.has(token.word) || (token.word.startsWith('占') && token.tag.startsWith('nr'));

/** A rate of a test's results (合格率, 不合格率, 达标率, 检定率): a rate of what was tested, not a measure of its own (城镇化率). */
export const RESULT_RATE = /(?:合格|达标|检出|合格品|检定|定检|受检)率$/;

/** A unit read per something (每毫升, 每百克). */
export const PER_UNIT = /^每/;

/**
 * Whether the words of a clause before its figure name nothing of their own, only what a count or rate of
 * the thing an earlier clause named says (合格72批次, 合格率为90%, 同比增长2.23%, 而国外一般为): every noun
 * among them is a rate of test results (合格率) or a word of the file's continuing list.
 */
export function continuesEarlierClause(tokens: readonly Token[], rules: SubjectRules): boolean {
  // A clause that opens with a share (…，占全国比重12%) is a share of what the earlier clause named.
  if (tokens.length > 0 && isShareVerb(tokens[0]!)) return true;
  // What follows a share verb is the whole (增量占全国18.7%: 全国): only the part before it may name a thing.
  const share = tokens.findIndex(isShareVerb);
  const part = share > 0 ? tokens.slice(0, share) : tokens;
  // A clause spoken of by the document itself (我们才只有…, 我局…) is about the document's own subject.
  return part.every(
    (token, i) =>
      !token.word.startsWith('我') &&
      // A unit read per something (每毫升) is part of the figure, not a thing of the clause's own.
      (PER_UNIT.test(token.word) ||
        !(isSubjectWord(token, rules) || token.tag.startsWith('n')) ||
        !/[\u4e00-\u9fff]/.test(token.word) ||
        RESULT_RATE.test(token.word) ||
        // A measure (净利润, 营业收入, 产量) needs an owner: alone it goes on about what the earlier clause named.
        rules.measures.includes(token.word) ||
        // So does what a test measures in the product (甲醛释放量, 菌落总数): contract, the subject is the product tested.
        rules.tested.some((tested) => token.word.endsWith(tested)) ||
        rules.continuing.has(token.word) ||
        // A bare product noun names nothing of its own (contract): 产品合格率为88.3% goes on about the product
        // an earlier clause sampled.
        rules.bareProducts.has(token.word) ||
        // So does a bare 企业 glued before a result rate (企业合格率, beside 批次合格率): what the rate counts by, not a
        // thing of its own.
        (rules.generic.has(token.word) && RESULT_RATE.test(part[i + 1]?.word ?? '')) ||
        // A predicate the segmenter reads as a noun (基本/n 建成) names nothing of its own, when only a predicate
        // or the figure follows it (新建/ns 充电/v 桩/q: what follows is the thing, though no tag says so).
        (rules.predicates.has(token.word) && followedByPredicateOrFigure(part, i, rules))),
  );
}

/** Whether the word at `i` ends the clause's words or a predicate word, a numeral or a mark follows it (基本 建成, 减产 120). */
function followedByPredicateOrFigure(tokens: readonly Token[], i: number, rules: SubjectRules): boolean {
  const next = tokens[i + 1];
  return next === undefined || rules.predicates.has(next.word) || next.tag === 'm' || !/[\u4e00-\u9fff]/.test(next.word);
}

/**
 * The noun phrase ending with the word at `k` read as what a classifier counts (contract v1.1, subject: the
 * noun phrase the figure modifies): the run of a head of the lexicon, else of any noun that names a thing
 * (namesCountedThing: 科技攻关项目, 首店, 高品质住宅项目), without leading scope words, places and actions;
 * null when the word is a measure, an event, an office, a place or a bare 产品/企业/项目.
 */
export function countedNounPhrase(
  tokens: readonly Token[],
  k: number,
  rules: SubjectRules,
  isPlace: (token: Token) => boolean,
): string | null {
  return runEndingAt({ tokens, rules, isPlace, anyNoun: true }, k);
}

/**
 * The subject named by `phrase` (the words of a figure's phrase, in order): the noun run ending in the
 * last word with a subject head, without leading scope words and places (`isPlace`); a generic head
 * (企业, 产品) counts only with another noun before it. Null when the phrase names none.
 */
export function subjectOfTokens(phrase: readonly Token[], rules: SubjectRules, isPlace: (token: Token) => boolean): string | null {
  // A contribution (高技术制造业对规上工业增长贡献率) is of the part that contributes, never of the whole it adds to.
  const contributor = contributionOpener(phrase, rules);
  if (contributor >= 0) return contributor === 0 ? null : namedIn(phrase.slice(0, contributor), rules, isPlace);
  // A share (高技术制造业增加值占规模以上工业增加值比重) is about its part, not the whole it is a share of.
  const share = phrase.findIndex(isShareVerb);
  // A phrase that opens with the share (占全国装机64%, 占展位总数的18%) names only the whole: its part is
  // before it, in an earlier item or clause, so the phrase names no subject of its own.
  if (share === 0) return null;
  if (share < 0) return namedIn(phrase, rules, isPlace);
  // A part that names no thing (我省约占全国热水器产能的10%: a place) leaves the figure to what the whole is of.
  return namedIn(phrase.slice(0, share), rules, isPlace) ?? namedIn(phrase.slice(share + 1), rules, isPlace);
}

/** The word opening the whole a contribution is to (X对Y增长贡献率: 对), or -1 when the phrase holds no contribution. */
function contributionOpener(phrase: readonly Token[], rules: SubjectRules): number {
  const measure = phrase.findIndex((token) => rules.contributionMeasures.some((word) => token.word.includes(word)));
  if (measure < 0) return -1;
  for (let i = measure - 1; i >= 0; i--) if (phrase[i]!.word === CONTRIBUTION_OPENER) return i;
  return -1;
}

/** The preposition that names the whole a part contributes to (对经济增长的贡献率). */
const CONTRIBUTION_OPENER = '对';

/** What the words name: the thing a measure ending them measures (新能源汽车产量), else the run of their last head. */
function namedIn(tokens: readonly Token[], rules: SubjectRules, isPlace: (token: Token) => boolean): string | null {
  const ctx: WordsContext = { tokens, rules, isPlace };
  const measured = measuredThing(tokens, rules, isPlace) ?? possessedThing(tokens, rules, isPlace);
  if (measured) return measured;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const run = runEndingAt(ctx, k);
    if (run) return run + (usedForProduct(ctx, k) || gluedBareProduct(ctx, k) || gluedHeadNouns(ctx, k));
  }
  return rateOwner(tokens, rules, isPlace);
}

/** Tags of a noun that goes on a compound after the lexicon's head as its own head (城乡居民/n 医保/j, 居民/n 基本/n 医保/j). */
const GOING_ON_TAGS: ReadonlySet<string> = new Set(['n', 'nz', 'j']);
/** Most nouns a compound goes on by after the lexicon's head. */
const GOING_ON_REACH = 2;

/**
 * The nouns glued after a run that make its head a modifier of theirs (城乡居民/医保 人均财政补助标准: the scheme, not the
 * residents; 居民/基本/医保): nouns that name a thing (namesCountedThing: no measure, event, place, office or body),
 * up to the first word that does not, when that word ends the compound as a measure or a word that is no noun; or ''.
 */
function gluedHeadNouns(ctx: WordsContext, k: number): string {
  const { tokens, rules } = ctx;
  let last = k;
  while (
    last + 1 < tokens.length &&
    last - k < GOING_ON_REACH &&
    tokens[last + 1]!.start === tokens[last]!.end &&
    GOING_ON_TAGS.has(tokens[last + 1]!.tag) &&
    namesCountedThing(tokens[last + 1]!, rules) &&
    !rules.generic.has(tokens[last + 1]!.word)
  )
    last++;
  // Only a compound that ends in an abbreviation (医保, 房贷: a scheme or product of its own, tag j) goes on: a plain
  // noun after the head is as often a document, a body or a measure the lists do not hold (产业规划, 统计数据, 负责人).
  while (last > k && tokens[last]!.tag !== 'j') last--;
  if (last === k) return '';
  // And only before the measure it is measured by, glued after it (医保/人均财政补助标准, 医保/覆盖率): a compound followed
  // by a verb or nothing (液态奶中所/j 含) is a piece the segmenter ran together.
  const measure = tokens[last + 1];
  const measured =
    measure !== undefined &&
    measure.start === tokens[last]!.end &&
    (rules.notSubjects.has(measure.word) ||
      rules.measures.some((m) => measure.word.endsWith(m)) ||
      rules.measureEndings.some((m) => measure.word.endsWith(m)));
  if (!measured) return '';
  return subjectText(tokens.slice(k + 1, last + 1));
}

/**
 * The bare product noun a measure the segmenter keeps whole opens with, glued after the run (工业/n
 * 产品质量合格率/n, 制造业/n 产品质量/n): part of the subject (工业产品, 制造业产品: the sector's products, not the
 * sector), or ''. Only after a sector whose products a bulletin rates as a whole (productSectors: 工业, 制造业).
 */
function gluedBareProduct(ctx: WordsContext, k: number): string {
  const { tokens, rules } = ctx;
  const run = tokens[k]!;
  const next = tokens[k + 1];
  if (!next || next.start !== run.end || !rules.productSectors.some((sector) => run.word.endsWith(sector))) return '';
  const bare = [...rules.bareProducts].find((word) => next.word.startsWith(word) && next.word.length > word.length);
  return bare ?? '';
}

/**
 * The product a result rate is of when no head of the lexicon names it (电饭锅合格率 → 电饭锅): the noun phrase glued
 * before the rate, any noun that names a thing, as a classifier's (contract: a bulletin's rate is about the item
 * it names); null when that is a measure, a batch, a quality word, a place or a bare 产品.
 */
/** A pass rate of sampled products (合格率, 抽样合格率); not a 达标率, whose owner is as often a quality (水质达标率). */
const PASS_RATE = /合格(?:品)?率$/;

function rateOwner(tokens: readonly Token[], rules: SubjectRules, isPlace: (token: Token) => boolean): string | null {
  let rate = tokens.length - 1;
  while (rate > 0 && !PASS_RATE.test(tokens[rate]!.word)) rate--;
  if (rate <= 0 || tokens[rate - 1]!.end !== tokens[rate]!.start) return null;
  return countedNounPhrase(tokens, rate - 1, rules, isPlace);
}

/**
 * The product a thing at `k` is for, when 用 follows it (食品用塑料包装容器: 用塑料包装容器), or '': the words
 * glued after 用 up to the last subject word that is no measure, no rate and no test (…抽查合格率 is the measure).
 */
function usedForProduct(ctx: WordsContext, k: number): string {
  const { tokens, rules } = ctx;
  if (!usedFor(ctx, k + 1)) return '';
  let last = k + 1;
  while (
    last + 1 < tokens.length &&
    tokens[last + 1]!.start === tokens[last]!.end &&
    isSubjectWord(tokens[last + 1]!, rules) &&
    !rules.measures.some((m) => tokens[last + 1]!.word.endsWith(m)) &&
    !rules.measureEndings.some((m) => tokens[last + 1]!.word.endsWith(m)) &&
    !rules.continuing.has(tokens[last + 1]!.word) &&
    !rules.tested.some((t) => tokens[last + 1]!.word.endsWith(t))
  )
    last++;
  return last > k + 1 ? subjectText(tokens.slice(k + 1, last + 1)) : '';
}

/** Most words between 的 and the measure it ends (每亩/r 平均/a 产量/n, 存栏/n 头数/n). */
const POSSESSED_REACH = 3;
/** Tags of a word that says how a measure is taken (平均/a, 每亩/r): between 的 and the measure. */
const MEASURE_MANNER_TAGS: ReadonlySet<string> = new Set(['a', 'ad', 'd', 'r']);

/**
 * The thing a measure is of when 的 joins them (苹果的每亩平均产量 → 苹果, 内河船舶的货物周转量 → 内河船舶): the noun phrase
 * before 的, any noun that names a thing, as a classifier's; null when the words after 的 are no measure or
 * what comes before it names no thing (今年的产量, 全省的产量, a bare 企业).
 */
function possessedThing(tokens: readonly Token[], rules: SubjectRules, isPlace: (token: Token) => boolean): string | null {
  let last = tokens.length - 1;
  while (last >= 0 && !isSubjectWord(tokens[last]!, rules)) last--;
  let of = last;
  while (of > 0 && last - of < POSSESSED_REACH && tokens[of]!.word !== '的') {
    const word = tokens[of]!;
    // The activity the measure is of stands there too, whatever its tag (猪的饲养/v 头数, 荒地的开垦/v 面积).
    const activity = rules.measureActivities.includes(word.word);
    if (!(isSubjectWord(word, rules) || activity || PER_UNIT.test(word.word) || MEASURE_MANNER_TAGS.has(word.tag))) return null;
    of--;
  }
  if (of <= 0 || of === last || tokens[of]!.word !== '的') return null;
  const measure = tokens
    .slice(of + 1, last + 1)
    .map((t) => t.word)
    .join('');
  if (![...rules.measures, ...rules.measureEndings].some((ending) => measure.endsWith(ending))) return null;
  // Words after 的 that name a thing of their own (卫生部系统的医院病床数: 医院) leave the measure to them.
  if (tokens.slice(of + 1, last).some((word) => headOf(word.word, rules) !== null)) return null;
  // What comes before 的 is a noun (水土流失比较严重/l 的面积 names no thing).
  const owner = tokens[of - 1]!;
  if (!owner.tag.startsWith('n') && headOf(owner.word, rules) === null) return null;
  return countedNounPhrase(tokens, of - 1, rules, isPlace) ?? singleCharacterOwner(tokens, of - 1, rules, isPlace);
}

/**
 * A thing named by one character before 的 and a measure (猪的饲养头数, 羊的出栏头数, 煤的产量): the noun itself, which no
 * run of two characters names; not a place (省的, 市的), a generic or a scope word.
 */
function singleCharacterOwner(tokens: readonly Token[], k: number, rules: SubjectRules, isPlace: (token: Token) => boolean): string | null {
  const owner = tokens[k]!;
  const before = tokens[k - 1];
  const alone = before === undefined || before.end !== owner.start || rules.dropLeading.has(before.word) || isPlace(before);
  const thing =
    owner.word.length === 1 &&
    owner.tag === 'n' &&
    alone &&
    !isPlace(owner) &&
    !rules.placeNouns.includes(owner.word) &&
    !rules.generic.has(owner.word) &&
    !rules.notSubjects.has(owner.word);
  return thing ? owner.word : null;
}

/**
 * Whether the word at `first + i` is the economy word closing a thing after words that make it a sector
 * (数字经济增加值, 民营经济增加值: an industry, contract v1.1 subject), not the whole economy of a place or a
 * country (泸州经济总量, 国民经济, 县域经济); `before` is the thing's text before it.
 */
function sectorEconomy(ctx: WordsContext & { first: number }, i: number, before: string): boolean {
  const { tokens, rules, isPlace, first } = ctx;
  if (tokens[first + i]!.word !== rules.economy || before === '' || first + i + 1 >= tokens.length) return false;
  const modifiers = tokens.slice(first, first + i).filter((token) => before.includes(token.word));
  return (
    modifiers.length > 0 &&
    !modifiers.some((token) => isPlace(token) || rules.placeNouns.includes(token.word) || token.tag === 'ns') &&
    !rules.wholeEconomy.some((word) => before.endsWith(word) || before.startsWith(word))
  );
}

/**
 * The thing measured before the measure word that ends the phrase (粮食产量 → 粮食, 高速公路总里程 → 高速公路,
 * within a word or across words), or null when what precedes the measure names no product, industry or group.
 */
function measuredThing(tokens: readonly Token[], rules: SubjectRules, isPlace: (token: Token) => boolean): string | null {
  const ctx: WordsContext = { tokens, rules, isPlace };
  let last = tokens.length - 1;
  // A unit read per something (每毫升) belongs to the figure, not to what is measured.
  // So does a predicate or a word of a clause that goes on the segmenter reads as a noun (粮食产量计划/n 达到: 计划).
  while (
    last >= 0 &&
    // A measure the segmenter tags as a verb (炼铁/n 产能/v, 纺织品/n 出口/v) ends the phrase as one tagged a noun does.
    ((!isSubjectWord(tokens[last]!, rules) && !rules.verbMeasures.has(tokens[last]!.word)) ||
      PER_UNIT.test(tokens[last]!.word) ||
      rules.predicates.has(tokens[last]!.word) ||
      rules.continuing.has(tokens[last]!.word))
  )
    last--;
  if (last < 0) return null;
  let first = last;
  while (first > 0 && inRun(ctx, first - 1)) first--;
  // A head the segmenter split before the run (可/v 再生能源/l 装机容量) opens the thing measured.
  first = splitHeadOpening(tokens, first, rules);
  const words = tokens.slice(first, last + 1).map((t) => t.word);
  const text = words.join('');
  // The longest measure the words end in: one that is all of them (设计产能) leaves no thing (not 设计 of 产能).
  const measure = rules.measures.find((m) => text.endsWith(m));
  if (!measure || measure.length === text.length) return null;
  // A measure taken per a unit (疫苗每头份价格, 汽油每吨价格): the unit is no thing, the noun phrase before it is.
  const per = perUnitIn(tokens, first, last);
  if (per >= 0)
    return per > 0 && tokens[per - 1]!.end === tokens[per]!.start
      ? (runEndingAt(ctx, per - 1) ?? countedNounPhrase(tokens, per - 1, rules, isPlace))
      : null;
  // The thing is the text before the measure (the word the measure ends in may hold part of it), without
  // the scope words it starts with (社会消费品 → 消费品); a word that names no thing inside it voids it.
  let thing = text.slice(0, -measure.length);
  let kept = 0;
  for (const [i, word] of words.entries()) {
    if (kept + word.length > thing.length) break;
    const leading = kept === 0 && (rules.dropLeading.has(word) || rules.notSubjects.has(word)) && word.length < thing.length;
    if (leading) thing = thing.slice(word.length);
    else if (rules.notSubjects.has(word) && !sectorEconomy({ ...ctx, first }, i, thing.slice(0, kept))) return null;
    else kept += word.length;
  }
  // The whole chain of a product (人参全产业链产值) is measured as the product's: the product is the subject, and a
  // chain of no product named (全产业链产值) names none.
  if (rules.chainFrames.includes(thing) && wholeBefore(tokens, first)) return chainOwner(ctx, first - 1);
  // What the test measured is not the subject: the product before it is (生乳蛋白质含量 → 生乳), else none.
  const tested = rules.tested.find((t) => thing.endsWith(t));
  if (tested) thing = thing.slice(0, -tested.length);
  // Nor is the activity the measure is of (高速公路通车里程 → 高速公路, 有效灌溉面积 → none).
  const activity = rules.measureActivities.find((a) => thing.endsWith(a));
  if (activity) thing = thing.slice(0, -activity.length);
  // A thing of one character is one the lexicon names whole (钢产量 → 钢, 煤产量 → 煤).
  if (
    (thing.length < 2 && !headIndex(rules).heads.has(thing)) ||
    rules.notSubjects.has(thing) ||
    rules.generic.has(thing) ||
    // A scope or target word alone before the measure (力争产量, 全省产量) names no thing.
    rules.dropLeading.has(thing) ||
    rules.measures.some((m) => thing.endsWith(m)) ||
    // A measure a predicate opens (增加收入/n, 减少支出) is a change in it, of no thing.
    rules.predicates.has(thing)
  )
    return null;
  // What narrows the thing is kept (规模以上工业增加值 → 规模以上工业), as in a run of its own.
  const narrowed = text.startsWith(thing) ? narrowedStart(tokens, first, rules) : first;
  const narrowing = tokens
    .slice(narrowed, first)
    .map((t) => t.word)
    .join('');
  // So is an adjective the segmenter split off it (清洁/a 能源消费, 高/a 价值发明专利拥有量).
  const adjective = text.startsWith(thing) ? adjectiveStart(tokens, narrowed, rules) : narrowed;
  return sectorBefore(ctx, narrowed, thing) ?? (adjective < narrowed ? tokens[adjective]!.word : '') + narrowing + thing;
}

/** The word glued before a chain frame that makes it the whole chain (全/a 产业链): part of the frame, not of the product. */
const WHOLE = '全';

/** Whether 全 stands glued before the word at `k` (全/a 产业链). */
function wholeBefore(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before !== undefined && before.word === WHOLE && before.end === tokens[k]!.start;
}

/**
 * The product whose whole chain a measure is of (人参/n 全/a 产业链/n 产值, “牛羊菜果”全产业链产值), the 全 at `whole`:
 * the run, the quoted name or the words glued before it; null when none is (全产业链产值).
 */
function chainOwner(ctx: WordsContext, whole: number): string | null {
  const { tokens, rules } = ctx;
  const k = whole - 1;
  const owner = tokens[k];
  if (!owner || owner.end !== tokens[whole]!.start) return null;
  if (isQuoteMark(owner)) {
    const open = quotedNameStart(tokens, k);
    return open >= 0 ? subjectText(tokens.slice(open, k + 1)) : null;
  }
  return runEndingAt(ctx, k) ?? countedNounPhrase(tokens, k, rules, ctx.isPlace) ?? wordsAsWritten(ctx, k);
}

/** Most words of a product's name read as written before a chain frame (吉林/x 鲜食/n 玉米/nr). */
const WRITTEN_REACH = 4;
/** Tags of words no product's name holds: prepositions, conjunctions, particles, adverbs, numerals, pronouns, times. */
const NOT_NAME_TAGS = /^(?:p|c|u|d|m|r|t|f)/;

/**
 * The words glued before `k`, up to `k`, read as a product's name whatever their tags (the segmenter reads 梅花鹿/nr,
 * 玉米/nr as persons): Chinese words that are no place, scope word, predicate or action; null when none is.
 */
function wordsAsWritten(ctx: WordsContext, k: number): string | null {
  const { tokens, rules, isPlace } = ctx;
  let first = k + 1;
  while (first > 0 && k - first < WRITTEN_REACH - 1) {
    const word = tokens[first - 1]!;
    if (first <= k && word.end !== tokens[first]!.start) break;
    const nameWord =
      /^[\u4e00-\u9fff]+$/.test(word.word) &&
      !NOT_NAME_TAGS.test(word.tag) &&
      !isPlace(word) &&
      !rules.dropLeading.has(word.word) &&
      !rules.predicates.has(word.word) &&
      !rules.governing.has(word.word) &&
      !rules.dropActions.has(word.word);
    if (!nameWord) break;
    first--;
  }
  const text = tokens
    .slice(first, k + 1)
    .map((t) => t.word)
    .join('');
  return text.length >= 2 && !rules.notSubjects.has(text) && !rules.generic.has(text) ? text : null;
}

/** Where a per-unit (每吨) stands inside the run from `first` to `last`, or a bare 每 glued right before it (每/头份), or -1. */
function perUnitIn(tokens: readonly Token[], first: number, last: number): number {
  for (let i = last; i >= first; i--) if (PER_UNIT.test(tokens[i]!.word)) return i;
  const before = tokens[first - 1];
  return before !== undefined && before.word === '每' && before.end === tokens[first]!.start ? first - 1 : -1;
}

/** The ending of an industry's name (制造行业, 仪器仪表产业): one named right before a sector word keeps the measure (能源工业 does not). */
const INDUSTRY = /(?:行业|产业)$/;

/**
 * The industry the phrase names before a measure that opens with its sector word (仪器仪表行业实现工业总产值:
 * 仪器仪表行业, not 工业), or null when `thing` is no such word or nothing before it names a subject.
 */
function sectorBefore(ctx: WordsContext, first: number, thing: string): string | null {
  const { rules } = ctx;
  const sector = rules.sectorWords.find((word) => thing.endsWith(word));
  if (!sector) return null;
  const rest = thing.slice(0, -sector.length);
  // An industry named right before the sector word (办公设备制造行业工业增加值) is the one the measure is of.
  if (rest !== '' && !rules.generic.has(rest)) return INDUSTRY.test(rest) && headOf(rest, rules) !== null ? rest : null;
  for (let k = first - 1; k >= 0; k--) {
    const run = runEndingAt(ctx, k);
    if (run) return run;
  }
  return null;
}

/** Tags of a proper name that may be a company or brand a page is about (not a place: that is the region). */
const NAME_TAGS_OF_TOPIC: ReadonlySet<string> = new Set(['nr', 'nrt', 'nz', 'nt']);
/** Fewest mentions of a name the title gives for it to be what the page is about (a company, not a speaker). */
const NAME_TOPIC_MIN = 10;

/**
 * The proper name the title or lead gives that the text keeps naming and names as a company (a page on
 * 达芬奇 names it dozens of times, once as 达芬奇公司; a speaker quoted in a title is named once or twice; 国务院
 * is never a 公司): the company the page is about (contract: a subject may be a company; the fallback is
 * the title that names one). Null when none is.
 */
function namedInTitle(tokens: readonly Token[], inTitleOrLead: (token: Token) => boolean, rules: SubjectRules): string | null {
  // What a test measures (甲醛) is never the subject, whatever its tag.
  const isName = (t: Token) =>
    NAME_TAGS_OF_TOPIC.has(t.tag) && /^[\u4e00-\u9fff]{2,}$/.test(t.word) && !rules.tested.some((tested) => t.word.endsWith(tested));
  // The words the text names as a company somewhere (达芬奇公司, 茅台集团): a government body or an event is none.
  const companies = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1]!.word;
    if (rules.organisationEndings.some((ending) => next.startsWith(ending))) companies.add(tokens[i]!.word);
  }
  const inTitle = new Set(tokens.filter((t) => inTitleOrLead(t) && isName(t) && companies.has(t.word)).map((t) => t.word));
  // How often the text names each of them (counting only these: a map of every word of a long report is the cost).
  const counts = new Map<string, number>();
  if (inTitle.size > 0) for (const t of tokens) if (inTitle.has(t.word)) counts.set(t.word, (counts.get(t.word) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const name of inTitle) {
    const count = counts.get(name)!;
    if (count >= NAME_TOPIC_MIN && count > bestCount) [best, bestCount] = [name, count];
  }
  return best;
}

/** Fewest mentions of a document's topic, and how many times more often than the next subject it is named. */
const TOPIC_MIN = 4;
const TOPIC_LEAD = 2;
/** How far the title and lead of a document reach, and how much more what they name counts. */
const LEAD_LENGTH = 60;
const LEAD_WEIGHT = 3;
/**
 * Fewest times a report samples or rates its product (陶瓷片密封水嘴抽检合格率), twice as often as any other,
 * and at least once every SAMPLED_SPAN characters: a long work report that samples 食品 now and then is no
 * sampling report.
 */
const SAMPLED_MIN = 4;
const SAMPLED_SPAN = 1000;
/** Words just after a product (its next three words) by which the text samples or rates it. */
const SAMPLED = /抽检|抽查|抽样|合格率/;

/**
 * What a document is about, when one subject dominates it (a sampling report on 陶瓷片密封水嘴, a speech on
 * 南方电网's purchasing): the product it keeps sampling, else the subject its title or lead names that its text
 * names most often (the title and lead counting more), at least TOPIC_MIN times and TOPIC_LEAD times as often
 * as any other. A work report whose title names no subject has none, however often it names 中心 or 工业.
 */
export function documentTopic(
  tokens: readonly Token[],
  rules: SubjectRules,
  isPlace: (token: Token) => boolean,
  title: { start: number; end: number } | null = null,
): string | null {
  const counts = new Map<string, number>();
  const sampled = new Map<string, number>();
  const inLead = new Set<string>();
  // A bulletin's title that names the product it samples (某省海产品质量监督抽查结果通报) says what its figures are about.
  const sampledInTitle = new Set<string>();
  const leadEnd = (tokens[0]?.start ?? 0) + LEAD_LENGTH;
  const inTitleOrLead = (token: Token) => token.end <= leadEnd || (title !== null && token.start >= title.start && token.end <= title.end);
  const ctx: WordsContext = { tokens, rules, isPlace, withoutNamePlaces: true };
  for (let k = 0; k < tokens.length; k++) {
    // The words after a run say whether it is sampled; joined only for a run or a product's safety (most tokens
    // are neither, and a join for each of them cost a page's whole reading).
    const sampledAfter = () =>
      SAMPLED.test(
        tokens
          .slice(k + 1, k + 4)
          .map((t) => t.word)
          .join(''),
      );
    const run =
      runEndingAt(ctx, k) ?? (tokens[k]!.word.endsWith(SAFETY) && sampledAfter() ? productOfSafety(tokens[k]!.word, rules) : null);
    // The title and lead say what a page is about: what they name counts LEAD_WEIGHT times.
    if (!run || run.length < 2) continue;
    const isSampled = sampledAfter();
    if (isSampled) sampled.set(run, (sampled.get(run) ?? 0) + 1);
    if (isSampled && title !== null && tokens[k]!.start >= title.start && tokens[k]!.end <= title.end) sampledInTitle.add(run);
    counts.set(run, (counts.get(run) ?? 0) + (inTitleOrLead(tokens[k]!) ? LEAD_WEIGHT : 1));
    if (inTitleOrLead(tokens[k]!)) inLead.add(run);
  }
  // A sampling report is about the product it samples and rates most (contract: a sampling report on 海产品).
  const sampledTotals = totalsWithLonger(sampled);
  const sampledTotal = (run: string) => sampledTotals.get(run)!;
  const [mostSampled, nextSampled] = [...sampled.keys()]
    .map((run) => [run, sampledTotal(run)] as const)
    .filter(([run], _, all) => !all.some(([other, n]) => other !== run && run.endsWith(other) && n >= sampledTotal(run)))
    .sort((a, b) => b[1] - a[1]);
  const length = (tokens[tokens.length - 1]?.end ?? 0) - (tokens[0]?.start ?? 0);
  if (
    mostSampled &&
    mostSampled[1] >= Math.max(SAMPLED_MIN, length / SAMPLED_SPAN) &&
    (nextSampled?.[1] ?? 0) * TOPIC_LEAD <= mostSampled[1]
  )
    return mostSampled[0];
  // A run inside a longer one counts for it too (电缆 in 电线电缆); the longest one is named whose mentions,
  // its own longer ones' included (民用电线电缆 for 电线电缆), make up a third of those of the topic.
  const totals = totalsWithLonger(counts);
  const total = (run: string) => totals.get(run)!;
  // Contract: the fallback is the title (or lead) that names a subject. A report that names many things
  // (中心, 工业, 群众 in a government work report) but none in its title has no topic.
  const related = (a: string, b: string) => a.endsWith(b) || b.endsWith(a);
  const ranked = [...counts.keys()]
    .filter((run) => [...inLead].some((named) => related(run, named)))
    .map((run) => [run, total(run)] as const)
    .sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  const fromTitle = () => (sampledInTitle.size === 1 ? [...sampledInTitle][0]! : namedInTitle(tokens, inTitleOrLead, rules));
  if (!top || top[1] < TOPIC_MIN) return fromTitle();
  if (second && second[1] * TOPIC_LEAD > top[1] && !top[0].endsWith(second[0]) && !second[0].endsWith(top[0]))
    // A company the lead names by a name the segmenter splits (葛兰素/x 史克公司) is still the page's company.
    return fromTitle() ?? (inLead.has(top[0]) && rules.organisationEndings.some((ending) => top[0].endsWith(ending)) ? top[0] : null);
  // Two kinds named about as often (儿童实木家具, 办公实木家具) name neither: the run they share is the topic.
  const qualifying = [...counts.keys()].filter((run) => run.endsWith(top[0]) && total(run) * 3 >= top[1]);
  const longer = qualifying.filter((run) => qualifying.every((other) => related(run, other))).sort((a, b) => b.length - a.length)[0];
  return longer ?? top[0];
}

/** The word for safety after a product (食品安全, 药品安全): the area of work a sampling is named by. */
const SAFETY = '安全';

/**
 * The product whose safety a sampling is named by (食品安全监督抽检 samples 食品: contract, a sampling report on
 * 海产品 gives its figures the subject 海产品), when the segmenter keeps 食品安全 as one word; else null.
 */
function productOfSafety(word: string, rules: SubjectRules): string | null {
  if (!word.endsWith(SAFETY)) return null;
  const product = word.slice(0, -SAFETY.length);
  return rules.heads.includes(product) && !rules.generic.has(product) ? product : null;
}

/**
 * Each run's count plus the counts of the runs that end with it (电线电缆 for 电缆): every run adds its
 * count to those of its endings, rather than every run scanning all the others (quadratic in the runs).
 */
function totalsWithLonger(counts: ReadonlyMap<string, number>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const run of counts.keys()) totals.set(run, 0);
  for (const [run, n] of counts) {
    for (let from = 0; from < run.length; from++) {
      const ending = run.slice(from);
      const total = totals.get(ending);
      if (total !== undefined) totals.set(ending, total + n);
    }
  }
  return totals;
}

/**
 * What a count's classifier counts: the noun run glued right after the figure, the thing the figure modifies
 * (抽检45种乳制品, 100多个检测机构增强了…, 9组隔离开关: contract, the noun phrase the figure modifies), not a later
 * head of the sentence. `after` holds the words from `at`, where the figure ends. Null when no subject word
 * follows or the run names nothing of its own (a bare 企业, 产品).
 */
export function countedThing(after: readonly Token[], at: number, rules: SubjectRules, isPlace: (token: Token) => boolean): string | null {
  const run: Token[] = [];
  let pos = at;
  for (let i = 0; i < after.length; i++) {
    const token = after[i]!;
    if (token.start !== pos || isPlace(token)) break;
    // A quoted name is part of the phrase when it modifies a word after it (98台“环保型”电梯), not alone
    // (5000台“某某电器”这类小家电 counts the 小家电).
    let quoteEnd = quotedNameEnd(after, i);
    const afterQuote = after[quoteEnd + 1];
    if (quoteEnd >= 0 && !(afterQuote && afterQuote.start === after[quoteEnd]!.end && isSubjectWord(afterQuote, rules))) quoteEnd = -1;
    const next = after[i + 1];
    const modifies = next !== undefined && next.start === token.end && (isSubjectWord(next, rules) || quotedNameEnd(after, i + 1) >= 0);
    // Two things counted together (169部电梯和自动扶梯) are one phrase: the joining word goes on to the second.
    const joins = JOINING.has(token.word) && run.length > 0 && modifies;
    if (quoteEnd < 0 && !isSubjectWord(token, rules) && !(isModifier(token, rules) && modifies) && !joins) break;
    const words = quoteEnd < 0 ? [token] : after.slice(i, quoteEnd + 1);
    run.push(...words);
    pos = words[words.length - 1]!.end;
    i += words.length - 1;
  }
  // Modifiers the phrase opens with (2台高速/d 电梯) are kept before what the rest of it names.
  let lead = 0;
  while (lead < run.length && !isSubjectWord(run[lead]!, rules) && !isQuoteMark(run[lead]!)) lead++;
  const thing = run.length > lead ? subjectOfTokens(run.slice(lead), rules, isPlace) : null;
  if (thing === null || rules.generic.has(thing)) return null;
  const rest = subjectText(run.slice(lead));
  if (!rest.startsWith(thing)) return thing;
  // The classifier counts the run's last noun: a head of the lexicon nouns go on after (特色产业/集群, 工业/互联网/平台,
  // 重点产业/项目) only narrows it, so the whole run is what is counted (contract: the noun phrase the figure modifies).
  return subjectText(run.slice(0, lead)) + (countedTail(run.slice(lead), thing, rules) ? rest : thing);
}

/**
 * Tags of the words that go on after a head of the lexicon inside what a classifier counts: nouns of any kind (集群/n,
 * 城市/ns 试点/n), verbal nouns and set phrases (检验/vn 检测/vn 平台), abbreviations; and a word the segmenter does not
 * know, of two characters at least (维保/x 单位, 冷链/x 物流). Not a verb (保护/v 示范区: a clause's words).
 */
const TAIL_TAGS = /^(?:n[a-z]*|vn|j|l)$/;
const isTailWord = (token: Token) => TAIL_TAGS.test(token.tag) || (token.tag === 'x' && /^[\u4e00-\u9fff]{2,}$/.test(token.word));

/**
 * Whether the words of a counted run after the thing the lexicon reads at its start are nouns only, the last a work or
 * unit of countedTailWorks (集群, 平台, 基地, 单位) naming a thing counted (namesCountedThing): then they, not the head, end
 * what is counted. A verb among them (保护/v 示范区) makes the run a clause's words, not one noun phrase; any other noun
 * after the head is as often what the thing has (学生/住宿费, 教师/待遇, 机构/资质), not what the classifier counts.
 */
function countedTail(words: readonly Token[], thing: string, rules: SubjectRules): boolean {
  let at = 0;
  while (at < words.length && subjectText(words.slice(0, at)) !== thing) at++;
  const tail = words.slice(at);
  if (at === 0 || tail.length === 0) return false;
  const last = tail[tail.length - 1]!;
  return tail.every(isTailWord) && namesCountedThing(last, rules) && rules.countedTailWorks.some((work) => last.word.endsWith(work));
}
