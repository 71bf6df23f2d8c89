import type { Bound, Fact, FactCategory, FactStatus, FactType } from '../core/document';

// Records keyed by the union types: the compiler fails here when the contract gains or loses a value.
const TYPES: Record<FactType, true> = { rate: true, count: true, amount: true, change: true, brand: true, standard: true, policy: true };
const CATEGORIES: Record<FactCategory, true> = {
  pass_rate: true,
  enforcement: true,
  sampling: true,
  brand: true,
  standard: true,
  certification: true,
  metrology: true,
  special_equipment: true,
  food_safety: true,
  training: true,
  publicity: true,
  finance: true,
  other: true,
};
const BOUNDS: Record<Bound, true> = { exact: true, approx: true, at_least: true, more_than: true, at_most: true, less_than: true };
const STATUSES: Record<FactStatus, true> = { actual: true, target: true };

export const FACT_TYPES = Object.keys(TYPES) as FactType[];
export const FACT_CATEGORIES = Object.keys(CATEGORIES) as FactCategory[];
export const FACT_BOUNDS = Object.keys(BOUNDS) as Bound[];
export const FACT_STATUSES = Object.keys(STATUSES) as FactStatus[];

/** The fields of a fact in the contract's order (shared/spec/facts.md), then the added `sentence`. */
export const FACT_FIELDS = [
  'doc',
  'type',
  'category',
  'metric',
  'value',
  'unit',
  'bound',
  'status',
  'period',
  'region',
  'region_code',
  'subject',
  'name',
  'text',
  'start',
  'end',
  'raw_start',
  'raw_end',
  'rule',
  'sentence',
] as const satisfies readonly (keyof Fact)[];

// Every key of Fact is listed: this line stops compiling when Fact gains a field FACT_FIELDS lacks.
const everyFieldListed: Record<Exclude<keyof Fact, (typeof FACT_FIELDS)[number]>, never> = {};
void everyFieldListed;
