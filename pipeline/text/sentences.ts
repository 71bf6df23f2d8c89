import type { Dictionaries } from '../../core/dictionaries';
import type { Sentence } from '../../core/document';
import { isHanAt, isHanBefore } from './char-classes';

export const SENTENCE_RULES_FILE = 'normalise/sentences.json';

export interface ListMarkerRule {
  id: string;
  pattern: string;
  examples: string[];
}

export interface SentenceRules {
  id: string;
  stops: string;
  semicolons: string;
  closers: string;
  quoteOpen: string;
  quoteClose: string;
  titleOpen: string;
  titleClose: string;
  maxQuoted: number;
  maxTitle: number;
  markerAfter: string;
  softWrap: { minLine: number };
  listMarkers: ListMarkerRule[];
  examples: { input: string; sentences: string[] }[];
}

export function loadSentenceRules(dictionaries: Dictionaries): SentenceRules {
  return dictionaries.json<SentenceRules>(SENTENCE_RULES_FILE);
}

const markerPatterns = new WeakMap<SentenceRules, RegExp>();
const significantTables = new WeakMap<SentenceRules, Uint8Array>();

/** Code units the splitter must look at (line breaks, stops, semicolons, quotation and title marks, colons). */
function significant(rules: SentenceRules): Uint8Array {
  let table = significantTables.get(rules);
  if (!table) {
    table = new Uint8Array(0x10000);
    const chars =
      '\n' + rules.stops + rules.semicolons + rules.markerAfter + rules.quoteOpen + rules.quoteClose + rules.titleOpen + rules.titleClose;
    for (const ch of chars) table[ch.charCodeAt(0)] = 1;
    significantTables.set(rules, table);
  }
  return table;
}

/** All list markers as one sticky pattern, tried at a position with lastIndex. */
function markerPattern(rules: SentenceRules): RegExp {
  let re = markerPatterns.get(rules);
  if (!re) {
    re = new RegExp(rules.listMarkers.map((m) => `(?:${m.pattern})`).join('|'), 'y');
    markerPatterns.set(rules, re);
  }
  return re;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x3000;
}

/** Something worth keeping: an ideograph, a letter or a digit. */
const CONTENT = /[\p{L}\p{N}]/u;

/**
 * Splits text into sentences (UTF-16 spans, whitespace trimmed). One pass: stops end a sentence unless
 * inside “…” or 《…》 (bounded by maxQuoted/maxTitle so an unbalanced mark cannot swallow a document);
 * line breaks end paragraphs except hard wraps; list markers after a colon or semicolon start a new one.
 */
export function splitSentences(text: string, rules: SentenceRules): Sentence[] {
  const sentences: Sentence[] = [];
  const marker = markerPattern(rules);
  const table = significant(rules);
  const n = text.length;
  let start = 0;
  let quoteAt = -1; // index of the open “ we are inside, or -1
  let titleAt = -1; // index of the open 《 we are inside, or -1
  let lineStart = 0;

  const push = (from: number, to: number) => {
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && (isSpace(text.charCodeAt(to - 1)) || text.charCodeAt(to - 1) === 0x0a)) to--;
    if (to > from && CONTENT.test(text.slice(from, to))) sentences.push({ start: from, end: to, order: sentences.length });
  };
  const markerAt = (i: number) => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    marker.lastIndex = i;
    return marker.test(text);
  };

  for (let i = 0; i < n; i++) {
    if (table[text.charCodeAt(i)] === 0) continue; // nearly every character: nothing to decide
    const ch = text[i]!;
    if (quoteAt >= 0 && i - quoteAt > rules.maxQuoted) quoteAt = -1;
    if (titleAt >= 0 && i - titleAt > rules.maxTitle) titleAt = -1;

    if (ch === '\n') {
      if (isHardWrap(text, i, lineStart, rules) && !markerAt(i + 1)) continue;
      push(start, i);
      start = i + 1;
      lineStart = i + 1;
      quoteAt = -1;
      titleAt = -1;
      continue;
    }
    if (ch === rules.quoteOpen) quoteAt = i;
    else if (ch === rules.quoteClose) quoteAt = -1;
    else if (ch === rules.titleOpen) titleAt = i;
    else if (ch === rules.titleClose) titleAt = -1;

    if (rules.stops.includes(ch)) {
      // Take the stops and closing marks that follow (？！, 。”); a closing ” ends the quotation.
      // A stop inside a title (《…。》) never ends the sentence that cites it.
      let end = i + 1;
      let closesQuote = false;
      let closesTitle = false;
      while (end < n && (rules.stops.includes(text[end]!) || rules.closers.includes(text[end]!))) {
        if (text[end] === rules.quoteClose) closesQuote = true;
        if (text[end] === rules.titleClose) closesTitle = true;
        end++;
      }
      if (quoteAt >= 0 && closesQuote) quoteAt = -1;
      if (quoteAt >= 0 || titleAt >= 0 || closesTitle) continue;
      if (ch === '!' || ch === '?') {
        // ASCII marks left by normalisation are in Latin text: a stop only before white space or the end.
        if (end < n && !isSpace(text.charCodeAt(end)) && text.charCodeAt(end) !== 0x0a) continue;
      }
      push(start, end);
      start = end;
      i = end - 1;
      continue;
    }
    if (quoteAt >= 0 || titleAt >= 0) continue;
    if (rules.semicolons.includes(ch) && (markerAt(i + 1) || lineEndsAt(text, i + 1))) {
      push(start, i + 1);
      start = i + 1;
      continue;
    }
    if (rules.markerAfter.includes(ch) && markerAt(i + 1)) {
      push(start, i + 1);
      start = i + 1;
    }
  }
  push(start, n);
  return sentences;
}

/** Whether only white space remains before the next line break (or the end). */
function lineEndsAt(text: string, i: number): boolean {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i >= text.length || text.charCodeAt(i) === 0x0a;
}

/** A single line break inside running Chinese text after a long line: a hard wrap, not a paragraph end. */
function isHardWrap(text: string, i: number, lineStart: number, rules: SentenceRules): boolean {
  return i - lineStart >= rules.softWrap.minLine && isHanBefore(text, i) && i + 1 < text.length && isHanAt(text, i + 1);
}
