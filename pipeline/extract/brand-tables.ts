/**
 * Brands laid out as tables: scheme notices list their brands under a title naming the scheme
 * (`2016年度某某省名牌产品名单`, `第三批“中华老字号”拟推荐名单`) in columns such as `序号 企业名称 产品名称 商标`, and
 * sampling bulletins name the make of each failed product in a `商标` column. The contract reads a table like a
 * sentence (the column header gives the metric): every cell of a brand column (lexicons/brand-tables.json
 * `brandHeaders`) is a brand of its own, the company column never is, and the metric is the scheme the caption
 * names (else the sentence after the table, else `品牌`). Without a brand column, the product column of a table
 * whose caption names a scheme holds branded products (`金锣牌火腿肠` → 金锣, `平阴玫瑰`); a plain kind of goods
 * (`挂面`) names none.
 *
 * Tables reach the text in several layouts, all read here from the clean text (the normalised text drops the
 * spaces between cells) and placed on the normalised text: one row a line between spaces or tabs (HTML cells),
 * rows run together on one line or broken anywhere, each opened by its serial number (`1 某某公司 聚春园 2 …`),
 * and one cell a line. Pages copied from forums scatter junk between cells (`J9 w/ z n* t`): a field with no
 * Chinese character that is no Latin name is dropped from a row with too many cells, and a name a table writes
 * with a space between its two characters (`石 花`) is one cell.
 */
import type { Document, TextSpan } from '../../core/document';
import { SpanProjector } from '../text/span-projector';
import { splitLines, trimmed, type TextLine } from '../text/text-lines';
import { isPlaceWord } from './brand-places';
import { isBrandName } from './brands';
import type { BrandTableLexicon, Lexicons } from './lexicons';
import { oncePerDocument } from './once-per-document';
import type { NamedThing } from './titles';

/** The rule id table brands carry. */
export const TABLE_BRAND_RULE = 'brand.table-column';

type Role = 'brand' | 'product' | 'serial' | 'other';

interface Column {
  role: Role;
  /** Whether the column holds the maker's name (a bulletin's 标称生产企业), which a brand column may follow. */
  maker?: boolean;
  /** For a header joining two columns with a slash (`商标/规格型号`): which part of the cell is the brand. */
  part: number;
}

/** A field of a line: a cell, or a piece of one, with its normalised (simplified) text. */
export interface Field {
  norm: TextSpan;
  text: string;
}

interface Header {
  columns: Column[];
  /** Lines the header takes (the last one may go on with the first rows). */
  from: number;
  to: number;
  /** Fields of the header's last line after the header (rows run together on it). */
  rest: Field[];
  /** Whether the header is laid out one cell a line. */
  flat: boolean;
}

interface Reader {
  lines: readonly TextLine[];
  fields: (line: number) => Field[];
  lineText: (line: number) => string;
  lexicons: Lexicons;
  table: BrandTableLexicon;
  /** What ends a firm's name in a cell (lexicon `lineFirmEnding`), compiled once a document. */
  firm: RegExp;
}

/** Longest caption line read for the scheme (a title, not a paragraph). */
const MAX_CAPTION = 60;
/** Non-empty lines before a header read as its caption. */
const CAPTION_LINES = 3;
/** A field holding a sentence mark and several Chinese characters is prose: the table has ended. */
const SENTENCE_MARK = /[，。；！？]/;
const PROSE_LENGTH = 40;
const HAN = /\p{Script=Han}/u;
/** A Latin name a table may write in a brand cell (`SEA-GULL`, `yumeijing`): junk fields are none. */
const LATIN_NAME = /^[A-Za-z][A-Za-z0-9&.'’-]*[A-Za-z0-9]$/;
const MIN_LATIN = 3;
const SERIAL = /^\d{1,4}$/;
const SLASH = /[/／]/;
const CELL_SLASH = /[\\/／]/;
/** The bars of a table drawn with box characters, which part its cells as tabs do (`│序号│产品名称│标称商标│`). */
const BOX_BAR = /[│┃║]/;
const BOX_BARS = /[│┃║]/g;
const BOX_DASH = /[─━═]/;
/** A rule line of such a table (`├──┼──┤`). */
const BOX_RULE = /^[\s─━═┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬│┃║]+$/;
/** How a cell lists several marks (`青红牌、闽江牌`). */
const CELL_LIST = /[、，,；;]/;
/** A field holding a figure or a Latin letter: a code, a size or a date, never a firm's, product's or brand's cell here. */
const LATIN_OR_FIGURE = /[0-9A-Za-z%]/;

/** The brands of the document's brand tables, in text order (read once a document). */
export const tableBrands = oncePerDocument(readTables);

function readTables(doc: Document, lexicons: Lexicons): NamedThing[] {
  const { clean, norm } = doc;
  const table = lexicons.brandTables;
  if (!clean || !norm || !headerHint(table).test(norm.text)) return [];
  const project = new SpanProjector(clean, norm);
  const lines = splitLines(clean.text);
  const cache = new Map<number, Field[]>();
  const reader: Reader = {
    lines,
    lexicons,
    table,
    firm: new RegExp(table.lineFirmEnding),
    fields: (k) => {
      let fields = cache.get(k);
      if (!fields) {
        fields = lineFields(lines[k]!, project, norm.text);
        cache.set(k, fields);
      }
      return fields;
    },
    lineText: (k) => {
      const span = project.toNorm({ start: lines[k]!.start, end: lines[k]!.end });
      return norm.text.slice(span.start, span.end);
    },
  };
  const brands: NamedThing[] = [];
  for (let k = 0; k < lines.length; k++) {
    const header = readHeader(reader, k);
    if (!header) continue;
    const { rows, end } = readRows(reader, header);
    const metric = schemeOf(reader, header.from, end) ?? (header.columns.some((c) => c.role === 'brand') ? '品牌' : null);
    // One cell a line with the empty cells dropped, rows run together and cannot be counted off: the brand is found
    // after the maker's name.
    if (metric && header.flat && makerBeforeBrand(header.columns)) brands.push(...afterMakers(reader, rows.flat(), metric));
    else if (metric && (!header.flat || firmsInPlace(reader, rows)))
      for (const row of rows) brands.push(...rowBrands(reader, header, row, metric));
    k = Math.max(k, end - 1);
  }
  return brands;
}

let hint: { table: BrandTableLexicon; regex: RegExp } | null = null;

/** Any brand or product column header: a quick test before the lines are read. */
function headerHint(table: BrandTableLexicon): RegExp {
  if (hint?.table !== table) hint = { table, regex: new RegExp([...table.brandHeaders, ...table.productHeaders].join('|')) };
  return hint.regex;
}

/**
 * The fields of a line: cells between tabs (an empty one kept, so columns stay in place), else (or when `byTabs`
 * is false) between runs of spaces; each placed on the normalised text.
 */
export function lineFields(line: TextLine, project: SpanProjector, normText: string, byTabs = line.text.includes('\t')): Field[] {
  const fields: Field[] = [];
  // A line of a drawn table's rules holds no cells (rows of a box table are parted by them).
  if (BOX_RULE.test(line.text) && BOX_DASH.test(line.text)) return fields;
  const drawn = BOX_BAR.test(line.text);
  const separator = drawn ? BOX_BARS : byTabs ? /\t/g : /[\s\u3000\u00a0]+/g;
  const keepEmpty = drawn || separator.source === '\\t';
  let from = 0;
  const push = (to: number) => {
    // A drawn cell is padded with spaces inside its bars.
    const cell = drawn ? trimmed(line.text, from, to) : { start: from, end: to };
    const span = project.toNorm({ start: line.start + cell.start, end: line.start + cell.end });
    const text = normText.slice(span.start, span.end);
    if (text !== '' || keepEmpty) fields.push({ norm: span, text });
  };
  for (const match of line.text.matchAll(separator)) {
    // The frame of a drawn row opens no cell before it.
    if (!(drawn && line.text.slice(0, match.index).trim() === '')) push(match.index);
    from = match.index + match[0].length;
  }
  if (!(drawn && line.text.slice(from).trim() === '')) push(line.text.length);
  return fields;
}

/** The column a header word names, or null when it names none of a brand table's columns. */
function columnOf(word: string, table: BrandTableLexicon): Column | null {
  if (table.brandHeaders.includes(word)) return { role: 'brand', part: 0 };
  if (table.productHeaders.includes(word)) return { role: 'product', part: 0 };
  if (table.serialHeaders.includes(word)) return { role: 'serial', part: 0 };
  if (table.otherHeaders.includes(word)) return { role: 'other', part: 0, maker: table.makerHeaders.includes(word) };
  const parts = word.split(SLASH);
  if (parts.length < 2) return null;
  const roles = parts.map((part) => columnOf(part, table));
  if (roles.some((role) => role === null)) return null;
  const brand = roles.findIndex((role) => role!.role === 'brand');
  return brand >= 0 ? { role: 'brand', part: brand } : { role: 'other', part: 0 };
}

/**
 * The header opening at line `k`: two or more column names on the line (a name the page split with a space,
 * `注册 商标`, joined again), or one a line over consecutive lines; one of them a brand or product column.
 */
function readHeader(reader: Reader, k: number): Header | null {
  const fields = reader.fields(k).filter((f) => f.text !== '');
  if (fields.length === 0 || !knownStart(fields, reader.table)) return null;
  if (fields.length === 1) return flatHeader(reader, k);
  const columns: Column[] = [];
  let used = 0;
  while (used < fields.length) {
    const word = fields[used]!.text;
    const joined = used + 1 < fields.length ? word + fields[used + 1]!.text : '';
    const alone = columnOf(word, reader.table);
    const together = joined ? columnOf(joined, reader.table) : null;
    if (together && (!alone || !columnOf(fields[used + 1]!.text, reader.table))) {
      columns.push(together);
      used += 2;
    } else if (alone) {
      columns.push(alone);
      used += 1;
    } else break;
  }
  if (!isBrandHeader(columns)) return null;
  return { columns, from: k, to: k + 1, rest: fields.slice(used), flat: false };
}

/** Whether the line opens with a column name (alone or joined with the next field). */
function knownStart(fields: readonly Field[], table: BrandTableLexicon): boolean {
  return columnOf(fields[0]!.text, table) !== null || (fields.length > 1 && columnOf(fields[0]!.text + fields[1]!.text, table) !== null);
}

/** A header laid out one column name a line, from line `k` on (blank lines between pass). */
function flatHeader(reader: Reader, k: number): Header | null {
  const columns: Column[] = [];
  let line = k;
  for (; line < reader.lines.length; line++) {
    const fields = reader.fields(line).filter((f) => f.text !== '');
    if (fields.length === 0) continue;
    // A page may space out a short column name (`产 地`): the two fields are one name.
    const word = fields.length === 1 ? fields[0]!.text : fields.length === 2 ? fields[0]!.text + fields[1]!.text : '';
    const column = word ? columnOf(word, reader.table) : null;
    if (!column) break;
    columns.push(column);
  }
  if (!isBrandHeader(columns)) return null;
  return { columns, from: k, to: line, rest: [], flat: true };
}

function isBrandHeader(columns: readonly Column[]): boolean {
  return columns.length >= 2 && columns.some((c) => c.role === 'brand' || c.role === 'product');
}

/**
 * The rows after the header, each the fields of its cells (the serial number left out), and the line after the
 * table. Rows opened by serial numbers run on over lines until the next number; otherwise a line is a row, or,
 * under a header laid out one cell a line, every so many lines are. The table ends at prose or at another header.
 */
function readRows(reader: Reader, header: Header): { rows: Field[][]; end: number } {
  const width = header.columns.length;
  const serial = header.columns[0]!.role === 'serial';
  const rows: Field[][] = [];
  let row: Field[] | null = null;
  let expected: number | null = null;
  const take = (fields: readonly Field[]) => {
    for (const field of fields) {
      const opensRow = serial && SERIAL.test(field.text) && (expected === null || Number(field.text) === expected);
      if (opensRow) {
        expected = Number(field.text) + 1;
        row = [];
        rows.push(row);
      } else if (row) row.push(field);
    }
  };
  let line = header.to;
  if (header.rest.length > 0) take(header.rest);
  for (; line < reader.lines.length; line++) {
    const fields = reader.fields(line).filter((f) => f.text !== '' || !serial);
    if (fields.every((f) => f.text === '')) continue;
    if (fields.some(isProse) || (line > header.to && readHeader(reader, line))) break;
    if (serial) {
      // A line that does not open the next row goes on with the current one only while it lacks cells.
      const opens = SERIAL.test(fields[0]!.text) && (expected === null || Number(fields[0]!.text) === expected);
      if (!opens && row && cellsOf(row).length >= width - 1) break;
      if (!opens && !row) break;
      take(fields);
    } else if (header.flat) {
      for (const field of fields) {
        if (!row || row.length === width) rows.push((row = []));
        row.push(field);
      }
    } else {
      if (fields.length < width - 1) break;
      rows.push([...fields]);
    }
  }
  return { rows, end: line };
}

/**
 * Whether the rows of a table flattened one cell a line keep their columns: a firm's name (`…有限公司`) stands
 * in the same columns in every row. A page that drops its empty cells, or breaks a cell over two lines, leaves
 * rows that run into each other; their cells can no longer be told apart, so none is read.
 */
function firmsInPlace(reader: Reader, rows: readonly Field[][]): boolean {
  const { firm } = reader;
  const firmColumns = (row: readonly Field[]) => row.flatMap((f, c) => (firm.test(f.text) ? [c] : [])).join(',');
  const first = rows[0] ? firmColumns(rows[0]) : '';
  return rows.every((row) => firmColumns(row) === first);
}

/**
 * A cell that lists short items with commas (a bulletin's failed items, `酒精度，总酯，标签`): a cell, not a sentence,
 * though it holds a comma and six Chinese characters.
 */
const LISTING_CELL = /^[^，,、；;。！？!?]{1,8}(?:[，,、][^，,、；;。！？!?]{1,8})+$/;

/** A field that reads as a sentence, not a cell. */
function isProse(field: Field): boolean {
  if (field.text.length > PROSE_LENGTH) return true;
  return SENTENCE_MARK.test(field.text) && countHan(field.text) >= 6 && !LISTING_CELL.test(field.text);
}

function countHan(text: string): number {
  let n = 0;
  for (const ch of text) if (HAN.test(ch)) n++;
  return n;
}

/** The fields of a row that can be cells: junk scattered by a forum's copy guard left out. */
function cellsOf(row: readonly Field[]): Field[] {
  return row.filter((f) => f.text === '' || HAN.test(f.text) || (LATIN_NAME.test(f.text) && f.text.length >= MIN_LATIN));
}

/** The row's cells, one per column but the serial one, or null when the row cannot be laid under its header. */
function rowCells(row: readonly Field[], width: number): Field[] | null {
  if (row.length === width) return [...row];
  let cells = row.length > width ? cellsOf(row) : [...row];
  if (cells.length > width) cells = joinSplitNames(cells);
  return cells.length === width ? cells : null;
}

/** Runs of one-character fields joined into one cell: a table writes a two-character name spaced out (`石 花`). */
function joinSplitNames(fields: readonly Field[]): Field[] {
  const out: Field[] = [];
  for (const field of fields) {
    const last = out[out.length - 1];
    if (last && isOneHan(field.text) && isOneHan(last.text.slice(-1)) && last.text.length <= 3 && isOneHan(last.text.slice(0, 1))) {
      out[out.length - 1] = { norm: { start: last.norm.start, end: field.norm.end }, text: last.text + field.text };
    } else out.push(field);
  }
  return out;
}

function isOneHan(text: string): boolean {
  return text.length === 1 && HAN.test(text);
}

/** The brands of one row: its brand cell's, else (under a scheme) what its product cell names as a brand. */
function rowBrands(reader: Reader, header: Header, row: readonly Field[], metric: string): NamedThing[] {
  const columns = header.columns.filter((c) => c.role !== 'serial');
  const brandAt = columns.findIndex((c) => c.role === 'brand');
  const at = brandAt >= 0 ? brandAt : columns.findIndex((c) => c.role === 'product');
  if (at < 0) return [];
  const cells = rowCells(row, columns.length);
  if (cells) return cellBrands(reader, cells[at]!, columns[at]!, metric, brandAt < 0);
  // A row with more fields than columns, whose cells up to the brand's are one name each (Chinese, no code or
  // size): the extra fields come later (a size written with a space, `52%(v/v) 500mL`), the brand stands in place.
  if (
    brandAt > 0 &&
    row.length > columns.length &&
    row.slice(0, brandAt + 1).every((f) => HAN.test(f.text) && !LATIN_OR_FIGURE.test(f.text))
  )
    return cellBrands(reader, row[brandAt]!, columns[brandAt]!, metric, false);
  if (makerBeforeBrand(columns)) return afterMakers(reader, cellsOf(row), metric);
  // A row one cell short (a cell left empty) still gives its first or last column, and the column right after
  // the maker's name when the row's cell there is a firm's (`万事发 某某有限责任公司 新潮 无` under 样品名称 标称生产企业
  // 标称商标 规格 生产日期: the cells up to the brand stand in place, the empty one is further on).
  const real = cellsOf(row).filter((f) => f.text !== '');
  if (real.length !== columns.length - 1) return [];
  if (at === 0 || at === columns.length - 1)
    return cellBrands(reader, at === 0 ? real[0]! : real[real.length - 1]!, columns[at]!, metric, brandAt < 0);
  const { firm } = reader;
  if (brandAt < 0 || !firm.test(real[at - 1]!.text) || firm.test(real[at]!.text)) return [];
  return cellBrands(reader, real[at]!, columns[at]!, metric, false);
}

/** Whether the brand column comes right after the maker's (`标称生产企业 标称商标`). */
function makerBeforeBrand(columns: readonly Column[]): boolean {
  const cells = columns.filter((c) => c.role !== 'serial');
  const brandAt = cells.findIndex((c) => c.role === 'brand');
  return brandAt > 0 && cells[brandAt - 1]!.maker === true;
}

/**
 * The brands of cells that lost their places (a row short of cells, or a table one cell a line with empty cells
 * dropped): each cell right after a maker's name (a firm's ending, lineFirmEnding) that reads as a name: Chinese
 * characters only, no firm, no place (a 产地 cell, `某某市城东工业区`), no empty mark or column name; a code, a size
 * or a date holds digits or Latin letters and is none.
 */
function afterMakers(reader: Reader, fields: readonly Field[], metric: string): NamedThing[] {
  const { firm } = reader;
  const brands: NamedThing[] = [];
  for (let k = 1; k < fields.length; k++) {
    const cell = fields[k]!;
    const text = cell.text.trim();
    if (!firm.test(fields[k - 1]!.text.trim()) || firm.test(text) || !MAKER_CELL_NAME.test(text) || PLACE_CELL.test(text)) continue;
    brands.push(...cellBrands(reader, cell, { role: 'brand', part: 0 }, metric, false));
  }
  return brands;
}

/** A brand cell read after the maker's: two to eight Chinese characters. */
const MAKER_CELL_NAME = /^\p{Script=Han}{2,8}$/u;
/** A place of production (产地): a division or an industrial area, `某某县`, `某某工业区`, `某某镇`. */
const PLACE_CELL = /(?:省|市|县|区|镇|乡|村|园|路|街|号)$/;

/** The brands a cell names: each mark a cell lists (`青红牌、闽江牌`), its slash part under a joined header. */
function cellBrands(reader: Reader, cell: Field, column: Column, metric: string, product: boolean): NamedThing[] {
  const { table, lexicons } = reader;
  let text = cell.text;
  let offset = 0;
  if (column.part > 0 || CELL_SLASH.test(text)) {
    const parts = text.split(CELL_SLASH);
    const part = parts[column.part] ?? '';
    offset = parts.slice(0, column.part).reduce((n, p) => n + p.length + 1, 0);
    text = part;
  }
  const brands: NamedThing[] = [];
  let from = 0;
  for (const item of text.split(CELL_LIST)) {
    const itemAt = offset + from;
    from += item.length + 1;
    const name = product ? productBrand(item) : markName(item, table);
    if (!name || table.emptyCells.includes(item.trim())) continue;
    const clean = name.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
    if (!isBrandName(clean, lexicons, { marked: true }) || columnOf(clean, table)) continue;
    const start = cell.norm.start + itemAt + Math.max(0, item.indexOf(name));
    brands.push({ type: 'brand', name: clean, metric, start, end: start + name.length, rule: TABLE_BRAND_RULE });
  }
  return brands;
}

/** A trademark cell's name: without 牌/品牌 and without the note that the mark has a picture (`雪峰及图`). */
function markName(item: string, table: BrandTableLexicon): string | null {
  let name = item.trim().replace(/^“(.+)”$/, '$1');
  for (const suffix of table.markSuffixes) if (name.endsWith(suffix) && name.length > suffix.length) name = name.slice(0, -suffix.length);
  name = name.replace(/(?:品牌|(?<![名杂冒])牌)$/, '');
  return name || null;
}

/** Marked names in a product cell: `“山花”地毯`, `金锣牌火腿肠`; else a product named by its place (`平阴玫瑰`). */
const QUOTED_PRODUCT = /^“([^“”]{1,16})”/;
const MARKED_PRODUCT = /^(.{1,12}?)(?<![品名杂冒])牌./;

export function productBrand(item: string): string | null {
  const text = item.trim();
  const quoted = QUOTED_PRODUCT.exec(text);
  if (quoted) return quoted[1]!.replace(/牌$/, '');
  const marked = MARKED_PRODUCT.exec(text);
  if (marked) return marked[1]!;
  for (const length of [4, 3, 2]) if (text.length > length + 1 && isPlaceWord(text.slice(0, length))) return text;
  return null;
}

/**
 * The scheme the table lists (its metric): named in a caption line before the header (a title, `2016年度某某省名牌
 * 产品名单`), else in the first line after the table; with the region that awards it when one is written right
 * before it (`福建老字号`, `江苏省著名商标`).
 */
function schemeOf(reader: Reader, headerLine: number, end: number): string | null {
  let seen = 0;
  for (let k = headerLine - 1; k >= 0 && seen < CAPTION_LINES; k--) {
    const text = reader.lineText(k);
    if (text === '') continue;
    seen++;
    if (text.length > MAX_CAPTION) break;
    const scheme = schemeIn(text, reader.lexicons);
    if (scheme) return scheme;
  }
  for (let k = end; k < reader.lines.length; k++) {
    const text = reader.lineText(k);
    if (text !== '') return schemeIn(text, reader.lexicons);
  }
  return null;
}

/** The first scheme `text` names, with the region before it. */
export function schemeIn(text: string, lexicons: Lexicons): string | null {
  let best: { at: number; scheme: string } | null = null;
  for (const scheme of lexicons.brands.schemes) {
    const at = text.indexOf(scheme);
    if (at >= 0 && (!best || at < best.at || (at === best.at && scheme.length > best.scheme.length))) best = { at, scheme };
  }
  if (!best) return null;
  for (const length of [4, 3, 2, 1]) {
    const before = text.slice(Math.max(0, best.at - length), best.at);
    if (
      before.length === length &&
      (isPlaceWord(before) || /^(?:省|市|县)$/.test(before) || (isPlaceWord(before.slice(0, -1)) && /[省市县]$/.test(before)))
    )
      return before + best.scheme;
  }
  return best.scheme;
}
