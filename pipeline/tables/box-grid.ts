/**
 * The columns of a box-drawn table read from its lines, not from where they stand: pages often collapse the
 * spaces that padded each cell to its column's width (`│ 抽查结果│ 大型企业 │` over `│ │总│ 其中 │`), so display
 * positions no longer line up, while the drawing still says how columns split and join. Every vertical line is
 * followed down the table: a junction that reaches up (`│ ├ ┤ ┼ ┴ ┘`) goes on with the next line coming down from
 * the line above, one that only reaches down (`┬ ┌ ┐`) opens a new one, and one that does not reach down (`┴ └ ┘`)
 * ends it. The table's columns are then the stretches between the vertical lines any row of cells is parted by,
 * in their left-to-right order, and each cell spans the columns between its own two lines. Where the junctions
 * do not match the lines above (a rule drawn shorter, a bar typed inside a cell, an unframed row), null: the
 * table is read by display position.
 */
import type { Field } from './raw-table';
import type { TextLine } from '../text/text-lines';

/** Junctions reaching both up and down (vertical bars and crossings); `+` only on a rule line. */
const THROUGH = /[│┃║|｜├┤┼┣┫╋╠╣╬╟╢╫╞╡╪]/;
/** Junctions reaching down only: a column opens under them. */
const DOWN = /[┬┳╦╤╥┌┐┏┓╔╗╒╕╓╖]/;
/** Junctions reaching up only: a column closes on them. */
const UP = /[┴┻╩╧╨└┘┗┛╚╝╘╛╙╜]/;

interface Junction {
  up: boolean;
  down: boolean;
  /** A bar parting two cells of a row line (what its fields are cut at). */
  bar: boolean;
}

function junctions(text: string, rule: boolean): Junction[] {
  const out: Junction[] = [];
  const chars = [...text];
  for (const [k, ch] of chars.entries()) {
    // In a row line an ASCII `+` joins a partial rule (`|   +----+----+ (%) |`) only next to its dashes; whether
    // it opens a column there or goes on from above it does not say, so it is taken to go on (a table it opens a
    // column in does not add up and is read by position).
    const plus = ch === '+' && (rule || /[-=]/.test(chars[k - 1] ?? '') || /[-=]/.test(chars[k + 1] ?? ''));
    if (THROUGH.test(ch) || plus) out.push({ up: true, down: true, bar: !rule });
    else if (DOWN.test(ch)) out.push({ up: false, down: true, bar: false });
    else if (UP.test(ch)) out.push({ up: true, down: false, bar: false });
  }
  return out;
}

export interface GridColumns {
  columns: number;
  /** For each row line, the first column each of its fields spans. */
  firstColumns: Map<TextLine, number[]>;
}

export function gridColumns(lines: readonly { line: TextLine; fields: readonly Field[] | null }[]): GridColumns | null {
  // The vertical lines by id, in left-to-right order (a new one goes right after its left neighbour).
  const order: number[] = [];
  let open: number[] = [];
  let next = 0;
  const barsOf = new Map<TextLine, { bars: number[]; fields: number }>();
  for (const [n, { line, fields }] of lines.entries()) {
    let p = 0;
    let left: number | null = null;
    const below: number[] = [];
    const bars: number[] = [];
    for (const j of junctions(line.text, fields === null)) {
      let id: number;
      if (j.up && open.length > 0) {
        if (p >= open.length) return null;
        id = open[p++]!;
      } else {
        id = next++;
        order.splice(left === null ? (open[p] !== undefined ? order.indexOf(open[p]!) : order.length) : order.indexOf(left) + 1, 0, id);
      }
      if (j.down) below.push(id);
      if (j.bar) bars.push(id);
      left = id;
    }
    // A page cut off inside the table leaves its last row short (`│ │ 某市 │8 │ 22`): its cells are those it has.
    // (it ends inside a cell: a last row that closes with a bar but has fewer bars is drawn so, and read by position)
    const cut = n === lines.length - 1 && fields !== null && p > 0 && !THROUGH.test(line.text.trimEnd().slice(-1));
    if (open.length > 0 && p !== open.length && !cut) return null;
    if (fields) {
      if (bars.length !== fields.length + 1 && !(cut && bars.length === fields.length)) return null;
      barsOf.set(line, { bars, fields: fields.length });
    }
    open = below;
  }
  const parting = new Set([...barsOf.values()].flatMap((l) => l.bars));
  const edges = order.filter((id) => parting.has(id));
  const column = new Map(edges.map((id, k) => [id, k]));
  const firstColumns = new Map<TextLine, number[]>();
  for (const [line, { bars, fields }] of barsOf) {
    const first = bars.slice(0, fields).map((id) => column.get(id)!);
    // A cell spans at least one column: its two lines must be in order.
    if (bars.some((id, k) => k > 0 && column.get(id)! <= column.get(bars[k - 1]!)!)) return null;
    firstColumns.set(line, first);
  }
  return { columns: edges.length - 1, firstColumns };
}
