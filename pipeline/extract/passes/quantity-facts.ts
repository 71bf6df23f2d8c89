/**
 * The quantity-facts pass: each kept quantity becomes a fact with its metric phrase, sign and context. A
 * figure without words of its own inherits the metric of the figure before it; the high end of a vague
 * range (`三四倍`) repeats its low end's fact.
 */
import type { ExtractedFact } from '../../../core/document';
import { factContext } from '../context';
import type { EnumeratedFigure } from '../enumeration';
import { changeWord } from '../change-word';
import { countedWord } from '../counted-word';
import { elidedCountedNoun } from '../elided-count';
import { itemSubject, sharedValueMeasures } from '../shared-value';
import { moneyPurpose } from '../money-purpose';
import { ratioMetric } from '../ratios';
import { shareRangeMetrics } from '../range-metric';
import { framedMetric } from '../topic-frame';
import { topicBefore } from '../topic-before';
import { figureOfSentenceBefore } from '../sentence-before-figure';
import { dimensionWord, lastGoverningVerb, measuredHead, metricPhrase, namesNothing, priceWord, trimSpan } from '../metric';
import type { Lexicons } from '../lexicons';
import type { Draft, SentenceContext, Typing } from '../pass';
import type { Quantity } from '../quantities';

export function addQuantityFacts(sentence: SentenceContext): void {
  const { kept, typed, enumerated, facts } = sentence;
  let previous: Draft | null = null;
  const drafts: Draft[] = [];
  // Number of facts made before the current `分别…` list (-1 outside one).
  let listBase = -1;
  for (const quantity of kept) {
    if (previous && previous.quantity.numeral === quantity.numeral && previous.quantity.value !== 0) {
      const twin = rangeTwin(previous, quantity);
      facts.push(twin.fact);
      drafts.push(twin);
      previous = twin;
      continue;
    }
    let figure = enumerated.get(quantity) ?? null;
    if (figure?.earlier !== undefined) {
      // `分别增长a、b` after figures that name their metrics: each takes the metric of its counterpart.
      if (listBase < 0) listBase = drafts.length;
      const counterpart = drafts[listBase - figure.earlier];
      figure = counterpart ? { subject: counterpart.fact.subject, metric: counterpart.fact.metric } : null;
    } else {
      listBase = -1;
    }
    const draft = quantityFact({ sentence, quantity, typing: typed.get(quantity)!, previous, enumerated: figure, earlier: drafts });
    if (!draft) continue;
    // `出厂合格率和抽检合格率均为99%`: one value of several measures is a fact for each.
    const measures = figure ? null : sharedValueMeasures(sentence.view, quantity, draft.fact.metric, sentence.extractor.lexicons);
    if (measures) draft.fact.metric = measures[0]!;
    facts.push(draft.fact);
    drafts.push(draft);
    for (const measure of measures?.slice(1) ?? []) {
      const subject = itemSubject(measures![0]!, draft.fact.subject, measure, sentence.extractor.lexicons);
      const other: Draft = { ...draft, fact: { ...draft.fact, metric: measure, subject } };
      facts.push(other.fact);
      drafts.push(other);
    }
    previous = draft;
  }
  // `货值8万元至15万元的案件`, `处2万元以上、10万元以下罚款`: both ends of a range, and the later bands of a graded list, are of one measure.
  shareRangeMetrics({ text: sentence.view.text, drafts, rules: sentence.extractor.lexicons.trims.rangeEnds });
  // Added last, so that a figure taking the metric of a count before it (`进口家具90多批，货值800多万美元`) does not take it.
  for (const draft of drafts) if (draft.countedWord) draft.fact.metric += draft.countedWord;
  // The same for the verb of a change (`增长10%，达到500亿元`: the level reached takes no 增长).
  addChangeWords(sentence, drafts);
}

/** Between two items of a list of changes that one verb states (`分别增长8.3%、7.9%`), or the two ends of a range (`上涨了8%至12%`). */
const LIST_JOIN = /^\s*[、和及与至到~～\-—–]\s*$/;

/**
 * Each change's metric ends with the verb of change its clause says before it (change-word.ts); the next item of a
 * list of changes (`分别增长8.3%、7.9%`) takes the verb of the item before it when it says none of its own.
 */
function addChangeWords({ view, extractor }: SentenceContext, drafts: readonly Draft[]): void {
  let before: Draft | null = null;
  for (const draft of drafts) {
    let word = draft.changeWord ?? '';
    const listed =
      before?.changeWord && draft.fact.type === 'change' && LIST_JOIN.test(view.text.slice(before.quantity.end, draft.quantity.start));
    if (!word && listed && !extractor.lexicons.changeWords.named.test(draft.fact.metric)) {
      word = before!.changeWord!;
      draft.changeWord = word;
    }
    if (word) draft.fact.metric += word;
    before = draft;
  }
}

/** The high end of a vague range (`三四倍`): the fact of its low end with the other value and bound. */
function rangeTwin(low: Draft, high: Quantity): Draft {
  const fact: ExtractedFact = { ...low.fact, value: (low.fact.value! / low.quantity.value) * high.value, bound: high.bound };
  return { quantity: high, fact, head: low.head, counted: low.counted, countedWord: low.countedWord, changeWord: low.changeWord };
}

/** One quantity about to become a fact, with what it may take from around it. */
interface FigureInput {
  sentence: SentenceContext;
  quantity: Quantity;
  typing: Typing;
  /** The fact made just before in the sentence, whose metric a figure without words may inherit. */
  previous: Draft | null;
  /** The subject or metric a list gives the figure. */
  enumerated: EnumeratedFigure | null;
  /** The sentence's facts so far, whose counted nouns a count that leaves its own out takes. */
  earlier: readonly Draft[];
}

function quantityFact({ sentence, quantity, typing, previous, enumerated, earlier }: FigureInput): Draft | null {
  const { view, doc, kept, extractor } = sentence;
  const lexicons = extractor.lexicons;
  const { rule } = typing;
  const type = rule.rule.then.type;
  // The words before the figure start after the figure before it (one that made a fact or not).
  const before = kept[kept.indexOf(quantity) - 1];
  const previousEnd = before && view.clauseStart(before.end) === view.clauseStart(quantity.start) ? before.end : view.start;
  const phrase = metricPhrase(view, quantity, previousEnd, kept, lexicons);
  let metric = enumerated?.metric ?? phrase.metric;
  // `累计抽查41类6375批次产品`, `共抽查各类产品172种10683批次产品`: a figure stacked right after the figure before it
  // (nothing but 共 or 计 between, and in another unit: `1%以上10%以下` is a range) is governed by the verb before both.
  const stacked =
    !enumerated &&
    phrase.pre === '' &&
    phrase.post !== '' &&
    previous !== null &&
    previous.quantity === before &&
    before.unit !== quantity.unit &&
    previous.verb
      ? STACKED_JOIN.test(view.text.slice(before.end, quantity.start))
      : false;
  if (stacked && !metric.includes(previous!.verb!)) metric = previous!.verb! + metric;
  let head = phrase.head;
  let inherited: Draft | null = null;
  // A change named only by a rate-of-change noun (`…投入3万亿元，年均增幅超过23%`) is the change of the figure before it.
  // `…完成投资65亿元，超过年度计划4.1%`: a change named only by the plan it exceeds is the change of the figure before it.
  const onlyRateNoun =
    type === 'change' &&
    (lexicons.trims.rateNouns.test(metric) ||
      // What exceeds a plan is a quantity, not the share of the plan a figure before it completed (`只完成全年计划的11%`).
      (lexicons.trims.planBases.test(metric) && previous !== null && previous.quantity.unitClass !== 'percent'));
  const renamed = previous !== null && namedBetween(sentence, previous.quantity, quantity);
  // `完成抽检16641批次，比2020年的11183批次增加了5458批次`: a figure named only by a self-naming unit (批次) is the
  // base or change of the figure before it in that unit, not a figure of its own.
  const onlyUnitWord =
    !enumerated &&
    previous !== null &&
    phrase.pre === '' &&
    phrase.post === '' &&
    metric === quantity.unit &&
    (type === 'change' || previous.quantity.unit === quantity.unit);
  if (
    !enumerated &&
    (!phrase.hasNoun || onlyRateNoun || onlyUnitWord) &&
    previous &&
    (type === 'change' || previous.quantity.unitClass === quantity.unitClass) &&
    !renamed
  ) {
    inherited = previous;
    if (onlyRateNoun) metric = previous.fact.metric + metric;
    // (`有6.5%-7%的增速…`: words that are the head they would take are not doubled.)
    else
      metric =
        metric && previous.head && !onlyUnitWord ? (metric === previous.head ? metric : metric + previous.head) : previous.fact.metric;
    head = previous.head;
  }
  // `外贸进出口增长8.4%，总额突破8000亿元`: a figure named only as a total is the total of what the figure before measures.
  if (!enumerated && !inherited && previous && lexicons.trims.totalNouns.test(metric)) {
    inherited = previous;
    metric = previous.fact.metric + metric;
    head = previous.head;
  }
  // `经营主体持续壮大。总量接近800万户`: a total with no figure before it is the total of the topic just named.
  if (!enumerated && !inherited && !previous && lexicons.trims.totalNouns.test(metric))
    metric = topicBefore(sentence, quantity.start) + metric;
  if (!enumerated && previous && fromTo(sentence, previous.quantity, quantity)) {
    // `从每毫升50万个调整为200万个`, `由每人每年420元提高到450元`: the level reached measures what the level left did.
    inherited = previous;
    metric = previous.fact.metric;
    head = previous.head;
  }
  // `实验室由原来7间150平方米变成了50多间近1500平方米`: a level reached measures what the level left in its unit did.
  const left = !enumerated ? levelLeft(sentence, quantity, earlier) : null;
  if (left) {
    inherited = left;
    metric = left.fact.metric;
    head = left.head;
  }
  if (!metric && previous && !renamed) {
    // `110多批计1500多万美元`: a figure with no words of its own is about what the figure before it is.
    inherited = previous;
    metric = previous.fact.metric;
    // `国内企业1200家，占80.5%`: a share said by 占 alone is the share of what the figure before counts, not that
    // count again (metric-trim.json shareOf `bare`).
    if (quantity.unitClass === 'percent' && previous.quantity.unitClass !== 'percent' && bareShare(sentence, quantity))
      metric = sharedPart(previous.fact.metric, lexicons) + lexicons.trims.bareShareWord;
  }
  // `新登记市场主体3.2万户，占全省的15.6%`: a share naming only the whole is the share of what the figure before measures.
  if (!enumerated && !inherited && previous && quantity.unitClass === 'percent' && lexicons.trims.shareOpening.test(metric)) {
    metric = sharedPart(previous.fact.metric, lexicons) + metric;
  }
  // `纯收入达到4200万元，平均每人达到1200元`: a figure named only by its divisor measures what the sentence named before.
  if (!enumerated && !inherited && lexicons.trims.divisorOnly.test(metric)) {
    // The divisor is the whole opening of its clause, however long its verbs make it (`一个店一年就增加`).
    const base = previous && !renamed ? previous.fact.metric : previousClauseMetric(sentence, view.clauseStart(quantity.start));
    if (base.length > 1 && !lexicons.trims.divisorOnly.test(base)) metric = base + metric;
  }
  // A share with no words of its own before or after it (`…最低，只有59.5%`) takes the clause before.
  if (!enumerated && !inherited && !phrase.hasNoun && phrase.postEnd === quantity.end && quantity.unitClass === 'percent') {
    metric = previousClauseMetric(sentence, quantity.start) || metric;
  }
  // A figure with no words of its own (`…的基础上，又增产291亿斤`, `…的大中城市，由35个增加到100个`) is about what
  // the clause before names.
  if (!metric) metric = previousClauseMetric(sentence, quantity.start);
  // `全省外贸进出口稳步增长。二〇一八年末达到3200亿元`: a figure that opens its sentence with only a date is the
  // level of the topic the short sentence before names.
  if (!metric && !previous) metric = topicBefore(sentence, quantity.start);
  // `总体合格率为91.1%。虽然较上年下降了1.2个百分点`: a change opening its sentence is the change of the figure that ended the one before.
  const sentenceBefore =
    !metric && !previous && type === 'change' && quantity.unit
      ? figureOfSentenceBefore({ view, facts: sentence.facts, unit: quantity.unit, figureStart: quantity.start })
      : null;
  if (sentenceBefore) metric = sentenceBefore.metric;
  // `…基本上是好的。但是比起原定的计划还少3.02%`: a change nothing names still states a difference; its clause's
  // words as they read keep it (the connective and comparison trimmed above were all it had).
  // `在连续三年增长百分之十二的基础上`, `只比去年多了6%`: so do its words when they are only time words, adverbs and
  // verbs (nothing taken from before, nothing after the figure).
  const bare = metric === phrase.metric && !phrase.post && !inherited && !enumerated && namesNothing(view, phrase.preStart, phrase.preEnd);
  if (type === 'change' && (!metric || bare)) metric = view.text.slice(view.clauseStart(quantity.start), quantity.start).trim() || metric;
  // A bare extent (`下调了出厂价格，幅度约为8%`) is the extent of what the clause before changed.
  if (BARE_EXTENT.test(metric)) metric = previousClauseMetric(sentence, quantity.start) + metric;
  // `在检查的56家企业中，有12家存在问题`: a count that leaves out its noun counts what the sentence just named.
  const elided =
    type === 'count' && !enumerated
      ? elidedCountedNoun({ view, quantity, phrase, earlier: earlier.map((d) => ({ unit: d.fact.unit, counted: d.counted })), lexicons })
      : '';
  if (elided && !metric.includes(elided)) metric = phrase.pre || phrase.post ? phrase.pre + elided + phrase.post : metric + elided;
  // `在细菌总数上，多数样品…10万个`, `对于投诉举报，全年共受理了2890件`, `共查处了156起`: what the sentence said before.
  // A figure that took the metric of the figure before it (`百分之七至百分之十`) had it framed there.
  if (!enumerated && !elided && !inherited) metric = framedMetric({ view, quantity, phrase, metric, counts: type === 'count', lexicons });
  // `今年拟安排260亿元，用于补助…保障性住房建设`: money a verb alone gives is named by the purpose after it.
  // `实施总额2万亿元的三年建设计划，其中省级财政拟新增6800亿元`: a part of the sum before it counts what that sum counts.
  if (!enumerated && !inherited) {
    // A sum given by a verb alone itself (`各级财政拟投入620亿元，其中…`) names nothing a part could take.
    const namedSum = previous?.quantity.unitClass === 'money' && !lexicons.trims.moneyPurpose.giving.test(previous.fact.metric);
    const sumBefore = namedSum ? countedBySum(previous, lexicons) : '';
    metric += moneyPurpose({ view, quantity, phrase, metric, sumBefore, lexicons });
  }
  if (!metric) return null;
  metric += stackedKind(view.text, quantity, lexicons, metric);
  metric += priceWord({ unit: quantity.unit, named: metric, before: view.text.slice(phrase.contextStart, quantity.start), lexicons });
  metric += measuredHead({ unit: quantity.unit, metric, view, figureStart: quantity.start, facts: sentence.facts, lexicons });
  metric += dimensionWord({ unit: quantity.unit, named: metric, lexicons });
  // `三次产业结构为8.1∶40.3∶51.6`: each share is of the whole the ratio word names, whatever words follow it.
  const share = ratioMetric(view, quantity, lexicons);
  if (share) metric = share.metric;
  const negative =
    rule.negativeWhen?.test(typing.before) || rule.negativeAfter?.test(typing.after) || rule.negativeWhenPrevious?.test(typing.previous);
  const value = negative ? -quantity.value : quantity.value;
  const hasPre = phrase.preEnd > phrase.preStart;
  const context = factContext({
    view,
    doc,
    lexicons,
    type,
    metric,
    unit: quantity.unit,
    start: quantity.start,
    end: quantity.end,
    phrase,
    listedSubject: enumerated?.subject,
    inheritedCategory: inherited?.fact.category ?? sentenceBefore?.category,
  });
  // The base or change of the figure before it is about what that figure is about.
  if (onlyUnitWord && previous) context.subject = previous.fact.subject;
  if (share?.subject) context.subject = share.subject;
  // The later shares of a ratio a change starts from (`由8.7∶41.2∶50.1调整为…`) are of the year its first share is.
  if (quantity.ratio && quantity.ratio.index > 0 && previous?.quantity.ratio) context.period = previous.fact.period;
  const fact: ExtractedFact = {
    type,
    metric,
    value,
    unit: quantity.unit,
    bound: quantity.bound,
    ...context,
    name: null,
    // Without words naming the metric, the text still shows the clause's words before the figure
    // (`较上年提高1.2个百分点`).
    start: hasPre ? phrase.preStart : phrase.contextStart,
    end: hasPre ? quantity.end : Math.max(quantity.end, phrase.postEnd),
    sentence: view.order,
    rule: rule.rule.id,
  };
  // `的有18类产品`, `如今只剩40多人`, `抽查润滑油38家`: the noun the classifier stands for. Words cut off by the
  // length limit may still name it (`45家承担…任务的检测机构`).
  const word =
    type === 'count'
      ? countedWord({
          unit: quantity.unit,
          metric,
          clauseAfter: phrase.post ? view.text.slice(phrase.postEnd, view.clauseEnd(quantity.end)) : '',
          rules: lexicons.countedWords,
        })
      : '';
  // `电梯增长10.4%` → 电梯增长: a change's metric says how the measure moved (read after the context above).
  const change =
    type === 'change'
      ? changeWord({ metric, before: view.text.slice(phrase.contextStart, quantity.start), words: lexicons.changeWords })
      : '';
  return {
    quantity,
    fact,
    head: head || previous?.head || '',
    counted: elided || phrase.counted,
    countedWord: word,
    changeWord: change,
    verb: stacked ? previous!.verb : lastGoverningVerb(view, phrase.preStart, phrase.preEnd, lexicons),
  };
}

/**
 * Whether a clause without figures between `from` and the clause of `to` names a metric of its own
 * (`…发电装机达到16500万千瓦；原油产量继续增长，达到1.42亿吨`): the bare figure measures that, not `from`.
 */
function namedBetween(sentence: SentenceContext, from: Quantity, to: Quantity): boolean {
  const { view, extractor } = sentence;
  const previous = view.previousClause(to.start);
  if (!previous || from.end > previous.start) return false;
  // Only a clause naming a measure (`原油产量`, `排放总量`, `所占的比重`), not one saying how or what for
  // (`按有效成份计算`, `用于支援这些地区的建设`).
  const { measureEndings } = extractor.lexicons.trims.topicFrames;
  const namesMeasure = view
    .tokensIn(previous.start, previous.end)
    .some((token) => token.word.length > 1 && measureEndings.test(token.word));
  return namesMeasure && previousClauseMetric(sentence, to.start) !== '';
}

/** Whether the figure's clause says only 占 before it (`，占51.3%`, `，约占8%`): a share whose whole is left out. */
function bareShare(sentence: SentenceContext, quantity: Quantity): boolean {
  const { view, extractor } = sentence;
  const words = view.text.slice(view.clauseStart(quantity.start), quantity.numeral.start).trim();
  return extractor.lexicons.trims.bareShare.test(words);
}

/** The part a share measures: the metric of the figure before, up to its own 占 when that figure is a share too. */
function sharedPart(previousMetric: string, lexicons: Lexicons): string {
  const share = previousMetric.search(/占/);
  if (share < 0) return previousMetric;
  return lexicons.trims.shareOpening.test(previousMetric.slice(share)) ? previousMetric.slice(0, share) : previousMetric;
}

/**
 * `全年抽查了20种2209家企业生产的2245批次产品`, `51种共828批次产品`, `抽查了35种产品`: a count of kinds right before the
 * figures of the products it sorts, or before the word products, counts kinds of them (lexicons/metric-trim.json `stackedKinds`: 种 → 种类), which its
 * metric says, as the words around it name only the products.
 */
function stackedKind(text: string, quantity: Quantity, lexicons: Lexicons, metric: string): string {
  const { words, next } = lexicons.trims.stackedKinds;
  const word = quantity.unit ? words.get(quantity.unit) : undefined;
  if (!word || metric.endsWith(word) || !next.test(text.slice(quantity.end, quantity.end + 12))) return '';
  return word;
}

/** What may stand between two stacked figures (`41类6375批次`, `51种共828批次`). */
const STACKED_JOIN = /^(?:共|计|共计|合计)?$/;

/** A metric that is only the extent of a change, with no word of what changed. */
const BARE_EXTENT = /^(?:平均|调整|其|整体|总体)?幅度$/;

/** `从A调整为B`: between A and B a few words ending in 为/到/至. */
const FROM_TO_LINK = /^[^，,；;。\d]{0,6}(?:为|到|至)$/;

/** Whether `to` is the level reached from `from` (`从…A…调整为B`), so it measures the same thing. */
function fromTo({ view }: SentenceContext, from: Quantity, to: Quantity): boolean {
  if (!FROM_TO_LINK.test(view.text.slice(from.end, to.start))) return false;
  const opening = view.text.slice(view.clauseStart(from.start), from.start);
  return /[从由]/.test(opening);
}

/**
 * A from-to clause up to a level reached (`由原来7间变成了50多`, `从建馆初期的3万册增长到现在的`): 由/从, the level
 * left, a verb of reaching and when (`现在的`), and at most a few words (another figure of the level reached).
 */
const FROM_TO_CLAUSE =
  /[由从][^，,；;。、]*?(?:变成|变为|增长到|增加到|提高到|提升到|发展到|扩大到|上升到|下降到|减少到|降低到|降到|降至|增至|升至|达到)了?(?:现在|目前|如今|今天|当前|去年|今年|[0-9０-９〇零○一二三四五六七八九]{4}年(?:底|末)?)?的?[^，,；;。、]{0,8}$/;

/** The figure of the sentence in `quantity`'s unit that its from-to clause left (`由原来7间…变成了50多间`: 7间), or null. */
function levelLeft({ view }: SentenceContext, quantity: Quantity, earlier: readonly Draft[]): Draft | null {
  const clauseStart = view.clauseStart(quantity.start);
  const match = FROM_TO_CLAUSE.exec(view.text.slice(clauseStart, quantity.start));
  if (!match || !quantity.unit) return null;
  const fromAt = clauseStart + match.index;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const draft = earlier[i]!;
    if (draft.quantity.start > fromAt && draft.quantity.end <= quantity.start && draft.quantity.unit === quantity.unit) return draft;
  }
  return null;
}

/** Longest clause-opening stretch (`只有`, `大约只占`) after which the clause before names the figure's metric. */
const MAX_BARE_OPENING = 6;
/** Longest stretch of the clause before taken as a metric. */
const MAX_PREVIOUS_CLAUSE = 16;

/** The words of the clause before the one at `pos` when that clause opens with a few words only (`只有`). */
function previousClauseMetric({ view, extractor }: SentenceContext, pos: number): string {
  const clauseStart = view.clauseStart(pos);
  if (clauseStart <= view.start) return '';
  // A longer opening qualifies when it is all scope, comparison and verb words (`比一九七八年增长`).
  if (pos - clauseStart > MAX_BARE_OPENING) {
    const [openingStart, openingEnd] = trimSpan(view, clauseStart, pos, extractor.lexicons);
    if (openingEnd > openingStart) return '';
  }
  const previousStart = view.clauseStart(clauseStart - 1);
  // Trimmed first, so that a comparison base at its end (粮食总产量在上年大幅增长的基础上) does not use up the
  // length the metric may take.
  const [, trimmedEnd] = trimSpan(view, previousStart, clauseStart - 1, extractor.lexicons);
  let from = Math.max(previousStart, trimmedEnd - MAX_PREVIOUS_CLAUSE);
  while (from < trimmedEnd && !view.isBoundary(from)) from++;
  const [start, end] = trimSpan(view, from, trimmedEnd, extractor.lexicons);
  return end > start && view.hasNoun(start, end) ? view.text.slice(start, end) : '';
}

/**
 * What a money figure counts, for a part of it named after 其中: its counted noun, or, when that is only a total
 * (`实施总额2万亿元的三年建设计划`: 总额), the words its metric goes on with after the total (`三年建设计划`).
 */
function countedBySum(sum: Draft, lexicons: Lexicons): string {
  const counted = sum.counted || sum.head;
  if (!lexicons.trims.totalNouns.test(counted)) return counted;
  const metric = sum.fact.metric;
  return metric.slice(metric.lastIndexOf(counted) + counted.length);
}
