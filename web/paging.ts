import { HttpError } from './http-errors';

/** Rows per page unless asked, and the most any page gives: a page is never the whole database. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export interface Paging {
  offset: number;
  limit: number;
}

function wholeNumber(params: URLSearchParams, name: string, fallback: number): number {
  const text = params.get(name);
  if (text === null || text === '') return fallback;
  if (!/^\d{1,9}$/.test(text)) throw new HttpError(400, `${name} must be a whole number, not '${text}'`);
  return Number(text);
}

/** `offset` and `limit` of a list page; a limit above MAX_PAGE_SIZE is lowered to it. */
export function readPaging(params: URLSearchParams): Paging {
  const limit = Math.min(wholeNumber(params, 'limit', DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
  return { offset: wholeNumber(params, 'offset', 0), limit: Math.max(limit, 1) };
}

/** What every list answers in JSON besides its rows, so that a script can walk the pages. */
export interface PageInfo {
  total: number;
  offset: number;
  limit: number;
  /** The URL of the next page (same form, HTML or JSON, as asked), or null on the last. */
  next: string | null;
  previous: string | null;
}

export function pageInfo(url: URL, paging: Paging, total: number): PageInfo {
  const at = (offset: number) => {
    const next = new URL(url);
    next.searchParams.set('offset', String(offset));
    next.searchParams.set('limit', String(paging.limit));
    return next.pathname + next.search;
  };
  return {
    total,
    offset: paging.offset,
    limit: paging.limit,
    next: paging.offset + paging.limit < total ? at(paging.offset + paging.limit) : null,
    previous: paging.offset > 0 ? at(Math.max(0, paging.offset - paging.limit)) : null,
  };
}
