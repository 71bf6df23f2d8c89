import { CodePointIndex } from './code-points';
import { OffsetMap } from './offset-map';

/**
 * One document flowing through the pipeline (unified's VFile, spaCy's Doc). `raw` never changes; each
 * stage adds a layer. Spans inside a layer are UTF-16 indices of that layer's text (what JavaScript
 * gives); anything stored or exported goes through `TextLayer.span()` and is in code points.
 */

/** Where a document came from, as the corpus reader found it. */
export interface SourceInfo {
  /** Document id: file name without extension, or the record's id inside a dump. */
  id: string;
  /** Path of the input file. */
  path: string;
  /** 1-based record number inside a multi-record file (dump, SogouCA XML); null for a single file. */
  record: number | null;
  /** sha256 of the bytes the document came from (the record's bytes for a dump record). */
  sha256: string;
  /** Encoding the bytes were decoded with (`utf-8`, `gb18030`, `big5-hkscs`, …). */
  encoding: string;
  /** Detected format: `text`, `html`, `sogou-xml`, `jsonl`, `csv`. */
  format: string;
  /** Whether the decoded text contains runs of mojibake. */
  mojibake: boolean;
  /**
   * Position of the file among the run's expanded inputs (0-based): with `record`, the order a single
   * run stores documents in, by which `qmine merge` interleaves shards. Absent outside `qmine run`.
   */
  inputOrder?: number;
}

/** Metadata about what the document is: filled by readers (title, date, url) and by the metadata stage. */
export interface DocumentMeta {
  title: string | null;
  /** Publication date, ISO `YYYY-MM-DD` or a prefix of it. */
  date: string | null;
  url: string | null;
  /** Site or publisher (the page's 来源, the dump's source, the host of the url). */
  site: string | null;
  author: string | null;
  /** Full region name (`吉林省`, `甘南藏族自治州`) the document is about. */
  region: string | null;
  /** Administrative-division code of the region (GB/T 2260), when known. */
  regionCode: string | null;
  /** The year the report is about (`2008` for a report given in early 2009 on 2008's work). */
  year: string | null;
}

/** Whether a section reviews what was done or plans what is to be done (`一、2009年工作回顾`, `二、2010年工作安排`). */
export type SectionStatus = 'review' | 'plan';

/**
 * A part of the document a heading opens (`一、2009年工作回顾`, `（二）食品安全`), to the next heading of the
 * same or a higher level, with the context the heading sets for what it scopes (its own or its parent's).
 */
export interface ScopeSection {
  /** UTF-16 span in the normalised text: from the heading to the next heading of the same or higher level. */
  start: number;
  end: number;
  /** End of the heading's own text. */
  headingEnd: number;
  /** 1 for `一、`, 2 for `（一）`, 3 for `1.`. */
  level: number;
  period: string | null;
  status: SectionStatus | null;
  region: string | null;
  regionCode: string | null;
  subject: string | null;
}

/** The context a document sets before any sentence says more: built once per document by the scope stage. */
export interface DocumentScope {
  /** The year the report is about (a January 2015 report reviewing 2014: 2014). */
  reportYear: number | null;
  /** The year of writing, against which 今年, 去年 and 明年 resolve (that report: 2015). */
  nowYear: number | null;
  /** Whether the page counts years by the Republic era (a page from Taiwan in traditional script): 99年3月 is 2010. */
  rocCalendar?: boolean;
  /**
   * The first of the years ahead (未来五年, 今后五年): the year of writing for a page dated before the last quarter of the
   * year it is about (a news page of June 2011: 2011), else the year after the report year (PERIOD-YEARS-AHEAD).
   */
  yearsAheadFrom?: number | null;
  region: string | null;
  regionCode: string | null;
  /** The product, industry or company the whole document is about, from its title (a sampling report on 海产品). */
  subject: string | null;
  /**
   * The company or brand the page is about by its own name (锦湖长春工厂 a page defines as a company's short name,
   * 达芬奇家具 its title glues to its product), with the name that makes it its own (锦湖长春工厂, 达芬奇), or null: a
   * bare form of it a figure names (工厂, 家具) means that one.
   */
  namedSubject?: { subject: string; name: string } | null;
  /** Sections in document order, nested ones after their parent. */
  sections: ScopeSection[];
}

/** A text derived from the raw text, with its map back to it. */
export class TextLayer {
  readonly index: CodePointIndex;

  constructor(
    readonly text: string,
    /** Maps this layer's code points to the raw text's code points. */
    readonly toRaw: OffsetMap,
  ) {
    this.index = new CodePointIndex(text);
    if (this.index.length !== toRaw.targetLength) {
      throw new Error(`TextLayer: text has ${this.index.length} code points, map covers ${toRaw.targetLength}`);
    }
  }

  /** A span of this layer given in UTF-16 indices, as code point offsets here and in the raw text. */
  span(startUtf16: number, endUtf16: number): CodePointSpan {
    const start = this.index.toCodePoint(startUtf16);
    const end = this.index.toCodePoint(endUtf16);
    const [rawStart, rawEnd] = this.toRaw.spanToSource(start, end);
    return { start, end, rawStart, rawEnd };
  }

  /** Derives a new layer from this one: `text` with `toThis` mapping it to this layer. */
  derive(text: string, toThis: OffsetMap): TextLayer {
    return new TextLayer(text, this.toRaw.compose(toThis));
  }
}

export interface CodePointSpan {
  start: number;
  end: number;
  rawStart: number;
  rawEnd: number;
}

export interface Sentence {
  /** UTF-16 span in the normalised text. */
  start: number;
  end: number;
  /** 0-based order in the document. */
  order: number;
}

export interface Token {
  /** UTF-16 span in the normalised text. */
  start: number;
  end: number;
  word: string;
  /** jieba POS tag (`n`, `v`, `m` for numbers, `x` for punctuation, …). */
  tag: string;
}

/** A span of the normalised text (UTF-16 indices, end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
}

/** How a table reached the text: an HTML `<table>`, box-drawn lines, columns aligned with spaces or tabs, one cell a line. */
export type TableKind = 'html' | 'box' | 'aligned' | 'flat';

/** One cell of a table: its place in the grid and its text as spans of the normalised text. */
export interface TableCell {
  row: number;
  col: number;
  /** The pieces of the cell's text (one per line of a cell wrapped over several lines); none when empty. */
  parts: TextSpan[];
  /** A header cell: a column header (in a header row) or a row header (in a header column). */
  header: boolean;
  /** Indices in `Table.cells` of the column header cells that govern this cell, top down. */
  columnHeaders: number[];
  /** Indices in `Table.cells` of the row header cells that govern this cell, left to right. */
  rowHeaders: number[];
}

/** A copy of a table with every span's offsets mapped by `to` (UTF-16 ↔ code points for the stored record). */
export function mapTableOffsets(table: Table, to: (offset: number) => number): Table {
  const span = (s: TextSpan): TextSpan => ({ start: to(s.start), end: to(s.end) });
  return {
    ...table,
    start: to(table.start),
    end: to(table.end),
    caption: table.caption ? span(table.caption) : null,
    rows: table.rows.map(span),
    cells: table.cells.map((cell) => ({ ...cell, parts: cell.parts.map(span) })),
  };
}

/** A table found in the document: rows of cells, header rows on top, header columns on the left. */
export interface Table {
  kind: TableKind;
  /** Span of the whole table in the normalised text. */
  start: number;
  end: number;
  /** The caption, or the line before the table that says what it is (the period, the subject). */
  caption: TextSpan | null;
  /** Each row's span (a row is one sentence). */
  rows: TextSpan[];
  columns: number;
  headerRows: number;
  headerColumns: number;
  /** Row by row, `columns` cells a row. */
  cells: TableCell[];
}

export type FactType = 'rate' | 'count' | 'amount' | 'change' | 'brand' | 'standard' | 'policy';
export type FactCategory =
  | 'pass_rate'
  | 'enforcement'
  | 'sampling'
  | 'brand'
  | 'standard'
  | 'certification'
  | 'metrology'
  | 'special_equipment'
  | 'food_safety'
  | 'training'
  | 'publicity'
  | 'finance'
  | 'other';
export type Bound = 'exact' | 'approx' | 'at_least' | 'more_than' | 'at_most' | 'less_than';
export type FactStatus = 'actual' | 'target';

/** What a fact says, whatever form it is in. */
export interface FactContent {
  type: FactType;
  category: FactCategory;
  metric: string;
  value: number | null;
  unit: string | null;
  bound: Bound | null;
  status: FactStatus;
  period: string | null;
  region: string | null;
  /** GB/T 2260 code of `region` (`220000` for 吉林省, `000000` for 全国), when it is a known division. */
  region_code: string | null;
  subject: string | null;
  name: string | null;
  /** Id of the rule that produced the fact. */
  rule: string;
  /** Order of the sentence the fact is in (in the contract an added field: links the fact to its sentence). */
  sentence: number;
}

/** A fact as the extraction produces it, before document id and code point offsets are attached. */
export interface ExtractedFact extends FactContent {
  /** UTF-16 span of the fact's surface text in the normalised text. */
  start: number;
  end: number;
}

/** A fact in the contract's shape (../shared/spec/facts.md): what is stored and exported. */
export interface Fact extends FactContent {
  doc: string;
  text: string;
  /** Code points in the normalised text. */
  start: number;
  end: number;
  /** Code points in the raw decoded text. */
  raw_start: number;
  raw_end: number;
}

export interface Message {
  stage: string;
  level: 'info' | 'warning' | 'error';
  text: string;
  rule?: string;
}

export interface Document {
  readonly source: SourceInfo;
  /** The decoded original text (for an HTML page, the page source). Never mutated. */
  readonly raw: string;
  meta: DocumentMeta;
  /** The article text after HTML extraction and boilerplate removal. */
  clean?: TextLayer;
  /** The normalised text: widths folded, pinyin removed, simplified script, punctuation unified. */
  norm?: TextLayer;
  /** Tables in the normalised text (found on the clean text, where columns still line up). */
  tables?: Table[];
  sentences?: Sentence[];
  tokens?: Token[];
  /** Report year, region, subject and the sections headings open (the scope stage). */
  scope?: DocumentScope;
  facts?: ExtractedFact[];
  messages: Message[];
}

export function emptyMeta(): DocumentMeta {
  return { title: null, date: null, url: null, site: null, author: null, region: null, regionCode: null, year: null };
}

export function newDocument(source: SourceInfo, raw: string, meta: Partial<DocumentMeta> = {}): Document {
  return { source, raw, meta: { ...emptyMeta(), ...meta }, messages: [] };
}

/** The contract form of a document's extracted facts, with code point offsets into both texts. */
export function contractFacts(doc: Document): Fact[] {
  const norm = doc.norm;
  if (!norm || !doc.facts) return [];
  return doc.facts.map((f) => {
    const span = norm.span(f.start, f.end);
    return {
      doc: doc.source.id,
      type: f.type,
      category: f.category,
      metric: f.metric,
      value: f.value,
      unit: f.unit,
      bound: f.bound,
      status: f.status,
      period: f.period,
      region: f.region,
      region_code: f.region_code,
      subject: f.subject,
      name: f.name,
      text: norm.text.slice(f.start, f.end),
      start: span.start,
      end: span.end,
      raw_start: span.rawStart,
      raw_end: span.rawEnd,
      rule: f.rule,
      sentence: f.sentence,
    };
  });
}
