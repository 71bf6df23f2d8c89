/**
 * Figures in 万/亿 written without their unit, as news reports write money, head counts and households (`净利润5千7百多万`,
 * `资产过亿`, `折合人民币也就200多万`, `近八亿人口`, `贫困人口减少1386万`, `惠及上千万家庭`): the noun that names the figure
 * implies the unit (lexicons/units.json `implied`). Only large figures (written with 万 or 亿) qualify: a bare
 * small number is a year, a code or a rank far more often than a sum.
 */
import type { Quantity } from './quantity';
import type { Lexicons } from './lexicons';
import type { UnitClass } from './rules';

/** What the implied-unit reading sees of a sentence. */
export interface ImpliedScan {
  text: string;
  from: number;
  to: number;
  lexicons: Lexicons;
}

/**
 * Words between the naming noun and the figure that do not change what it names (`资产过亿`, `净利润为`), a
 * target's year and verb too (`人口到2000年要控制在13亿以内`), and the year a change is against (`低收入人口比上年减少42万`).
 */
const LINK =
  /(?:比上年|比去年|当时|已经|已|也就|只有|仅有|仅|就|都|分别|均|各|共|合计|总计|累计|共计|折合|约|达到|达|为|是|有|过|破|超过|超|突破|逾|近|新增|增加|减少|下降|增长|提高到|增至|降至|从|要|将|控制在|保持在|稳定在|(?:到|至|在)?(?:19|20)\d\d年(?:底|末)?)*$/;

/**
 * `销售目标从180亿提升到250亿`, `收入1.2亿至1.5亿`: the start of a change or range between the noun and its second
 * figure, whose unit is implied as the first's is (`从`, the first figure, the verb, `到`/`至`).
 */
const FROM_TO =
  /从?[\d.０-９〇零一二两三四五六七八九十百千万亿多余]+(?:元)?(?:提升|提高|增加|增长|上升|上调|下降|降低|减少|下调|调整|扩大)?(?:到|至|为)$/;

/**
 * `参保人数分别增加1200万和950万`: the figures of a list before the figure, between the noun and it; each item's
 * unit is implied as the first's is.
 */
const LIST_BEFORE = /(?:[\d.０-９〇零一二两三四五六七八九十百千万亿多余]+[万亿](?:多|余)?(?:和|及|与|、))+$/;

/** A list that goes on after the figure (`1200万和950万`): the figure ends its phrase as a clause mark would. */
const LIST_AFTER = /^(?:和|及|与|、)[\d.０-９〇零一二两三四五六七八九十]/;

/**
 * `参保人数增加4100万，总计达到1.02亿`: a clause of link words only (`总计达到`) goes on from the clause before when
 * that clause ends with a figure in 万/亿 too; its noun names both figures.
 */
const FIGURE_CLAUSE_BEFORE = /[\d.０-９〇零一二两三四五六七八九十百千]+[万亿](?:多|余)?[，,]$/;

/** The rest of a change of level after its first figure: `提升到`, `至`. */
const CHANGE_TO = /^(?:提升|提高|增加|增长|上升|上调|下降|降低|减少|下调|调整|扩大)?(?:到|至)/;

/** A bound word between a figure and the noun it counts (`1亿左右农业转移人口`). */
const BOUND_AFTER = /^(?:左右|上下|以上|以下|之多)/;

/**
 * A bound word after a figure and the other end of its range (`以上20万以下`, `以上、5000万元以下`: the high end may say
 * the unit the low end leaves out) before the noun that names both.
 */
const RANGE_END_AFTER = /^(?:以上|以下|以内)(?:[、，,]?[\d.]+[万亿]元?(?:以上|以下|以内))?/;

/** `一两亿的投资`, `上千万的资金`: a money noun may follow the figure after 的. */
const OF = /^的/;

/** `3万一套`, `29万一瓶`: a price per piece, written with 一 and the piece right after the figure. */
const PER_PIECE = /^一([\u4e00-\u9fff])/;

/** The unit a figure's naming noun implies (and, for a price per piece, the characters it takes in), or null. */
export function impliedUnit(scan: ImpliedScan, quantity: Quantity): { unitClass: UnitClass; unit: string; end?: number } | null {
  if (quantity.unitClass === null && quantity.value === 0) return zeroRate(scan, quantity);
  if (quantity.unitClass === null) {
    const multiple = ratioMultiple(scan, quantity);
    if (multiple) return multiple;
  }
  if (quantity.unitClass !== null || quantity.value < 10000) return null;
  const { text } = scan;
  if (!/[万亿]/.test(text.slice(quantity.numeral.start, quantity.end))) return null;
  const after = text.slice(quantity.end, Math.min(scan.to, quantity.end + 10));
  const implied = scan.lexicons.units.implied;
  const people = { unitClass: 'count' as const, unit: implied.peopleUnit };
  // `近八亿人口`, `6069万农民受益`: a people noun right after the figure names what it counts; so does one after
  // a bound word (`1亿左右农业转移人口`, `1000万以上农村贫困人口`), which bounds the figure.
  const afterBound = after.replace(BOUND_AFTER, '');
  if (nounAfter(after, implied.peopleAfter) || (afterBound !== after && nounAfter(afterBound, implied.peopleAfter))) return people;
  // `惠及近千万家庭`, `一亿多农户`: a household noun counts households, in 户 as the contract counts them.
  if (nounAfter(after, implied.householdAfter) || (afterBound !== after && nounAfter(afterBound, implied.householdAfter)))
    return { unitClass: 'count', unit: implied.householdUnit };
  // `安置1.6万山区洪涝受灾群众`: the people a report counts may be named by a long phrase, read up to twelve
  // characters (after the household nouns, so that `上亿市场主体承载着…人` stays 户).
  if (nounAfter(text.slice(quantity.end, Math.min(scan.to, quantity.end + 12)), implied.peopleAfter, 12)) return people;
  // `80万设计基金`: so does a money noun; after a bound word too, and after the other end of a range a fine is
  // written as (`处2万以上20万以下罚锾`, `并处5万以下罚款`).
  const wider = text.slice(quantity.end, Math.min(scan.to, quantity.end + 16));
  const afterRange = wider.replace(RANGE_END_AFTER, '');
  if (nounAfter(after.replace(OF, ''), implied.moneyAfter) || (afterRange !== wider && nounAfter(afterRange, implied.moneyAfter)))
    return { unitClass: 'money', unit: implied.moneyUnit };
  const piece = PER_PIECE.exec(after)?.[1];
  if (piece && scan.lexicons.units.perUnit.moneyPer.includes(piece))
    return { unitClass: 'measure', unit: `${implied.moneyUnit}/${piece}`, end: quantity.end + 2 };
  // Anything else right after the figure (a noun, a classifier the lexicon lacks) may name another unit.
  // A change of level may follow (`从180亿提升到250亿`), and the task a figure sets (`完成裁减员额15万任务`).
  if (
    after !== '' &&
    !/^(?:[，,。；;：:！？!?、）)\s的]|出头|左右|以上|以下|以内|任务)/.test(after) &&
    !CHANGE_TO.test(after) &&
    !LIST_AFTER.test(after)
  )
    return null;
  let before = text
    .slice(Math.max(scan.from, quantity.start - 24), quantity.start)
    .replace(LINK, '')
    .replace(FROM_TO, '')
    .replace(LIST_BEFORE, '')
    .replace(LINK, '');
  if (FIGURE_CLAUSE_BEFORE.test(before)) before = before.replace(FIGURE_CLAUSE_BEFORE, '').replace(LINK, '');
  if (implied.moneyBefore.some((noun) => before.endsWith(noun))) return { unitClass: 'money', unit: implied.moneyUnit };
  if (implied.peopleBefore.some((noun) => before.endsWith(noun))) return people;
  return null;
}

/**
 * `6069万农民`, `上百万赤脚医生`, `4200多万城镇劳动力`, `约10万国内外专业观众`: a word of up to eight characters after
 * the figure ending in one of `nouns`.
 */
function nounAfter(after: string, nouns: readonly string[], longest = 8): boolean {
  if (after.startsWith('人民币')) return false;
  const word = /^[\u4e00-\u9fff]+/.exec(after)?.[0]?.slice(0, longest) ?? '';
  for (let k = word.length; k >= 2; k--) if (nouns.some((noun) => word.slice(0, k).endsWith(noun))) return true;
  return false;
}

/**
 * `检测合格率为零`, `不合格率均为0`: a rate said to be zero needs no percent sign (lexicons/units.json
 * `implied.zeroRate`: the rate noun and its copula right before the figure, nothing but a clause mark after it).
 */
function zeroRate(scan: ImpliedScan, quantity: Quantity): { unitClass: UnitClass; unit: string } | null {
  const { before, unit } = scan.lexicons.units.implied.zeroRate;
  const after = scan.text.slice(quantity.end, quantity.end + 1);
  if (after !== '' && !/^[，,。；;！!]/.test(after)) return null;
  return new RegExp(before).test(scan.text.slice(Math.max(scan.from, quantity.start - 20), quantity.start))
    ? { unitClass: 'percent', unit }
    : null;
}

/**
 * `城乡居民收入比降至2.2`, `收入比值由3.27缩小至2.93`, `收入比从2.50:1缩小至2.27:1`: a ratio of incomes written as a bare
 * figure is how many times one is the other, a multiple in 倍 (lexicons/units.json `implied.ratioMultiple`: the ratio
 * noun and a verb of level, or the start of a from-to change, right before the figure; nothing after it but `:1`, a clause
 * mark or the verb of the change). The `:1` of the ratio is taken into the figure's span.
 */
function ratioMultiple(scan: ImpliedScan, quantity: Quantity): { unitClass: UnitClass; unit: string; end: number } | null {
  const { before, after, unit } = scan.lexicons.units.implied.ratioMultiple;
  if (!before.test(scan.text.slice(Math.max(scan.from, quantity.start - 30), quantity.start))) return null;
  const m = after.exec(scan.text.slice(quantity.end, Math.min(scan.to, quantity.end + 8)));
  if (!m) return null;
  return { unitClass: 'times', unit, end: quantity.end + m[0].length };
}
