import type Database from 'better-sqlite3';
import path from 'node:path';
import { assetBytes } from './assets';
import { html, jsonBlock, trusted } from './html';
import { readOverview } from './overview-data';
import { renderOverview } from './pages/overview';

/**
 * `qmine report`: the overview as one HTML file that opens anywhere without a server or a network: the
 * styles, ECharts, the page script and the provinces' GeoJSON are written into it. The data is escaped
 * as on the server; the scripts are our own files and the installed ECharts, never text from documents.
 */
export function renderReport(db: Database.Database, dbFile: string): string {
  const data = readOverview(db);
  const text = (name: string) => assetBytes(name)!.body.toString('utf8');
  // A script's text may not contain "</script" (none of ours does; checked so that a new ECharts cannot break the file).
  const script = (name: string) => {
    const code = text(name);
    if (/<\/script/i.test(code)) throw new Error(`${name} contains </script and cannot be inlined`);
    return trusted(`<script>${code}</script>`);
  };
  const geojson = JSON.parse(text('china.geojson')) as unknown;
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>qmine report · ${path.basename(dbFile)}</title>
        <style>
          ${trusted(text('style.css'))}
        </style>
      </head>
      <body>
        <header class="top">
          <span class="brand">qmine</span><span>report of ${path.basename(dbFile)}, ${new Date().toISOString().slice(0, 10)}</span>
        </header>
        <main>${renderOverview(data, { interactive: false })}</main>
        ${jsonBlock('china-geojson', geojson)} ${script('echarts.min.js')} ${script('app.js')}
      </body>
    </html> `.text;
}
