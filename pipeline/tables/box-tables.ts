/**
 * Text tables drawn with lines: box-drawing characters (`┌─┬┐ │ ├┼┤ └┴┘`, heavy and double kinds) or
 * ASCII (`+---+---+`, `|`), Markdown pipes (`|---|---|`) too. Rule lines separate rows; a cell wrapped
 * over several lines between two rule lines is one cell. Where rules separate only the header, each line
 * of the body is a row. A line with fewer cells than the table (a header spanning columns) places its
 * cells by the lines drawn: each junction of a rule (`┬` opens a column below, `┴` closes one, `┼ ├ ┤` go on)
 * says which columns a cell above or below it spans (box-grid.ts), so a page that collapsed the spaces padding
 * its cells still reads right; where the lines do not add up, by display position.
 */
import { columnExtents, placeFields, type Field, type RawRow, type RawTable } from './raw-table';
import { displayWidth, trimmed, type TextLine } from '../text/text-lines';
import { gridColumns } from './box-grid';
import { rowShifts } from './shifted-rows';
import type { TextSpan } from '../../core/document';

/**
 * Vertical lines, and the junctions a partial rule inside a row line meets them with (`│产品├───┤`); in ASCII a
 * `+` joined to a rule's dashes (`|      +----+-----+ (%) |`), never a plus sign of a figure.
 */
const BAR = /[│┃║|｜├┤┼┣┫╋╠╣╬╟╢╫╞╡╪]|\+(?=[-=])|(?<=[-=])\+/;
const BARS = new RegExp(BAR.source, 'g');
/** Any character a drawn table line has: lines without one are passed over at once. */
const ANY_DRAWN = /[│┃║|｜├┤┼┣┫╋╠╣╬╟╢╫╞╡╪─━═+-]/;
/** A field that is a piece of rule (under a header spanning the columns below it). */
const RULE_FIELD = /^[─━═\-=┬┴┳┻╦╩╤╧╥╨]+$/;
const RULE_CHAR = /[\s─━═\-=+┌┐└┘├┤┬┴┼╋┏┓┗┛┣┫┳┻╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫:│┃║|｜]/;
const DASH = /[─━═\-=]/g;
/** Rows a table drawn with bars only (no rule lines) needs. */
const MIN_BARE_ROWS = 3;

function isRuleLine(line: string): boolean {
  if ((line.match(DASH)?.length ?? 0) < 3) return false;
  for (const ch of line) if (!RULE_CHAR.test(ch)) return false;
  return true;
}

/** The fields between the bars of a row line, or null when it is no row line. */
function rowFields(line: TextLine): Field[] | null {
  const text = line.text;
  const bars: number[] = [];
  BARS.lastIndex = 0;
  for (let m = BARS.exec(text); m; m = BARS.exec(text)) bars.push(m.index);
  if (bars.length === 0) return null;
  const cuts = [...bars];
  // An unframed edge (`a | b | c`) still opens or closes a field.
  const first = trimmed(text, 0, bars[0]!);
  if (first.end > first.start) cuts.unshift(-1);
  const last = trimmed(text, bars[bars.length - 1]! + 1, text.length);
  if (last.end > last.start) cuts.push(text.length);
  if (cuts.length < 3) return null;
  const fields: Field[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k]! + 1;
    let span = trimmed(text, from, cuts[k + 1]!);
    if (RULE_FIELD.test(text.slice(span.start, span.end))) {
      partialRules.add(line);
      span = { start: span.start, end: span.start };
    }
    fields.push({
      span: { start: line.start + span.start, end: line.start + span.end },
      x0: line.indent + displayWidth(text.slice(0, from)),
      x1: line.indent + displayWidth(text.slice(0, cuts[k + 1]!)),
    });
  }
  return fields;
}

/**
 * A pipe row a scraper wrapped (an HTML header row whose long cells it broke onto lines of their own):
 * the row line closes its last cell with a bar, and each line after it that holds one cell closed by a bar
 * (`粉尘量 (分) |`, `总评 |`) is the next cell of the same row. The row's last line (mapped from its first)
 * gives the row's end.
 */
const wrapped = new WeakMap<TextLine, TextLine>();

/** Whether a row line closes its last cell with a bar, so that a cell on the next line may go on the row. */
const isWrapOpen = (text: string) => /[|｜]\s*$/.test(text);

/** The one cell of a line closed by a bar and holding no other bar, or null. */
function wrappedCell(line: TextLine): Field | null {
  const text = line.text;
  const m = /^(\s*)([^|｜│]+?)\s*[|｜]\s*$/.exec(text);
  if (!m) return null;
  const start = m[1]!.length;
  const end = start + m[2]!.length;
  return {
    span: { start: line.start + start, end: line.start + end },
    x0: line.indent + displayWidth(text.slice(0, start)),
    x1: line.indent + displayWidth(text.slice(0, end)),
  };
}

/** Row lines crossed by a partial rule: the row above the rule ends with them. */
const partialRules = new WeakSet<TextLine>();

interface Block {
  lines: { line: TextLine; fields: Field[] | null }[];
}

export function findBoxTables(lines: readonly TextLine[]): { table: RawTable; from: number; to: number }[] {
  const found: { table: RawTable; from: number; to: number }[] = [];
  let i = 0;
  while (i < lines.length) {
    const block: Block = { lines: [] };
    let j = i;
    for (; j < lines.length; j++) {
      const text = lines[j]!.text;
      if (!ANY_DRAWN.test(text)) break;
      if (isRuleLine(text)) block.lines.push({ line: lines[j]!, fields: null });
      else {
        const fields = rowFields(lines[j]!);
        const previous = block.lines[block.lines.length - 1];
        if (!fields && previous?.fields && isWrapOpen(previous.line.text)) {
          const piece = wrappedCell(lines[j]!);
          if (!piece) break;
          previous.fields.push(piece);
          wrapped.set(previous.line, lines[j]!);
          continue;
        }
        if (!fields) break;
        block.lines.push({ line: lines[j]!, fields });
      }
    }
    const table = j > i ? tableOf(block) : null;
    if (table) {
      found.push({ table, from: i, to: j });
      i = j;
    } else i = Math.max(j, i + 1);
  }
  return found;
}

/** Each field in the first column it spans (a spanning header: the header analysis spreads it to the rest). */
function placeAt(fields: readonly Field[], first: readonly number[], columns: number): TextSpan[][] {
  const cells: TextSpan[][] = Array.from({ length: columns }, () => []);
  fields.forEach((field, k) => cells[first[k]!]!.push(field.span));
  return cells;
}

function tableOf(block: Block): RawTable | null {
  const rowLines = block.lines.filter((l) => l.fields !== null);
  const rules = block.lines.length - rowLines.length;
  if (rowLines.length < 2) return null;
  if (rules === 0) {
    const counts = new Set(rowLines.map((l) => l.fields!.length));
    if (rowLines.length < MIN_BARE_ROWS || counts.size !== 1) return null;
  }
  // Row lines grouped by the rule lines between them.
  const segments: TextLine[][] = [];
  let current: TextLine[] = [];
  const fieldsOf = new Map<TextLine, Field[]>();
  for (const { line, fields } of block.lines) {
    if (fields === null) {
      if (current.length > 0) segments.push(current);
      current = [];
    } else {
      current.push(line);
      fieldsOf.set(line, fields);
    }
  }
  if (current.length > 0) segments.push(current);
  // Rules between body rows: each segment is a row. Rules under the header only: each body line is a row.
  const grouped: TextLine[][] =
    segments.length >= 3
      ? segments
      : segments.length === 2
        ? [segments[0]!, ...segments[1]!.map((l) => [l])]
        : segments[0]!.map((l) => [l]);
  // A partial rule closes the cells above it; the cells it does not cross go on (they span both rows).
  const groups = grouped.flatMap((group) => {
    const split: TextLine[][] = [[]];
    for (const line of group) {
      split[split.length - 1]!.push(line);
      if (partialRules.has(line)) split.push([]);
    }
    return split.filter((g) => g.length > 0);
  });
  const grid = gridColumns(block.lines);
  const columns = grid?.columns ?? Math.max(...rowLines.map((l) => l.fields!.length));
  const full = rowLines.filter((l) => l.fields!.length === columns).map((l) => l.fields!);
  const extents = grid ? [] : columnExtents(full, columns);
  const shiftOf = shiftedLines(groups, fieldsOf, columns, rules > 0);
  const rows: RawRow[] = groups.map((group) => {
    const cells: TextSpan[][] = Array.from({ length: columns }, () => []);
    for (const line of group) {
      const fields = fieldsOf.get(line)!;
      const first = grid?.firstColumns.get(line);
      const shift = shiftOf.get(line) ?? 0;
      const placed =
        shift > 0
          ? [...fields.slice(columns - shift).map(() => []), ...fields.slice(0, columns - shift).map((f) => [f.span])]
          : first
            ? placeAt(fields, first, columns)
            : fields.length === columns
              ? fields.map((f) => [f.span])
              : placeFields(fields, extents);
      placed.forEach((spans, c) => cells[c]!.push(...spans.filter((s) => s.end > s.start)));
    }
    const lastLine = group[group.length - 1]!;
    return { start: group[0]!.start, end: (wrapped.get(lastLine) ?? lastLine).end, cells };
  });
  const first = block.lines[0]!.line;
  const lastLine = block.lines[block.lines.length - 1]!.line;
  const last = wrapped.get(lastLine) ?? lastLine;
  return { kind: 'box', start: first.start, end: last.end, rows };
}

/**
 * Lines whose cells a scraper moved left by leaving out the cells spanning them from above, and how far
 * (shifted-rows.ts): read only in a table of bare pipe rows (no rule lines that could draw the spanning cells),
 * each row one line as wide as the table.
 */
function shiftedLines(
  groups: readonly TextLine[][],
  fieldsOf: ReadonlyMap<TextLine, Field[]>,
  columns: number,
  ruled: boolean,
): Map<TextLine, number> {
  const shifts = new Map<TextLine, number>();
  if (ruled || groups.some((group) => group.length !== 1 || fieldsOf.get(group[0]!)!.length !== columns)) return shifts;
  const lines = groups.map((group) => group[0]!);
  const texts = lines.map((line) => fieldsOf.get(line)!.map((f) => line.text.slice(f.span.start - line.start, f.span.end - line.start)));
  rowShifts({ rows: texts }).forEach((shift, r) => {
    if (shift > 0) shifts.set(lines[r]!, shift);
  });
  return shifts;
}
