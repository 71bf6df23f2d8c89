import { containsPattern } from '../../output/like';
import { html, type Html } from '../html';
import { layout, type PageContext, type PageResult } from '../page';
import { pageInfo, readPaging, type PageInfo } from '../paging';
import { documentLink, pager } from '../widgets';
import { regionCondition } from '../../output/regions';
import { normaliseQuery } from '../../pipeline/text/normalise-query';

interface DocumentRow {
  id: string;
  title: string | null;
  date: string | null;
  region: string | null;
  year: string | null;
  format: string;
  duplicate_of: string | null;
  facts: number;
}

interface DocumentsData extends PageInfo {
  filter: { region?: string; year?: string; title?: string };
  rows: DocumentRow[];
}

/** The documents, filtered by region (name or code, the places inside it included), year and words of the title; duplicates shown and marked. */
export function documentsPageHandler(context: PageContext): PageResult<DocumentsData> {
  const params = context.url.searchParams;
  const paging = readPaging(params);
  const filter: DocumentsData['filter'] = {};
  const where: string[] = [];
  const values: unknown[] = [];
  for (const name of ['region', 'year', 'title'] as const) {
    const value = params.get(name)?.trim();
    if (!value) continue;
    filter[name] = value;
    if (name === 'region') {
      // By name or GB/T 2260 code, with the places inside it, as qmine facts --region.
      const region = regionCondition({ codeColumn: 'd.region_code', nameColumn: 'd.region', region: normaliseQuery(value) });
      where.push(region.condition);
      values.push(...region.params);
      continue;
    }
    where.push(name === 'year' ? 'd.year = ?' : `d.${name} LIKE ? ESCAPE '\\'`);
    values.push(name === 'year' ? value : containsPattern(value));
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = context.db
    .prepare(`SELECT count(*) FROM documents d ${clause}`)
    .pluck()
    .get(...values) as number;
  const rows = context.db
    .prepare(
      `SELECT d.id, d.title, d.date, d.region, d.year, d.format, d.duplicate_of,
              (SELECT count(*) FROM facts f WHERE f.doc = d.id) AS facts
       FROM documents d ${clause} ORDER BY d.year IS NULL, d.year, d.region, d.id LIMIT ? OFFSET ?`,
    )
    .all(...values, paging.limit, paging.offset) as DocumentRow[];
  return {
    title: 'Documents',
    data: { filter, rows, ...pageInfo(context.url, paging, total) },
    render: (d) => layout(context, 'Documents', renderDocuments(d)),
  };
}

function renderDocuments(data: DocumentsData): Html {
  return html`<h1>文档 Documents</h1>
    <form class="filters" method="get" action="/documents">
      <input name="region" placeholder="region 地区" value="${data.filter.region ?? ''}" />
      <input name="year" placeholder="year 年份" size="6" value="${data.filter.year ?? ''}" />
      <input name="title" placeholder="title words 标题" value="${data.filter.title ?? ''}" />
      <button type="submit">Filter</button>
    </form>
    ${pager(data, 'documents')}
    <table>
      <thead>
        <tr>
          <th>document</th>
          <th>title</th>
          <th>date</th>
          <th>region</th>
          <th>year</th>
          <th>format</th>
          <th>facts</th>
          <th>duplicate of</th>
        </tr>
      </thead>
      <tbody>
        ${data.rows.map(
          (d) =>
            html`<tr>
              <td>${documentLink(d.id)}</td>
              <td>${d.title}</td>
              <td>${d.date}</td>
              <td>${d.region}</td>
              <td>${d.year}</td>
              <td>${d.format}</td>
              <td class="num">${d.facts}</td>
              <td>${d.duplicate_of ? documentLink(d.duplicate_of) : ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${pager(data, 'documents')}`;
}
