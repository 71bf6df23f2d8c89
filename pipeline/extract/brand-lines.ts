/**
 * Brands listed one a line under a title that names a scheme's list, the way city bureaus, shortlists and
 * time-honoured-brand pages print them without a table header: `2018年度市名牌产品名单` or `我市中国驰名商标名单：`,
 * then `1.华能牌电力电缆`, `（二）采芝斋`, `(3)大泽山葡萄`, `红蜻蜓；`. Each line is one brand (contract v1.1, type brand:
 * each item of a list its own fact; the metric is the scheme the title names). A line of a firm and its brand
 * (`1、某某电器有限公司 帅康`) gives the brand, never the firm; under a scheme of products (名牌产品, 地理标志产品) a
 * firm's product gives a brand only when written as one (`“金龙”电缆`, `金龙牌电缆`, a place's product `平阴玫瑰`), a
 * plain kind of goods (`电热水器`) none. Group headings inside the list (`（一）工业类`, `食品行业`) name sectors, not
 * brands; the list ends at the first line that is no item (prose, a column header, a signature, a date). Lines with
 * no number are items only under a title closed by a colon, each closed like an item (`红蜻蜓；`) or written as a brand
 * (`“庆元香菇”`): under a bare title short lines are the page's menu (`首页`, `政务公开`).
 *
 * A notice may also introduce its members with a colon line that names no scheme (`10家企业（品牌）分别为：`) right after the
 * lead that does (`…认定某某等10家企业为“某某老字号”。`), and list each member as a firm's full name with its brand in
 * brackets (`某某醋业有限公司（某某）`): under such a title only lines of that form are items, the bracket being the brand
 * (the text names the firm and then its brand; the firm alone is no brand, contract v1.1).
 */
import type { Document } from '../../core/document';
import { SpanProjector } from '../text/span-projector';
import { splitLines } from '../text/text-lines';
import { lineFields, productBrand, schemeIn } from './brand-tables';
import { isBrandName } from './brands';
import type { BrandTableLexicon, Lexicons } from './lexicons';
import { oncePerDocument } from './once-per-document';
import type { NamedThing } from './titles';

/** The rule id line brands carry. */
export const LINE_BRAND_RULE = 'brand.line-list';

/** Longest title line (a title, not a paragraph). */
const MAX_TITLE = 60;
/** The serial number opening an item line: `1.`, `2、`, `3 `, `（一）`, `(2)`, `四、`. */
const SERIAL =
  /^(?:[0-9０-９]{1,3}(?:\s*[.．、,，)）]|\s+)|[（(][一二三四五六七八九十百0-9０-９]{1,4}[)）]|[一二三四五六七八九十]{1,3}[、.．])\s*/;
/** A title closed by a colon, which introduces the lines after it. */
const COLON_END = /[：:]$/;
/** Longest item line without a serial number (a name, maybe with its goods). */
const MAX_BARE_ITEM = 16;
/** Longest item (a firm and its brand included). */
const MAX_ITEM = 40;
/** Punctuation closing an item line. */
const ITEM_CLOSE = /[；;。，,、]$/;
/** A mark of prose inside an item: the list has ended. */
const PROSE_MARK = /[，,。；;！？：:]/;
/** A date line (the date under a notice's signature): the list has ended. */
const DATE_LINE = /[0-9０-９〇○零一二三四五六七八九十]{2,4}年[0-9０-９〇○零一二三四五六七八九十]{1,2}月/;
/** Fewest items a list must give: one line under a title is a paragraph's opening, not a list. */
const MIN_ITEMS = 2;

/** The line-list patterns of lexicons/brand-tables.json, compiled once a lexicon. */
interface LinePatterns {
  /** A title announcing a list: it ends with a word for a list (and maybe a note in brackets), or with a colon. */
  listTitle: RegExp;
  /** Endings of a firm's or an authority's name: a line's firm is never its brand, nor the signature under a notice. */
  firmEnding: RegExp;
  /** A group heading inside a list: a sector or class of goods, not a brand. */
  groupHeading: RegExp;
  /** An item of a firm's full name and its brand in brackets (groups `firm`, `name`). */
  firmBrand: RegExp;
}

const compiled = new WeakMap<BrandTableLexicon, LinePatterns>();

function linePatterns(table: BrandTableLexicon): LinePatterns {
  let patterns = compiled.get(table);
  if (!patterns) {
    patterns = {
      listTitle: new RegExp(table.lineListTitle),
      firmEnding: new RegExp(table.lineFirmEnding),
      groupHeading: new RegExp(table.lineGroupHeading),
      firmBrand: new RegExp(table.lineFirmBrand),
    };
    compiled.set(table, patterns);
  }
  return patterns;
}

/** The brands of the document's line lists, in text order (read once a document). */
export const lineBrands = oncePerDocument(readLineLists);

/** One line of the text: its cells between runs of spaces, each with its normalised (simplified) text and start. */
interface LineCells {
  text: string;
  cells: { text: string; start: number }[];
}

function readLineLists(doc: Document, lexicons: Lexicons): NamedThing[] {
  const { clean, norm } = doc;
  if (!clean || !norm || !lexicons.brands.anyScheme.test(norm.text)) return [];
  const project = new SpanProjector(clean, norm);
  const lines: LineCells[] = splitLines(clean.text).map((line) => {
    // An item's words stand between spaces even on a line with tabs.
    const cells = lineFields(line, project, norm.text, false)
      .filter((field) => field.text.trim() !== '')
      .map((field) => ({ text: field.text, start: field.norm.start }));
    return { text: cells.map((c) => c.text).join(' '), cells };
  });
  const patterns = linePatterns(lexicons.brandTables);
  const brands: NamedThing[] = [];
  for (let k = 0; k < lines.length; k++) {
    const title = lines[k]!.text;
    if (title === '' || title.length > MAX_TITLE || !patterns.listTitle.test(title)) continue;
    // A colon title that names no scheme takes the one the lead right before it names, and then lists firms with
    // their brands in brackets only: a bare colon line after any paragraph opens lists of every kind.
    const titleScheme = schemeIn(title, lexicons);
    const leadScheme = titleScheme || !COLON_END.test(title) ? null : schemeOfLead(lines, k, lexicons);
    const scheme = titleScheme ?? leadScheme;
    if (!scheme) continue;
    const bracketsOnly = titleScheme === null;
    const list: NamedThing[] = [];
    // A list numbers all its lines or none: a bare line after numbered ones (`附件下载`) is the page's, not the list's.
    let numbered: boolean | null = null;
    let line = k + 1;
    for (; line < lines.length; line++) {
      const { text, cells } = lines[line]!;
      if (text === '') continue;
      const isNumbered = SERIAL.test(cells[0]!.text);
      if (numbered !== null && isNumbered !== numbered) break;
      // Lines with no number are a list's only after a title that introduces them with a colon: under a bare title
      // they are the page's menu (`首页`, `政务公开`).
      if (!isNumbered && !COLON_END.test(title)) break;
      numbered = isNumbered;
      const item = readItem(cells, { scheme, lexicons, patterns, bracketsOnly });
      if (item === null) break;
      if (item !== 'heading') list.push(item);
    }
    if (list.length >= MIN_ITEMS) brands.push(...list);
    k = Math.max(k, line - 1);
  }
  return brands;
}

/**
 * The brand an item line gives, 'heading' for a group heading or a line that gives none but goes on with the list
 * (a firm and a plain kind of goods), or null when the line is no item and the list has ended.
 */
function readItem(
  cells: readonly { text: string; start: number }[],
  context: { scheme: string; lexicons: Lexicons; patterns: LinePatterns; bracketsOnly: boolean },
): NamedThing | 'heading' | null {
  const { scheme, lexicons, patterns, bracketsOnly } = context;
  const first = cells[0]!;
  const serial = SERIAL.exec(first.text);
  const serialLength = serial ? serial[0].length : 0;
  const parts = [{ text: first.text.slice(serialLength), start: first.start + serialLength }, ...cells.slice(1)]
    .map((part) => ({ text: part.text.replace(ITEM_CLOSE, ''), start: part.start }))
    .filter((part) => part.text !== '');
  const whole = parts.map((p) => p.text).join('');
  // A firm with its brand in brackets is an item of its own form, longer than a bare name; one whose bracket names no
  // brand (`（集团）`) goes on with the list.
  const bracketed = firmBrand(parts, context);
  if (bracketed === 'none') return 'heading';
  if (bracketed !== undefined || bracketsOnly) return bracketed ?? null;
  if (parts.length === 0 || whole.length > (serial ? MAX_ITEM : MAX_BARE_ITEM) || PROSE_MARK.test(whole)) return null;
  // A line that is itself a list's title (`2.延续确认为省著名商标名单`) or a date opens something else.
  if (patterns.listTitle.test(whole) || DATE_LINE.test(whole)) return null;
  // A column name (`序号`, `企业名称`) opens a table laid out one cell a line, which brand-tables.ts reads.
  if (isColumnName(whole, lexicons)) return null;
  if (!serial && parts.length > 1) return null;
  // A line with no number is an item when it is closed like one (`红蜻蜓；`) or written as a brand (`“庆元香菇”`,
  // `金龙牌电缆`, a place's product): a short line of words (`通知公告`) is the page's.
  if (!serial && !ITEM_CLOSE.test(cells[cells.length - 1]!.text) && productBrand(whole) === null) return null;
  if (patterns.groupHeading.test(whole) || lexicons.brands.macros.lists.SECTOR?.includes(whole)) return 'heading';
  const firms = parts.filter((p) => patterns.firmEnding.test(p.text));
  const rest = parts.filter((p) => !patterns.firmEnding.test(p.text));
  // A lone firm or authority (a signature) is no brand: the list has ended.
  if (firms.length > 0 && parts.length === firms.length) return null;
  if (rest.length !== 1) return 'heading';
  const part = rest[0]!;
  const marksScheme = /商标$|老字号$/.test(scheme);
  // Under a scheme of products, a firm's product is a brand only when written as one; a lone product line is one.
  const written = productBrand(part.text);
  const name = written ?? (firms.length > 0 && !marksScheme ? null : part.text.replace(/(?:品牌|(?<![名杂冒])牌)$/, ''));
  if (!name || !isBrandName(name, lexicons, { marked: true })) return 'heading';
  const at = Math.max(0, part.text.indexOf(name));
  return { type: 'brand', name, metric: scheme, start: part.start + at, end: part.start + at + name.length, rule: LINE_BRAND_RULE };
}

/**
 * The brand of an item written as a firm's full name and its brand in brackets (`某某醋业有限公司（某某）` → 某某), 'none'
 * when the line has that form but its bracket names no brand (`（集团）`, `（中国）`), undefined when it has another form.
 */
function firmBrand(
  parts: readonly { text: string; start: number }[],
  context: { scheme: string; lexicons: Lexicons; patterns: LinePatterns },
): NamedThing | 'none' | undefined {
  const { scheme, lexicons, patterns } = context;
  if (parts.length !== 1) return undefined;
  const part = parts[0]!;
  const m = patterns.firmBrand.exec(part.text);
  if (!m?.groups) return undefined;
  const name = m.groups.name!;
  const notNames = lexicons.brandTables.lineFirmBrandNotNames;
  if (notNames.some((word) => name.startsWith(word)) || !isBrandName(name, lexicons, { marked: true, scheme })) return 'none';
  const at = m.groups.firm!.length + 1;
  return { type: 'brand', name, metric: scheme, start: part.start + at, end: part.start + at + name.length, rule: LINE_BRAND_RULE };
}

/** The scheme the lead line right before line `k` names (the paragraph a colon title goes on from), or null. */
function schemeOfLead(lines: readonly LineCells[], k: number, lexicons: Lexicons): string | null {
  for (let line = k - 1; line >= 0; line--) {
    if (lines[line]!.text !== '') return schemeIn(lines[line]!.text, lexicons);
  }
  return null;
}

/** Whether `text` is a column name of brand tables (lexicons/brand-tables.json). */
function isColumnName(text: string, lexicons: Lexicons): boolean {
  const { brandHeaders, productHeaders, serialHeaders, otherHeaders } = lexicons.brandTables;
  return [brandHeaders, productHeaders, serialHeaders, otherHeaders].some((headers) => headers.includes(text));
}
