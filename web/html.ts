/**
 * Server-rendered HTML that is safe by default: every value put into an `html` template is escaped
 * (text of scraped pages holds `<script>` and attribute-breaking quotes), unless it is already an
 * `Html` fragment made by this module. Nothing else in web/ builds markup by string concatenation.
 */

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element and inside a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Value = Html | string | number | bigint | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<td>${cell}</td>\`` escapes `cell`; arrays of fragments are joined. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => (out += render(value) + strings[i + 1]!));
  return new Html(out);
}

/** Markup this code made itself (never text from the database). */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/**
 * Data for the page's script, in a `<script type="application/json">` block: the browser never runs it,
 * and `<` is written as \u003c so no text inside can close the block or open a comment.
 */
export function jsonBlock(id: string, data: unknown): Html {
  // No replacer function: it would run for every value of a large block (the database gives no BigInts).
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return html`<script type="application/json" id="${id}">${trusted(json)}</script>`;
}

/** A query string from parameters, leaving out empty ones. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
