/**
 * A quantity as read from the text: the numeral, its span, value, unit and bound. Its own file, apart from the
 * reader in quantities.ts, so that the readers quantities.ts calls (implied-units.ts) can name the type without
 * importing the module that imports them.
 */
import type { Bound } from '../../core/document';
import type { Numeral } from './numbers';
import type { RatioPart } from './ratios';
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
  /** `N分之M`: the denominator N, for a range whose high end says only its numerator (`百万分之十四到十八`). */
  denominator?: number;
  /** A part of a ratio written with colons (`8.1∶40.3∶51.6`, `2.4∶1`): its place, read by ratios.ts. */
  ratio?: RatioPart;
}
