import type Database from 'better-sqlite3';
import { html, type Html } from './html';
import type { Memo } from './memo';

/** What a page handler is given: the read-only database and the request's URL. */
export interface PageContext {
  db: Database.Database;
  url: URL;
  /** The database file's name, shown in the footer. */
  dbName: string;
  /** Aggregates kept while the database is unchanged. */
  memo: Memo;
}

/**
 * A page's answer: the same `data` serialised as JSON (for `Accept: application/json` or the `.json`
 * URL) or rendered as HTML by `render`.
 */
export interface PageResult<T = unknown> {
  title: string;
  data: T;
  render(data: T): Html;
}

export type PageHandler = (context: PageContext) => PageResult;

const NAV: [string, string][] = [
  ['/', '概览 Overview'],
  ['/facts', '事实 Facts'],
  ['/documents', '文档 Documents'],
  ['/search', '检索 Search'],
  ['/runs', '运行 Runs'],
];

/** The page shell: head, navigation, the body, the scripts (served by this server, nothing from outside). */
export function layout(context: PageContext, title: string, body: Html, options: { charts?: boolean } = {}): Html {
  const here = context.url.pathname.replace(/\.json$/, '');
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · qmine</title>
        <link rel="stylesheet" href="/assets/style.css" />
      </head>
      <body>
        <header class="top">
          <span class="brand">qmine</span>
          <nav>${NAV.map(([href, label]) => html`<a href="${href}" ${href === here ? html` class="current"` : ''}>${label}</a>`)}</nav>
          <span class="db" title="opened read-only">${context.dbName} · read-only</span>
        </header>
        <main>${body}</main>
        ${options.charts ? html`<script src="/assets/echarts.min.js"></script>` : ''}
        <script src="/assets/app.js"></script>
      </body>
    </html> `;
}
