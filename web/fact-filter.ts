import type { FactCategory, FactType } from '../core/document';
import { FACT_CATEGORIES, FACT_TYPES } from '../output/fact-fields';
import { POLARITY_CHOICES, STATUS_CHOICES, type FactFilter, type PolarityChoice, type StatusChoice } from '../output/facts-query';
import { normaliseQuery } from '../pipeline/text/normalise-query';
import { HttpError } from './http-errors';

/** The filters of the facts page, by URL parameter: the same as `qmine facts --type … --doc …`. */
export const FILTER_PARAMS = ['type', 'category', 'region', 'year', 'metric', 'doc', 'status', 'polarity'] as const;

/**
 * The FactFilter a URL asks for, checked as `qmine facts` checks its options (a type or category of the
 * contract, a four-digit year, a status and polarity of its choices); region and metric normalised as the
 * command normalises them (長春 → 长春); `region_exact=1` is `--region-exact`, `include_duplicates=1`
 * `--include-duplicates`. No status is the command's default (actual figures).
 */
export function readFactFilter(params: URLSearchParams): FactFilter {
  const filter: FactFilter = {};
  const text = (name: string) => {
    const value = params.get(name)?.trim();
    return value ? value : undefined;
  };
  const type = text('type');
  if (type !== undefined) {
    if (!(FACT_TYPES as string[]).includes(type)) throw new HttpError(400, `type must be one of ${FACT_TYPES.join(', ')}`);
    filter.type = type as FactType;
  }
  const category = text('category');
  if (category !== undefined) {
    if (!(FACT_CATEGORIES as string[]).includes(category))
      throw new HttpError(400, `category must be one of ${FACT_CATEGORIES.join(', ')}`);
    filter.category = category as FactCategory;
  }
  const year = text('year');
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year)) throw new HttpError(400, `'${year}' is not a year (four digits, e.g. 2008)`);
    filter.year = year;
  }
  const status = text('status');
  if (status !== undefined) {
    if (!(STATUS_CHOICES as readonly string[]).includes(status))
      throw new HttpError(400, `status must be one of ${STATUS_CHOICES.join(', ')}`);
    filter.status = status as StatusChoice;
  }
  const polarity = text('polarity');
  if (polarity !== undefined) {
    if (!(POLARITY_CHOICES as readonly string[]).includes(polarity))
      throw new HttpError(400, `polarity must be one of ${POLARITY_CHOICES.join(', ')}`);
    filter.polarity = polarity as PolarityChoice;
  }
  for (const name of ['region', 'metric'] as const) {
    const value = text(name);
    if (value !== undefined) filter[name] = normaliseQuery(value);
  }
  const doc = text('doc');
  if (doc !== undefined) filter.doc = doc;
  if (filter.region !== undefined && params.get('region_exact') === '1') filter.regionExact = true;
  if (params.get('include_duplicates') === '1') filter.includeDuplicates = true;
  return filter;
}

/** The filter back as URL parameters (for links, downloads and the next page). */
export function filterParams(filter: FactFilter): Record<string, string | undefined> {
  return {
    type: listText(filter.type),
    category: filter.category,
    region: filter.region,
    year: filter.year,
    metric: filter.metric,
    doc: filter.doc,
    status: filter.status,
    polarity: filter.polarity,
    region_exact: filter.regionExact ? '1' : undefined,
    include_duplicates: filter.includeDuplicates ? '1' : undefined,
  };
}

/** The same filter as `qmine facts` options, for the page to show how to get it on the command line. */
export function filterAsCliOptions(filter: FactFilter): string {
  const quote = (value: string) => (/^[\w.\-\u4e00-\u9fff]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);
  const parts: string[] = [];
  for (const name of FILTER_PARAMS) {
    const value = listText(filter[name]);
    if (value !== undefined) parts.push(`--${name} ${quote(value)}`);
  }
  if (filter.regionExact) parts.push('--region-exact');
  if (filter.includeDuplicates) parts.push('--include-duplicates');
  return parts.join(' ');
}

/** A filter value as one parameter: a list of types (`qmine facts --type rate,count`) joined by commas. */
export function listText(value: string | readonly string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : (value as string | undefined);
}
