/**
 * Tables laid out in columns with spaces or tabs (as pasted from a spreadsheet, or as the clean stage
 * writes an HTML table: one row a line, cells between tabs). A tab separates two cells (two tabs in a row
 * leave an empty cell between them); elsewhere a run of two or more spaces, or an ideographic space, does.
 * A run of lines with two or more fields, each field short and no sentence punctuation, is a table when
 * at least two of its lines hold figures. A line with fewer fields places them by display position.
 */
import { cellKind } from './cell-kinds';
import { columnExtents, placeFields, type Field, type RawTable } from './raw-table';
import { displayWidth, trimmed, type TextLine } from '../text/text-lines';

/** A quick test: the line has something that can separate two cells. */
const MAY_SEPARATE = /\t|[ \u00a0\u3000]{2}|\S\u3000\S/;
const SEPARATOR = /\t|[ \u00a0\u3000]{2,}|\u3000/g;
/** Longest field of a table line: longer ones are prose. */
const MAX_FIELD = 40;
/** Sentence punctuation: a line with it is prose (a comma alone may end a cell's words). */
export const SENTENCE_END = /[。；;！？!?]|[，,].*[，,]/;
/** Lines a space-aligned table needs (a header and two rows); tab-separated cells are unambiguous. */
const MIN_SPACED_LINES = 3;
const MIN_TABBED_LINES = 2;

export const CAPTION = /^\s*(?:表\s*[\d一二三四五六七八九十]|(?:计量)?单位\s*[:：])/;

/**
 * Fields of a line, or null when it cannot be a table line. Inside a run of tab-separated rows, a row whose
 * only cell is its last (`\t\t\t(%)`, the units row under a header whose other cells have none) has lost its
 * tabs to the cleaning: its indentation still holds them.
 */
function lineFields(line: TextLine, inTabbedRun: boolean): Field[] | null {
  const text = line.text;
  const openedByTabs = inTabbedRun && !text.includes('\t') && text.trim() !== '' && line.leadingTabs > 0;
  if (!MAY_SEPARATE.test(text) && !openedByTabs) return null;
  const tabbed = text.includes('\t') || openedByTabs;
  // Thousands separators (`1,208`) are no clause commas; cells between tabs may hold any punctuation.
  if (!tabbed && SENTENCE_END.test(text.replace(/(\d)[,，](?=\d{3})/g, '$1'))) return null;
  const separator = tabbed ? /\t/g : SEPARATOR;
  const fields: Field[] = [];
  let from = 0;
  const push = (to: number) => {
    const span = trimmed(text, from, to);
    if (span.end - span.start > MAX_FIELD) return false;
    // Without tabs an empty field is only leading indentation.
    if (tabbed || span.end > span.start)
      fields.push({
        span: { start: line.start + span.start, end: line.start + span.end },
        x0: line.indent + displayWidth(text.slice(0, span.start)),
        x1: line.indent + displayWidth(text.slice(0, span.end)),
      });
    return true;
  };
  separator.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = separator.exec(text)) !== null) {
    if (!push(m.index)) return null;
    from = m.index + m[0].length;
  }
  if (!push(text.length)) return null;
  // Tabs the cleaning took from the start of the line opened empty cells (`\t合计\t165` under `序号\t产品`).
  if (tabbed)
    fields.unshift(...Array.from({ length: line.leadingTabs }, () => ({ span: { start: line.start, end: line.start }, x0: 0, x1: 0 })));
  // Empty edges of a tabbed line stay (an empty first cell under a spanning header), trailing ones go.
  while (tabbed && fields.length > 0 && fields[fields.length - 1]!.span.end === fields[fields.length - 1]!.span.start) fields.pop();
  return fields.length >= 2 ? fields : null;
}

export function findAlignedTables(lines: readonly TextLine[], taken: ReadonlySet<number>): { table: RawTable; from: number; to: number }[] {
  const found: { table: RawTable; from: number; to: number }[] = [];
  let i = 0;
  while (i < lines.length) {
    // A caption or unit line (`表1 …`, `单位：家`) opens no table; lines of tabs and lines of spaces do not mix.
    while (i < lines.length && !taken.has(i) && CAPTION.test(lines[i]!.text)) i++;
    const run: Field[][] = [];
    let j = i;
    while (j < lines.length && !taken.has(j)) {
      const inTabbedRun = j > i && lines[i]!.text.includes('\t');
      const fields =
        lineFields(lines[j]!, inTabbedRun) ??
        (j > i && !inTabbedRun && headerOnly(lines.slice(i, j), run) ? wrappedPiece(lines[j]!) : null);
      if (!fields || (j > i && isTabbed(lines[j]!) !== isTabbed(lines[i]!))) break;
      run.push(fields);
      j++;
    }
    const table = run.length > 0 ? tableOf(lines.slice(i, j), run) : null;
    if (table) {
      found.push({ table, from: i, to: j });
      i = j;
    } else i = Math.max(j, i + 1);
  }
  return found;
}

/** A row of cells between tabs (its tabs inside the line, or only before it: see lineFields). */
const isTabbed = (line: TextLine) =>
  line.text.includes('\t') || (line.text.trim() !== '' && !MAY_SEPARATE.test(line.text) && line.leadingTabs > 0);

/** Longest piece of a header cell a narrow column wrapped onto a line of its own. */
const MAX_WRAPPED_PIECE = 8;

/** Header lines a wrapped piece may follow. */
const MAX_HEADER_LINES = 2;

/** Whether the run so far is a header: a line or two of fields without a figure. */
function headerOnly(lines: readonly TextLine[], run: readonly Field[][]): boolean {
  if (run.length > MAX_HEADER_LINES || run[0]!.length < 2) return false;
  return run.every((fields, k) =>
    fields.every((f) => cellKind(lines[k]!.text.slice(f.span.start - lines[k]!.start, f.span.end - lines[k]!.start)) !== 'number'),
  );
}

/**
 * A header line that holds the rest of one cell a narrow column wrapped (`所得` under `没收违法`, indented to
 * its column): one short field without digits or sentence marks, indented, under a header line with fields.
 */
function wrappedPiece(line: TextLine): Field[] | null {
  const span = trimmed(line.text, 0, line.text.length);
  const text = line.text.slice(span.start, span.end);
  if (line.indent === 0 || text === '' || text.length > MAX_WRAPPED_PIECE || /[\d\s\u3000。，,；;：:]/.test(text)) return null;
  const x0 = line.indent + displayWidth(line.text.slice(0, span.start));
  return [{ span: { start: line.start + span.start, end: line.start + span.end }, x0, x1: x0 + displayWidth(text) }];
}

function tableOf(lines: readonly TextLine[], run: readonly Field[][]): RawTable | null {
  const tabbed = lines.every(isTabbed);
  if (run.length < (tabbed ? MIN_TABBED_LINES : MIN_SPACED_LINES)) return null;
  const text = (f: Field, line: TextLine) => line.text.slice(f.span.start - line.start, f.span.end - line.start);
  const withFigures = run.filter((fields, k) => fields.slice(1).some((f) => cellKind(text(f, lines[k]!)) === 'number')).length;
  if (withFigures < Math.min(2, run.length - 1)) return null;
  const columns = Math.max(...run.map((f) => f.length));
  const full = run.filter((f) => f.length === columns);
  // Most lines fill every column, or all but one (a group cell written once above them, `生产领域` over its products).
  if (!tabbed && run.filter((f) => f.length >= columns - 1).length * 2 < run.length) return null;
  const extents = columnExtents(full, columns);
  const rows = run.map((fields, k) => {
    const placed = tabbed
      ? fields.map((f) => [f.span])
      : fields.length === columns
        ? fields.map((f) => [f.span])
        : placeFields(fields, extents);
    while (placed.length < columns) placed.push([]);
    return { start: lines[k]!.start, end: lines[k]!.end, cells: placed.map((spans) => spans.filter((s) => s.end > s.start)) };
  });
  return { kind: 'aligned', start: lines[0]!.start, end: lines[lines.length - 1]!.end, rows };
}
