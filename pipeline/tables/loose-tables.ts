/**
 * Tables whose cells a single space separates, as a scraper writes an HTML table one row a line
 * (`北京市 208 97.7`): one or two header lines of words, then two or more rows of a label (a serial number
 * may open it) and figures, every body row as wide. Merged cells leave lines narrower than the body, and
 * their place is read from the table's shape: a lower header line covers the last columns (units under
 * the measures, sub-headers under their groups); an upper one names the label columns, then its groups
 * spread evenly over the sub-headers below; a totals row whose label spans the serial column has its label
 * first and its figures last.
 */
import type { TextSpan } from '../../core/document';
import { CAPTION, SENTENCE_END } from './aligned-tables';
import { groupSpans } from './flat-headers';
import { cellKind, isBareYear, type CellKind } from './cell-kinds';
import type { RawRow, RawTable } from './raw-table';
import { spacedFields, type TextLine } from '../text/text-lines';

const MAX_FIELD = 20;
/** Fields of a body row; a header line under merged cells may have fewer (`(批次) (批次)`). */
const MIN_COLUMNS = 3;
const MIN_HEADER_FIELDS = 2;
const MAX_HEADER_LINES = 2;
const MIN_BODY_ROWS = 2;
/** A quick test: a separator between two cells. */
const MAY_BE_ROW = /\S[ \u00a0\u3000\t]+\S/;
const SERIAL = /^\d{1,3}$/;

interface LooseLine {
  line: TextLine;
  fields: TextSpan[];
  texts: string[];
  kinds: CellKind[];
}

function looseLine(line: TextLine): LooseLine | null {
  const text = line.text;
  if (!MAY_BE_ROW.test(text) || CAPTION.test(text)) return null;
  if (SENTENCE_END.test(text.replace(/(\d)[,，](?=\d{3})/g, '$1'))) return null;
  const fields = spacedFields(line);
  if (fields.length < MIN_HEADER_FIELDS || fields.some((f) => f.end - f.start > MAX_FIELD)) return null;
  const texts = fields.map((f) => text.slice(f.start - line.start, f.end - line.start));
  return { line, fields, texts, kinds: texts.map(cellKind) };
}

/**
 * How many fields name a body row (a serial number, then labels), or 0 when the line is no body row: the
 * rest must be figures or blanks, one figure at least (a year-shaped figure after the label is a figure).
 */
function labelsOf(row: LooseLine): number {
  const { kinds, texts } = row;
  let k = kinds[0] === 'number' && SERIAL.test(texts[0]!) && kinds[1] === 'label' ? 1 : 0;
  const start = k;
  while (k < kinds.length && kinds[k] === 'label' && !(k > start && isBareYear(texts[k]!))) k++;
  if (k === start) return 0;
  const rest = kinds.slice(k);
  const figures = rest.some((kind) => kind === 'number');
  return figures && rest.every((kind, n) => kind !== 'label' || isBareYear(texts[k + n]!)) ? k : 0;
}

const isHeaderLine = (row: LooseLine) => row.kinds.every((kind) => kind !== 'number');

/** The cells of the header lines over a body `width` wide with `labels` label columns, or null when they do not fit. */
function placeHeader(header: readonly LooseLine[], width: number): TextSpan[][][] | null {
  const empty = () => Array.from({ length: width }, (): TextSpan[] => []);
  const rightAligned = (row: LooseLine) => {
    const cells = empty();
    row.fields.forEach((f, k) => cells[width - row.fields.length + k]!.push(f));
    return cells;
  };
  if (header.some((row) => row.fields.length > width)) return null;
  if (header.length === 1) return [rightAligned(header[0]!)];
  const [top, bottom] = header as [LooseLine, LooseLine];
  if (top.fields.length === width) return [top.fields.map((f) => [f]), rightAligned(bottom)];
  // The label columns are those the lower line leaves to the upper one (their cells span both lines).
  const labelColumns = width - bottom.fields.length;
  const groups = top.fields.length - labelColumns;
  if (groups < 0) return null;
  // The groups' spans: by the leaves repeated under them (flat-headers.ts groupSpans), else equal; when neither
  // holds but a leaf recurs (two levels, spans unknown), the leaves head their columns alone.
  const leaves = bottom.texts.map((t) => t.replace(/\s+/g, ''));
  const spans =
    groups === 0
      ? []
      : (groupSpans(leaves, groups) ??
        (leaves.length % groups === 0 ? Array.from({ length: groups }, () => leaves.length / groups) : null));
  if (!spans && new Set(leaves).size === leaves.length) return null;
  const cells = empty();
  let column = labelColumns;
  top.fields.forEach((f, k) => {
    if (k < labelColumns) cells[k]!.push(f);
    else if (spans) {
      cells[column]!.push(f);
      column += spans[k - labelColumns]!;
    }
  });
  return [cells, rightAligned(bottom)];
}

export function findLooseTables(lines: readonly TextLine[], taken: ReadonlySet<number>): { table: RawTable; from: number; to: number }[] {
  const found: { table: RawTable; from: number; to: number }[] = [];
  const parsed = new Map<number, LooseLine | null>();
  const at = (i: number) => {
    if (i < 0 || i >= lines.length || taken.has(i)) return null;
    if (!parsed.has(i)) parsed.set(i, looseLine(lines[i]!));
    return parsed.get(i)!;
  };
  let floor = 0;
  let i = 0;
  while (i < lines.length) {
    const first = at(i);
    const labels = first && first.fields.length >= MIN_COLUMNS ? labelsOf(first) : 0;
    if (!first || labels === 0) {
      i++;
      continue;
    }
    const width = first.fields.length;
    const figures = width - labels;
    const body: TextSpan[][][] = [];
    let j = i;
    for (let row = at(j); row; row = at(++j)) {
      const n = labelsOf(row);
      if (row.fields.length === width && n === labels) body.push(row.fields.map((f) => [f]));
      else if (n === 1 && row.fields.length === 1 + figures && labels > 1) {
        // A totals row whose label spans the label columns (`合计` over the serial and the name).
        const cells = Array.from({ length: width }, (): TextSpan[] => []);
        cells[0]!.push(row.fields[0]!);
        row.fields.slice(1).forEach((f, k) => cells[labels + k]!.push(f));
        body.push(cells);
      } else break;
    }
    const header: LooseLine[] = [];
    for (let h = i - 1; h >= floor && header.length < MAX_HEADER_LINES; h--) {
      const row = at(h);
      if (!row || !isHeaderLine(row) || row.fields.length > width) break;
      header.unshift(row);
    }
    // Two header lines as wide as the body that are no merged header: only the lower one is the header.
    if (header.length === 2 && header[1]!.fields.length === width && header[0]!.fields.length !== width) header.shift();
    const head = header.length > 0 && body.length >= MIN_BODY_ROWS ? placeHeader(header, width) : null;
    if (!head) {
      i = Math.max(j, i + 1);
      continue;
    }
    const from = i - header.length;
    const rows: RawRow[] = [...head, ...body].map((cells, k) => ({ start: lines[from + k]!.start, end: lines[from + k]!.end, cells }));
    found.push({ table: { kind: 'aligned', start: lines[from]!.start, end: lines[j - 1]!.end, rows }, from, to: j });
    floor = j;
    i = j;
  }
  return found;
}
