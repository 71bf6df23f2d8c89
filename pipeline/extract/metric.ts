/**
 * The metric phrase of a quantity: the words before the number in its clause (`立案查处案件4510起`) and,
 * when the number counts what follows it, the words after it (`2户定点供奥运食品生产加工企业`), trimmed of
 * scope words, copulas and comparison words (lexicons/metric-trim.json) at word boundaries.
 */
import type { Lexicons } from './lexicons';
import type { Quantity } from './quantities';
import { isNounTag, isProperNameTag, type SentenceView } from './sentence';

/** Longest stretch of text before a number taken as its metric. */
const MAX_PRE = 24;
/** Longest label before a colon taken as the metric of the figures after it (`钢：`, `抽查合格率：`). */
const MAX_LABEL = 12;
/** Longest stretch after a number's unit taken as what it counts. */
const MAX_POST = 24;
/** A per-unit after a unit: `/吨`, `/平方米`, `/年`. */
/** The verb of a from-to sentence that opens the words after a level left (`变成了`, `增长到现在的`, `至`). */
const REACH_OPENING = /^(?:了|，)?(?:变成|变为|(?:增长|增加|提高|提升|发展|扩大|上升|下降|减少|降低|调整)(?:到|至|为)|增至|升至|降至)/;
/** The words between a figure and a figure the clause goes on to state (`在90%以上的有21类`, `之间的有1类`). */
const EXISTENTIAL_BEFORE = /^(?:之间|之内|以上|以下|以内)?的?(?:仅有|只有|共有|还有|也有|有)$/;
/** Between the two ends of a range. */
const RANGE_JOIN = /^\s*[-—–~～至到]\s*$/;
/** A money unit as the contract writes it (元, 美元, 日元 …). */
const MONEY_UNIT = /^[\u4e00-\u9fff]{0,2}元$|^(?:英镑|卢布|新台币)$/;
const PER_UNIT = /^\/(?:平方米|立方米|千瓦时|平方公里|公里|公斤|千克|毫升|小时|公吨|[年天日月周吨斤克股人户升件个台辆次])/;

export interface MetricPhrase {
  metric: string;
  /** Where the words before the number begin before trimming (the clause, or the end of the figure before). */
  contextStart: number;
  /** Span of the words before the number, trimmed (empty when start === end). */
  preStart: number;
  preEnd: number;
  /** Span of the words after the quantity (may skip quantities inside it). */
  postStart: number;
  postEnd: number;
  /** Whether the phrase holds a noun (else the metric of the previous figure supplies one). */
  hasNoun: boolean;
  /** The trailing noun run of the phrase, for a following figure that lacks one. */
  head: string;
  /** The words before the number and after its unit, trimmed (the metric is `pre` + a self-naming unit + `post`). */
  pre: string;
  post: string;
  /** The noun naming what the figure counts: the nouns its words after it open with, else the noun run before it. */
  counted: string;
}

/** Trims scope and function words from both ends of [from, to), at word boundaries. */
export function trimSpan(view: SentenceView, from: number, to: number, lexicons: Lexicons): [number, number] {
  const { leading, trailing } = lexicons.trims;
  let changed = true;
  while (changed && from < to) {
    changed = false;
    const slice = view.text.slice(from, to);
    const lead = leading.exec(slice);
    if (lead && lead[0].length > 0 && view.isBoundary(from + lead[0].length)) {
      from += lead[0].length;
      changed = true;
      continue;
    }
    const trail = trailing.exec(slice);
    if (trail && trail[0].length > 0 && view.isBoundary(from + trail.index)) {
      to = from + trail.index;
      changed = true;
    }
  }
  return [from, to];
}

/**
 * The metric phrase of `quantity`; `previousEnd` bounds the words before it (the end of the figure before
 * it in the sentence), `others` are the sentence's other quantities (skipped inside the words after it).
 */
export function metricPhrase(
  view: SentenceView,
  quantity: Quantity,
  previousEnd: number,
  others: readonly Quantity[],
  lexicons: Lexicons,
): MetricPhrase {
  const text = view.text;
  const clauseStart = view.clauseStart(quantity.start);
  let preFrom = Math.max(clauseStart, previousEnd, quantity.start - MAX_PRE);
  while (preFrom < quantity.start && !view.isBoundary(preFrom)) preFrom++;
  // `赤字率按3.5%安排、较去年提高0.5个百分点`: words naming nothing between the figure before and a list mark
  // close that figure's item; this figure's words start after the mark.
  const itemMark = text.lastIndexOf('、', quantity.start - 1);
  if (previousEnd > view.start && preFrom === previousEnd && itemMark > preFrom && namesNothing(view, preFrom, itemMark))
    preFrom = itemMark + 1;
  // A list `A、B等` before the number names examples, not the metric.
  const listFrom = preFrom;
  const etc = text.lastIndexOf('等', quantity.start - 1);
  if (etc >= preFrom && view.isBoundary(etc) && view.isBoundary(etc + 1) && !text.startsWith('等级', etc)) preFrom = etc + 1;
  // `销毁假冒伪劣白酒、红酒等食品416箱`: the verb before the examples governs the figure too (what was done to the goods).
  // The list may open before the words kept for the metric (`此次共销毁日用消费品、作弊计量器具…等假冒伪劣产品共20余车`).
  const governing = preFrom > listFrom ? listVerb(view, Math.max(clauseStart, previousEnd), preFrom - 1, lexicons) : '';
  let [preStart, preEnd] = trimSpan(view, preFrom, quantity.start, lexicons);

  let postStart = quantity.end;
  let postEnd = quantity.end;
  let post = '';
  /** The noun a graded list item shares with the list's last item (`8个国家级、13个省级区域医疗中心`). */
  let shared = '';
  // A per-unit (`120亿立方米/年的抽采能力`, `35500元/吨`) is part of the unit, not of what is counted.
  const perUnit = PER_UNIT.exec(text.slice(quantity.end, quantity.end + 6));
  const unitEnd = quantity.end + (perUnit ? perUnit[0].length : 0);
  // `51件(含开发区)商标`: an aside in brackets between the figure and its noun is skipped.
  const after = asideEnd(view, unitEnd) ?? unitEnd;
  const clauseEnd = view.clauseEnd(after);
  // A figure followed by a list mark (`游客17.52亿人次、花费…`) ends its item: nothing after it is counted.
  if (after < clauseEnd && !/[、；;]/.test(text[after]!)) {
    const limit = Math.min(clauseEnd, after + MAX_POST);
    let p = after;
    let stop = limit;
    let nextItem: Quantity | null = null;
    for (const other of others) {
      if (other.start < p || other === quantity) continue;
      if (other.start >= limit) break;
      // A quantity after a coordinator starts the next item of a list; one after other words is inside
      // the counted phrase (`197户产品销往6个奥运比赛城市的食品企业`).
      if (other.start > p && /[及和与、或]/.test(text[other.start - 1]!)) {
        stop = other.start;
        nextItem = other;
        break;
      }
      // `合格率在95%以上的有17类产品`: a figure after 有 is what the clause states of the figure before, which counts
      // nothing after it.
      if (EXISTENTIAL_BEFORE.test(text.slice(p, other.start))) {
        stop = p;
        break;
      }
      // The other end of a range (`20%至30%的费用`) is part of the figure, not of what it counts.
      if (!RANGE_JOIN.test(text.slice(p, other.start))) post += text.slice(p, other.start);
      p = other.end;
    }
    stop = Math.max(p, stop);
    // `11家…不合格的儿童用品生产企业`: words cut by the length limit end at the head noun they reach, not mid-word.
    if (!nextItem && stop === limit && limit < clauseEnd) stop = nounRunEnd(view, stop, clauseEnd);
    // `35家生产的47个批次的产品合格`: the 的 on both sides of a skipped figure is one 的 of the words left.
    post += text.slice(p > after && post.endsWith('的') && text[p] === '的' ? p + 1 : p, stop);
    // `由原来7间150平方米变成了50多间`: the level left counts nothing after it; what follows is the level reached.
    // `全镇2万多人原先靠两家乳厂供奶`: a time adverb right after the figure opens a new clause the text runs on into,
    // unless the words end in the noun they describe (`17家此前多次被投诉的销售企业`).
    const newClause = lexicons.trims.newClauseAfter.test(post) && !isNounTag(view.tokenAt(stop - 1)?.tag ?? '');
    if (REACH_OPENING.test(post) || newClause) post = '';
    postEnd = stop;
    // Words read straight from the text are not trimmed inside a noun (`高级专门人才` keeps its 才, `条约` its 约).
    const contiguous = post === text.slice(after, after + post.length);
    const [from, to] = trimPost(post, lexicons, contiguous ? (i) => !insideNoun(view, after + i) : () => true);
    post = post.slice(from, to);
    if (post) postStart = after + from;
    else postEnd = quantity.end;
    // `建成8个国家级、13个省级区域医疗中心`: an item that is only a grade shares the noun the list ends with.
    if (nextItem && post && lexicons.trims.listGrade.test(post)) {
      // A one-character noun (`省` of `250个省、市级中心`) is a place cut from a list, not the noun shared.
      const noun = sharedListNoun(view, nextItem, others, lexicons);
      shared = noun.length > 1 ? noun : '';
      post += shared;
    }
  }
  // `查处案件(含移送)35起`: an aside in brackets right before the figure is skipped for the words before it.
  // An aside right after a figure before it (`7.4万套(间)、累计达到61万套`) is that figure's: nothing to skip to.
  const asideOpen = preStart === preEnd && !post ? asideStart(view, preFrom) : null;
  const figureBefore = asideOpen === null ? -1 : Math.max(-1, ...others.filter((o) => o.end <= asideOpen).map((o) => o.end));
  if (asideOpen !== null && figureBefore < asideOpen) {
    const from = Math.max(view.clauseStart(asideOpen), previousEnd, asideOpen - MAX_PRE, figureBefore);
    [preStart, preEnd] = trimSpan(view, from, asideOpen, lexicons);
  }
  // `查获化肥、农药等4000多吨` with nothing after: the listed examples are all that names the goods.
  const examplesOnly = preStart === preEnd && !post && preFrom > listFrom;
  if (examplesOnly) {
    [preStart, preEnd] = trimSpan(view, listFrom, preFrom - 1, lexicons);
  }
  // `钢：从135万吨增加到412万吨`, `抽查合格率：96.5%`: a short label before a colon names the figures of
  // the clause it opens when they have no words of their own.
  if (preStart === preEnd && !post && previousEnd < clauseStart && /[：:]/.test(text[clauseStart - 1] ?? '')) {
    const labelStart = view.clauseStart(clauseStart - 1);
    if (clauseStart - 1 - labelStart <= MAX_LABEL) [preStart, preEnd] = trimSpan(view, labelStart, clauseStart - 1, lexicons);
  }
  const pre = text.slice(preStart, preEnd);
  const { selfNaming, selfNamingWords } = lexicons.units;
  const unitWord = quantity.unit && selfNaming.has(quantity.unit) ? (selfNamingWords.get(quantity.unit) ?? quantity.unit) : '';
  // A share (`国营占63.8%`) is of the whole the label names, not a measure of the item.
  const share = quantity.unitClass === 'percent' && text.slice(preEnd, quantity.start).includes('占');
  const listHead = post || share ? '' : colonListHead(view, preStart, preEnd, lexicons);
  const verb = governing && !examplesOnly && (pre || post) && !pre.includes(governing) ? governing : '';
  const metric = verb + pre + listHead + unitWord + post;
  const counted = post ? openingNouns(view, postStart, postEnd) : pre ? view.nounHead(preStart, preEnd) : '';
  // `强检率达98%`: a phrase ending in a measure word names what is measured, whatever tags its words get.
  const namesMeasure = pre !== '' && lexicons.trims.measureEndings.test(pre);
  return {
    metric,
    contextStart: preFrom,
    preStart,
    preEnd,
    postStart,
    postEnd: post ? postEnd : quantity.end,
    hasNoun:
      unitWord !== '' ||
      listHead !== '' ||
      view.hasNoun(preStart, preEnd) ||
      namesMeasure ||
      (post !== '' && view.hasNoun(quantity.end, postEnd)) ||
      shared !== '',
    // A later figure that lacks a noun takes what this one counts, not the verbs after it (`52家加油站进行了检查`).
    head: pre ? view.nounHead(preStart, preEnd) || (namesMeasure ? pre : '') : counted || post,
    pre,
    post,
    counted,
  };
}

/**
 * The verb that governs a list of examples `A、B…等` in [from, etc) (`销毁假冒伪劣白酒、红酒、奶粉等`, `免费检测化肥、农膜等`):
 * the last verb of lexicons/metric-trim.json `listVerbs` before the list's first mark; '' when there is none. The figure after 等
 * counts what that verb acted on, so its metric keeps the verb (`销毁食品`, `检测农资产品`) as a reader would.
 */
function listVerb(view: SentenceView, from: number, etc: number, lexicons: Lexicons): string {
  const mark = view.text.indexOf('、', from);
  if (mark < 0 || mark >= etc) return '';
  // The last word before the mark is the first item itself (`开展质量检测、计量检定等`), not a verb acting on it.
  const tokens = view.tokensIn(from, mark).filter((token) => token.start >= from);
  return tokens.length > 1 ? lastGoverningVerb(view, from, tokens[tokens.length - 1]!.start, lexicons) : '';
}

/**
 * The last governing verb in [from, to) (`累计抽查` → 抽查, `共抽查各类产品` → 抽查), or '': the verbs of
 * lexicons/metric-trim.json `listVerbs`, which govern what a list of examples or a stack of figures counts.
 */
export function lastGoverningVerb(view: SentenceView, from: number, to: number, lexicons: Lexicons): string {
  const verbs = view
    .tokensIn(from, to)
    .filter((token) => token.start >= from && token.end <= to && lexicons.trims.listVerbs.has(token.word));
  return verbs.length > 0 ? verbs[verbs.length - 1]!.word : '';
}

/** Tags of words that name nothing a figure could measure: numerals, time words, adverbs, adjectives, verbs, function words. */
const NAMES_NOTHING_TAG = /^(?:m|mq|t|tg|d|dg|ad|a|ag|p|c|r|f|q|u[a-z]?|v|vd|y|e|z)$/;

/** Whether [from, to) holds words and every one of them names nothing (`连续两年`, `只`, `一般可以`, `安排`). */
export function namesNothing(view: SentenceView, from: number, to: number): boolean {
  const tokens = view.tokensIn(from, to);
  return tokens.length > 0 && tokens.every((token) => NAMES_NOTHING_TAG.test(token.tag));
}

/** Whether `pos` falls inside a noun word (not at its start). */
function insideNoun(view: SentenceView, pos: number): boolean {
  const token = view.tokenAt(pos);
  return token !== null && token.start < pos && isNounTag(token.tag);
}

/** Most characters the words after a figure run past their length limit to reach the end of their noun. */
const MAX_POST_OVERRUN = 8;

/** Where the word at `pos` and the noun words right after it end (at most MAX_POST_OVERRUN past `pos`, before `to`). */
function nounRunEnd(view: SentenceView, pos: number, to: number): number {
  let end = pos;
  for (const token of view.tokensIn(pos, to)) {
    if (token.end > to || token.end - pos > MAX_POST_OVERRUN) break;
    if (token.start < pos || isNounTag(token.tag)) end = token.end;
    else break;
  }
  return end;
}

/** The end of an item that names its own measure (`发电量`, `营业额`, `床位数`). */
const MEASURE_WORD_END = /(?:量|额|数|值|率|能力)$/;

/** Longest item of a colon list that takes the label's measure (`高等学校`, `中等专业学校`). */
const MAX_LIST_ITEM = 8;

/**
 * `招生人数将为：高等学校10万人，中专12万人`: the measure a label before a colon names once (lexicons/metric-trim.json
 * `listHeads`), for an item after the colon whose words (`pre`, starting at `preStart`) name no measure; '' else.
 * The label is the clause before the colon, or the one before that when it names none (`…的招生人数，大致估算为：`).
 */
function colonListHead(view: SentenceView, preStart: number, preEnd: number, lexicons: Lexicons): string {
  const { listHeads, sharedEndings, measureEndings } = lexicons.trims;
  const text = view.text;
  const pre = text.slice(preStart, preEnd);
  if (!pre || pre.length > MAX_LIST_ITEM || sharedEndings.test(pre) || measureEndings.test(pre) || MEASURE_WORD_END.test(pre)) return '';
  // An item is a thing named (`高等学校`), not a doing (`钢完成`, `采煤`).
  if (view.tokensIn(preStart, preEnd).some((token) => token.tag.startsWith('v') && token.tag !== 'vn')) return '';
  let colon = preStart - 1;
  while (colon >= view.start && !/[：:；;。]/.test(text[colon]!)) colon--;
  if (colon < view.start || !/[：:]/.test(text[colon]!)) return '';
  const labelStart = Math.max(view.start, text.lastIndexOf('；', colon), text.lastIndexOf('。', colon) + 1);
  // An aside in the label (`(按年产量计算)`) says how the figures are reckoned, not what they are.
  const label = text.slice(labelStart, colon).replace(/[(（][^()（）]*[)）]/g, '');
  const heads = [...label.matchAll(listHeads)];
  return heads.length > 0 && !pre.includes(heads[heads.length - 1]![0]) ? heads[heads.length - 1]![0] : '';
}

/** Longest aside in brackets skipped between a figure and its noun (`(含开发区)`, `(不含移送)`). */
const MAX_ASIDE = 16;

/** Where an aside in brackets opening at `pos` ends (after its closing bracket), or null. */
function asideEnd(view: SentenceView, pos: number): number | null {
  const open = view.text[pos];
  if (open !== '(' && open !== '（') return null;
  const inside = /^[^()（），,；;。：:]{1,16}[)）]/.exec(view.text.slice(pos + 1, pos + 2 + MAX_ASIDE));
  return inside && pos + 1 + inside[0].length < view.end ? pos + 1 + inside[0].length : null;
}

/** Where the aside in brackets closing right before `pos` opens, or null. */
function asideStart(view: SentenceView, pos: number): number | null {
  const close = view.text[pos - 1];
  if (close !== ')' && close !== '）') return null;
  const inside = /[(（][^()（），,；;。：:]{1,16}$/.exec(view.text.slice(Math.max(view.start, pos - 2 - MAX_ASIDE), pos - 1));
  return inside ? pos - 1 - inside[0].length : null;
}

/**
 * The noun a list of graded counts shares (`6个世界级、7个国家级、9个区域级产业集群` → 产业集群): the noun run after
 * the first item (from `item` on) whose words are more than a grade.
 */
function sharedListNoun(view: SentenceView, item: Quantity, others: readonly Quantity[], lexicons: Lexicons): string {
  const clauseEnd = view.clauseEnd(item.end);
  let current: Quantity = item;
  for (;;) {
    const next = others.find((q) => q.start >= current.end && q.start < clauseEnd);
    const end = next && /[及和与、或]/.test(view.text[next.start - 1]!) ? next.start - 1 : clauseEnd;
    const words = view.text.slice(current.end, end);
    if (!next || end === clauseEnd || !lexicons.trims.listGrade.test(words)) {
      const to = next && end !== clauseEnd ? end : Math.min(clauseEnd, next ? next.start : clauseEnd);
      // The last item's own grade (`省级`, `区域级`) is not part of the noun the items share.
      const grade = lexicons.trims.listGradeOpening.exec(view.text.slice(current.end, to))?.[0].length ?? 0;
      const from = view.isBoundary(current.end + grade) ? current.end + grade : current.end;
      return openingNouns(view, from, to) || view.nounHead(from, to);
    }
    current = next;
  }
}

/** POS tags of the words a counted noun phrase opens with: nouns and the modifiers before them (`主要工业产品`). */
const COUNTED_PHRASE_TAG = /^(?:n|vn|j|l|eng|b$|a$|ag$|s$)/;

/**
 * The noun run that [from, to) opens with (`加油站进行了计量检查` → `加油站`, `主要工业产品中` → `工业产品`): the
 * words after a count up to its first verb, particle or localizer, then their last noun run.
 */
function openingNouns(view: SentenceView, from: number, to: number): string {
  let end = from;
  for (const token of view.tokensIn(from, to)) {
    if (token.start < from) continue;
    if (!COUNTED_PHRASE_TAG.test(token.tag) || /^[的之中内里]$/.test(token.word)) break;
    end = Math.min(to, token.end);
  }
  return end > from ? view.nounHead(from, end) : '';
}

/**
 * The word a price's metric lacks (lexicons/units.json `price`): money per a unit of goods whose metric names
 * no price (`浙江后冒充龙井可卖` for 四五百元 a 公斤) gets 售价 when the words before it sell, else 价格.
 */
export function priceWord(p: { unit: string | null; named: string; before: string; lexicons: Lexicons }): string {
  const { goods, named, sale, word, saleWord } = p.lexicons.units.price;
  const slash = p.unit?.indexOf('/') ?? -1;
  if (slash < 0 || !MONEY_UNIT.test(p.unit!.slice(0, slash)) || !goods.includes(p.unit!.slice(slash + 1))) return '';
  if (named.some((w) => p.named.includes(w))) return '';
  return sale.some((w) => p.before.includes(w)) ? saleWord : word;
}

/**
 * The word a figure's metric lacks when its unit has a dimension (lexicons/units.json `dimensions`): a temperature
 * whose words name no temperature (`以130多摄氏度高温瞬间杀菌`, `冷水机可在20℃到-25℃间调节`) gets 温度, so that an analyst
 * filtering temperatures finds it (contract: `metric` names what is measured); so does an area (面积) or a device's power (功率).
 */
export function dimensionWord(p: { unit: string | null; named: string; lexicons: Lexicons }): string {
  const dimension = p.lexicons.units.dimensions.find((d) => p.unit !== null && d.units.includes(p.unit));
  if (!dimension || dimension.named.some((w) => p.named.includes(w))) return '';
  // `90平方米住宅每日的用气量约为9立方米`: words that end in a measure word name a measure already.
  if (MEASURE_WORD_END.test(p.named)) return '';
  return dimension.word;
}

/** Trims a post phrase (a string that may join pieces: `mayEnd` says where it may be cut, at an index of it). */
function trimPost(post: string, lexicons: Lexicons, mayEnd: (at: number) => boolean): [number, number] {
  let from = 0;
  let to = post.length;
  for (let guard = 0; guard < 8 && from < to; guard++) {
    const slice = post.slice(from, to);
    const lead = /^(?:之间|之内|的|之|了|，|\s)/.exec(slice);
    if (lead) {
      from += lead[0].length;
      continue;
    }
    const trail = lexicons.trims.trailing.exec(slice);
    if (trail && trail[0].length > 0 && mayEnd(from + trail.index)) {
      to = from + trail.index;
      continue;
    }
    break;
  }
  return [from, to];
}

/** The unit of a multiple (`超标3倍`, `是标准的5倍`). */
const TIMES_UNIT = '倍';

/** What `measuredHead` reads: the figure's unit and metric, where it stands, and the document's facts so far. */
export interface MeasuredInput {
  unit: string | null;
  metric: string;
  view: SentenceView;
  /** Where the figure starts: only the words before it may name what it measures. */
  figureStart: number;
  facts: readonly { unit: string | null; metric: string; sentence: number }[];
  lexicons: Lexicons;
}

/**
 * The word a per-unit measure's metric lacks (lexicons/units.json `measured`): a figure such as `200万个/毫升` or
 * `0.08mg/m3` whose metric names no measured substance or property (`国外一般为50万个/毫升`) gets the head the
 * sentence names nearest before it (`原奶细菌数`), else the head of a figure in the same unit a sentence or two
 * before; money per unit is a price (`priceWord`). A multiple (`菌落总数严重超标，超出国家标准3倍`) takes the
 * head its own sentence names.
 */
export function measuredHead(p: MeasuredInput): string {
  const { heads, limits, lookback } = p.lexicons.units.measured;
  const slash = p.unit?.indexOf('/') ?? -1;
  const multiple = p.unit === TIMES_UNIT;
  if (!multiple && (slash <= 0 || MONEY_UNIT.test(p.unit!.slice(0, slash)))) return '';
  // The limit a multiple is compared with (`是标准限量的5倍`) is not what it measures.
  const own = multiple ? heads.filter((head) => !limits.includes(head)) : heads;
  if (own.some((head) => p.metric.includes(head))) return '';
  const fromSentence = nearestHead(p.view, p.figureStart, own);
  // A multiple (`超出国家标准3倍`) compares the measure its sentence names; it lends its head to no later sentence.
  if (fromSentence || multiple) return fromSentence;
  for (let i = p.facts.length - 1; i >= 0; i--) {
    const fact = p.facts[i]!;
    if (fact.sentence < p.view.order - lookback) break;
    if (fact.unit !== p.unit) continue;
    const head = heads.find((h) => fact.metric.includes(h));
    if (head) return head;
  }
  return '';
}

/** The head ending nearest before `to` in the sentence (the longer at the same end), with the noun word just before it. */
function nearestHead(view: SentenceView, to: number, heads: readonly string[]): string {
  const before = view.text.slice(view.start, to);
  let bestEnd = -1;
  let bestStart = -1;
  for (const head of heads) {
    const at = before.lastIndexOf(head);
    if (at < 0) continue;
    const end = at + head.length;
    if (end > bestEnd || (end === bestEnd && at < bestStart)) {
      bestEnd = end;
      bestStart = at;
    }
  }
  if (bestEnd < 0) return '';
  let start = view.start + bestStart;
  // `甲醛` + `释放量`, `蛋白质` + `含量`, the word `铅含量`: a bare head takes the noun that says of what.
  const word = view.tokenAt(start);
  const previous = word && word.start < start ? word : view.tokenAt(start - 1);
  if (previous && isNounLike(previous.tag) && /^[\u4e00-\u9fff]+$/.test(view.text.slice(previous.start, start))) start = previous.start;
  return view.text.slice(start, view.start + bestEnd);
}

/** A common noun's tag: a noun that is no proper name. */
function isNounLike(tag: string): boolean {
  return tag.startsWith('n') && !isProperNameTag(tag);
}
