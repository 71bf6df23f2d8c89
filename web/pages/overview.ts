import { FACT_TYPES } from '../../output/fact-fields';
import { html, jsonBlock, queryString, type Html } from '../html';
import { HttpError } from '../http-errors';
import type Database from 'better-sqlite3';
import { matchingFactIds } from '../facts-data';
import type { Memo } from '../memo';
import { readMap, readOverviewCounts, type CountRow, type MapChoice, type OverviewData } from '../overview-data';
import { layout, type PageContext, type PageResult } from '../page';
import { selectBox } from '../widgets';

export function overviewPageHandler(context: PageContext): PageResult<OverviewData> {
  const params = context.url.searchParams;
  const year = params.get('map_year');
  if (year && year !== 'all' && !/^\d{4}$/.test(year)) throw new HttpError(400, `map_year must be a year or 'all', not '${year}'`);
  const type = params.get('map_type') || undefined;
  if (type !== undefined && !(FACT_TYPES as string[]).includes(type))
    throw new HttpError(400, `map_type must be one of ${FACT_TYPES.join(', ')}`);
  const choice = { metric: params.get('map_metric') ?? undefined, type, year: year === 'all' ? null : year || undefined };
  const data = overviewData(context.db, context.memo, choice);
  return {
    title: 'Overview',
    data,
    render: (d) => layout(context, 'Overview', renderOverview(d, { interactive: true }), { charts: true }),
  };
}

/** The overview's numbers, kept in the memo while the database is unchanged. */
export function overviewData(db: Database.Database, memo: Memo, choice: Partial<MapChoice> = {}): OverviewData {
  const key = JSON.stringify([choice.metric ?? null, choice.type ?? null, choice.year === undefined ? 'default' : choice.year]);
  const ids = memo.get('ids\0{}', () => matchingFactIds(db, {}));
  const counts = memo.get('overview-counts', () => readOverviewCounts(db, ids));
  return { ...counts, map: memo.get(`overview-map\0${key}`, () => readMap(db, ids, choice)) };
}

function countTable(caption: string, rows: CountRow[], link?: (key: string) => string): Html {
  return html`<table class="counts">
    <caption>
      ${caption}
    </caption>
    <tbody>
      ${rows.map(
        (r) =>
          html`<tr>
            <td>${r.key === null ? '(none)' : link ? html`<a href="${link(r.key)}">${r.key}</a>` : r.key}</td>
            <td class="num">${r.count}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * The overview's body: tables of counts and the chart containers, with the data in a JSON block that
 * the page script (web/static/app.js) draws with ECharts. `interactive`: the map's form and the links
 * into the other pages, which a report file cannot follow.
 */
export function renderOverview(data: OverviewData, options: { interactive: boolean }): Html {
  const facts = options.interactive ? (params: Record<string, string>) => `/facts${queryString(params)}` : undefined;
  const docs = options.interactive ? (params: Record<string, string>) => `/documents${queryString(params)}` : undefined;
  const map = data.map;
  return html`<h1>概览 Overview</h1>
    <p class="summary">
      ${data.documents.total} documents (${data.documents.duplicates} duplicates of earlier ones, left out below) · ${data.facts.total}
      facts
    </p>
    <div class="grid">
      <section class="card wide">
        <h2>合格率 Pass rates by province × year</h2>
        <p class="note">
          Mean of the pass levels stated (type rate, category pass_rate, polarity pass, actual, one year), % — a city's or county's
          rates count for its province (by GB/T 2260 code), 全国 is a row of its own, (未注明) has no code; hover a cell for the
          number of facts.
        </p>
        <div class="chart tall" id="chart-pass-rates"></div>
      </section>
      <section class="card">
        <h2>执法 Enforcement by year</h2>
        <p class="note">Sums of the case counts (起, 件) and the money (元, shown in 万元) stated in enforcement facts.</p>
        <div class="chart" id="chart-enforcement"></div>
      </section>
      <section class="card">
        <h2>Top metrics</h2>
        <div class="chart" id="chart-metrics"></div>
      </section>
      <section class="card wide">
        <h2>地图 Map: ${map.metric} ${map.year ?? '(all years)'}</h2>
        ${
          options.interactive
            ? html`<form class="filters" method="get" action="/">
                <input name="map_metric" value="${map.metric}" placeholder="metric 指标" />
                ${selectBox('map_type', FACT_TYPES, map.type, 'type')}
                <select name="map_year">
                  <option value="all">all years</option>
                  ${map.years.map((y) => html`<option${y === map.year ? html` selected` : ''}>${y}</option>`)}
                </select>
                <button type="submit">Draw</button>
              </form>`
            : ''
        }
        <p class="note">
          Mean of the values of the ${map.type} facts whose metric contains “${map.metric}”, by province (GB/T 2260 code of the fact's
          region, else of its document's); ${map.provinces.length} provinces have any.
        </p>
        <div class="chart tall" id="chart-map"></div>
      </section>
      <section class="card">
        <h2>Documents by year</h2>
        <div class="chart short" id="chart-doc-years"></div>
        ${countTable('documents by year', data.documents.byYear, docs && ((year) => docs({ year })))}
      </section>
      <section class="card">
        <h2>Documents by region</h2>
        ${countTable('documents by region', data.documents.byRegion, docs && ((region) => docs({ region })))}
      </section>
      <section class="card">
        <h2>Facts by type</h2>
        ${countTable('facts by type', data.facts.byType, facts && ((type) => facts({ type })))}
      </section>
      <section class="card">
        <h2>Facts by category</h2>
        ${countTable('facts by category', data.facts.byCategory, facts && ((category) => facts({ category })))}
      </section>
    </div>
    ${jsonBlock('overview-data', data)}`;
}
