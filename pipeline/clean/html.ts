import path from 'node:path';
import type * as Cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { decodeHTML } from 'entities';
import type { Dictionaries } from '../../core/dictionaries';
import type { DocumentMeta } from '../../core/document';
import type { OffsetMap } from '../../core/offset-map';
import { TextRewriter } from '../../core/rewriter';
import {
  HEADER_LINES,
  lineFields,
  matchDropRule,
  mergeMissing,
  normaliseDate,
  statesOwnFields,
  type BoilerplateRules,
} from './boilerplate';
import { articleStats, collapseWhitespace, type Unit } from './text-units';
import { dataTableGrid, textContent, type HtmlGrid } from './html-tables';

/**
 * cheerio is loaded when the first page is cleaned: commands that only compare stage keys (an unchanged
 * `qmine reprocess`) never load it.
 */
let cheerioModule: CheerioLoader | null = null;
type CheerioLoader = Pick<typeof Cheerio, 'load'>;
function cheerio(): CheerioLoader {
  return (cheerioModule ??= cheerioLoader());
}

/**
 * cheerio's own module of `load` (the very function its main module exports): the main module also loads
 * undici, parse5's stream parser and an encoding sniffer for fetching pages, which qmine never does, about
 * 0.2 s of CPU in every thread that cleans a page. The whole package when its files are laid out otherwise.
 */
function cheerioLoader(): CheerioLoader {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loader = require(path.join(path.dirname(require.resolve('cheerio')), 'load-parse.js')) as Partial<CheerioLoader>;
    if (typeof loader.load === 'function') return loader as CheerioLoader;
  } catch {
    // another version of cheerio: loaded whole below
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('cheerio') as typeof Cheerio;
}

/**
 * Main-content extraction from an HTML page, keeping the map from every extracted character to the page
 * source (text nodes by their source location, an entity such as `&nbsp;` to its whole range).
 *
 * The page is cut into lines at block elements. Each line gets a value from its Chinese text density:
 * lines with sentences (Chinese characters and Chinese punctuation) count for, short unpunctuated lines
 * and link lists count against. The article is the element whose lines add up to the most; within it,
 * link lists and boilerplate lines (by the rules in dictionaries/corpus/boilerplate.jsonl) are dropped.
 * Scripts, styles, navigation, footers and elements whose class or id names page chrome are skipped
 * outright, and template directives (`<%…%>`) are blanked before parsing.
 */

export const HTML_CHROME_FILE = 'corpus/html-chrome.json';

export interface HtmlChromeConfig {
  skipTags: string[];
  blockTags: string[];
  chromeWords: string[];
  titleWords: string[];
  chromeExamples: string[];
  contentExamples: string[];
  titleExamples: string[];
}

export interface HtmlRules {
  skipTags: Set<string>;
  blockTags: Set<string>;
  chromeWords: Set<string>;
  titleWords: Set<string>;
}

export function compileHtmlRules(config: HtmlChromeConfig): HtmlRules {
  return {
    skipTags: new Set(config.skipTags),
    blockTags: new Set(config.blockTags),
    chromeWords: new Set(config.chromeWords),
    titleWords: new Set(config.titleWords),
  };
}

export function loadHtmlRules(dictionaries: Dictionaries): HtmlRules {
  return dictionaries.parseOnce(HTML_CHROME_FILE, (text) => compileHtmlRules(JSON.parse(text) as HtmlChromeConfig), 'compiled');
}

/** Words of a class name or id: split at separators and lower-to-upper case changes, lower-cased. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s\-_]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

export function hasWord(names: string, words: Set<string>): boolean {
  return names.split(/\s+/).some((name) => nameWords(name).some((w) => words.has(w)));
}

export interface Extraction {
  text: string;
  /** Maps the extracted text to the raw text, in code points. */
  map: OffsetMap;
  /** Metadata the page states. */
  meta: Partial<DocumentMeta>;
  /** Ids of the boilerplate rules that dropped lines, one entry a line. */
  droppedBy: string[];
}

interface Line {
  units: Unit[];
  block: Element | null;
  /** Text with text nodes separated by spaces: what rules and field patterns read. */
  fieldText: string;
  linkChars: number;
  heading: boolean;
  titleHint: boolean;
  /** A row of a data table: its cells between tabs (see html-tables.ts). */
  tableRow?: boolean;
}

const HEADING = /^h[1-6]$/;

export function extractHtml(raw: string, rules: BoilerplateRules, html: HtmlRules): Extraction {
  const masked = raw.replace(/<%[\s\S]*?(?:%>|$)/g, (directive) => ' '.repeat(directive.length));
  const $ = cheerio().load(masked, { sourceCodeLocationInfo: true });
  const lines = collectLines($.root()[0]!, raw, html);

  // A line repeated on the page (teasers, menus, template blocks) is page furniture, not the article.
  // Headings are exempt: a title is often repeated in the breadcrumb or a link to the page itself.
  const occurrences = new Map<string, number>();
  for (const line of lines) {
    if (!isLinkList(line)) occurrences.set(line.fieldText, (occurrences.get(line.fieldText) ?? 0) + 1);
  }
  const repeated = (line: Line) =>
    !line.heading && !line.titleHint && !line.tableRow && line.fieldText.length >= 10 && (occurrences.get(line.fieldText) ?? 0) > 1;

  const scores = new Map<Element, number>();
  for (const line of lines) {
    const value = repeated(line) ? -line.fieldText.length : lineValue(line);
    for (let el: Element | null = line.block; el; el = parentElement(el)) scores.set(el, (scores.get(el) ?? 0) + value);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }

  const meta: Partial<DocumentMeta> = {};
  const droppedBy: string[] = [];
  const kept: Line[] = [];
  let articleLine = 0;
  let headingBefore: string | null = null;
  for (const line of lines) {
    const within = best === null || isWithin(line.block, best);
    if (within) articleLine++;
    const dropRule = matchDropRule(line.fieldText, rules, !within || articleLine <= HEADER_LINES);
    if (dropRule) {
      droppedBy.push(dropRule.id);
      if (statesOwnFields(dropRule)) mergeMissing(meta, lineFields(line.fieldText, rules));
      continue;
    }
    if (!within && articleLine === 0 && (line.heading || line.titleHint)) headingBefore = line.fieldText;
    if (!within || isLinkList(line) || repeated(line)) continue;
    if ((line.heading || line.titleHint) && !meta.title && articleStats(line.fieldText).cjk >= 4) meta.title = line.fieldText;
    kept.push(line);
  }
  // The article's own heading may sit just outside the densest element.
  if (!meta.title && headingBefore && articleStats(headingBefore).cjk >= 4) meta.title = headingBefore;
  // Header lines of the article (the first few) may state the date or source without a label rule.
  for (const line of kept.slice(0, 4)) if (line.fieldText.length <= 60) mergeMissing(meta, lineFields(line.fieldText, rules));
  mergeMissing(meta, headMeta($));

  const rewriter = new TextRewriter(raw);
  kept.forEach((line, i) => {
    if (i > 0) rewriter.insert('\n');
    for (const unit of line.units) {
      if (unit.from < rewriter.position) continue; // text the parser moved out of source order (misnested tables)
      rewriter.drop(rewriter.position, unit.from);
      if (raw.slice(unit.from, unit.to) === unit.out) rewriter.copyTo(unit.to);
      else rewriter.replace(unit.from, unit.to, unit.out);
    }
  });
  rewriter.drop(rewriter.position, raw.length);
  const { text, map } = rewriter.finish();
  return { text, map, meta, droppedBy };
}

function collectLines(root: AnyNode, raw: string, html: HtmlRules): Line[] {
  const lines: Line[] = [];
  let units: Unit[] = [];
  let pieces: string[] = [];
  let linkChars = 0;
  let block: Element | null = null;
  let heading = false;
  let titleHint = false;

  const flush = () => {
    const collapsed = collapseWhitespace(units);
    if (collapsed.length > 0) {
      const fieldText = pieces.join(' ').replace(/\s+/g, ' ').trim();
      lines.push({ units: collapsed, block, fieldText, linkChars, heading, titleHint });
    }
    units = [];
    pieces = [];
    linkChars = 0;
  };

  const visit = (node: AnyNode, inLink: boolean, inHeading: boolean, inTitle: boolean, blockEl: Element | null) => {
    if (node.type === 'text') {
      const location = node.sourceCodeLocation;
      if (!location || node.data.trim() === '') {
        if (location && node.data.length > 0) units.push(...alignText(node.data, raw, location.startOffset, location.endOffset));
        return;
      }
      if (units.every((u) => /^\s*$/.test(u.out))) {
        block = blockEl;
        heading = inHeading;
        titleHint = inTitle;
      }
      const aligned = alignText(node.data, raw, location.startOffset, location.endOffset);
      units.push(...aligned);
      pieces.push(node.data);
      if (inLink) linkChars += node.data.replace(/\s+/g, '').length;
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'script' && node.type !== 'style') return;
    if (node.type === 'root') {
      for (const child of node.children) visit(child, inLink, inHeading, inTitle, blockEl);
      return;
    }
    const el = node as Element;
    const name = el.name.toLowerCase();
    if (html.skipTags.has(name)) return;
    const names = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`.trim();
    if (names && hasWord(names, html.chromeWords)) return;
    if (name === 'br' || name === 'hr') {
      flush();
      return;
    }
    const grid = name === 'table' ? dataTableGrid(el) : null;
    if (grid) {
      flush();
      if (grid.caption) visit(grid.caption, inLink, inHeading, inTitle, el);
      // Rows count for the element around the table, with the lines that say what the table is.
      tableLines(grid, blockEl ?? el);
      return;
    }
    const isBlock = html.blockTags.has(name);
    if (isBlock) flush();
    const titleHere = inTitle || (names !== '' && hasWord(names, html.titleWords));
    for (const child of el.children) {
      visit(child, inLink || name === 'a', inHeading || HEADING.test(name), titleHere, isBlock ? el : blockEl);
    }
    if (isBlock) flush();
  };
  // A data table: each row one line, its cells (as the page spells them) between inserted tabs.
  const tableLines = (grid: HtmlGrid, container: Element) => {
    for (const { tr, slots } of grid.rows) {
      const row: Unit[] = [];
      let filled = false;
      slots.forEach((cell, k) => {
        if (k > 0) {
          const at = row.length > 0 ? row[row.length - 1]!.to : (tr.sourceCodeLocation?.startOffset ?? 0);
          row.push({ out: '\t', from: at, to: at });
        }
        if (!cell) return;
        const units = collapseWhitespace(cellUnits(cell));
        if (units.length > 0) filled = true;
        row.push(...units);
      });
      const fieldText = slots.map((cell) => (cell ? textContent(cell).replace(/\s+/g, ' ').trim() : '')).join(' ');
      if (filled) lines.push({ units: row, block: container, fieldText, linkChars: 0, heading: false, titleHint: false, tableRow: true });
    }
  };
  const cellUnits = (node: AnyNode): Unit[] => {
    if (node.type === 'text') {
      const location = node.sourceCodeLocation;
      return location && node.data.length > 0 ? alignText(node.data, raw, location.startOffset, location.endOffset) : [];
    }
    if (node.type !== 'tag' || html.skipTags.has((node as Element).name.toLowerCase())) return [];
    return (node as Element).children.flatMap(cellUnits);
  };
  visit(root, false, false, false, null);
  flush();
  return lines;
}

/**
 * Aligns a text node's decoded data with its source range: characters copied as they are map one to one,
 * an entity maps its decoded characters to the entity's whole range, carriage returns the parser dropped
 * are skipped. If the two ever disagree otherwise, the rest maps to the rest of the range as one piece.
 */
function alignText(data: string, raw: string, start: number, end: number): Unit[] {
  const units: Unit[] = [];
  let i = start;
  let j = 0;
  while (j < data.length) {
    const code = raw.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < end ? 2 : 1;
    if (i < end && raw.startsWith(data.slice(j, j + width), i) && raw[i] !== '&') {
      units.push({ out: data.slice(j, j + width), from: i, to: i + width });
      i += width;
      j += width;
      continue;
    }
    if (raw[i] === '&') {
      const entity = /^&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);?/.exec(raw.slice(i, Math.min(end, i + 40)));
      if (entity) {
        const decoded = decodeHTML(entity[0]);
        if (decoded !== entity[0] && data.startsWith(decoded, j)) {
          units.push({ out: decoded, from: i, to: i + entity[0].length });
          i += entity[0].length;
          j += decoded.length;
          continue;
        }
      }
      if (data[j] === '&') {
        units.push({ out: '&', from: i, to: i + 1 });
        i++;
        j++;
        continue;
      }
    }
    if (raw[i] === '\r') {
      if (data[j] === '\n' && raw[i + 1] !== '\n') {
        units.push({ out: '\n', from: i, to: i + 1 });
        j++;
      }
      i++;
      continue;
    }
    units.push({ out: data.slice(j), from: Math.min(i, end), to: end });
    break;
  }
  return units;
}

/** A line's weight as article text: sentences count for, short unpunctuated lines and link lists against. */
function lineValue(line: Line): number {
  const stats = articleStats(line.fieldText);
  if (stats.chars === 0) return 0;
  // A row of figures is article content, though it has no sentence.
  if (line.tableRow) return Math.min(stats.chars, 20) / 2;
  if (isLinkList(line)) return -stats.chars;
  if (stats.punctuation >= 1 && stats.cjk >= 8) return stats.cjk + 10 * stats.punctuation;
  return -Math.min(stats.chars, 30) / 2;
}

function isLinkList(line: Line): boolean {
  const chars = line.fieldText.replace(/\s+/g, '').length;
  return chars > 0 && line.linkChars / chars > 0.5;
}

function parentElement(el: Element): Element | null {
  const parent = el.parent;
  return parent && parent.type === 'tag' ? (parent as Element) : null;
}

function isWithin(el: Element | null, container: Element): boolean {
  for (let e = el; e; e = parentElement(e)) if (e === container) return true;
  return false;
}

/** Title, date, author and site from the page head: `<title>` (without the site name) and `<meta>`. */
function headMeta($: Cheerio.CheerioAPI): Partial<DocumentMeta> {
  // The page's <meta> elements read once, not the whole page walked by a selector for each name: what
  // $(`meta[name="${name}" i], meta[property="${name}" i]`).attr('content') gives (the first such element's).
  const metas = $('meta').toArray() as Element[];
  const metaContent = (...names: string[]) => {
    for (const name of names) {
      const wanted = name.toLowerCase();
      const isWanted = (value: string | undefined) => value !== undefined && value.toLowerCase() === wanted;
      const value = metas.find((meta) => isWanted(meta.attribs.name) || isWanted(meta.attribs.property))?.attribs.content?.trim();
      if (value) return value;
    }
    return null;
  };
  const out: Partial<DocumentMeta> = {};
  const pageTitle = $('title').first().text().trim();
  const titleParts = pageTitle
    .split(/\s*(?:[|｜_]|\s[-－—–]\s|[-－—–]\s*(?=【))\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const titlePart = titleParts.find((part) => articleStats(part).cjk >= 4 && !/^(?:文章页|详情页|正文|内容页|新闻详情)$/.test(part));
  if (titlePart) out.title = titlePart;
  // A page title ends with the site's name after the article's (…的通报 - 某某县人民政府): the publisher, when no
  // <meta> names it (the metadata stage reads an issuing body's place from it).
  const siteName = titleParts.length >= 2 ? titleParts[titleParts.length - 1]!.replace(/^[【[]|[】\]]$/g, '') : null;
  if (siteName && siteName !== titlePart && articleStats(siteName).cjk >= 2) out.site = siteName;
  const date = metaContent('pubdate', 'publishdate', 'PubDate', 'article:published_time', 'date', 'dc.date');
  if (date) out.date = normaliseDate(date) ?? (/^\d{4}(?:-\d{2}){0,2}$/.test(date) ? date : null);
  const author = metaContent('author', 'dc.creator');
  if (author) out.author = author;
  const site = metaContent('ContentSource', 'source', 'og:site_name', 'SiteName');
  if (site) out.site = site;
  return out;
}
