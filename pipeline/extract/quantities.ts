/**
 * Quantities: a numeral with what follows and precedes it — bound words (`近`, `余`, `以上`), place-unit
 * multipliers after Arabic numerals (`3.5万`), the unit (`%`, `个百分点`, `元`, `吨`, a classifier), percent
 * forms (`百分之…`, `N分之M`, `五成`, `一半`) and ranges (`90%—95%`, `1亿至1.5亿元` with the unit carried
 * back). Positions are UTF-16 indices of the document's normalised text.
 */
import type { Bound } from '../../core/document';
import type { Lexicons, UnitEntry } from './lexicons';
import {
  BIG_UNIT_VALUES,
  DIGIT_VALUES,
  isNumeralCode,
  RANGE_JOINERS,
  RANGE_SEPARATOR,
  UNIT_SHARING_SEPARATOR,
} from '../text/numeral-grammar';
import { impliedUnit } from './implied-units';
import type { Numeral } from './numbers';
import type { Quantity } from './quantity';
import { readRatio } from './ratios';
import type { UnitClass } from './rules';

// The type lives in quantity.ts (see there); readers of quantities take it from here with buildQuantities.
export type { Quantity } from './quantity';

/** Whether UTF-16 position `pos` falls strictly inside a segmentation token that is not a numeral token. */
export type InsideWord = (pos: number) => boolean;

/** What building the quantities of one sentence reads: the text, the sentence's span, the lexicons. */
interface SentenceScan {
  text: string;
  from: number;
  to: number;
  lexicons: Lexicons;
  insideWord: InsideWord;
  insideName: InsideWord;
}

/** A quantity's parts as read after its numeral, before bound words around it are taken in. */
interface QuantityCore {
  numeral: Numeral;
  end: number;
  value: number;
  unitClass: UnitClass;
  unit: string;
  bound: Bound;
  requires?: string | null;
  multiplier?: number;
  /** Where a currency sign written before the numeral starts (`HK$3.8`): the figure's text covers it. */
  signStart?: number;
}

function roundValue(value: number): number {
  return Number(value.toPrecision(12));
}

function matchUnit(text: string, at: number, to: number, lexicons: Lexicons): UnitEntry | null {
  const candidates = lexicons.units.byFirstChar.get(text[at] ?? '');
  if (!candidates) return null;
  for (const entry of candidates) {
    if (at + entry.surface.length <= to && text.startsWith(entry.surface, at)) return entry;
  }
  return null;
}

/** A measure unit in Latin letters or symbols (`mg/L`, `V`, `μg`, `Ω`) that ends its word, starting at `at`. */
function latinUnitAfterSpace(text: string, at: number, to: number, lexicons: Lexicons): boolean {
  const unit = matchUnit(text, at, to, lexicons);
  if (!unit || unit.unitClass !== 'measure' || !LATIN_UNIT_START.test(unit.surface)) return false;
  const next = text[at + unit.surface.length] ?? '';
  // A one-letter unit before a Chinese word may be a rating in a product name (`3 m胶带`): it must end the phrase.
  return !/[A-Za-z0-9]/.test(next) && !(unit.surface.length === 1 && /[\u4e00-\u9fff]/.test(next));
}

const LATIN_UNIT_START = /^[A-Za-zμΩ℃°]/;

function startsWithAny(text: string, at: number, to: number, words: readonly string[]): string | null {
  for (const word of words) if (at + word.length <= to && text.startsWith(word, at)) return word;
  return null;
}

function prefixBound(text: string, at: number, from: number, lexicons: Lexicons): [string, Bound] | null {
  for (const cue of lexicons.bounds.prefix) {
    const start = at - cue[0].length;
    if (start >= from && text.startsWith(cue[0], start) && !coveredByNotCue(text, from, start, cue[0], lexicons)) return cue;
  }
  // `超过新台币千万元`, `约人民币2万元`: the currency named before the number stands between it and its bound word.
  const currency = lexicons.bounds.currencyBetween.find((word) => at - word.length > from && text.startsWith(word, at - word.length));
  const outer = currency ? prefixBound(text, at - currency.length, from, lexicons) : null;
  return outer ? [outer[0] + currency!, outer[1]] : null;
}

function suffixBound(text: string, at: number, to: number, lexicons: Lexicons): [string, Bound] | null {
  for (const cue of lexicons.bounds.suffix) {
    if (at + cue[0].length <= to && text.startsWith(cue[0], at)) return cue;
  }
  return null;
}

/**
 * Whether a unit at `at` is followed by a bound word other than 整 that closes its clause (`稳定在百万吨以上。`,
 * `千人左右，`): a bound before a noun classes what the noun names (`亿元以上项目`, `万吨标准煤以上的企业`), no figure.
 */
function boundAfterUnit(scan: SentenceScan, at: number): boolean {
  const { text, to, lexicons } = scan;
  const unit = matchUnit(text, at, to, lexicons);
  const suffix = unit ? suffixBound(text, at + unit.surface.length, to, lexicons) : null;
  if (suffix === null || suffix[1] === 'exact') return false;
  const after = at + unit!.surface.length + suffix[0].length;
  return after >= to || /^[，。；、！？,.;!?）)]/.test(text[after]!);
}

/** `约占世界市场2%`: a cue a few words before the figure in its clause, with no other figure or clause mark between. */
function reachBackBound(scan: SentenceScan, at: number): Bound | null {
  const { cues, maxGap } = scan.lexicons.bounds.reachBack;
  const windowStart = Math.max(scan.from, at - maxGap - 3);
  const window = scan.text.slice(windowStart, at);
  for (const [cue, bound] of cues) {
    const k = window.lastIndexOf(cue);
    if (k < 0 || coveredByNotCue(scan.text, scan.from, windowStart + k, cue, scan.lexicons)) continue;
    const gap = window.slice(k + cue.length);
    if (gap.length <= maxGap && !/[0-9０-９，,；;。：:！？!?、\n]/.test(gap) && ![...gap].some((g) => isNumeralCode(g.charCodeAt(0))))
      return bound;
  }
  return null;
}

/**
 * `约谈企业30家`, `节约二千八百亿元`, `分别超过2%`: the cue at `cueAt` is part of a word that holds it without
 * being it (bounds.json notCues); a shorter cue inside such a word may still be one (超过 in 分别超过).
 */
function coveredByNotCue(text: string, from: number, cueAt: number, cue: string, lexicons: Lexicons): boolean {
  return lexicons.bounds.notCues.some(([word, hidden]) => {
    if (hidden !== cue) return false;
    for (let k = word.indexOf(cue); k >= 0; k = word.indexOf(cue, k + 1))
      if (cueAt - k >= from && text.startsWith(word, cueAt - k)) return true;
    return false;
  });
}

/** What the quantity layer needs of a sentence: its text and span, and what its words are. */
export interface QuantitySentence {
  text: string;
  start: number;
  end: number;
  insideWord: InsideWord;
  /** Whether `pos` falls strictly inside a proper name (a place, person or organisation: `斗六市`). */
  insideName: InsideWord;
}

/**
 * Builds the quantities of one sentence from its numerals. Numerals without a unit are dropped unless a
 * range gives them one.
 */
export function buildQuantities(sentence: QuantitySentence, numerals: readonly Numeral[], lexicons: Lexicons): Quantity[] {
  const { text, start: from, end: to, insideWord } = sentence;
  const scan: SentenceScan = { text, from, to, lexicons, insideWord, insideName: sentence.insideName };
  const out: Quantity[] = [];
  const consumed = new Set<Numeral>();
  let covered = from;
  for (let k = 0; k < numerals.length; k++) {
    const numeral = numerals[k]!;
    if (consumed.has(numeral) || numeral.kind === 'digits' || numeral.start < covered) continue;
    // `三次产业结构为8.1∶40.3∶51.6`, `收入比为2.4∶1`: figures a ratio colon joins after a ratio word.
    const ratio = readRatio(scan, numerals, k);
    if (ratio) {
      for (const { ratio: part, ...core } of ratio.figures) out.push({ ...finish(scan, { ...core, bound: 'exact' }), ratio: part });
      for (let j = k; j < k + ratio.taken; j++) consumed.add(numerals[j]!);
      covered = numerals[k + ratio.taken - 1]!.end;
      continue;
    }
    const quantity = buildOne(scan, numeral, numerals[k + 1], consumed);
    if (!quantity) continue;
    covered = quantity.end;
    out.push(quantity);
    const high = vagueRangeHigh(quantity);
    if (high) out.push(high);
  }
  // Implied units first, so that a range of two figures written without one (`收入1.2亿至1.5亿`) is bounded.
  const implied = out.map((q) => {
    const unit = impliedUnit(scan, q);
    return unit ? finish(scan, { ...q, ...unit, end: unit.end ?? q.end }) : q;
  });
  const ranged = resolveRanges(scan, pointsWrittenOnce(scan, implied));
  return inheritPerUnit(scan, shareTrailingUnit(scan, ranged)).filter((q) => q.unitClass !== null);
}

/** What joins the items of a list or the ends of a range, a comma left out (`增长3个，5个百分点` is no list). */
const POINTS_JOINER = new RegExp(`^\\s*(?:[、和及与${RANGE_JOINERS}]|以及)\\s*$`);

/**
 * `分别高于全国12.7个、12个百分点`, `提高3个至5个百分点`: a list or range of percentage points writes
 * 百分点 once, after its last item; each `N个` before it is points too, not a count of 个 (contract: one
 * fact per value, each in `pp`). Runs from the end, so that `3个、2个和1个百分点` passes it down the list.
 */
function pointsWrittenOnce(scan: SentenceScan, quantities: Quantity[]): Quantity[] {
  for (let i = quantities.length - 2; i >= 0; i--) {
    const item = quantities[i]!;
    const last = quantities[i + 1]!;
    if (item.unit !== '个' || last.unitClass !== 'pp' || item.multiplier !== 1) continue;
    if (!POINTS_JOINER.test(scan.text.slice(item.end, last.numeral.start))) continue;
    quantities[i] = { ...item, unitClass: last.unitClass, unit: last.unit, requires: last.requires };
  }
  return quantities;
}

/** `三四倍`, `四五百元`: the quantity is the low end (at least), and a second one the high end (at most). */
function vagueRangeHigh(quantity: Quantity): Quantity | null {
  const { numeral } = quantity;
  if (numeral.high === undefined || numeral.value <= 0) return null;
  if (quantity.bound === 'exact') quantity.bound = 'at_least';
  return { ...quantity, value: roundValue((quantity.value / numeral.value) * numeral.high), bound: 'at_most' };
}

/**
 * What may follow a slash fraction: `的`, a bound word's start, an adverb or modal (`仅有1/3能达标`), a clause
 * mark, or a range mark before a second fraction (`成本的1/4—1/5`).
 */
const AFTER_SLASH_FRACTION = /^(?:$|[的左以强弱多能可已都将还，。；、,;）)]|[—–\-～~至到]\s*[1-9]\/[1-9](?![\d/]))/;

function isSlashFraction(text: string, numerator: Numeral, denominator: Numeral): boolean {
  if (
    numerator.kind !== 'arabic' ||
    denominator.kind !== 'arabic' ||
    text[numerator.end] !== '/' ||
    denominator.start !== numerator.end + 1
  )
    return false;
  const [n, d] = [numerator.value, denominator.value];
  if (!Number.isInteger(n) || !Number.isInteger(d) || n <= 0 || n >= d || d > 10) return false;
  if (/[\d/.]/.test(text[numerator.start - 1] ?? '')) return false;
  return AFTER_SLASH_FRACTION.test(text.slice(denominator.end, denominator.end + 6));
}

/**
 * `二十五亿七千多万元`: a bound word splits the numeral from its place unit, which then scales only the part
 * below the numeral's own higher place unit (25亿 + 7000万, not 25亿7000 × 万). Returns the value to multiply
 * by `multiplier` so that the product is right.
 */
function scaleBelowHigherUnit(numeralText: string, value: number, multiplier: number): number {
  const higher = [...numeralText].map((ch) => BIG_UNIT_VALUES[ch] ?? 0).filter((unit) => unit > multiplier);
  if (higher.length === 0) return value;
  const unit = Math.min(...higher);
  const above = Math.floor(value / unit) * unit;
  return above / multiplier + (value - above);
}

function buildOne(scan: SentenceScan, numeral: Numeral, next: Numeral | undefined, consumed: Set<Numeral>): Quantity | null {
  const { text, to, lexicons } = scan;
  // A numeral inside a word is part of a name (`斗六市`), not a figure.
  if (scan.insideName(numeral.start)) return null;
  let p = numeral.end;
  let bound: Bound = 'exact';
  let value = numeral.value;
  let multiplier = 1;
  let unit: UnitEntry | null = null;

  // N分之M: a fraction, as a percent.
  if (text.startsWith('分之', p) && next && next.start === p + 2 && next.kind !== 'digits' && numeral.value > 0) {
    consumed.add(next);
    value = roundValue((next.value / numeral.value) * 100);
    return { ...finish(scan, { numeral, end: next.end, value, unitClass: 'percent', unit: '%', bound }), denominator: numeral.value };
  }

  // `1/4的家庭`: a slash fraction of small whole numbers, as a percent (not a date or code such as `3/15`).
  if (next && isSlashFraction(text, numeral, next)) {
    consumed.add(next);
    value = roundValue((numeral.value / next.value) * 100);
    return finish(scan, { numeral, end: next.end, value, unitClass: 'percent', unit: '%', bound });
  }

  // `3个亿`, `两个多亿`: speech puts 个 before 亿, which stays the figure's place unit.
  if (text[p] === '个' && (text[p + 1] === '亿' || text.startsWith('多亿', p + 1))) p++;
  const between = lexicons.bounds.between.get(text[p] ?? '');
  let boundBeforeMultiplier = false;
  if (between && p + 1 < to && (matchUnit(text, p + 1, to, lexicons) || lexicons.units.multipliers.has(text[p + 1]!))) {
    bound = between;
    boundBeforeMultiplier = lexicons.units.multipliers.has(text[p + 1]!);
    p++;
  }
  // A percent sign set off by a space (`8 %`) still belongs to its number.
  if (text[p] === ' ' && (text[p + 1] === '%' || text[p + 1] === '％')) p++;
  // So does a Latin measure unit (`0.5 mg/L`, `220 V`), as pages set in Western style write it.
  else if (text[p] === ' ' && numeral.kind === 'arabic' && latinUnitAfterSpace(text, p + 1, to, lexicons)) p++;
  unit = matchUnit(text, p, to, lexicons);
  if (!unit) {
    // `8041.6万千瓦`: a unit that starts with a place character (千瓦, 千克) ends the multipliers.
    while (p < to && lexicons.units.multipliers.has(text[p]!) && !(multiplier > 1 && matchUnit(text, p, to, lexicons))) {
      multiplier *= lexicons.units.multipliers.get(text[p]!)!;
      p++;
    }
    if (multiplier > 1 && boundBeforeMultiplier) value = scaleBelowHigherUnit(text.slice(numeral.start, numeral.end), value, multiplier);
    if (multiplier > 1) {
      const after = lexicons.bounds.between.get(text[p] ?? '');
      if (after) {
        bound = after;
        p++;
      }
      unit = matchUnit(text, p, to, lexicons);
    }
  }
  // A lone place unit is a number only next to a bound word (`逾千家`, `万余人`, `上百万人`, `达千人`), before it or
  // after its unit (`稳定在百万吨以上`, `千人左右`).
  const bareUnitBound = numeral.bareUnit ? lexicons.bounds.bareUnitPrefix.get(text[numeral.start - 1] ?? '') : undefined;
  if (numeral.bareUnit && bound === 'exact' && !prefixBound(text, numeral.start, scan.from, lexicons)) {
    if (bareUnitBound && numeral.start - 1 >= scan.from) bound = bareUnitBound;
    // `0.6人/百亿元以下`: a place unit after a slash is the base of a per-unit figure, no figure of its own.
    else if (text[numeral.start - 1] === '/' || !boundAfterUnit(scan, p)) return null;
  }

  if (numeral.percentPrefix) {
    return finish(scan, { numeral, end: numeral.end, value, unitClass: 'percent', unit: '%', bound });
  }
  // `翻两番`: doubling N times is growth by 2^N − 1 times (lexicons/units.json `doubling`).
  const { doubling } = lexicons.units;
  if (
    !unit &&
    multiplier === 1 &&
    text.startsWith(doubling.surface, p) &&
    doubling.before.test(text.slice(Math.max(scan.from, numeral.start - 4), numeral.start))
  )
    return finish(scan, {
      numeral,
      end: p + doubling.surface.length,
      value: 2 ** value - 1,
      unitClass: 'times',
      unit: doubling.unit,
      bound,
    });
  // `8亿人口`, `13亿人民`: 人 opens a people noun, which implies the unit (implied-units.ts), not a classifier; so does
  // 家 a household noun (`上千万家庭`).
  const { peopleAfter, householdAfter } = lexicons.units.implied;
  const nounOpened = Math.max(
    startsWithAny(text, p, to, peopleAfter)?.length ?? 0,
    /[万亿]/.test(text.slice(numeral.start, p)) ? (startsWithAny(text, p, to, householdAfter)?.length ?? 0) : 0,
  );
  if (unit?.unitClass === 'count' && nounOpened > unit.surface.length) unit = null;
  if (unit) unit = colloquialMoney(scan, numeral.start, p, unit);
  const sign = unit ? null : signBefore(scan, numeral.start);
  if (sign) {
    // `HK$3.8`, `US$ 1.2亿`: the currency sign before the figure is its unit when none follows it.
    const money = { numeral, end: p, value: roundValue(value * multiplier), unitClass: 'money' as const, unit: sign.unit, bound };
    return finish(scan, { ...money, multiplier, signStart: sign.start });
  }
  if (!unit) {
    // Kept only as a possible range start (`1亿至1.5亿元`) or a figure whose unit its noun implies.
    return {
      numeral,
      start: numeral.start,
      end: p,
      value: roundValue(value * multiplier),
      unitClass: null,
      unit: null,
      bound,
      requires: null,
      multiplier,
    };
  }
  let unitEnd = p + unit.surface.length;
  const perUnit =
    unit.unitClass === 'percent' || unit.unitClass === 'pp' || unit.unitClass === 'times'
      ? null
      : (slashReference(scan, unitEnd) ??
        (unit.unitClass === 'money'
          ? priceReferenceAfter(scan, unitEnd)
          : unit.unitClass === 'measure' && !lexicons.units.conditional.has(unit.unit)
            ? measureReferenceAfter(scan, unitEnd)
            : null));
  if (perUnit) unitEnd += perUnit.length + 1;
  if (scan.insideWord(unitEnd) && !gluedHead(scan, p, unitEnd)) return null;
  if (unit.unitClass === 'percent') {
    if (multiplier !== 1) return null;
    if (unit.max !== undefined && value > unit.max) return null;
    if (unit.only !== undefined && value !== unit.only) return null;
    value = roundValue(value * unit.factor);
    // `3成6`: a digit after 成 is the next decimal place (36 %).
    const tenth = unit.surface === '成' ? tenthDigitAfter(text, unitEnd, to) : -1;
    if (tenth >= 0) {
      value = roundValue(value + tenth);
      unitEnd++;
    }
  } else {
    value = roundValue(value * multiplier * unit.factor);
    // `1米5`: a lone digit after a whole number of 米 is its tenth (1.5 m), as in `3成6`.
    const tenth =
      unit.surface === '米' && multiplier === 1 && !perUnit && Number.isInteger(value) ? tenthDigitAfter(text, unitEnd, to) : -1;
    if (tenth >= 0) {
      value = roundValue(value + tenth / 10);
      unitEnd++;
    }
  }
  const requires = lexicons.units.conditional.get(unit.unit) ?? null;
  if (perUnit)
    // A rule-only unit stays rule-only per a unit of reference (`5分/千瓦时`: cents, not a score).
    return finish(scan, {
      numeral,
      end: unitEnd,
      value,
      unitClass: 'measure',
      unit: `${unit.unit}/${perUnit}`,
      bound,
      requires,
      multiplier,
    });
  return finish(scan, { numeral, end: unitEnd, value, unitClass: unit.unitClass, unit: unit.unit, bound, requires, multiplier });
}

/**
 * The currency sign right before a numeral or one space from it (`HK$3.8`, `HK$ 1,200`, `￥12.5`), not after a
 * Latin letter or digit (a code): its start and money unit (lexicons/units.json `prefixSigns`), or null.
 */
function signBefore(scan: SentenceScan, numeralStart: number): { start: number; unit: string } | null {
  const { text, from, lexicons } = scan;
  const at = numeralStart > from && /[ \u3000]/.test(text[numeralStart - 1]!) ? numeralStart - 1 : numeralStart;
  for (const [sign, unit] of lexicons.units.prefixSigns) {
    const start = at - sign.length;
    if (start < from || !text.startsWith(sign, start)) continue;
    if (start > from && /[A-Za-z0-9]/.test(text[start - 1]!)) return null;
    return { start, unit };
  }
  return null;
}

/**
 * `算下来四千多块`, `一瓶卖十五块`: speech writes yuan as 块; the count unit is money when the words before the figure
 * name a price or payment and only a clause mark follows (lexicons/units.json `colloquialMoney`; `3块手表` is a count).
 * Tenths of a yuan written bare (`一斤卖8毛`) pass the same test or are no unit.
 */
function colloquialMoney(scan: SentenceScan, numeralStart: number, unitStart: number, unit: UnitEntry): UnitEntry | null {
  const { units, before, after } = scan.lexicons.units.colloquialMoney;
  const money = unit.unitClass === 'count' ? units[unit.surface] : undefined;
  if (!money && !unit.guarded) return unit;
  // A bare 毛 or 角 that is not money is no unit at all (`长三角`), where 块 stays a count (`3块试验田`).
  const notMoney = unit.guarded ? null : unit;
  const unitEnd = unitStart + unit.surface.length;
  if (!after.test(scan.text.slice(unitEnd, Math.min(scan.to, unitEnd + 3)))) return notMoney;
  const clauseBefore = scan.text.slice(Math.max(scan.from, numeralStart - 12), numeralStart);
  if (!before.test(clauseBefore)) return notMoney;
  return money ? { ...unit, unitClass: 'money', unit: money } : unit;
}

/**
 * The segmenter glues some classifiers to the noun they count (`12类产品` → `类产品`, `350件产品`): the unit
 * still counts when its word is the unit and one head of lexicons/units.json `gluedHeads`, nothing more.
 */
function gluedHead(scan: SentenceScan, unitStart: number, unitEnd: number): boolean {
  if (scan.insideWord(unitStart)) return false;
  const head = startsWithAny(scan.text, unitEnd, scan.to, scan.lexicons.units.gluedHeads);
  return head !== null && !scan.insideWord(unitEnd + head.length);
}

/**
 * The unit of reference after a slash right after a unit (`毫克/公斤`, `mg/L`), or null. The reference may carry
 * its own amount, as labels and test reports write doses and counts (`125mg/5ml`, `10CFU/25g`): the unit is then
 * `mg/5ml`.
 */
function slashReference(scan: SentenceScan, at: number): string | null {
  if (scan.text[at] !== '/') return null;
  const { afterSlash, compoundFactors } = scan.lexicons.units.perUnit;
  const factors = [...afterSlash, ...compoundFactors].sort((a, b) => b.length - a.length);
  // `kWh/cycle/kg`: a chain of references, each one a unit or a group in brackets (`mg/(kg·d)`); a factor unit
  // met only in compound references (`cycle`, `K`) counts only inside a group or before a further slash.
  const terms: string[] = [];
  let p = at;
  while (scan.text[p] === '/' && terms.length < 3) {
    const term = groupedReference(scan, p + 1, factors) ?? referenceTerm(scan, p + 1, factors);
    if (!term) break;
    terms.push(term);
    p += 1 + term.length;
  }
  while (terms.length > 0) {
    const last = terms[terms.length - 1]!;
    if (last.startsWith('(') || last.startsWith('（') || referenceTerm(scan, p - last.length, afterSlash) === last) break;
    p -= 1 + last.length;
    terms.pop();
  }
  return terms.length > 0 ? terms.join('/') : null;
}

/** One unit of reference after a slash, with the amount it may carry (`5ml`, `25g`), ending where its word ends. */
function referenceTerm(scan: SentenceScan, at: number, units: readonly string[]): string | null {
  const amount = /^[0-9]+(?:\.[0-9]+)?/.exec(scan.text.slice(at, Math.min(scan.to, at + 7)))?.[0] ?? '';
  const reference = startsWithAny(scan.text, at + amount.length, scan.to, units);
  if (!reference) return null;
  // `mg/Lead`: the reference must end where the word ends.
  const next = scan.text[at + amount.length + reference.length] ?? '';
  return /[A-Za-z0-9]/.test(next) && /[A-Za-z0-9]$/.test(reference) ? null : amount + reference;
}

/** `(m2·K)`, `（人·年）`: units multiplied in brackets after a slash, kept as written. */
function groupedReference(scan: SentenceScan, at: number, units: readonly string[]): string | null {
  const close = scan.text[at] === '(' ? ')' : scan.text[at] === '（' ? '）' : null;
  if (!close) return null;
  let p = at + 1;
  for (let count = 0; count < 4; count++) {
    const factor = startsWithAny(scan.text, p, scan.to, units);
    if (!factor) return null;
    p += factor.length;
    if (scan.text[p] === close) return count > 0 ? scan.text.slice(at, p + 1) : null;
    if (!'·⋅•*.'.includes(scan.text[p] ?? '') || p >= scan.to) return null;
    p++;
  }
  return null;
}

/**
 * `5毫克每升`, `12米每秒`: a measure read per a unit written after it with 每 (lexicons/units.json `afterSlash`),
 * as `毫克/升`; or null. Money has its own list (`priceReferenceAfter`).
 */
function measureReferenceAfter(scan: SentenceScan, at: number): string | null {
  if (scan.text[at] !== '每') return null;
  return wholeWord(scan, at + 1, scan.to, scan.lexicons.units.perUnit.afterSlash);
}

/**
 * `55元每公斤`, `六百元一公斤`: what a price is per, written with 每 or 一 right after its money unit
 * (lexicons/units.json `moneyPer`), or null.
 */
function priceReferenceAfter(scan: SentenceScan, at: number): string | null {
  // Market news writes the one of `4.5元1斤` in a digit, as it writes 一 in `4.5元一斤`.
  if (!PRICE_PER_ONE.has(scan.text[at] ?? '')) return null;
  if (/[0-9０-９.．]/.test(scan.text[at - 1] ?? '') || /[0-9０-９.．]/.test(scan.text[at + 1] ?? '')) return null;
  return wholeWord(scan, at + 1, scan.to, scan.lexicons.units.perUnit.moneyPer);
}

const PRICE_PER_ONE = new Set(['每', '一', '1', '１']);

/** The digit right after `成` or `米` read as its tenth (`3成6`, `1米5`), or -1. */
function tenthDigitAfter(text: string, at: number, to: number): number {
  if (at >= to) return -1;
  const code = text.charCodeAt(at);
  const digit = code >= 48 && code <= 57 ? code - 48 : (DIGIT_VALUES[text[at]!] ?? -1);
  if (digit <= 0) return -1;
  // The digit stands alone: not the start of a further number or word (`3成6的企业`, not `3成60家`).
  const after = text[at + 1] ?? '';
  return /[0-9.]/.test(after) || isNumeralCode(after.charCodeAt(0)) || /^[个家件项批人]/.test(after) ? -1 : digit;
}

/** Takes in bound words around a quantity and, for a per-unit quantity, a `每Y` before it. */
function finish(scan: SentenceScan, core: QuantityCore): Quantity {
  const { text, from, to, lexicons } = scan;
  let { end, unit, unitClass } = core;
  let bound = core.bound;
  let start = core.signStart ?? core.numeral.start;
  const prefix = prefixBound(text, start, from, lexicons);
  const reached = !prefix && bound === 'exact' ? reachBackBound(scan, start) : null;
  if (prefix) {
    start -= prefix[0].length;
    if (bound === 'exact') bound = prefix[1];
  } else if (reached) {
    bound = reached;
  } else if (core.numeral.bareUnit && start > from && lexicons.bounds.bareUnitPrefix.has(text[start - 1]!)) {
    start--; // `上万家`: the word that makes the place unit a number belongs to the figure
  }
  const suffix = suffixBound(text, end, to, lexicons);
  if (suffix) {
    end += suffix[0].length;
    if (suffix[1] !== 'exact') bound = suffix[1];
  }
  if (!unit.includes('/') && unitClass !== 'percent' && unitClass !== 'pp' && unitClass !== 'times') {
    const mei = meiReference(scan, start, unitClass === 'money');
    if (mei) {
      unit = `${unit}/${mei.reference}`;
      unitClass = 'measure';
      if (mei.adjacent) {
        start = mei.start;
        // A bound word before the `每Y` bounds the figure as it does right before the number (`不得超过每毫升10万个`).
        const outer = prefix ? null : prefixBound(text, start, from, lexicons);
        if (outer) {
          start -= outer[0].length;
          if (bound === 'exact') bound = outer[1];
        }
      }
    } else if (unitClass === 'count') {
      const people = populationReference(scan, start);
      if (people) {
        unit = `${unit}/${people}`;
        unitClass = 'measure';
      }
    }
  }
  const belowZero = belowZeroCue(scan, start, unit);
  if (belowZero) start -= belowZero.length;
  return {
    numeral: core.numeral,
    start,
    end,
    value: belowZero ? -core.value : core.value,
    unitClass,
    unit,
    bound,
    requires: core.requires ?? null,
    multiplier: core.multiplier ?? 1,
  };
}

/**
 * `零下18℃`, `-20℃`: the cue right before a temperature that puts it below zero (lexicons/units.json `belowZero`),
 * or null. A minus sign right after a figure joins a range (`10-20℃`), no sign.
 */
function belowZeroCue(scan: SentenceScan, at: number, unit: string): string | null {
  const { units, cues } = scan.lexicons.units.belowZero;
  if (!units.includes(unit)) return null;
  const cue = cues.find((c) => at - c.length >= scan.from && scan.text.startsWith(c, at - c.length));
  if (!cue) return null;
  const before = scan.text[at - cue.length - 1] ?? '';
  return cue.length === 1 && /[0-9０-９A-Za-z%％℃度)）]/.test(before) ? null : cue;
}

/**
 * `每毫升50万个`, `每公斤260元`, `每100克不低于2.95克`, `每公斤春茶平均价不超过120元`, `每人补助100元`: a unit of
 * reference after 每 earlier in the clause, with at most a few words and no other figure between it and the quantity.
 */
function meiReference(scan: SentenceScan, at: number, money: boolean): { reference: string; start: number; adjacent: boolean } | null {
  const { text, from, lexicons } = scan;
  const { afterMei, maxGap, moneyPer, rateWords, perTime } = lexicons.units.perUnit;
  const floor = Math.max(from, at - maxGap - 8);
  // A word naming a rate per time (`时速25公里`) is 每 and its reference in one (`每小时25公里`); money has none.
  const rateWordList = money ? [] : Object.keys(rateWords);
  for (let k = at - 1; k >= floor; k--) {
    const ch = text[k]!;
    if (/[，,；;。：:！？!?、\n]/.test(ch)) return null;
    const rateWord = rateWordList.find((word) => text.startsWith(word, k) && k + word.length <= at);
    const one = money && ch === '一' && oneMeasureOpens(scan, k);
    if (ch !== '每' && !rateWord && !one) continue;
    // A price may be per person, household or piece too (`每户补助500元`); other figures only per measure.
    const measure = rateWord ? null : startsWithAny(text, k + 1, at, afterMei);
    const reference = rateWord ? rateWords[rateWord]! : (measure ?? (money ? wholeWord(scan, k + 1, at, moneyPer) : null));
    if (!reference) continue;
    // `每人每月2375元`: a month right after a person or piece (`每人每月`) leaves the unit to them (元/人); the
    // month is the unit only on its own (`每月多了300元补贴` → 元/月).
    if (money && reference === MONTH && meiReferenceEndsAt(scan, k, moneyPer)) continue;
    const gap = text.slice(k + (rateWord ? rateWord.length : 1 + reference.length), at);
    // With 一, a measure a few words before the price (`一斤卖5元`), a piece only right before it (`一瓶38元`):
    // `一头牛能卖8000元`, `一人缴纳3000元` are one animal or person, not a price per piece.
    if (one && (measure ? gap.length > ONE_MEASURE_GAP || gap.includes('的') : gap !== '')) continue;
    if (perTime.includes(reference) && (gap.length > PER_TIME_GAP || gap.includes('的'))) return null;
    if (gap.length > maxGap || /[0-9０-９]/.test(gap) || [...gap].some((g) => isNumeralCode(g.charCodeAt(0)) && g !== '万' && g !== '亿'))
      return null;
    // The reference is written as the text writes it (contract: the unit as written): `每百克` gives 克/百克, `每100克`
    // 克/100克.
    // A rate word stays in the metric (`最高时速不得超过25公里`: 时速), as 每 and its reference do not.
    // `一毫升` stays a numeral of its own (no fact: nf.lone-one), so the figure's span does not take it in.
    return { reference, start: k, adjacent: gap === '' && !rateWord && !one };
  }
  return null;
}

/**
 * `每万人口发明专利拥有量28件`, `千人口床位数7.6张`: the number of people a count is per (lexicons/units.json
 * `perUnit.population`), written with 每 or opening the clause, a few words before the figure with no figure between.
 */
function populationReference(scan: SentenceScan, at: number): string | null {
  const { text, from, lexicons } = scan;
  const { pattern, bases, maxGap } = lexicons.units.perUnit.population;
  let clauseStart = at;
  while (clauseStart > from && !/[，,；;。：:！？!?\n]/.test(text[clauseStart - 1]!)) clauseStart--;
  const whole = text.slice(clauseStart, at);
  // `每千人托位、护理床位数分别达到3.9个、31.5张`: the 每千人 before a list given figures respectively is every
  // item's reference; elsewhere an item of a list (、) is a clause of its own.
  const listed = RESPECTIVE_FIGURES.exec(whole) ?? LISTED_MEASURES_FIGURES.exec(whole);
  const clause = listed ? whole.slice(0, listed.index + listed[1]!.length) : whole.slice(whole.lastIndexOf('、') + 1);
  const limit = listed ? maxGap * 2 : maxGap;
  let reference: string | null = null;
  for (const match of clause.matchAll(pattern)) {
    // An age that narrows who is counted (`每千人拥有3岁以下婴幼儿托位数4.59个`) is part of the measure's name, no figure.
    const gap = clause.slice(match.index + match[0].length).replace(AGE_QUALIFIER, '');
    const numeral = [...gap].some((g) => /[0-9０-９]/.test(g) || (isNumeralCode(g.charCodeAt(0)) && g !== '万' && g !== '亿'));
    reference = gap.length <= limit && !numeral ? (bases[match[1]!] ?? null) : null;
  }
  return reference;
}

/**
 * The words of a clause up to a respectively word and its verb (`分别达到`, `依次为`, `各有`), then the figures of the
 * list before this one (`4.7个、`), up to the figure: group 1 ends at the verb.
 */
const RESPECTIVE_FIGURES =
  /^([^，,；;。]*?(?:分别|依次|各)(?:为|是|达到|达|有|增至|提高到|增加到)?)(?:[0-9０-９.]+[^0-9０-９、，,；;。和及]{1,3}[、和及])*$/;

/**
 * The words of a clause that lists its measures with 、 before one verb of level and gives their figures in the same
 * order after it (`每千人床位数、执业医师数增至7.83张、3.57个`): respectively without the word; group 1 ends at the verb.
 * The 每千人 opening the list is every item's reference, as with 分别.
 */
const LISTED_MEASURES_FIGURES =
  /^([^，,；;。]*?、[^，,；;。、]*?(?:增至|增加到|提高到|提升到|达到|达|为))(?:[0-9０-９.]+[^0-9０-９、，,；;。和及]{1,3}[、和及])*$/;

/** An age that narrows a population (`3岁以下`, `0—3岁`, `60周岁及以上`): part of a measure's name, not a figure. */
const AGE_QUALIFIER = /(?:[0-9０-９]+[-—–~～至到])?[0-9０-９]+周?岁(?:及?以下|及?以上)?/g;

/** The month as a money's unit of reference (lexicons/units.json `moneyPer`), which yields to a piece before it. */
const MONTH = '月';

/** Whether a 每 and a reference of `references` end right at `at` (`每人` before `每月`). */
function meiReferenceEndsAt(scan: SentenceScan, at: number, references: readonly string[]): boolean {
  return references.some(
    (reference) => at - reference.length - 1 >= scan.from && scan.text.startsWith(`每${reference}`, at - reference.length - 1),
  );
}

/** Longest stretch between `一斤`, `一毫升` and the price after it (`一斤卖5元`, `一公斤要80元`). */
const ONE_MEASURE_GAP = 3;

/** Whether the 一 at `k` opens a measure of goods as 每 does (`一毫升2元`), not a numeral's last digit (`十一斤`) or an ordinal. */
function oneMeasureOpens(scan: SentenceScan, k: number): boolean {
  const before = scan.text[k - 1] ?? '';
  return !/[0-9０-９.第]/.test(before) && !isNumeralCode(before.charCodeAt(0));
}

/**
 * A word of `words` at `at` that is not the start of a longer word (`每头份`: 头 opens 头份), or null; inside a
 * word that began before it (`每人每年`) it is fine.
 */
function wholeWord(scan: SentenceScan, at: number, to: number, words: readonly string[]): string | null {
  const word = startsWithAny(scan.text, at, to, words);
  return word && (scan.insideWord(at) || !scan.insideWord(at + word.length)) ? word : null;
}

/** Longest stretch between a per-unit figure and a later figure in its unit that inherits its reference. */
const MAX_INHERIT_GAP = 16;

/** Longest stretch of words between a reference per time and its figure (`每小时处理能力为500吨`). */
const PER_TIME_GAP = 6;

/**
 * A figure per person or piece (`元/人`, `元/台`: lexicons/units.json `moneyPer`) or per time (`公里/小时`), not per
 * measure (`元/公斤`): it passes to a later figure only when linked to it.
 */
function perPiece(scan: SentenceScan, quantity: Quantity): boolean {
  const { afterMei, perTime } = scan.lexicons.units.perUnit;
  const reference = quantity.unit!.slice(quantity.unit!.indexOf('/') + 1);
  return !afterMei.includes(reference) || perTime.includes(reference);
}

/**
 * A price per person or piece passes to a later figure only when that is the same price changed or listed
 * (`由每人每年420元提高到450元`, `分别从每人每月209元、280元`); a later sum elsewhere in the clause
 * (`若按每台1000元计算，市场规模达1000亿元`) is no price. Prices per measure pass on as measures do.
 */
const PRICE_LINK = /^(?:[^，,；;。]{0,6}(?:到|至|为)|[、和及])$/;

/**
 * `白菜5元/公斤，买一棵就要花近15元`, `每斤4元，三样菜就花了18元`: a sum paid for what was bought is no price per
 * the earlier figure's unit.
 */
const PAYMENT_BEFORE = /花(?:了|掉|去)?(?:近|约|大约|将近|上)?$/;

/** `每毫升50万个调整为200万个`: a later figure in the numerator's unit takes the unit of reference too. */
function inheritPerUnit(scan: SentenceScan, quantities: Quantity[]): Quantity[] {
  let last: Quantity | null = null;
  for (const quantity of quantities) {
    const unit = quantity.unit;
    if (unit?.includes('/')) {
      last = quantity;
      continue;
    }
    if (!last || !unit) continue;
    const gap = scan.text.slice(last.end, quantity.start);
    if (
      last.unit!.startsWith(`${unit}/`) &&
      gap.length <= MAX_INHERIT_GAP &&
      !/[；;。]/.test(gap) &&
      !PAYMENT_BEFORE.test(gap) &&
      (!perPiece(scan, last) || PRICE_LINK.test(gap))
    ) {
      quantity.unit = last.unit;
      quantity.unitClass = 'measure';
      // The next item of a list or range is linked to this one (`209元、280元提高到217元`).
      if (PRICE_LINK.test(gap)) last = quantity;
    } else if (gap.length > MAX_INHERIT_GAP) {
      last = null;
    }
  }
  return quantities;
}

/**
 * `五至十万元`, `三到五亿元`: a Chinese high end ending in 万 or 亿 scales a low end written without one when the low
 * end is below the high end's count of that unit (5 < 10 万); `七千至一万元` stays as it is (7000 > 1 万).
 */
function placeUnitCarried(text: string, low: Quantity, high: Quantity): number {
  const highText = text.slice(high.numeral.start, high.numeral.end);
  const unit = BIG_UNIT_VALUES[highText[highText.length - 1] ?? ''];
  if (!unit || /[万亿]/.test(text.slice(low.numeral.start, low.numeral.end))) return 1;
  return low.value < high.numeral.value / unit ? unit : 1;
}

const CHANGE_BEFORE = /(?:增加|减少|下降|降低|增长|上升|上涨|下跌|回落|提高)了?$/;

/** What may follow the bare high end of a `百分之八至九` range: a bound word, 的, a clause mark or the end. */
const AFTER_PERCENT_RANGE_END = /^(?:$|[的，,。；;、）)\s]|左右|以上|以下|以内|之间)/;

/**
 * `百分之八至九`, `百分之十到十二`: a percent written with 百分之 gives its unit to a bare, larger, whole number
 * right after a range mark (the high end says 百分之 once, for both).
 */
function percentPrefixRangeEnd(text: string, low: Quantity, high: Quantity): boolean {
  return (
    low.numeral.percentPrefix &&
    high.multiplier === 1 &&
    high.numeral.kind !== 'digits' &&
    high.value > low.value &&
    high.value <= 100 &&
    RANGE_SEPARATOR.test(text.slice(low.end, high.numeral.start)) &&
    AFTER_PERCENT_RANGE_END.test(text.slice(high.numeral.end, high.numeral.end + 2))
  );
}

/**
 * `百万分之十四到十八`, `千分之三至五`: a fraction's denominator serves a bare, larger numerator right after a range
 * mark (test reports write the denominator once, for both ends); the high end's percent, or null.
 */
function fractionRangeEnd(text: string, low: Quantity, high: Quantity): number | null {
  if (low.denominator === undefined || high.multiplier !== 1) return null;
  const numerator = (low.value * low.denominator) / 100;
  if (!(high.numeral.value > numerator && high.numeral.value < low.denominator)) return null;
  if (!RANGE_SEPARATOR.test(text.slice(low.end, high.numeral.start))) return null;
  if (!AFTER_PERCENT_RANGE_END.test(text.slice(high.numeral.end, high.numeral.end + 2))) return null;
  return roundValue((high.numeral.value / low.denominator) * 100);
}

/** `90%—95%`, `1亿至1.5亿元`: the first gets the second's unit when it has none; bounds mark the ends. */
function resolveRanges(scan: SentenceScan, quantities: Quantity[]): Quantity[] {
  const { text } = scan;
  for (let i = 0; i + 1 < quantities.length; i++) {
    const low = quantities[i]!;
    let high = quantities[i + 1]!;
    const fractionEnd = high.unitClass === null ? fractionRangeEnd(text, low, high) : null;
    if (fractionEnd !== null) {
      const suffix = suffixBound(text, high.end, scan.to, scan.lexicons);
      high = {
        ...high,
        value: fractionEnd,
        unitClass: 'percent',
        unit: '%',
        requires: low.requires,
        end: high.end + (suffix?.[0].length ?? 0),
      };
      quantities[i + 1] = high;
    }
    if (high.unitClass === null && percentPrefixRangeEnd(text, low, high)) {
      // A bound word after the bare high end (`百分之十到二十左右`) belongs to the figure; the range bounds it.
      const suffix = suffixBound(text, high.end, scan.to, scan.lexicons);
      high = { ...high, unitClass: 'percent', unit: '%', requires: low.requires, end: high.end + (suffix?.[0].length ?? 0) };
      quantities[i + 1] = high;
    }
    if (high.unitClass === null || !RANGE_SEPARATOR.test(text.slice(low.end, high.numeral.start))) continue;
    // `库存下降3655吨至10291吨`: a change in amount, then the level it reached, not a range.
    if (
      CHANGE_BEFORE.test(text.slice(Math.max(0, low.start - 4), low.start)) &&
      /[至到]/.test(text.slice(low.end, high.numeral.start)) &&
      high.unitClass !== 'percent' &&
      high.unitClass !== 'pp'
    )
      continue;
    if (low.unitClass === null) {
      // `一至两成` carries 成 back (a factor of 10 on a low end of at most ten); 半 carries nothing.
      const percentFactor = high.unitClass === 'percent' && high.numeral.value > 0 ? roundValue(high.value / high.numeral.value) : 1;
      if (percentFactor !== 1 && !(percentFactor === 10 && low.multiplier === 1 && low.value < high.numeral.value)) continue;
      // `3-5万元` carries 万 back; `7000-1万元` does not (the low end is already larger than 1).
      const carried =
        percentFactor !== 1
          ? percentFactor
          : low.multiplier === 1 && low.value < high.numeral.value
            ? high.multiplier !== 1
              ? high.multiplier
              : placeUnitCarried(text, low, high)
            : 1;
      // A range ascends: `25.40-2.12%` is two figures (a price and its change), not a range.
      if (low.value * carried > high.value) continue;
      quantities[i] = {
        ...low,
        value: roundValue(low.value * carried),
        unitClass: high.unitClass,
        unit: high.unit,
        requires: high.requires,
        multiplier: low.multiplier * carried,
      };
    } else if (low.unit !== high.unit) {
      // `65元—110元/平方米`: a price range writes its unit of reference once, after the high end;
      // `每公斤20元至30元` writes it once, before the low end.
      if (high.unit && low.unit?.startsWith(`${high.unit}/`)) quantities[i + 1] = { ...high, unitClass: low.unitClass, unit: low.unit };
      else if (!high.unit?.startsWith(`${low.unit}/`)) continue;
      else quantities[i] = { ...low, unitClass: high.unitClass, unit: high.unit };
    }
    perUnitRange(scan, quantities, i);
    // The ends of a range are its bounds, even when the range as a whole is approximate (`约为15%～20%`).
    if (quantities[i]!.bound === 'exact' || quantities[i]!.bound === 'approx') quantities[i]!.bound = 'at_least';
    const top = quantities[i + 1]!;
    if (top.bound === 'exact' || top.bound === 'approx') top.bound = 'at_most';
  }
  return quantities;
}

/**
 * `价格为每公斤20-30元`, `每毫升10万至50万个`: a `每Y` before the low end of a range is the unit of reference of
 * both ends (the high end alone cannot see it past the low end's digits).
 */
function perUnitRange(scan: SentenceScan, quantities: Quantity[], i: number): void {
  const low = quantities[i]!;
  const high = quantities[i + 1]!;
  if (!low.unit || low.unit !== high.unit || low.unit.includes('/')) return;
  if (low.unitClass === 'percent' || low.unitClass === 'pp' || low.unitClass === 'times') return;
  const mei = meiReference(scan, low.start, low.unitClass === 'money');
  if (!mei) return;
  const unit = `${low.unit}/${mei.reference}`;
  quantities[i] = { ...low, unit, unitClass: 'measure', start: mei.adjacent ? mei.start : low.start };
  quantities[i + 1] = { ...high, unit, unitClass: 'measure' };
}

/**
 * `分别为0.12、0.15和0.21mg/m³`, `分别高4.2和0.7个百分点`, `分别达1409万、1305万人次`: a list that writes its unit
 * once, after the last item, gives it to every bare item before (contract: one fact per value). A bare item
 * without a place unit takes the last item's (`5、8万元` is 5万 and 8万). Not a unit only a rule or a word
 * before may give (`年`, `天`: `2010、2011年` are years), not a percent written with a factor (`成`), and not
 * to a figure of another order of magnitude (`经济总量近千亿、4个县市`: two figures, not a list). Two
 * consecutive Chinese digits so joined are a vague range, like `三四倍` (`五、六倍`, `二、三十亿斤` is 20亿 to 30亿).
 */
function shareTrailingUnit(scan: SentenceScan, quantities: Quantity[]): Quantity[] {
  const { text, lexicons } = scan;
  for (let i = quantities.length - 2; i >= 0; i--) {
    const bare = quantities[i]!;
    const last = quantities[i + 1]!;
    if (bare.unitClass !== null || last.unitClass === null || !last.unit || bare.numeral.bareUnit) continue;
    if (!UNIT_SHARING_SEPARATOR.test(text.slice(bare.end, last.numeral.start))) continue;
    if (lexicons.units.conditional.has(last.unit) || last.requires !== null) continue;
    if (last.unitClass === 'percent' && last.value !== roundValue(last.numeral.value * last.multiplier)) continue;
    const shared = { unitClass: last.unitClass, unit: last.unit, requires: last.requires };
    const step = vagueRangeStep(text, bare, last);
    if (step > 0) {
      quantities[i] = { ...bare, ...shared, value: roundValue(bare.numeral.value * step), bound: 'at_least' };
      if (last.bound === 'exact' || last.bound === 'approx') quantities[i + 1] = { ...last, bound: 'at_most' };
      continue;
    }
    const carried = bare.multiplier === 1 && last.multiplier > 1 ? last.multiplier : 1;
    const value = roundValue(bare.value * carried);
    if (value > 0 && last.value > 0 && Math.max(value, last.value) / Math.min(value, last.value) > 1000) continue;
    quantities[i] = { ...bare, ...shared, value, multiplier: bare.multiplier * carried };
  }
  return quantities;
}

/**
 * `五、六倍`, `二、三十亿斤`: a lone Chinese digit joined to a figure that opens with the next digit is the low
 * end of a vague range; returns what one of its digit is worth (1 for 五、六, 1亿 for 二、三十亿), else 0.
 */
function vagueRangeStep(text: string, bare: Quantity, last: Quantity): number {
  if (bare.numeral.kind !== 'chinese' || last.numeral.kind !== 'chinese' || bare.numeral.end - bare.numeral.start !== 1) return 0;
  const low = DIGIT_VALUES[text[bare.numeral.start]!];
  const high = DIGIT_VALUES[text[last.numeral.start]!];
  if (low === undefined || high === undefined || low < 1 || high !== low + 1) return 0;
  return last.value / high;
}
