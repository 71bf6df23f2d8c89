/**
 * The subject of a figure (contract v1.1, subject): what its own words, its clause, a list it is given in, the
 * sentence before it, its paragraph's lead, its section or its document name. Part of a figure's context
 * (context.ts factContext); the noun runs themselves are read by pipeline/scope/subjects.ts.
 */
import type { DocumentScope, ScopeSection, Token } from '../../core/document';
import type { PlaceIndex } from '../metadata/places';
import { nounAfterFigure, nounBeforeFigure } from '../scope/figure-noun-phrase';
import { withJoinedItems } from '../scope/coordinated-subject';
import { withGluedPrefix } from '../scope/subject-prefix';
import { headOf } from '../scope/subject-words';
import { plainProduct, sampledSectionProduct, type SampledSectionRules } from '../scope/sampled-section';
import {
  continuesEarlierClause,
  countedNounPhrase,
  countedThing,
  PER_UNIT,
  RESULT_RATE,
  subjectOfTokens,
  type SubjectRules,
} from '../scope/subjects';
import { takesScopeSubject, type TopicRules } from '../scope/topics';
import { withoutTradePartner } from '../scope/trade-partner';
import { pairedPart } from './paired-whole';
import { aggregateProduct, namesNoSubject } from './names-no-subject';
import { asPageNamed } from './named-subject';
import { splitPart, type SplitPartRules } from './split-part';
import { withinCountedClasses, type ClassCountRules } from './class-count';
import { goneOnSubject } from './sentence-going-on';
import type { FigureInput } from './figure-input';
import { RESPECTIVELY, respectiveItem } from './respective-subject';
import { BOUND_OF, countedOutsideLexicon } from './counted-outside-lexicon';
import { resultItemBefore, sampledItemBefore, sampledItemOfClause } from './sampled-item';
import { tokensWithin } from '../text/tokens-in';
import { ratedThing, type RatedThingRules } from './rated-thing';

export { RESPECTIVELY } from './respective-subject';

/**
 * The subject (contract: the product, industry, company or group the figure is about): the enumeration's
 * item; else the noun phrase the figure modifies; else what its clause, then its sentence, names before it
 * (生乳中细菌总数分为四个等级：一级…); else its section's heading; else the document's topic.
 */
/** A clause that goes on about what the clause before it named (…120批次，其中合格115批次). */
const CONTINUES = /^(?:其中|内含|含|包括)/;
/** A clause that leads the clauses after it (生乳中细菌总数分为四个等级，一级…). */
const LEADS = /分为|分成|包括|包含/;

/**
 * The subject of the clause before the figure's when the figure's clause continues it (其中…); else of the
 * nearest earlier clause of the sentence that leads a list (分为四个等级，一级…，二级…).
 */
function continuedSubject(input: FigureInput, named: (from: number, to: number) => string | null): string | null {
  const { view, start } = input;
  let clauseStart = view.clauseStart(start);
  const continues = CONTINUES.test(view.text.slice(clauseStart, start));
  while (clauseStart > view.start) {
    const previousStart = view.clauseStart(clauseStart - 1);
    if (continues || LEADS.test(view.text.slice(previousStart, clauseStart - 1))) return named(previousStart, clauseStart - 1);
    clauseStart = previousStart;
  }
  return null;
}

/**
 * What an earlier clause names, read first as the product it samples (弹簧软床垫抽查14批次 → 弹簧软床垫, where the
 * lexicon's head names only 床垫; 卫生纸抽查20批次 → 卫生纸, which no head names): a clause going on about it
 * (合格11批次, 批次合格率为78.6%) is about the product as written.
 */
function withSampledItem(
  named: (from: number, to: number) => string | null,
  sampledAt: (from: number, to: number) => string | null,
): (from: number, to: number) => string | null {
  return (from, to) => {
    const item = sampledAt(from, to);
    const head = named(from, to);
    return item && (head === null || item.endsWith(head)) ? item : head;
  };
}

/** A clause that totals what came before it (共有44种, 合计, 总计). */
const TOTALS = /^(?:共|合计|总计|计)/;

/**
 * The subject of the nearest earlier clause of the sentence that names one, when the figure's clause names
 * nothing of its own but goes on counting it (抽查儿童服装产品80批次，合格72批次，合格率为90%; 出口增长…，同比增长…).
 */
function carriedSubject(
  input: FigureInput,
  rules: SubjectRules,
  named: (from: number, to: number) => string | null,
  counted: (from: number, to: number, adjacent: boolean) => string | null,
): string | null {
  const { view, start } = input;
  let clauseStart = view.clauseStart(start);
  const own = view.tokensIn(clauseStart, view.clauseEnd(start)).filter((token) => token.end <= start || token.start >= input.end);
  if (!continuesEarlierClause(own, rules)) return null;
  const totals = TOTALS.test(view.text.slice(clauseStart, start));
  // A clause that opens with a word of its own no lexicon knows (纱三百万吨) is no clause going on.
  if (opensWithBoundWord(own)) return null;
  // What an earlier clause counts outside the lexicon carries only to a clause of a predicate and a comparison
  // (…，增长百分之三十三; …，比上年增加10万吨), not to one that names something the lexicon does not know (投用充电桩).
  let passedFigure = false;
  // Only clauses stating results lie between the figure's clause and the one looked at (共检查6239台磅秤，合格6215台，
  // 不合格24台，合格率达99.6%): the earlier clause is as near as the one right before.
  let adjacent = true;
  // A word glued before a result rate names the rate (检定/v 合格率, 抽样/v 合格率), as the rate alone goes on.
  const namesRate = (i: number) => own[i + 1] !== undefined && own[i + 1]!.start === own[i]!.end && RESULT_RATE.test(own[i + 1]!.word);
  const onlyGoesOn = own.every(
    (token, i) => token.end > start || !/[\u4e00-\u9fff]/.test(token.word) || goesOn(token, rules) || namesRate(i),
  );
  while (clauseStart > view.start) {
    const previousStart = view.clauseStart(clauseStart - 1);
    // A list of items totalled (青岛啤酒、海尔冰箱…，共有44种) is counted as a whole: its last item is no subject of the total.
    if (totals && /[、…]/.test(view.text.slice(previousStart, clauseStart - 1))) return null;
    const head = named(previousStart, clauseStart - 1);
    // The earlier clause's thing as its own figure counts it (抽查硬塑玩具19个批次，18个批次合格: 硬塑玩具, where the
    // lexicon's head names only 玩具): the clause going on is about that same thing, as written.
    const written = head ? counted(previousStart, clauseStart - 1, adjacent) : null;
    if (head && written && written.length > head.length && written.endsWith(head)) {
      if (narrowsOnly(view.tokensIn(previousStart, clauseStart - 1), written, head, rules)) return written;
    }
    const subject = head ?? (onlyGoesOn && !passedFigure ? counted(previousStart, clauseStart - 1, adjacent) : null);
    if (subject) return subject;
    // Past a clause with a figure of its own (收入5.13万亿元), a thing counted further back is another figure's; not
    // past a clause that only states a result of the sampling before it (合格6215台, 1批次不合格): that goes on too.
    const previous = view.tokensIn(previousStart, clauseStart - 1);
    const result = statesResult(previous, rules);
    passedFigure ||= previous.some(isFigure) && !result;
    adjacent &&= result;
    // An earlier clause about a thing the lexicon does not know (纱三百万吨，增长…) is what the clause goes on
    // about: one further back (棉花三百六十万吨) is not.
    if (opensWithBoundWord(view.tokensIn(previousStart, clauseStart - 1))) return null;
    clauseStart = previousStart;
  }
  return null;
}

/**
 * Whether a clause only states a result of a test of what an earlier clause sampled (合格6215台, 1批次不合格, 其中不合格
 * 产品3批次): a figure, a word of result, and nothing else that names a thing of its own.
 */
function statesResult(tokens: readonly Token[], rules: SubjectRules): boolean {
  return tokens.some(isFigure) && tokens.some((token) => rules.resultWords.has(token.word)) && continuesEarlierClause(tokens, rules);
}

/** Tags of a word that is no modifier of a thing counted: a verb, a time, a numeral, a preposition, an adverb, a pronoun. */
const NOT_NARROWING_TAGS = /^(?:v|t|m|p|d|r|c|u|f)/;

/**
 * Whether the words a counted phrase holds before its head (硬塑 of 硬塑玩具) only narrow it: no verb, time or numeral
 * (五年生产原煤, 发送旅客 are a clause's words, not a kind of 原煤 or 旅客).
 */
function narrowsOnly(tokens: readonly Token[], written: string, head: string, rules: SubjectRules): boolean {
  const text = tokens.map((token) => token.word).join('');
  const at = text.lastIndexOf(written);
  if (at < 0) return false;
  let offset = 0;
  for (const [i, token] of tokens.entries()) {
    const inPrefix = offset >= at && offset < at + written.length - head.length;
    // After the verb of sampling a word tagged a verb is the kind sampled (抽检/v 低压/v 电线: 低压电线).
    const kindSampled = token.tag === 'v' && rules.samplingVerbs.includes(tokens[i - 1]?.word ?? '');
    if (inPrefix && NOT_NARROWING_TAGS.test(token.tag) && !kindSampled) return false;
    offset += token.word.length;
  }
  return true;
}

/** Tags of the words of a clause that goes on: adverbs, prepositions, particles, numerals, times, conjunctions, pronouns. */
const GOING_ON_TAGS = /^(?:d|p|u|m|t|f|r|c|q)/;

/** Whether a word only goes on about what an earlier clause named (增长, 比, 上年, 同比, 了, a bare 产品, 合格率). */
function goesOn(token: Token, rules: SubjectRules): boolean {
  return (
    GOING_ON_TAGS.test(token.tag) ||
    rules.predicates.has(token.word) ||
    rules.continuing.has(token.word) ||
    rules.bareProducts.has(token.word) ||
    RESULT_RATE.test(token.word)
  );
}

/** Whether a clause opens with a word the segmenter reads as bound (纱/zg): a thing no lexicon knows, named by the clause itself. */
function opensWithBoundWord(tokens: readonly Token[]): boolean {
  const first = tokens.find((token) => /[\u4e00-\u9fff]/.test(token.word));
  return first !== undefined && first.tag === 'zg';
}

/** What makes a numeral a date (一九五九年, 3月, 15日). */
const DATE_WORD = /^[年月日]/;
/** A numeral that is a share or holds its unit (百分之四, 4.1%, 3倍), and words after one that make it money, a share or a multiple. */
const NO_THING_FIGURE = /百分之|[%％倍元]/;
const NO_THING_FOLLOWING = /^(?:[%％倍]|[^，,。；;]*元)/;

/** A numeral token: the figure of a clause (三百六十万/m, 120/m). */
const isNumeralWord = (token: Token) => token.tag === 'm' && /[0-9０-９一二三四五六七八九十两百千万亿]/.test(token.word);

/** A clause's figure among its words: a numeral that is no date (一九五九年) and no ordinal (第六位). */
function isFigure(token: Token, i: number, tokens: readonly Token[]): boolean {
  return isNumeralWord(token) && !token.word.startsWith('第') && !DATE_WORD.test(tokens[i + 1]?.word ?? '');
}

/**
 * What an earlier clause counts or measures right before its own figure (棉花三百六十万吨, 食糖增产了四十万吨):
 * the noun phrase glued to its first figure, any noun that names a thing, as the figure's own reading takes it.
 * A clause that only goes on (…，增长百分之三十三) is about it too, though no head of the lexicon names it.
 */
function countedBeforeFigure(tokens: readonly Token[], rules: SubjectRules, isPlace: (token: Token) => boolean): string | null {
  // A year or a date (一九五九年的…) is no figure of the clause.
  const figure = tokens.findIndex(isFigure);
  if (figure <= 0 || tokens[figure - 1]!.end !== tokens[figure]!.start) return null;
  // Only a figure that counts or weighs things (三百六十万吨, 1000家): a share, a multiple or money is of no thing.
  const unit = tokens[figure + 1]?.word ?? '';
  if (NO_THING_FIGURE.test(tokens[figure]!.word) || NO_THING_FOLLOWING.test(unit)) return null;
  const counted = nounBeforeFigure(tokens.slice(0, figure), rules, isPlace);
  // A unit read per something (菌落总数为每毫升20万个) is part of the figure, not what it counts.
  return counted !== null && !PER_UNIT.test(counted) ? counted : null;
}

/** The points of a change in a rate (6.6个百分点). */
const POINTS = /^百分点/;

/**
 * What an earlier clause counts right after its figure and classifier (完成86台加油机的周期检定): the noun phrase
 * the classifier counts, as a count's own reading takes it, when no noun is glued before the figure.
 */
function countedAfterClassifier(tokens: readonly Token[], rules: SubjectRules, isPlace: (token: Token) => boolean): string | null {
  const figure = tokens.findIndex(isFigure);
  const classifier = tokens[figure + 1];
  const noun = tokens[figure + 2];
  if (figure < 0 || classifier?.tag !== 'q' || classifier.start !== tokens[figure]!.end || noun?.start !== classifier.end) return null;
  // A share, money or a multiple counts no thing, nor does a change in points (提高了6.6个百分点).
  if (NO_THING_FIGURE.test(tokens[figure]!.word) || POINTS.test(noun.word)) return null;
  const counted = nounAfterFigure(tokens.slice(figure + 2), rules, isPlace);
  return counted !== null && !PER_UNIT.test(counted) ? counted : null;
}

/** A clause that gives figures to a list of items (制造业、普惠小微贷款余额分别增长…): the enumeration names them. */
function namesItems(clause: string): boolean {
  const respectively = RESPECTIVELY.exec(clause);
  return respectively !== null && /[、和及与]/.test(clause.slice(0, respectively.index));
}

/**
 * Where the words about the figure at `end` begin in its clause: after the list separator that follows the
 * last figure before it, when words of its own come between (新增科技型中小企业7227家、高新技术企业3200家、
 * 专精特新企业1565家: the last names only 专精特新企业); a range or from-to pair (2%-3%, 从0.94万家增加到1.55万家,
 * 75%和90%) shares its words.
 */
function afterFigures(text: string, from: number, end: number): number {
  const before = text.slice(from, end);
  let lastDigit = -1;
  for (const match of before.matchAll(/[0-9０-９]/g)) lastDigit = match.index;
  if (lastDigit < 0) return from;
  const separator = before.slice(lastDigit).search(/[、和及与]/);
  if (separator < 0) return from;
  const itemStart = lastDigit + separator + 1;
  return /[\u4e00-\u9fff]/.test(before.slice(itemStart)) ? from + itemStart : from;
}

/** What continuedItem reads: the figure, its clause's start, where its item starts, and how a span's subject is named. */
interface ItemContext {
  input: FigureInput;
  rules: SubjectRules;
  clauseStart: number;
  itemStart: number;
  named: (from: number, to: number) => string | null;
}

/**
 * The subject of the item before the figure's in a list of figures (人工智能核心产业营收6800亿元、增长20%; 粮食播种面积
 * 1584.6万亩、总产量132.4亿斤), when the figure's own item names nothing but a predicate or a measure that needs an
 * owner: the item goes on about what the item before it named, as a clause going on does (carriedSubject).
 */
function continuedItem(ctx: ItemContext): string | null {
  const { input, rules, clauseStart, itemStart, named } = ctx;
  const { view, start } = input;
  // In a list given figures in order (A、B分别增长5%、7%) each figure is its own item's, never the one before.
  if (itemStart <= clauseStart || namesItems(view.text.slice(clauseStart, view.clauseEnd(start)))) return null;
  const own = view.tokensIn(itemStart, start).filter((token) => token.start >= itemStart && token.end <= start);
  // An item of places only (…等9个省、直辖市39家企业) names the region, never a subject: it goes on too.
  const placesOnly = own.every((token) => token.tag === 'ns' || rules.placeNouns.includes(token.word));
  if (own.length === 0 || !(placesOnly || continuesEarlierClause(own, rules))) return null;
  // The item before it, itself after any earlier figure of the clause (A 5家、B 6家、增长7%: B's).
  return named(afterFigures(view.text, clauseStart, itemStart - 1), itemStart - 1);
}

/** A word opening a sentence or clause that refers back to what was named before it (其规格, 该产品, 它的). */
const REFERS_BACK = /^(?:其(?!中|他|余|实|次|间)|该(?!局|部门)|它|此类)/;
const SENTENCE_END = /[。！？!?][^。！？!?]*$/;

/**
 * What the sentence before names, in the same paragraph, when the figure's sentence or clause opens by
 * referring back to it (…Q460高强板。其规格厚度12至40毫米: 高强板); else null.
 */
function referredSubject(input: FigureInput, named: (tokens: Token[]) => string | null): string | null {
  const { view, start, doc } = input;
  const opening = view.text.slice(view.start, start).trim();
  const clause = view.text.slice(view.clauseStart(start), start).trim();
  if (!REFERS_BACK.test(opening) && !REFERS_BACK.test(clause)) return null;
  const paragraphStart = view.paragraphStart();
  const before = view.text.slice(paragraphStart, view.start).replace(/[。！？!?\s]+$/, '');
  if (before === '') return null;
  const previousStart = paragraphStart + before.search(SENTENCE_END) + 1;
  const tokens = tokensWithin(doc.tokens, previousStart, view.start);
  return named(tokens);
}

/** A paragraph's opening that says what the paragraph is about (在重工业方面，… / 乳制品：… / 就乳制品而言，…), before its first figure. */
const LEAD_CLAUSE = /^[\s\u3000]*(?:[（(][一二三四五六七八九十\d]+[）)])?\s*(在|关于|对于)?([^，,：:。；;\n]{2,16}?)(?:方面|领域)?[，,：:]/;
const NAMES_LEAD = /(?:方面|领域)[，,：:]$|[：:]$/;
/** Words that open a lead naming its topic with a comma alone (关于乳制品，… / 对于出口企业，…). */
const TOPIC_OPENING = /^(?:关于|对于)$/;
/** A lead that frames its topic (就乳制品而言，… / 从出口企业来看，…). */
const FRAMING_LEAD = /^[\s\u3000]*(?:[（(][一二三四五六七八九十\d]+[）)])?\s*(?:就|从)([^，,：:。；;\n]{2,16}?)(?:而言|来看|来说|看)[，,]/;

/** A paragraph opening with a run-in heading, a short phrase closed by 。 (冶金工业。冶金工业部有…). */
const RUN_IN_HEADING = /^[\s\u3000]*([\u4e00-\u9fff]{2,8})。/;

/**
 * What a run-in heading names when it is nothing but a subject (冶金工业。…, 乳制品。…: the whole phrase is the
 * subject the lexicon reads in it), for the figures of its paragraph after it; null for a heading that says
 * what is done (继续扩大对外开放。) or a paragraph opening otherwise.
 */
function runInHeading(input: FigureInput, named: (tokens: Token[]) => string | null): string | null {
  const { view, start, doc } = input;
  const paragraphStart = view.paragraphStart();
  const heading = RUN_IN_HEADING.exec(view.text.slice(paragraphStart, start));
  if (!heading) return null;
  const end = paragraphStart + heading[0].length - 1;
  const subject = named(tokensWithin(doc.tokens, end - heading[1]!.length, end));
  return subject === heading[1] ? subject : null;
}

/**
 * What the paragraph's lead names (contract: the subject falls back to the nearest enclosing heading,
 * paragraph lead or title that names one): an opening clause that marks its topic (在轻纺工业方面，…), or
 * null when the paragraph opens otherwise or its lead names no subject.
 */
function paragraphLead(input: FigureInput, named: (tokens: Token[]) => string | null): string | null {
  const { view, start, doc } = input;
  const paragraphStart = view.paragraphStart();
  const opening = view.text.slice(paragraphStart, start);
  const heading = runInHeading(input, named);
  if (heading) return heading;
  const lead = LEAD_CLAUSE.exec(opening);
  const marked = lead && (NAMES_LEAD.test(lead[0]) || TOPIC_OPENING.test(lead[1] ?? '')) ? lead : FRAMING_LEAD.exec(opening);
  if (!marked || /[0-9０-９]/.test(marked[0])) return null;
  const end = paragraphStart + marked[0].length;
  return named(tokensWithin(doc.tokens, paragraphStart, end));
}

/**
 * The item of a list given figures in order (有色冶金、石化化工、装备制造产业增加值分别增长…) that the figure's
 * metric opens with, before its measure (石化化工产业增加值 → 石化化工产业), when the list names things, not
 * measures (主营业务收入、净利润分别增长: none). The contract: one fact per value, each with its own subject.
 */
/** A metric's opening that is no single item (a list the extractor left whole) or a quality, not a thing (水质优良). */
const NO_ITEM = /[、和及与，,]|分别|优良|达标|合格|质量/;

function listedItem(input: FigureInput, rules: SubjectRules): string | null {
  const { view, start, metric } = input;
  const clauseStart = view.clauseStart(start);
  if (!namesItems(view.text.slice(clauseStart, view.clauseEnd(start)))) return null;
  let at = -1;
  for (const measure of rules.measures) {
    const found = metric.indexOf(measure);
    if (found === 0) return null;
    if (found >= 2 && (at < 0 || found < at)) at = found;
  }
  let item = at < 0 ? '' : metric.slice(0, at);
  // A word of the measure's own left before it (农村居民人均可支配收入: 人均) is not part of the item.
  for (const word of rules.notSubjects) if (item.endsWith(word) && item.length > word.length) item = item.slice(0, -word.length);
  // The item must be one the clause lists (its own words, not a phrase the extractor put together).
  if (item.length < 2 || rules.notSubjects.has(item) || NO_ITEM.test(item)) return null;
  if (!view.text.slice(clauseStart, start).includes(item.slice(0, 2))) return null;
  return item;
}

/** Longest item of a list that shares the head of its last item (大型、中型、小型企业; 省级、市级、县级检验机构). */
const SHORT_ITEM = 4;

/**
 * The subject of the figure's item in a list given figures in order whose short items share the head the
 * last item ends with (大型、中型、小型企业抽样合格率分别为… → 大型企业, 中型企业, 小型企业; 大、中、小型企业 →
 * 大型企业): the contract's one fact per value, each with its own subject when the sentence names them.
 */
function sharedHeadItem(input: FigureInput, rules: SubjectRules, named: (from: number, to: number) => string | null): string | null {
  const { view, start } = input;
  const clauseStart = view.clauseStart(start);
  const respectively = RESPECTIVELY.exec(view.text.slice(clauseStart, start));
  if (!respectively) return null;
  const listEnd = clauseStart + respectively.index;
  const parts = view.text.slice(clauseStart, listEnd).split(/[、和及与]/);
  if (parts.length < 2 || parts.slice(1, -1).some((part) => part.length === 0 || part.length > SHORT_ITEM)) return null;
  // Items that name a thing of their own (金融业、软件和信息服务业) share no head; a list must give each item a value.
  if (parts.slice(0, -1).some((part) => endsInHead(part, rules))) return null;
  const values = view.text.slice(listEnd, view.clauseEnd(start)).match(/[0-9０-９]+(?:[.．][0-9０-９]+)?/g) ?? [];
  if (values.length !== parts.length) return null;
  const last = parts[parts.length - 1]!;
  const lastSubject = named(listEnd - last.length, listEnd);
  const head = lastSubject ? rules.heads.find((h) => lastSubject.endsWith(h) && lastSubject.length > h.length) : undefined;
  if (!lastSubject || !head) return null;
  // The figure's place among the values: how many values, each followed by a separator, come before it.
  const index = (view.text.slice(listEnd, start).match(/[0-9０-９][^、和及与]*[、和及与]/g) ?? []).length;
  if (index >= parts.length) return null;
  // A list of ordinals opened by 第 (第一、二、三产业) gives each item its 第 (第二产业).
  const ordinal = /第[一二三四五六七八九十]$/.test(parts[0]!) && !lastSubject.startsWith('第') ? '第' : '';
  if (index === parts.length - 1) return ordinal + lastSubject;
  const modifier = lastSubject.slice(0, -head.length);
  // The first item may follow words of the clause's own (全省大型, 其中城镇): it is as long as a middle one, or
  // without the scope words it opens with when there is none.
  const item = index === 0 ? firstItem(parts, rules) : parts[index]!;
  // An item stands for the last item's modifier (大型 for 小型), so it is no longer than it (炼铁 is no 炼 of 炼钢).
  if (!/^[\u4e00-\u9fff]+$/.test(item) || item.length > SHORT_ITEM || item.length > modifier.length) return null;
  // A one-character item takes the ending of the last item's modifier (大 with 小型 → 大型, 省 with 县级 → 省级).
  return ordinal + item + (item.length === 1 ? modifier.slice(1) : '') + head;
}

/** The first item of a list of short items, without the words of the clause before it. */
function firstItem(parts: readonly string[], rules: SubjectRules): string {
  if (parts.length > 2) return parts[0]!.slice(-parts[1]!.length);
  let item = parts[0]!;
  for (const word of rules.dropLeading) if (item.startsWith(word) && item.length > word.length) item = item.slice(word.length);
  return item;
}

/** Whether a word ends in a head of the lexicon (an item naming a thing of its own). */
function endsInHead(word: string, rules: SubjectRules): boolean {
  return rules.heads.some((head) => word.endsWith(head));
}

/** A grade word glued after a count (千亿级, 省级, 国家级): it narrows what the count counts. */
const GRADE = /^[\u4e00-\u9fff]{1,3}级/;
/** A grade alone after a count, closed by a list separator and followed by the next count (2家千亿级、24家…). */
const SHORT_COUNTED_ITEM = /^([\u4e00-\u9fff]{1,3}级)、(?:[0-9０-９]+(?:[.．][0-9０-９]+)?[个家项座所名批类种])/;

/**
 * What a count counts, keeping the grade glued before the noun run (24家百亿级工业企业 → 百亿级工业企业), and for a
 * grade alone whose noun follows only the next count (2家千亿级、24家百亿级工业企业; 8个国家级、13个省级区域医疗中心)
 * the item with the noun of the next (千亿级工业企业, 国家级区域医疗中心): contract, per item in enumerations.
 */
function countedSubject(input: FigureInput, rules: SubjectRules, isPlace: (token: Token) => boolean): string | null {
  const { view, end } = input;
  const clauseEnd = view.clauseEnd(end);
  const after = view.text.slice(end, clauseEnd);
  const counted = (at: number) => {
    const grade = GRADE.exec(view.text.slice(at, clauseEnd))?.[0] ?? '';
    const thing = countedThing(view.tokensIn(at + grade.length, clauseEnd), at + grade.length, rules, isPlace);
    return thing ? { grade, thing } : null;
  };
  const item = SHORT_COUNTED_ITEM.exec(after);
  if (item && !endsInHead(item[1]!, rules)) {
    const next = counted(end + item[0].length);
    return next ? item[1]! + next.thing : null;
  }
  // A bound and 的 between the count and what it counts (100种左右的重点产品, 30家以上的出口企业) leave it the thing counted.
  const own = counted(end + (BOUND_OF.exec(after)?.[0].length ?? 0));
  return own ? own.grade + own.thing : null;
}

/** A list separator closing the words before a figure, with nothing of the figure's own after it (…中心、30家). */
const ITEM_OPENS = /、\s*$/;
/** A classifier glued to a word that starts the thing it counts (30家标杆…, 5个批次羊毛衫): no punctuation, no figure. */
const GLUED_THING = /^[\u4e00-\u9fff]/;

/**
 * Whether a count opens an item of a list, after a 、 that closes the item before, and is glued to the noun it
 * counts (contract: one fact per value, each with its own subject): then the words before are another figure's.
 */
function opensCountedItem(input: FigureInput, phrase: NonNullable<FigureInput['phrase']>): boolean {
  const { view, start, end } = input;
  if (input.type !== 'count' || phrase.preEnd <= phrase.preStart) return false;
  return ITEM_OPENS.test(view.text.slice(view.clauseStart(start), start)) && GLUED_THING.test(view.text.slice(end, end + 1));
}

/** Units that count no thing: a share, a multiple, money, a per-unit, a time, an age, a degree or events (次, 起, 场). */
const NO_THING_UNIT = /^(?:%|pp|倍)$|元|\/|^(?:年|月|天|日|小时|分钟|秒|岁|周岁|度)$|^(?:次|起|场|场次|人次|轮|届)$/;

/**
 * Whether the figure counts or measures things by its unit (482个, 73.5万套, 1739万亩), so that the noun
 * phrase before it names what it counts; not a rate, a multiple, money, a per-unit, a time, an age or a
 * number of events (两次全面降准, 立案4510起: the event is no subject).
 */
function countsThings(input: FigureInput): boolean {
  const things = input.type === 'count' || input.type === 'amount' || input.type === 'change';
  // 度 after 万 or 亿 is kilowatt-hours of electricity (电力增产了二十四亿度), not a degree.
  const energy = input.unit === '度' && /[万亿]度/.test(input.view.text.slice(input.start, input.end));
  return things && input.unit !== null && (energy || !NO_THING_UNIT.test(input.unit));
}

/** Tags of the words a clause may open with before what it is about: times, numerals, directions, punctuation. */
const CLAUSE_LEAD_TAGS = /^(?:t|m|f|x)$/;

/**
 * What a change or rate is of when its clause is only a noun phrase, a predicate and the figure (普通中学增长
 * 百分之十五, 全年职业学校增长8%): the noun phrase, any noun that names a thing, as a classifier's (contract:
 * the noun phrase the figure modifies); null when the clause holds more before it than times and places, or
 * the phrase is a measure, an event or a bare 产品/企业 (居民消费价格上涨2.5%, 城镇新增就业).
 */
function clauseOpener(input: FigureInput, rules: SubjectRules, isPlace: (token: Token) => boolean): string | null {
  const { view, start } = input;
  if ((input.type !== 'change' && input.type !== 'rate') || input.unit !== '%') return null;
  const words = view.tokensIn(view.clauseStart(start), start).filter((token) => token.end <= start);
  const phrase = nounBeforeFigure(words, rules, isPlace);
  if (!phrase) return null;
  let lead = 0;
  while (
    lead < words.length &&
    (CLAUSE_LEAD_TAGS.test(words[lead]!.tag) || isPlace(words[lead]!) || rules.dropLeading.has(words[lead]!.word))
  )
    lead++;
  const opening = words
    .slice(lead)
    .map((token) => token.word)
    .join('');
  if (!opening.startsWith(phrase)) return null;
  // Only in a list of such clauses (焦炭增长22%，电力增长12%): a clause alone (税收增长3.9%) is a measure as often as a thing.
  const predicate = /^[^0-9０-９一二三四五六七八九十百]*/.exec(opening.slice(phrase.length))![0];
  return predicate !== '' && siblingClauses(input).some((clause) => listsLike(clause, predicate)) ? phrase : null;
}

/** The clauses of the figure's sentence right before and after its own. */
function siblingClauses(input: FigureInput): string[] {
  const { view, start } = input;
  const clauseStart = view.clauseStart(start);
  const clauseEnd = view.clauseEnd(start);
  const siblings: string[] = [];
  if (clauseStart > view.start) siblings.push(view.text.slice(view.clauseStart(clauseStart - 1), clauseStart - 1));
  if (clauseEnd + 1 < view.end) siblings.push(view.text.slice(clauseEnd + 1, view.clauseEnd(clauseEnd + 1)));
  return siblings;
}

/** Whether a clause is an item of the same list: a short noun, the same predicate, a figure (电力增长12%). */
function listsLike(clause: string, predicate: string): boolean {
  const at = clause.indexOf(predicate);
  return at >= 1 && at <= LIST_ITEM_LENGTH && /^[\u4e00-\u9fff]+$/.test(clause.slice(0, at)) && /[0-9０-９百]/.test(clause.slice(at));
}

/** Longest item of a list of clauses that each give a thing a figure (高等学校, 内燃机, 合成洗涤剂). */
const LIST_ITEM_LENGTH = 8;

/** Two figures of one clause with a list separator between them (服饰1180件、寝具229组). */
const LIST_OF_COUNTS = /[0-9０-９][^、，,。；;]*、[^、，,。；;]*?[0-9０-９]/;

/** Whether a clause lists counts item by item, each item with its own figure (服饰1180件、寝具229组、袜子174双). */
function inListOfCounts(clause: string): boolean {
  return LIST_OF_COUNTS.test(clause);
}

/** A digit or a numeral of a count (a clause holding one states a figure of its own). */
const NUMERAL = /[0-9０-９]|[一二三四五六七八九十两百千万亿]+[个项家批件起人次种类户名]/;

type FigureRules = {
  places: PlaceIndex;
  subjects: SubjectRules;
  topics: TopicRules;
  sampledSections: SampledSectionRules;
  splitParts: SplitPartRules;
  classCounts: ClassCountRules;
  ratedThings: RatedThingRules;
};

export function subjectOf(input: FigureInput, section: ScopeSection | null, scope: DocumentScope, rules: FigureRules): string | null {
  const found = input.listedSubject || subjectOrJoined(input, section, scope, rules);
  // A list closed by 等 and a count of classes (电热毯、羽绒服等9类产品) stands for more than it names: the figures of
  // its sampling are about the products as a whole, which name none; they take the section's or page's.
  if (
    found &&
    withinCountedClasses({
      sentence: input.view.text.slice(input.view.start, input.view.clauseEnd(input.start)),
      figure: input.start - input.view.start,
      subject: found,
      rules: rules.classCounts,
    })
  )
    return scopeSubject(input, section, scope, rules);
  // The staff who act (执法人员查处案件31起, 出动执法人员320人次) are no subject, as the body they act for is none: what they
  // did, and how many of them were sent, is about what its section or page is about (session 16: independent gold
  // leaves a count of staff sent null or gives it the page's product, never the staff). So are the public served
  // (servedByFigure) and a bare 产品 named only by its state (违法产品, 不合格产品).
  const namesNone =
    found !== null &&
    found !== undefined &&
    (actsOnFigure(found, rules.subjects) || servedByFigure(found, input, rules.subjects) || rules.subjects.stateOnly.test(found));
  const subject = namesNone
    ? scopeSubject(input, section, scope, rules)
    : found && isBareProject(found, rules.subjects)
      ? (paragraphLead(input, (tokens) => subjectOfTokens(tokens, rules.subjects, (token) => rules.places.lookup(token.word) !== null)) ??
        found)
      : found;
  // 社会消费品零售总额 is about the goods it totals (社会消费品), whatever the words around it seemed to name.
  const totalled = aggregateProduct(input.metric, subject ?? null, rules.subjects);
  if (totalled) return totalled;
  // Nothing named one: a rate's own metric may name the thing it rates (美丽河湖建成率 → 美丽河湖).
  if (!subject)
    return ratedThing({ input, subjects: rules.subjects, rated: rules.ratedThings, isPlace: (word) => rules.places.lookup(word) !== null });
  // A project named only by its stage or size is left to the paragraph lead above (isBareProject).
  const check = { type: input.type, metric: input.metric, subject, rules: rules.subjects };
  if (!isBareProject(subject, rules.subjects) && namesNoSubject(check)) return null;
  const { view, start } = input;
  const clauseStart = view.clauseStart(start);
  const clauseEnd = view.clauseEnd(start);
  // 城乡居民收入分别增长5.5%和6.8%: each figure is one part's (城镇居民, 农村居民).
  const part = pairedPart({
    text: view.text.slice(view.start, clauseEnd),
    start: start - view.start,
    end: input.end - view.start,
    subject,
    rules: rules.subjects,
  });
  // Whom the region trades with (对东盟、欧盟进出口分别增长…) is no subject: the contract's never the region.
  const clause = view.text.slice(clauseStart, clauseEnd);
  const placeOpening = (text: string) =>
    Math.max(0, ...rules.places.find(text, 0, text.length, () => true).map((place) => (place.start === 0 ? place.end : 0)));
  const own = withoutTradePartner({ clause, before: start - clauseStart, subject: part, rules: rules.subjects, placeOpening });
  // On a page about one company or brand by its own name, a bare form of it is that one (达芬奇家具's 家具).
  return asPageNamed({ subject: own, clause, scope, places: rules.places });
}

/**
 * Whether the subject is a project named only by its stage, size or rank (建设项目, 续建项目, 限额以上的项目, 大中型项目):
 * the unit a plan counts, not what it builds; under a lead naming the industry (冶金工业方面，… / 冶金工业。…) the
 * figure is about the industry (contract: the industry the figure is about; the lead scopes its paragraph).
 */
function isBareProject(subject: string, rules: SubjectRules): boolean {
  const project = rules.projects.find((word) => subject.endsWith(word));
  if (!project) return false;
  let rest = subject.slice(0, -project.length).replace(/的$/, '');
  for (let dropped = true; dropped && rest !== '';) {
    dropped = false;
    for (const stage of rules.projectStages)
      if (rest.endsWith(stage)) {
        rest = rest.slice(0, -stage.length);
        dropped = true;
      }
  }
  return rest === '';
}

/** Whether the subject names the staff who act (执法人员), whatever the figure counts. */
function actsOnFigure(subject: string, rules: SubjectRules): boolean {
  return rules.agents.some((agent) => subject.endsWith(agent));
}

/**
 * Whether the subject names the public an agency serves (群众, 消费者, 受灾群众) and the figure does not count them in
 * persons or households: what they report or lose (受理消费者投诉, 挽回群众损失) and how satisfied they are (群众满意率)
 * is about what the section or page is about, as what the staff who act do is.
 */
function servedByFigure(subject: string, input: FigureInput, rules: SubjectRules): boolean {
  const { view, end, unit } = input;
  const counted = unit !== null && (rules.personUnits.has(unit) || rules.householdUnits.has(unit));
  // A share named before the public it is of (团结百分之九十五以上的干部和群众, 60%的消费者表示) is of them.
  const sharedOut = view.text.slice(end, view.clauseEnd(end)).includes(subject);
  return namesPublic(subject, rules) && !counted && !sharedOut;
}

/** Whether the subject names the public an agency serves (群众, 消费者), whatever the figure counts. */
function namesPublic(subject: string, rules: SubjectRules): boolean {
  return rules.publics.some((public_) => subject.endsWith(public_));
}

/**
 * A section's or page's subject, for the figures it applies to (not economy-wide measures, not counts of people).
 * The staff who act or the public served that a title or lead names (出动执法人员…, 为消费者挽回损失…) are never
 * what a page is about: its figures get none from them, as a figure naming them gets none.
 */
function scopeSubject(input: FigureInput, section: ScopeSection | null, scope: DocumentScope, rules: FigureRules): string | null {
  const subject = takesScopeSubject(input, rules.topics) ? (section?.subject ?? scope.subject) : null;
  const people = subject !== null && (actsOnFigure(subject, rules.subjects) || namesPublic(subject, rules.subjects));
  return people ? null : subject;
}

function subjectOrJoined(input: FigureInput, section: ScopeSection | null, scope: DocumentScope, rules: FigureRules): string | null {
  const subject = subjectFound(input, section, scope, rules);
  if (subject === null) return asListedResult(input, null, rules);
  // Items joined before it that the same figure covers (国家级和省级龙头企业74家) narrow it as much as it does.
  const { view, start } = input;
  const words = view.tokensIn(view.start, start).filter((token) => token.end <= start);
  const joined = withJoinedItems({
    words,
    subject: withGluedPrefix(words, subject),
    rules: rules.subjects,
    isPlace: (token) => rules.places.lookup(token.word) !== null,
  });
  return asListedResult(input, joined, rules);
}

/**
 * The product an item of a list of results names before its figure as written (干制海产品10个批次, 脱水农产品合格率为
 * 51.6%), over the subject found otherwise when that is none, a shorter form of it (海产品), or a thing the item does
 * not name at all (a later item's 纤维制品, a heading's product): each item names what its own figure is about.
 */
/** Longest item of a list of results read as a product though no head of the lexicon ends it (纸巾纸, 旋耕机). */
const UNHEADED_ITEM = 8;

function asListedResult(input: FigureInput, subject: string | null, rules: FigureRules): string | null {
  const { view, start, type, unit } = input;
  const isPlace = (token: Token) => rules.places.lookup(token.word) !== null;
  const item = resultItemBefore({
    text: view.text,
    from: view.clauseStart(start),
    figure: start,
    rules: rules.subjects,
    wordsIn: (from, to) => view.tokensIn(from, to),
    isPlace,
    type,
    unit,
  });
  if (!item || item === subject || rules.subjects.notSubjects.has(item)) return subject;
  const ownHead = headOf(item, rules.subjects) !== null;
  if (subject !== null) {
    // A count of batches is of its item's product, over a shorter form (海产品 of 干制海产品), a modifier (锌 of 镀锌钢丝),
    // a later item's product (玩具6批次、纸巾纸2批次: not 纸巾纸's) or a heading's; not over a list it is part of.
    if (type === 'count') return subject.includes(item) ? subject : item;
    // A rate's words before it name a product when they end in a head of the lexicon or in the subject found.
    return ownHead || item.endsWith(subject) ? item : subject;
  }
  return ownHead || (type === 'count' && item.length <= UNHEADED_ITEM) ? item : null;
}

function subjectFound(input: FigureInput, section: ScopeSection | null, scope: DocumentScope, rules: FigureRules): string | null {
  const { view, phrase, start } = input;
  const isPlace = (token: Token) => rules.places.lookup(token.word) !== null;
  // A clause that only names who speaks or where the news came from (记者从店员处了解到，…) names the source, never
  // what the figures after it are about.
  const named = (from: number, to: number) =>
    from < to && !rules.subjects.sourceClause.test(view.text.slice(from, to).trim())
      ? subjectOfTokens(view.tokensIn(from, to), rules.subjects, isPlace)
      : null;
  // On a page about one company or product, what it counts that no head of the lexicon names (its 仓库,
  // 门店, 业务流程) is its own: the figure is about what the page is about.
  // Not in a list of counts (查获服饰1180件、寝具229组、袜子174双): each item names what its own figure counts.
  const listed = inListOfCounts(view.text.slice(view.clauseStart(start), view.clauseEnd(start)));
  const ownedBy = (counted: string) => (scope.subject && !listed && headOf(counted, rules.subjects) === null ? scope.subject : counted);
  const shared = sharedHeadItem(input, rules.subjects, named);
  if (shared) return shared;
  const item = listedItem(input, rules.subjects);
  if (item) return item;
  const endsWith = (from: number, to: number) =>
    nounBeforeFigure(
      view.tokensIn(from, to).filter((token) => token.start >= from && token.end <= to),
      rules.subjects,
      isPlace,
    );
  const goesOn = (from: number, to: number) =>
    continuesEarlierClause(
      view.tokensIn(from, to).filter((token) => token.start >= from && token.end <= to),
      rules.subjects,
    );
  const trimOpening = (words: string) => {
    for (const word of rules.subjects.dropLeading) if (words.startsWith(word)) return words.slice(word.length);
    return /^[全今去本][年市省区县]/.test(words) ? words.slice(2) : words;
  };
  const respective = respectiveItem({
    input,
    named,
    counted: endsWith,
    goesOn,
    trimOpening,
    measureEndings: rules.subjects.listedMeasureEndings,
  });
  if (respective) return respective;
  // A count is about what its classifier counts, the noun run right after it (抽查了45种乳制品).
  const counted = input.type === 'count' ? countedSubject(input, rules.subjects, isPlace) : null;
  if (counted) return counted;
  // A count of batches led by the product and the verb of sampling (卫生纸抽查20批次): the product as written.
  const sampling = { text: view.text, rules: rules.subjects, wordsIn: (from: number, to: number) => view.tokensIn(from, to), isPlace };
  const sampledAt = (from: number, to: number) => sampledItemOfClause({ ...sampling, from, to });
  const sampled = input.type === 'count' ? sampledItemBefore({ ...sampling, from: view.clauseStart(start), figure: start }) : null;
  if (sampled) return sampled;
  if (phrase) {
    // A count that opens an item of a list after a separator and counts the noun glued after it (10家省级概念验证中心、
    // 30家标杆孵化器; 抽检5个批次儿童服装、5个批次羊毛衫): the words before the separator are the item before's.
    const pre = opensCountedItem(input, phrase) ? { preStart: start, preEnd: start } : phrase;
    const tokens = [...view.tokensIn(pre.preStart, pre.preEnd), ...view.tokensIn(phrase.postStart, phrase.postEnd)];
    const own = subjectOfTokens(tokens, rules.subjects, isPlace);
    // What the figure counts, right before it (国家先进制造业集群增至14个): the whole noun phrase, of which a head
    // of the lexicon (制造业) may be only a modifier.
    // Not in a list given figures in order (A、B分别增至37座、14座): each item is its figure's, or none is.
    const counts =
      countsThings(input) &&
      pre.preEnd > pre.preStart &&
      phrase.postEnd <= input.end &&
      !namesItems(view.text.slice(view.clauseStart(start), view.clauseEnd(start)));
    const preWords = view.tokensIn(pre.preStart, pre.preEnd).filter((token) => token.start >= pre.preStart && token.end <= pre.preEnd);
    const before = counts ? nounBeforeFigure(preWords, rules.subjects, isPlace) : null;
    if (before && (!own || before.includes(own))) return ownedBy(before);
    if (own) return own;
    const opener = !namesItems(view.text.slice(view.clauseStart(start), view.clauseEnd(start)))
      ? clauseOpener(input, rules.subjects, isPlace)
      : null;
    if (opener) return opener;
    // What the classifier counts after the figure (6部作品获文华奖), when no head of the lexicon names it.
    // Only a count: after an amount's unit come what it is of (2.28吨煤, 吨标准煤), not what it counts.
    const glued = input.type === 'count' && countsThings(input) && phrase.postStart === input.end && phrase.postEnd > phrase.postStart;
    const postWords = view.tokensIn(phrase.postStart, phrase.postEnd).filter((token) => token.start >= phrase.postStart);
    const after = glued ? nounAfterFigure(postWords, rules.subjects, isPlace) : null;
    if (after) return ownedBy(after);
  }
  const outside = input.type === 'count' && countsThings(input) ? countedOutsideLexicon(input, rules.subjects) : null;
  if (outside) return outside;
  const clauseStart = view.clauseStart(start);
  // The sentence's opening clause is its topic when it counts nothing itself (今年对乳粉开展专项抽检，共抽取…),
  // or when it leads a list (生乳中细菌总数分为四个等级：一级…).
  const opening = Math.min(view.clauseEnd(view.start), clauseStart);
  const topical = view.text[opening] === '：' || !NUMERAL.test(view.text.slice(view.start, opening));
  const itemStart = afterFigures(view.text, clauseStart, start);
  // The item before a count that opens its own (…儿童服装、5个批次羊毛衫) is no subject of it, nor goes it on about it.
  const ownItem = !(phrase && opensCountedItem(input, phrase));
  return (
    (namesItems(view.text.slice(clauseStart, view.clauseEnd(start))) || !ownItem ? null : named(itemStart, start)) ??
    // A result split by a pair of words (本省…，外省…; 城区…，乡镇…): the part the figure follows.
    splitPart(view.slice, start - view.start, rules.splitParts) ??
    (ownItem ? continuedItem({ input, rules: rules.subjects, clauseStart, itemStart, named }) : null) ??
    continuedSubject(input, named) ??
    carriedSubject(input, rules.subjects, withSampledItem(named, sampledAt), (from, to, adjacent) => {
      const words = view.tokensIn(from, to);
      // What a classifier counts after its figure carries only to the clause right after it (…132台加油机的检定工作，
      // 检定合格率达97.3%), not past clauses between, unless they only state its results (…6239台磅秤，合格6215台，…).
      const counted =
        countedBeforeFigure(words, rules.subjects, isPlace) ?? (adjacent ? countedAfterClassifier(words, rules.subjects, isPlace) : null);
      return counted ? ownedBy(counted) : null;
    }) ??
    (topical ? named(view.start, opening) : null) ??
    referredSubject(input, (tokens) => subjectOfTokens(tokens, rules.subjects, isPlace)) ??
    goneOnSubject(
      input,
      rules.subjects,
      (tokens) => subjectOfTokens(tokens, rules.subjects, isPlace) ?? countedBeforeFigure(tokens, rules.subjects, isPlace),
    ) ??
    paragraphLead(input, (tokens) => subjectOfTokens(tokens, rules.subjects, isPlace)) ??
    sampledSectionProduct({
      doc: input.doc,
      rules: rules.sampledSections,
      order: view.order,
      start,
      sectionStart: section?.start ?? 0,
      // The product a lead names: a head of the lexicon, else the noun phrase its words end in (家用净水系统),
      // else its words when they are all a name's (儿童推车).
      named: (tokens) =>
        subjectOfTokens(tokens, rules.subjects, isPlace) ??
        (tokens.length > 0 ? countedNounPhrase(tokens, tokens.length - 1, rules.subjects, isPlace) : null) ??
        plainProduct(tokens, isPlace, [...rules.topics.bodies, ...rules.subjects.offices, ...rules.subjects.dropLeading]),
    }) ??
    // A section's or page's subject is what its figures are about, not its economy-wide measures or its people.
    scopeSubject(input, section, scope, rules)
  );
}
