/**
 * Tables a scraper wrote one row a line with single spaces between the cells, under a header line of short
 * column names (`企业名称 产品名称 规格 生产日期 不合格项目`), whose rows mix words and figures in any order: a
 * label may follow the figures (the failed items, a date), which the loose reader (loose-tables.ts) does not
 * take. The header line fixes the columns: a row with as many fields is read cell by cell. A specification
 * cell holding two figures with their units (`46%(v/v) 500mL`, `12%vol 750mL`) splits into two fields at its
 * space: when most rows have one field more than the header and the extra field always stands beside a figure
 * in the same place, that header spans both (as a merged cell does), and each figure is a fact of its column.
 * Rows of another width (a cell left empty, two cells run together) are left to the sentence reading.
 */
import type { TextSpan } from '../../core/document';
import { cellKind, type CellKind } from './cell-kinds';
import type { RawRow, RawTable } from './raw-table';
import { spacedFields, type TextLine } from '../text/text-lines';

/** Header fields: short column names, no digits. */
const MIN_HEADER_FIELDS = 4;
const MAX_HEADER_FIELD = 10;
/** Longest body field (a company's full name). */
const MAX_FIELD = 30;
/** Body rows read cell by cell a table needs. */
const MIN_ROWS = 3;
/** Sentence marks no table line holds (a list of items between commas may fill a cell). */
const PROSE = /[。；;！？!?：:]/;

interface Split {
  fields: TextSpan[];
  kinds: CellKind[];
}

function split(line: TextLine): Split | null {
  const text = line.text;
  if (PROSE.test(text)) return null;
  const fields = spacedFields(line);
  if (fields.some((f) => f.end - f.start > MAX_FIELD)) return null;
  return { fields, kinds: fields.map((f) => cellKind(text.slice(f.start - line.start, f.end - line.start))) };
}

function isHeader(line: TextLine, s: Split): boolean {
  return (
    s.fields.length >= MIN_HEADER_FIELDS &&
    s.fields.every((f) => f.end - f.start <= MAX_HEADER_FIELD && !/\d/.test(line.text.slice(f.start - line.start, f.end - line.start)))
  );
}

/**
 * The column a header name spans two of in rows one field wider than the header: the first of two figure fields
 * side by side at the same place in every such row, or -1.
 */
function spannedColumn(rows: readonly Split[], width: number): number {
  const wide = rows.filter((r) => r.fields.length === width + 1);
  for (let c = 0; c < width; c++) if (wide.every((r) => r.kinds[c] === 'number' && r.kinds[c + 1] === 'number')) return c;
  return -1;
}

export function findKeyedTables(lines: readonly TextLine[], taken: ReadonlySet<number>): { table: RawTable; from: number; to: number }[] {
  const found: { table: RawTable; from: number; to: number }[] = [];
  let i = 0;
  while (i < lines.length) {
    const head = taken.has(i) ? null : split(lines[i]!);
    if (!head || !isHeader(lines[i]!, head)) {
      i++;
      continue;
    }
    const width = head.fields.length;
    // The run of row lines under the header: about as wide as it, each with a figure.
    const body: { index: number; s: Split }[] = [];
    let j = i + 1;
    for (; j < lines.length && !taken.has(j); j++) {
      const s = split(lines[j]!);
      if (!s || s.fields.length < width - 1 || s.fields.length > width + 1) break;
      body.push({ index: j, s });
    }
    const wide = body.filter((b) => b.s.fields.length === width + 1).length;
    const even = body.filter((b) => b.s.fields.length === width).length;
    const spanned =
      wide > even
        ? spannedColumn(
            body.map((b) => b.s),
            width,
          )
        : -1;
    const columns = spanned >= 0 ? width + 1 : width;
    const read = body.filter((b) => b.s.fields.length === columns);
    const withFigures = read.filter((b) => b.s.kinds.includes('number')).length;
    if (withFigures < MIN_ROWS || read.length * 2 < body.length) {
      i = Math.max(i + 1, j);
      continue;
    }
    const headCells: TextSpan[][] = Array.from({ length: columns }, () => []);
    // The spanning name heads both its columns.
    head.fields.forEach((f, k) => headCells[spanned >= 0 && k > spanned ? k + 1 : k]!.push(f));
    if (spanned >= 0) headCells[spanned + 1]!.push(head.fields[spanned]!);
    const rows: RawRow[] = [
      { start: lines[i]!.start, end: lines[i]!.end, cells: headCells },
      ...read.map((b) => ({ start: lines[b.index]!.start, end: lines[b.index]!.end, cells: b.s.fields.map((f) => [f]) })),
    ];
    found.push({ table: { kind: 'aligned', start: lines[i]!.start, end: lines[j - 1]!.end, rows }, from: i, to: j });
    i = j;
  }
  return found;
}
