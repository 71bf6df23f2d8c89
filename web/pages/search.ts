import { UserError } from '../../output/errors';
import { searchSentences, type SearchHit } from '../../output/search';
import { html, type Html } from '../html';
import { HttpError } from '../http-errors';
import { layout, type PageContext, type PageResult } from '../page';
import { pageInfo, readPaging, type PageInfo } from '../paging';
import { markSpans } from '../text-marks';
import { documentLink, formatAmount, pager } from '../widgets';

/** The deepest a search pages: output/search.ts returns the first N sentences, so page k asks for k pages. */
const MAX_SEARCH_WINDOW = 2000;

type HitWithIds = SearchHit & { fact_ids: (number | null)[] };

interface SearchData extends PageInfo {
  q: string;
  terms: string[];
  hits: HitWithIds[];
}

export function searchPageHandler(context: PageContext): PageResult<SearchData> {
  const params = context.url.searchParams;
  const q = (params.get('q') ?? '').trim();
  const paging = readPaging(params);
  if (paging.offset + paging.limit > MAX_SEARCH_WINDOW)
    throw new HttpError(400, `search pages reach ${MAX_SEARCH_WINDOW} sentences at most: narrow the words`);
  let data: SearchData = { q, terms: [], hits: [], ...pageInfo(context.url, paging, 0) };
  if (q) {
    let result;
    try {
      result = searchSentences(context.db, q, {
        limit: paging.offset + paging.limit,
        includeDuplicates: params.get('include_duplicates') === '1',
      });
    } catch (error) {
      if (error instanceof UserError) throw new HttpError(400, error.message);
      throw error;
    }
    // The facts of a sentence in the order search.ts lists them (start, id), to link each to its document.
    const idsOf = context.db.prepare('SELECT id, start, end, type, rule FROM facts WHERE doc = ? AND sentence = ? ORDER BY start, id');
    const hits = result.hits.slice(paging.offset).map((hit) => {
      const rows = idsOf.all(hit.doc, hit.sentence) as { id: number; start: number; end: number; type: string; rule: string }[];
      const fact_ids = hit.facts.map(
        (f) => rows.find((r) => r.start === f.start && r.end === f.end && r.type === f.type && r.rule === f.rule)?.id ?? null,
      );
      return { ...hit, fact_ids };
    });
    data = { q, terms: result.terms, hits, ...pageInfo(context.url, paging, result.total) };
  }
  return { title: q ? `Search: ${q}` : 'Search', data, render: (d) => layout(context, 'Search', renderSearch(d)) };
}

function renderSearch(data: SearchData): Html {
  return html`<h1>检索 Search</h1>
    <form class="filters" method="get" action="/search">
      <input name="q" size="40" placeholder="words, all must occur: 合格率 食品" value="${data.q}" /> <button type="submit">Search</button>
    </form>
    ${data.q ? pager(data, 'sentences') : ''}
    <ol class="hits" start="${data.offset + 1}">
      ${data.hits.map(
        (hit) =>
          html`<li class="hit">
            <div class="hit-head">
              ${documentLink(hit.doc, hit.title)} · ${hit.year ?? ''} · ${hit.region ?? ''} · sentence ${hit.sentence}
            </div>
            <p class="sentence">
              ${markSpans(
                hit.text,
                hit.matches.map(([start, end], i) => ({ id: i, start, end })),
                { className: 'match' },
              )}
            </p>
            ${
              hit.facts.length
                ? html`<ul class="hit-facts">
                    ${hit.facts.map((f, i) => {
                      const id = hit.fact_ids[i];
                      return html`<li>
                        ${f.type} · ${f.metric}:
                        <b>${formatAmount(f)}</b> ${id === null || id === undefined ? f.text : documentLink(hit.doc, f.text, id)}
                        <span class="rule">${f.rule}</span>
                      </li>`;
                    })}
                  </ul>`
                : ''
            }
          </li>`,
      )}
    </ol>
    ${data.q && data.hits.length ? pager(data, 'sentences') : ''}`;
}
