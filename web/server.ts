import type Database from 'better-sqlite3';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { openDatabase } from '../output/database';
import { UserError } from '../output/errors';
import { FACT_DATA_COLUMNS, selectFacts } from '../output/facts-query';
import { writeRows } from '../output/row-output';
import { assetBytes } from './assets';
import { readFactFilter } from './fact-filter';
import { html } from './html';
import { HttpError } from './http-errors';
import { Memo } from './memo';
import { layout, type PageContext, type PageHandler } from './page';
import { documentPageHandler } from './pages/document';
import { documentsPageHandler } from './pages/documents';
import { factsPageHandler } from './pages/facts';
import { overviewData, overviewPageHandler } from './pages/overview';
import { runsPageHandler } from './pages/runs';
import { searchPageHandler } from './pages/search';
import { ResponseSink } from './response-sink';

/**
 * `qmine serve`: the database as a local web app, on node:http. The server only reads: the database is
 * opened read-only (and `query_only`), every route is a GET, and any other method is answered 405.
 */

const PAGES: Record<string, PageHandler> = {
  '/': overviewPageHandler,
  '/overview': overviewPageHandler,
  '/facts': factsPageHandler,
  '/documents': documentsPageHandler,
  '/document': documentPageHandler,
  '/search': searchPageHandler,
  '/runs': runsPageHandler,
};

const DOWNLOADS: Record<string, 'csv' | 'jsonl'> = { '/facts.csv': 'csv', '/facts.jsonl': 'jsonl' };

/** Loopback names a browser on this machine sends as Host: anything else is refused while serving loopback. */
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8001;

export interface ServeOptions {
  db: string;
  host?: string;
  /** 0: any free port. */
  port?: number;
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const db = openDatabase(options.db, { readonly: true });
  // 64 MB of page cache: the facts' join reads each document's row, long texts and all.
  db.pragma('cache_size = -65536');
  const memo = new Memo(db);
  // The first visit is to the overview: its aggregates (and the region index) are ready before anyone asks.
  overviewData(db, memo);
  const host = options.host ?? DEFAULT_HOST;
  const server = createServer((request, response) => {
    handle(request, response, { db, dbFile: options.db, memo, dbName: path.basename(options.db), checkHost: isLoopback(host) });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? DEFAULT_PORT, host, () => resolve());
    });
  } catch (error) {
    db.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}/`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          db.close();
          resolve();
        });
      }),
  };
}

interface ServerState {
  db: Database.Database;
  /** Downloads stream from a connection of their own (see sendFacts). */
  dbFile: string;
  memo: Memo;
  dbName: string;
  checkHost: boolean;
}

const SECURITY_HEADERS: Record<string, string> = {
  // Scripts only from this server (the page data travels in JSON blocks, never in inline scripts).
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function handle(request: IncomingMessage, response: ServerResponse, state: ServerState): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  let json = false;
  try {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      throw new HttpError(405, `${request.method} refused: qmine serve only reads the database`);
    }
    if (state.checkHost && !LOOPBACK.test(request.headers.host ?? '')) {
      throw new HttpError(421, 'this server answers to localhost only');
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    json = url.pathname.endsWith('.json') || wantsJson(request);
    if (url.pathname.startsWith('/assets/')) return sendAsset(response, request, url.pathname.slice('/assets/'.length));
    const download = DOWNLOADS[url.pathname];
    if (download) return void sendFacts(response, request, state.dbFile, url, download).catch((error) => fail(response, error, false));
    const page = PAGES[url.pathname.replace(/\.json$/, '') || '/'];
    if (!page || (url.pathname.endsWith('.json') && url.pathname === '/.json')) throw new HttpError(404, `no page ${url.pathname}`);
    const context: PageContext = { db: state.db, url, dbName: state.dbName, memo: state.memo };
    const result = page(context);
    if (json) send(response, request, 200, 'application/json; charset=utf-8', JSON.stringify(result.data, jsonValue));
    else send(response, request, 200, 'text/html; charset=utf-8', result.render(result.data).text);
  } catch (error) {
    fail(response, error, json, request);
  }
}

function wantsJson(request: IncomingMessage): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

function jsonValue(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? Number(value) : value;
}

function send(response: ServerResponse, request: IncomingMessage, status: number, type: string, body: string | Buffer): void {
  response.statusCode = status;
  response.setHeader('Content-Type', type);
  response.setHeader('Content-Length', Buffer.byteLength(body));
  response.end(request.method === 'HEAD' ? undefined : body);
}

function sendAsset(response: ServerResponse, request: IncomingMessage, name: string): void {
  const asset = assetBytes(name);
  if (!asset) throw new HttpError(404, 'no such asset');
  response.setHeader('Cache-Control', 'max-age=3600');
  send(response, request, 200, asset.type, asset.body);
}

/**
 * The facts of the filter as `qmine facts --format csv|jsonl` writes them: the same query and columns, the same writer,
 * streamed a chunk at a time. The rows come from a read-only connection of the download's own: a
 * better-sqlite3 connection is busy while a statement iterates, and the pages asked for between two chunks
 * need the server's.
 */
async function sendFacts(
  response: ServerResponse,
  request: IncomingMessage,
  dbFile: string,
  url: URL,
  format: 'csv' | 'jsonl',
): Promise<void> {
  const db = openDatabase(dbFile, { readonly: true });
  try {
    db.pragma('cache_size = -65536');
    const filter = readFactFilter(url.searchParams);
    const rows = selectFacts(db, filter, FACT_DATA_COLUMNS);
    response.statusCode = 200;
    response.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/jsonl; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="facts.${format}"`);
    if (request.method === 'HEAD') return void response.end();
    const sink = new ResponseSink(response);
    await writeRows(sink, rows, format);
    await sink.close();
    response.end();
  } finally {
    db.close();
  }
}

function fail(response: ServerResponse, error: unknown, json: boolean, request?: IncomingMessage): void {
  let status = 500;
  let message = 'internal error';
  if (error instanceof HttpError) [status, message] = [error.status, error.message];
  else if (error instanceof UserError) [status, message] = [/^no document/.test(error.message) ? 404 : 400, error.message];
  else
    process.stderr.write(
      `qmine serve: ${request?.url ?? ''}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  if (response.headersSent) return void response.destroy();
  const fake = request ?? ({ method: 'GET' } as IncomingMessage);
  if (json) return send(response, fake, status, 'application/json; charset=utf-8', JSON.stringify({ error: message, status }));
  const context = { url: new URL('http://localhost/error'), dbName: '' } as PageContext;
  send(
    response,
    fake,
    status,
    'text/html; charset=utf-8',
    layout(
      context,
      `Error ${status}`,
      html`<h1>${status}</h1>
        <p class="error">${message}</p>`,
    ).text,
  );
}
