/**
 * Enumerations: `大、中、小型企业的产品抽样合格率分别为98%、93.1%、81.8%` gives each figure its own subject
 * (大型企业, 中型企业, 小型企业) and the shared metric after the list (产品抽样合格率).
 */
import type { Quantity } from './quantities';
import type { SentenceView } from './sentence';
import type { TrimLexicon } from './lexicons';
import { LIST_SEPARATOR } from '../text/numeral-grammar';

/** `分别增长`, `分别提高到`, `分别新增`, and with a comparison base or a real-terms note between (`分别比上年实际增长`, `分别比“十三五”时期下降`). */
const RESPECTIVELY =
  /(?:分别|依次)(?:(?:比|较)(?:上年|去年|上年同期|去年同期|[^，,。；;、\d]{1,8}?(?:年|时期|期间|期末))|同比|环比)?(?:实际)?(?:为|是|达到|达|占|有|新增|增长|增加|提高|提升|上升|下降|降低|减少|(?:增加|提高|提升|上升|下降|降低|减少)[到至]|[增降]至)?了?\s*$/;

/** Kinds of figure that state a level in a unit of their own, which a respectively list may mix. */
const LEVEL_KINDS = new Set<Quantity['unitClass']>(['count', 'measure', 'money']);

/**
 * `标志、额定容量和绝缘电阻3个项目分别有…`: a count restating how many items the list has, between the list and
 * 分别; it is no item's words.
 */
const RESTATED_COUNT = /(?:[0-9０-９]+|[两二三四五六七八九十]+)(?:个|项|种|类|大类)(?:检验|检测|抽检)?(?:项目|指标|参数|元素|方面|品种)?$/;
/** `…分别新增12项和44项，累计分别达到64项和288项`: a word that only totals names no item. */
const TOTAL_ONLY = /^\s*(?:累计|共计|合计|总计|共|均)\s*$/;
/** `把小学、初中学生人均公用经费分别提高到…`: the disposal mark opening the clause is no item's word. */
const DISPOSAL = /^\s*把/;
/** A from-to list: the levels left (`从…46503元和16935元`) stand between the items and 分别. */
const LEVELS_LEFT = /(?:从|由)[^、，,]*[0-9０-９]/;

/** `抽检发现标志、…`: what the first item opens with when the list is what a test found. */
const FOUND_OPENING = /^(?:[^、，,]*?(?:发现|检出|显示|表明)|其中)/;

/**
 * A list of changes right after their verb, with no 分别 (`…人均纯收入5153元，实际增长9.8%和8.5%`, `产值和利税增长
 * 8%和10%`): read like 分别 when what comes before names one item per figure, or figures of their own.
 */
const IMPLIED_RESPECTIVELY =
  /(?:(?:比|较)(?:上年|去年|上年同期|去年同期)|同比|环比)?(?:实际)?(?:增长|增加|提高|上升|下降|降低|减少)了?\s*$/;

export interface EnumeratedFigure {
  /** The item the figure is about (`大型企业`), when the list names subjects. */
  subject: string | null;
  /** The figure's metric: the words after the subjects (`产品抽样合格率`), or the item itself when the
   * list names metrics (`收入、净利润分别增长…`); null to keep the phrase before the list. */
  metric: string | null;
  /** `游客17.52亿人次、花费1.27万亿元，分别增长32.9%、41.6%`: the list names no items, so the figure takes
   * the metric of the figure this many places before the list's first figure (1 = the one just before). */
  earlier?: number;
}

/** A sentence's figures and the lexicons that read its lists. */
export interface EnumerationInput {
  view: SentenceView;
  quantities: readonly Quantity[];
  /** lexicons/metric-trim.json: `sharedEndings` (head nouns the items of a list share), `pairedWords` (内外资 = 内资 and
   * 外资), `listGrade` (国家级, 中型: words that only grade what the list names). */
  trims: Pick<TrimLexicon, 'sharedEndings' | 'pairedWords' | 'listGrade' | 'listGradeOpening' | 'sharedValue' | 'leading'>;
}

/** Subjects of enumerated figures, by quantity. */
export function enumerationSubjects(input: EnumerationInput): Map<Quantity, EnumeratedFigure> {
  const { view, quantities, trims } = input;
  const endings = trims.sharedEndings;
  const result = new Map<Quantity, EnumeratedFigure>();
  const text = view.text;
  let i = 0;
  while (i < quantities.length) {
    let j = i;
    // `港口集装箱和散货吞吐量分别为320万标箱、8600万吨`: after 分别 the list's figures may be of different kinds (counts,
    // measures, money), one for each item; elsewhere a change of kind ends the list.
    const respectiveStart = RESPECTIVELY.test(text.slice(view.clauseStart(quantities[i]!.start), quantities[i]!.start));
    const sameKind = (a: Quantity, b: Quantity): boolean =>
      a.unitClass === b.unitClass || (respectiveStart && LEVEL_KINDS.has(a.unitClass) && LEVEL_KINDS.has(b.unitClass));
    while (
      j + 1 < quantities.length &&
      sameKind(quantities[j + 1]!, quantities[i]!) &&
      LIST_SEPARATOR.test(text.slice(quantities[j]!.end, quantities[j + 1]!.start))
    ) {
      j++;
    }
    const count = j - i + 1;
    if (count >= 2) {
      const first = quantities[i]!;
      const before = text.slice(view.clauseStart(first.start), first.start);
      const respectively = RESPECTIVELY.exec(before) ?? impliedRespectively({ quantities, i, count, before, endings });
      if (respectively) {
        const listed = before.slice(0, respectively.index);
        const restated = RESTATED_COUNT.exec(listed);
        const named = (restated ? listed.slice(0, restated.index) : listed).replace(FOUND_OPENING, '').replace(DISPOSAL, '');
        // `从2021年的46503元和16935元分别提高到…`: levels left before the list are read as a from-to (metric.from-to).
        if (LEVELS_LEFT.test(named)) {
          i = j + 1;
          continue;
        }
        if (named.trim() === '' || TOTAL_ONLY.test(named)) {
          for (let k = 0; k < count; k++) result.set(quantities[i + k]!, { subject: null, metric: null, earlier: count - k });
        } else {
          // Items a count restates are whole names (`标志、额定容量和绝缘电阻3个项目`), never cut forms of the last.
          // Where the words before 分别 end in the text, for the word boundaries of the last item.
          const phraseEnd = view.clauseStart(first.start) + (restated ? restated.index : respectively.index);
          const boundary = (i: number): boolean => view.isBoundary(phraseEnd - named.length + i);
          const figures =
            listSubjects({ phrase: named, count, trims, whole: restated !== null, boundary }) ??
            pairedMetrics(named, count, trims.pairedWords);
          if (figures) for (let k = 0; k < count; k++) result.set(quantities[i + k]!, figures[k]!);
        }
      }
    }
    i = j + 1;
  }
  pairedItems(view, quantities, result);
  return result;
}

interface ImpliedList {
  quantities: readonly Quantity[];
  /** Index of the list's first figure, and how many figures it has. */
  i: number;
  count: number;
  /** The clause before the first figure. */
  before: string;
  endings: RegExp;
}

/**
 * The verb before a list of changes without 分别, when the list is read item by item: the clause before it names
 * the items (`产值和利税增长`), or names nothing and the list follows as many figures of another kind, one for each
 * (`收入17175元、纯收入5153元，实际增长9.8%和8.5%`).
 */
function impliedRespectively(list: ImpliedList): RegExpExecArray | null {
  const { quantities, i, count, before, endings } = list;
  const verb = IMPLIED_RESPECTIVELY.exec(before);
  if (!verb || quantities[i]!.unitClass !== 'percent') return null;
  // Named items: only when the last one ends in a head noun the items share (`产值和利税`), not cut by length
  // (`战略性新兴产业和高技术制造业增加值年均` stays one phrase).
  const named = before.slice(0, verb.index).trim();
  if (named !== '') return endings.test(named) ? verb : null;
  const levels = quantities.slice(Math.max(0, i - count), i);
  return levels.length === count && levels.every((q) => q.unitClass !== 'percent' && q.unitClass !== 'pp') ? verb : null;
}

/** `不符合率依序为寝具94%、枕头64%`: the metric, a respectively word, then the first item right before its figure. */
const PAIRED_HEAD = /^(.*?)(?:依序|依次|分别)(?:为|是)?\s*([^，,。；;、：:\d]{1,8})$/;
/** Between two paired figures: a list mark and the next item (`、枕头`). */
const PAIRED_NEXT = /^\s*(?:[、，,和及与]|以及)\s*([^，,。；;、：:\d和及与]{1,8})$/;

/**
 * A list whose items each stand before their own figure under one metric (`不符合率依序为寝具94%、枕头64%、
 * 床垫25%`): every figure gets the metric and its item as subject.
 */
function pairedItems(view: SentenceView, quantities: readonly Quantity[], result: Map<Quantity, EnumeratedFigure>): void {
  const text = view.text;
  for (let i = 0; i < quantities.length; i++) {
    const first = quantities[i]!;
    if (result.has(first)) continue;
    const head = PAIRED_HEAD.exec(text.slice(view.clauseStart(first.start), first.start));
    if (!head || !head[1]!.trim()) continue;
    const items = [head[2]!];
    let j = i;
    while (j + 1 < quantities.length) {
      const next = PAIRED_NEXT.exec(text.slice(quantities[j]!.end, quantities[j + 1]!.start));
      if (!next || quantities[j + 1]!.unitClass !== first.unitClass) break;
      items.push(next[1]!);
      j++;
    }
    if (j === i) continue;
    for (let k = i; k <= j; k++) result.set(quantities[k]!, { subject: items[k - i]!.trim(), metric: head[1]!.trim() });
    i = j;
  }
}

/** The words before a respectively-list (`大、中、小型企业的产品抽样合格率`) and how to read them. */
interface ListedItems {
  phrase: string;
  /** How many figures the list gives. */
  count: number;
  trims: EnumerationInput['trims'];
  /** Whether every item is named in full (a count restates them), so none is completed from the last. */
  whole: boolean;
  /** Whether a word of the text starts at this offset of the phrase. */
  boundary: (offset: number) => boolean;
}

/**
 * `大、中、小型企业的产品抽样合格率` with 3 figures → subjects 大型企业, 中型企业, 小型企业 and metric
 * 产品抽样合格率; `主营业务收入、净利润` with 2 figures → metrics 主营业务收入, 净利润.
 */
function listSubjects({ phrase, count, trims, whole, boundary }: ListedItems): EnumeratedFigure[] | null {
  const endings = trims.sharedEndings;
  const parts = phrase.split(/[、和及与]/);
  if (parts.length !== count) return null;
  const last = parts[count - 1]!;
  const of = last.indexOf('的');
  const lastItem = of > 0 ? last.slice(0, of) : last;
  if (!lastItem) return null;
  const items = parts.slice(0, count - 1).map((item) => item.trim());
  if (items.some((item) => !item)) return null;
  // Items share the last item's ending: a head noun of lexicons/metric-trim.json `sharedEndings`
  // (`原煤` + `产量` from `天然气产量`), else by length (`大` + `型企业`, `食品` + `抽检合格率`).
  const lastStart = phrase.length - last.length;
  const neighbourStart = phrase.lastIndexOf(parts[count - 2]!, lastStart - 1);
  const ending = sharedPart({
    lastItem,
    items,
    trims,
    boundary: (i) => boundary(lastStart + i),
    neighbourBoundary: (i) => boundary(neighbourStart + i),
  });
  // `国家级、部级创新平台`: items that only grade what the last one names after its own grade take that noun whole.
  const lastGrade = trims.listGradeOpening.exec(lastItem)?.[0] ?? '';
  const complete = (item: string): string => {
    if (whole) return item;
    if (lastGrade && lastGrade.length < lastItem.length && trims.listGrade.test(item)) return item + lastItem.slice(lastGrade.length);
    if (ending && ending.length < lastItem.length) return endings.test(item) ? item : item + ending;
    // By length only where the item is cut short (`大` of `小型企业`): not one ending as the last item does
    // (`高新技术企业、科技型中小企业`), nor a code of letters and digits (`PM2.5、PM10平均浓度`).
    if (item.endsWith(lastItem.slice(-1)) || /[A-Za-z0-9]/.test(item)) return item;
    return item.length < lastItem.length ? item + lastItem.slice(item.length) : item;
  };
  const completed = [...items.map(complete), lastItem];
  if (of < 0) return completed.map((metric) => ({ subject: null, metric }));
  const metric = last.slice(of + 1) || null;
  return completed.map((subject) => ({ subject, metric }));
}

/** Words a shared head is widened over: Chinese words only (no quoted name's mark), not opening with 等, 的 or 之
 * (`汽车、石化、医药等产业增加值`: 等 closes the list, it is no item's). */
const WIDENING = /^(?![等的之])[\u4e00-\u9fff]+$/;

interface SharedPartInput {
  lastItem: string;
  /** The items before the last. */
  items: readonly string[];
  trims: ListedItems['trims'];
  /** Whether a word starts at this offset of the last item, and of the item next to it. */
  boundary: (i: number) => boolean;
  neighbourBoundary: (i: number) => boolean;
}

/**
 * The words the items of a list share with its last item: the head noun of lexicons/metric-trim.json
 * `sharedEndings` it ends with (`天然气产量` → 产量), with the qualifier of a change after it (`装备制造业增加值年均` →
 * 增加值年均), widened over the words before it to leave the last item's own name about as long as the other items'
 * (`城市、县城建成区面积` → 建成区面积, `电子信息、有色金属、装备制造业产业规模` → 产业规模): the items name things
 * of one kind, so the last one's own name is about as long as the item next to it. A word another item already ends
 * with is the item's own (`规上工业企业、限上批发零售企业营业收入` keeps 营业收入). '' when the last item ends in no
 * shared head.
 */
function sharedPart({ lastItem, items, trims, boundary, neighbourBoundary }: SharedPartInput): string {
  const qualifier = trims.sharedValue.qualifier.exec(lastItem)?.[0] ?? '';
  const head =
    trims.sharedEndings.exec(lastItem)?.[0] ??
    (qualifier ? (trims.sharedEndings.exec(lastItem.slice(0, -qualifier.length))?.[0] ?? '') : '');
  if (!head) return '';
  const ending = trims.sharedEndings.test(lastItem) ? head : head + qualifier;
  const headStart = lastItem.length - ending.length;
  // The item next to the last, without the scope words a clause may open with (全年城市 → 城市).
  const neighbour = items[items.length - 1] ?? '';
  let from = 0;
  for (let lead = trims.leading.exec(neighbour); lead && lead[0].length > 0; lead = trims.leading.exec(neighbour.slice(from))) {
    if (!neighbourBoundary(from + lead[0].length)) break;
    from += lead[0].length;
  }
  const mean = neighbour.length - from;
  let best = headStart;
  for (let p = headStart - 1; p >= 1; p--) {
    if (!boundary(p)) continue;
    let next = p + 1;
    while (next < headStart && !boundary(next)) next++;
    const word = lastItem.slice(p, next);
    if (items.some((item) => item.endsWith(word)) || !WIDENING.test(lastItem.slice(p, headStart))) continue;
    if (Math.abs(p - mean) < Math.abs(best - mean)) best = p;
  }
  return lastItem.slice(best);
}

/**
 * `实际使用内外资分别增长8%、5.1%`: one phrase given two figures respectively, holding a word that names two things
 * at once (lexicons/metric-trim.json `pairedWords`): the first figure measures the first thing (实际使用内资), the
 * second the second (实际使用外资). The contract: one fact per value, each with what it measures.
 */
function pairedMetrics(phrase: string, count: number, pairedWords: TrimLexicon['pairedWords']): EnumeratedFigure[] | null {
  if (count !== 2 || /[、和及与]/.test(phrase)) return null;
  for (const [whole, parts] of pairedWords) {
    const at = phrase.indexOf(whole);
    if (at < 0) continue;
    return parts.map((part) => ({ subject: null, metric: (phrase.slice(0, at) + part + phrase.slice(at + whole.length)).trim() }));
  }
  return null;
}
