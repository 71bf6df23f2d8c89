import { html, queryString, type Html } from './html';
import type { PageInfo } from './paging';

/** Previous / next links and where this page is in the list. */
export function pager(info: PageInfo, noun: string): Html {
  const first = info.total === 0 ? 0 : info.offset + 1;
  const last = Math.min(info.offset + info.limit, info.total);
  return html`<p class="pager">
    ${first}–${last} of ${info.total} ${noun} ${info.previous ? html`<a rel="prev" href="${info.previous}">← previous</a>` : ''}
    ${info.next ? html`<a rel="next" href="${info.next}">next →</a>` : ''}
  </p>`;
}

export function documentLink(doc: string, label?: string | null, fact?: number): Html {
  const href = `/document${queryString({ id: doc, fact })}${fact === undefined ? '' : `#fact-${fact}`}`;
  return html`<a href="${href}">${label || doc}</a>`;
}

/** A value as the contract gives it, with its unit and bound (≥ 95 %). */
export function formatAmount(fact: { value: unknown; unit: unknown; bound: unknown; name?: unknown }): string {
  if (fact.value === null || fact.value === undefined) return fact.name == null ? '' : String(fact.name);
  const bound: Record<string, string> = { approx: '≈', at_least: '≥', more_than: '>', at_most: '≤', less_than: '<' };
  const prefix = typeof fact.bound === 'string' ? (bound[fact.bound] ?? '') : '';
  return `${prefix}${String(fact.value)}${fact.unit == null ? '' : ` ${String(fact.unit)}`}`;
}

export function selectBox(name: string, values: readonly string[], current: string | undefined, blank: string): Html {
  return html`<select name="${name}">
    <option value="">${blank}</option>
    ${values.map((v) => html`<option value="${v}" ${v === current ? html` selected` : ''}>${v}</option>`)}
  </select>`;
}
