import { FACT_CATEGORIES, FACT_TYPES } from '../../output/fact-fields';
import { filterHeader, POLARITY_CHOICES, STATUS_CHOICES, type FactFilter } from '../../output/facts-query';
import { factsPage, matchingFactIds, readSort, SORTABLE, type FactRow, type FactSort } from '../facts-data';
import { filterAsCliOptions, filterParams, listText, readFactFilter } from '../fact-filter';
import { html, queryString, type Html } from '../html';
import { layout, type PageContext, type PageResult } from '../page';
import { pageInfo, readPaging, type PageInfo } from '../paging';
import { documentLink, formatAmount, pager, selectBox } from '../widgets';

export interface FactsData extends PageInfo {
  filter: FactFilter;
  sort: FactSort;
  rows: FactRow[];
}

export function factsPageHandler(context: PageContext): PageResult<FactsData> {
  const params = context.url.searchParams;
  const filter = readFactFilter(params);
  const sort = readSort(params);
  const paging = readPaging(params);
  const ids = context.memo.get(`ids\0${JSON.stringify(filter)}`, () => matchingFactIds(context.db, filter));
  const { total, rows } = factsPage(context.db, ids, sort, paging);
  return {
    title: 'Facts',
    data: { filter, sort, ...pageInfo(context.url, paging, total), rows },
    render: (data) => layout(context, 'Facts', renderFacts(data)),
  };
}

function renderFacts(data: FactsData): Html {
  const { filter } = data;
  const download = queryString(filterParams(filter));
  const cli = filterAsCliOptions(filter);
  return html`<h1>事实 Facts</h1>
    <form class="filters" method="get" action="/facts">
      ${selectBox('type', FACT_TYPES, listText(filter.type), 'any type')} ${selectBox('category', FACT_CATEGORIES, filter.category, 'any category')}
      <input name="region" placeholder="region 地区 or code" title="a region by name or GB/T 2260 code, with the places inside it (吉林, 吉林省, 220000 alike)" value="${filter.region ?? ''}" />
      <label title="only that region itself, not the cities and counties inside it"
        ><input type="checkbox" name="region_exact" value="1" ${filter.regionExact ? html` checked` : ''} /> exactly</label
      >
      <input name="year" placeholder="year 年份" size="6" value="${filter.year ?? ''}" />
      <input name="metric" placeholder="metric 指标" value="${filter.metric ?? ''}" />
      <input name="doc" placeholder="document id" value="${filter.doc ?? ''}" />
      <label title="actual figures, targets (力争, 确保, plans) or both">status ${selectBox('status', STATUS_CHOICES, filter.status, 'actual (default)')}</label>
      <label title="rates: pass levels (合格率), failure levels (不合格率), shares (占…), other; by default pass levels with the pass_rate category">polarity ${selectBox('polarity', POLARITY_CHOICES, filter.polarity, 'default')}</label>
      ${selectBox('sort', SORTABLE, data.sort.key, 'sort')}
      <select name="order">
        <option value="asc">ascending</option>
        <option value="desc" ${data.sort.descending ? html` selected` : ''}>descending</option>
      </select>
      <label
        ><input type="checkbox" name="include_duplicates" value="1" ${filter.includeDuplicates ? html` checked` : ''} /> duplicates</label
      >
      <input type="hidden" name="limit" value="${data.limit}" />
      <button type="submit">Filter</button>
    </form>
    <p class="downloads">
      Download this filter: <a id="download-csv" href="/facts.csv${download}">CSV</a> ·
      <a id="download-jsonl" href="/facts.jsonl${download}">JSON Lines</a> ·
      <a
        href="/facts.json${queryString({ ...filterParams(filter), sort: data.sort.key, order: data.sort.descending ? 'desc' : undefined, offset: data.offset, limit: data.limit })}"
        >this page as JSON</a
      >
      <br /><code>qmine facts --db … ${cli} --format csv</code> gives the same rows.
    </p>
    <p class="filter-header" id="filter-header">${filterHeader(filter)}</p>
    ${pager(data, 'facts')}
    <table class="facts">
      <thead>
        <tr>
          <th>doc</th>
          <th>period</th>
          <th>region</th>
          <th>type</th>
          <th>category</th>
          <th>metric</th>
          <th>value</th>
          <th>status</th>
          <th>subject</th>
          <th>text</th>
        </tr>
      </thead>
      <tbody>
        ${data.rows.map(
          (f) =>
            html`<tr data-fact="${f.id}">
              <td>${documentLink(String(f.doc))}</td>
              <td>${f.period as string}</td>
              <td>${f.region as string}</td>
              <td>${f.type as string}</td>
              <td>${f.category as string}</td>
              <td>${f.metric as string}</td>
              <td class="num">${formatAmount(f)}</td>
              <td>${f.status as string}</td>
              <td>${f.subject as string}</td>
              <td class="fact-text">${documentLink(String(f.doc), String(f.text), f.id)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${pager(data, 'facts')}`;
}
