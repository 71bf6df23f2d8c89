/**
 * Quantities: a numeral with what follows and precedes it — bound words (`近`, `余`, `以上`), place-unit
 * multipliers after Arabic numerals (`3.5万`), the unit (`%`, `个百分点`, `元`, `吨`, a classifier), percent
 * forms (`百分之…`, `N分之M`, `五成`, `一半`) and ranges (`90%—95%`, `1亿至1.5亿元` with the unit carried
 * back). Positions are UTF-16 indices of the document's normalised text.
 */
import type { Bound } from '../../core/document';
import type { Lexicons, UnitEntry } from './lexicons';
import type { Numeral } from './numbers';
import type { UnitClass } from './rules';

export interface Quantity {
  /** The (first) numeral. */
  numeral: Numeral;
  /** Surface span: from a prefix bound word or 百分之 to the unit and a suffix bound word. */
  start: number;
  end: number;
  value: number;
  unitClass: UnitClass | null;
  unit: string | null;
  bound: Bound;
  /** Unit → word the clause before must contain (`天` → `天数`). */
  requires: string | null;
  /** The place-unit multiplier applied (1 when none), for ranges that carry it back. */
  multiplier: number;
}

/** Whether UTF-16 position `pos` falls strictly inside a segmentation token that is not a numeral token. */
export type InsideWord = (pos: number) => boolean;

const RANGE_SEPARATOR = /^\s*[-—–~～至到]\s*$/;

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

function prefixBound(text: string, at: number, from: number, lexicons: Lexicons): [string, Bound] | null {
  for (const cue of lexicons.bounds.prefix) {
    const start = at - cue[0].length;
    if (start >= from && text.startsWith(cue[0], start)) return cue;
  }
  return null;
}

function suffixBound(text: string, at: number, to: number, lexicons: Lexicons): [string, Bound] | null {
  for (const cue of lexicons.bounds.suffix) {
    if (at + cue[0].length <= to && text.startsWith(cue[0], at)) return cue;
  }
  return null;
}

/**
 * Builds the quantities of one sentence (`from`–`to`) from its numerals. Numerals without a unit are
 * dropped unless a range gives them one.
 */
export function buildQuantities(
  text: string,
  from: number,
  to: number,
  numerals: readonly Numeral[],
  lexicons: Lexicons,
  insideWord: InsideWord,
): Quantity[] {
  const out: (Quantity | null)[] = [];
  const consumed = new Set<Numeral>();
  let covered = from;
  for (let k = 0; k < numerals.length; k++) {
    const numeral = numerals[k]!;
    if (consumed.has(numeral) || numeral.kind === 'digits' || numeral.start < covered) continue;
    const quantity = buildOne(text, from, to, numeral, numerals[k + 1], consumed, lexicons, insideWord);
    if (quantity) covered = quantity.end;
    out.push(quantity);
  }
  return resolveRanges(
    text,
    out.filter((q): q is Quantity => q !== null),
  ).filter((q) => q.unitClass !== null);
}

/** Characters that may follow a slash fraction: `的`, a bound word's start, or a clause mark. */
const AFTER_SLASH_FRACTION = /^(?:$|[的左以强弱多，。；、,;）)])/;

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
  return AFTER_SLASH_FRACTION.test(text.slice(denominator.end, denominator.end + 1));
}

function buildOne(
  text: string,
  from: number,
  to: number,
  numeral: Numeral,
  next: Numeral | undefined,
  consumed: Set<Numeral>,
  lexicons: Lexicons,
  insideWord: InsideWord,
): Quantity | null {
  let p = numeral.end;
  let bound: Bound = 'exact';
  let value = numeral.value;
  let multiplier = 1;
  let unit: UnitEntry | null = null;

  // N分之M: a fraction, as a percent.
  if (text.startsWith('分之', p) && next && next.start === p + 2 && next.kind !== 'digits' && numeral.value > 0) {
    consumed.add(next);
    value = roundValue((next.value / numeral.value) * 100);
    return finish(text, from, to, numeral, next.end, value, 'percent', '%', bound, null, 1, lexicons);
  }

  // `1/4的家庭`: a slash fraction of small whole numbers, as a percent (not a date or code such as `3/15`).
  if (next && isSlashFraction(text, numeral, next)) {
    consumed.add(next);
    value = roundValue((numeral.value / next.value) * 100);
    return finish(text, from, to, numeral, next.end, value, 'percent', '%', bound, null, 1, lexicons);
  }

  const between = lexicons.bounds.between.get(text[p] ?? '');
  if (between && p + 1 < to && (matchUnit(text, p + 1, to, lexicons) || lexicons.units.multipliers.has(text[p + 1]!))) {
    bound = between;
    p++;
  }
  // A percent sign set off by a space (`8 %`) still belongs to its number.
  if (text[p] === ' ' && (text[p + 1] === '%' || text[p + 1] === '％')) p++;
  unit = matchUnit(text, p, to, lexicons);
  if (!unit) {
    // `8041.6万千瓦`: a unit that starts with a place character (千瓦, 千克) ends the multipliers.
    while (p < to && lexicons.units.multipliers.has(text[p]!) && !(multiplier > 1 && matchUnit(text, p, to, lexicons))) {
      multiplier *= lexicons.units.multipliers.get(text[p]!)!;
      p++;
    }
    if (multiplier > 1) {
      const after = lexicons.bounds.between.get(text[p] ?? '');
      if (after) {
        bound = after;
        p++;
      }
      unit = matchUnit(text, p, to, lexicons);
    }
  }
  if (numeral.bareUnit && bound === 'exact' && !prefixBound(text, numeral.start, from, lexicons)) return null;

  if (numeral.percentPrefix) {
    return finish(text, from, to, numeral, numeral.end, value, 'percent', '%', bound, null, 1, lexicons);
  }
  if (!unit) {
    // Kept only as a possible range start (`1亿至1.5亿元`).
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
  const unitEnd = p + unit.surface.length;
  if (insideWord(unitEnd)) return null;
  if (unit.unitClass === 'percent') {
    if (multiplier !== 1) return null;
    if (unit.max !== undefined && value > unit.max) return null;
    if (unit.only !== undefined && value !== unit.only) return null;
    value = roundValue(value * unit.factor);
  } else {
    value = roundValue(value * multiplier);
  }
  const requires = lexicons.units.conditional.get(unit.unit) ?? null;
  return finish(text, from, to, numeral, unitEnd, value, unit.unitClass, unit.unit, bound, requires, multiplier, lexicons);
}

function finish(
  text: string,
  from: number,
  to: number,
  numeral: Numeral,
  end: number,
  value: number,
  unitClass: UnitClass,
  unit: string,
  innerBound: Bound,
  requires: string | null,
  multiplier: number,
  lexicons: Lexicons,
): Quantity {
  let bound = innerBound;
  let start = numeral.start;
  const prefix = prefixBound(text, numeral.start, from, lexicons);
  if (prefix) {
    start -= prefix[0].length;
    if (bound === 'exact') bound = prefix[1];
  }
  const suffix = suffixBound(text, end, to, lexicons);
  if (suffix) {
    end += suffix[0].length;
    if (suffix[1] !== 'exact') bound = suffix[1];
  }
  return { numeral, start, end, value, unitClass, unit, bound, requires, multiplier };
}

const CHANGE_BEFORE = /(?:增加|减少|下降|降低|增长|上升|上涨|下跌|回落|提高)了?$/;

/** `90%—95%`, `1亿至1.5亿元`: the first gets the second's unit when it has none; bounds mark the ends. */
function resolveRanges(text: string, quantities: Quantity[]): Quantity[] {
  for (let i = 0; i + 1 < quantities.length; i++) {
    const low = quantities[i]!;
    const high = quantities[i + 1]!;
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
      const carried = percentFactor !== 1 ? percentFactor : low.multiplier === 1 && low.value < high.numeral.value ? high.multiplier : 1;
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
      continue;
    }
    if (quantities[i]!.bound === 'exact') quantities[i]!.bound = 'at_least';
    if (high.bound === 'exact') high.bound = 'at_most';
  }
  return quantities;
}
