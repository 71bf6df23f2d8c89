import type Database from 'better-sqlite3';
import type { Fact } from '../core/document';
import { UserError } from './errors';
import { FACT_FIELDS } from './fact-fields';
import { containsPattern } from './like';
import { regionCondition } from './regions';

/**
 * Full-text search over sentences. Every whitespace-separated term must occur in the sentence (or, with
 * scope document, somewhere in the document): terms of three or more characters through the trigram FTS5
 * index (any substring of 3+ characters), shorter ones (质监, 省) through LIKE, which the trigram index
 * cannot answer. ASCII letters match in any case. Terms are matched as given: callers normalise them as
 * documents are (pipeline/text/normalise-query.ts), so that 達標率 finds 达标率.
 */

export interface SearchOptions {
  /** Most sentences returned (default 20). */
  limit?: number;
  includeDuplicates?: boolean;
  /** The document's region by name or GB/T 2260 code, with the places inside it (吉林, 吉林省, 220000 alike). */
  region?: string;
  /** The year the document reports on. */
  year?: string;
  /** One document, by id. */
  doc?: string;
  /**
   * sentence (default): every term in the same sentence. document: every term somewhere in the document;
   * the hits are the sentences holding any of them.
   */
  scope?: SearchScope;
}

export const SEARCH_SCOPES = ['sentence', 'document'] as const;
export type SearchScope = (typeof SEARCH_SCOPES)[number];

export interface SearchHit {
  doc: string;
  title: string | null;
  region: string | null;
  year: string | null;
  /** Order of the sentence in its document. */
  sentence: number;
  text: string;
  /** Code points of the sentence in the normalised and in the raw text. */
  start: number;
  end: number;
  raw_start: number;
  raw_end: number;
  /** Where the terms occur in `text`, code points, sorted, overlapping ones merged. */
  matches: [number, number][];
  /** The facts found in the sentence, with their id (`qmine show ID`). */
  facts: (Fact & { id: number })[];
}

export interface SearchResult {
  terms: string[];
  /** Matching sentences in all (hits holds at most `limit`). */
  total: number;
  hits: SearchHit[];
}

const TRIGRAM = 3;

export function searchSentences(db: Database.Database, query: string, options: SearchOptions = {}): SearchResult {
  const terms = [...new Set(query.split(/\s+/).filter(Boolean))];
  if (terms.length === 0) throw new UserError('nothing to search for');
  const documentWhere: string[] = [];
  const documentParams: unknown[] = [];
  if (!options.includeDuplicates) documentWhere.push('d.duplicate_of IS NULL');
  if (options.region) {
    const region = regionCondition({ codeColumn: 'd.region_code', nameColumn: 'd.region', region: options.region });
    documentWhere.push(region.condition);
    documentParams.push(...region.params);
  }
  if (options.year) {
    documentWhere.push('d.year = ?');
    documentParams.push(options.year);
  }
  if (options.doc !== undefined) {
    if (!db.prepare('SELECT 1 FROM documents WHERE id = ?').get(options.doc))
      throw new UserError(`no document '${options.doc}' in this database`);
    documentWhere.push('d.id = ?');
    documentParams.push(options.doc);
  }
  const matches = (alias: string) => terms.map((term) => termMatch(alias, term));
  const where: string[] = [];
  const params: unknown[] = [];
  if (options.scope === 'document') {
    // Documents holding every term, each in a sentence of its own; then their sentences holding any term.
    for (const match of matches('t')) {
      where.push(`s.doc IN (SELECT t.doc FROM sentences t WHERE ${match.sql})`);
      params.push(...match.params);
    }
    const any = matches('s');
    where.push(`(${any.map((m) => m.sql).join(' OR ')})`);
    params.push(...any.flatMap((m) => m.params));
  } else {
    for (const match of matches('s')) {
      where.push(match.sql);
      params.push(...match.params);
    }
  }
  const from = `FROM sentences s JOIN documents d ON d.id = s.doc WHERE ${[...where, ...documentWhere].join(' AND ')}`;
  const allParams = [...params, ...documentParams];
  const total = db
    .prepare(`SELECT count(*) ${from}`)
    .pluck()
    .get(...allParams) as number;
  const rows = db
    .prepare<unknown[], Omit<SearchHit, 'matches' | 'facts'>>(
      `SELECT s.doc, d.title, d.region, d.year, s.ordinal AS sentence, s.text, s.start, s.end, s.raw_start, s.raw_end
       ${from} ORDER BY s.doc, s.ordinal LIMIT ?`,
    )
    .all(...allParams, options.limit ?? 20);
  const factsOf = db.prepare<[string, number], Fact & { id: number }>(
    `SELECT id, ${FACT_FIELDS.join(', ')} FROM facts WHERE doc = ? AND sentence = ? ORDER BY start, id`,
  );
  const hits = rows.map((row) => ({ ...row, matches: findTerms(row.text, terms), facts: factsOf.all(row.doc, row.sentence) }));
  return { terms, total, hits };
}

/**
 * A sentence (alias `alias`) holding the term: three or more characters through the trigram index, a
 * shorter term through LIKE over the sentences, which the trigram index cannot answer.
 *
 * The index keeps no positions (migration 016), so it is asked with LIKE, not a phrase MATCH: FTS5 finds
 * the texts holding every trigram of the pattern and checks the pattern against each. It answers LIKE
 * without ESCAPE only, so a term's own % and _ become _ (any one character): that finds every sentence
 * holding the term, and the LIKE with ESCAPE after it keeps those holding it literally.
 */
function termMatch(alias: string, term: string): { sql: string; params: string[] } {
  const literal = { sql: `${alias}.text LIKE ? ESCAPE '\\'`, params: [containsPattern(term)] };
  if ([...term].length < TRIGRAM) return literal;
  const indexed = {
    sql: `${alias}.text_id IN (SELECT rowid FROM sentences_fts WHERE text LIKE ?)`,
    params: [`%${term.replace(/[%_]/g, '_')}%`],
  };
  if (!/[%_]/.test(term)) return indexed;
  return { sql: `(${indexed.sql} AND ${literal.sql})`, params: [...indexed.params, ...literal.params] };
}

/** Code point spans of every occurrence of the terms in `text` (ASCII case ignored), merged. */
export function findTerms(text: string, terms: readonly string[]): [number, number][] {
  const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const haystack = fold(text);
  const spans: [number, number][] = [];
  for (const term of terms.map(fold)) {
    for (let at = haystack.indexOf(term); at >= 0; at = haystack.indexOf(term, at + 1)) spans.push([at, at + term.length]);
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  // UTF-16 indices to code points.
  const toCodePoint = (i: number) => [...text.slice(0, i)].length;
  return merged.map(([a, b]) => [toCodePoint(a), toCodePoint(b)]);
}

/** Wraps the matched spans of `text` (code points) in `open` … `close`. */
export function markMatches(text: string, matches: readonly [number, number][], open: string, close: string): string {
  const chars = [...text];
  let out = '';
  let at = 0;
  for (const [a, b] of matches) {
    out += chars.slice(at, a).join('') + open + chars.slice(a, b).join('') + close;
    at = b;
  }
  return out + chars.slice(at).join('');
}

/** The hits as readable text: a heading line per sentence, the sentence with its matches marked, its facts. */
export function formatHits(result: SearchResult, mark: { open: string; close: string }): string {
  const lines: string[] = [];
  for (const hit of result.hits) {
    const heading = [hit.doc, hit.year, hit.region, hit.title].filter((part) => part !== null && part !== '').join(' · ');
    lines.push(`${heading} (sentence ${hit.sentence})`);
    lines.push(`  ${markMatches(hit.text.replace(/[\r\n]/g, ' '), hit.matches, mark.open, mark.close)}`);
    for (const f of hit.facts) {
      const amount =
        f.value === null
          ? (f.name ?? '')
          : `${f.value}${f.unit === null ? '' : ` ${f.unit}`}${f.bound && f.bound !== 'exact' ? ` (${f.bound})` : ''}`;
      lines.push(`    → #${f.id} ${f.type} ${f.metric}: ${amount}${f.status === 'target' ? ' (target)' : ''}  [${f.rule}]`);
    }
  }
  const shown = result.hits.length;
  const noun = result.total === 1 ? 'sentence' : 'sentences';
  lines.push(
    shown < result.total ? `${result.total} ${noun} match; showing ${shown} (raise --limit to see more)` : `${result.total} ${noun} match`,
  );
  return lines.join('\n') + '\n';
}
