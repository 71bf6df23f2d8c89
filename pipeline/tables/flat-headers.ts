/**
 * The header of a table flattened one cell a line when it has more lines than the table has columns:
 * a row of units under it, cells wrapped over lines, or a top row spanning columns over a row that splits
 * them (dictionaries/tables/flat-headers.json says how each reads). The reading is the header's rows, each
 * a cell per column holding the indices of its lines; a spanning cell sits at the first of its columns
 * and leaves the others empty, as the other detectors place a merged cell.
 */
import type { Dictionaries } from '../../core/dictionaries';

export const FLAT_HEADERS_FILE = 'tables/flat-headers.json';

export type FlatHeaderRuleId =
  'flat-header.unit-row' | 'flat-header.wrapped-cells' | 'flat-header.spanning-row' | 'flat-header.grouped-row' | 'flat-header.split-row';

export interface FlatHeaderExample {
  lines: string[];
  width: number;
  headers?: string[];
  why?: string;
}

export interface FlatHeaderRule {
  id: FlatHeaderRuleId;
  description: string;
  examples: FlatHeaderExample[];
  negative?: FlatHeaderExample[];
}

/** How a scraped table's cells are closed by a border mark (`398 |`) and its rows parted (`||||`). */
export interface CellBorder {
  /** A cell's closing mark with the spaces around it, at the end of its line. */
  closing: RegExp;
  /** A line of two marks or more: it parts rows. */
  separator: RegExp;
}

export interface CellBorderExample {
  lines: string[];
  width: number;
  headers: string[];
}

/** An example of a table flattened column by column: its lines, and the rows read from them (cells as written). */
export interface ColumnFlattenedExample {
  lines: string[];
  rows?: string[][];
  why?: string;
}

/** How a table flattened column by column reads (flat-headers.json columnFlattened, pipeline/tables/column-tables.ts). */
export interface ColumnFlattened {
  /** The corner cell: a word naming what the row labels are (`指标`, `设备种类`). */
  cornerHeader: RegExp;
  /** A row label's unit after a colon (`锅炉：万台`): the only sentence mark such a cell line holds. */
  labelUnit: RegExp;
  examples: readonly ColumnFlattenedExample[];
  negative: readonly ColumnFlattenedExample[];
}

/**
 * How a table on its side flattened row by row with no header row reads (flat-headers.json headlessRows,
 * pipeline/tables/headless-rows.ts): each row a label naming a measure, then as many figures as every other row.
 */
export interface HeadlessRows {
  /** A row label naming a measure (`抽样数量`, `合格率(%)`): the rows of such a table say what their figures are. */
  measureLabel: RegExp;
  /** Fewest rows and fewest figures a row. */
  minRows: number;
  minValues: number;
  examples: readonly ColumnFlattenedExample[];
  negative: readonly ColumnFlattenedExample[];
}

export interface FlatHeaderShapes {
  cellBorder: CellBorder;
  columnFlattened: ColumnFlattened;
  headlessRows: HeadlessRows;
  cellBorderExamples: readonly CellBorderExample[];
  unitLine: RegExp;
  wholeHeader: RegExp;
  groupHeader: RegExp;
  /** The header of a label column of years (`年度`): its bare years (`2019`, ROC `106`) name rows, not figures. */
  yearColumnHeader: RegExp;
  maxPiece: number;
  rules: readonly FlatHeaderRule[];
}

interface FlatHeadersFile {
  cellBorder: { closing: string; examples: CellBorderExample[] };
  columnFlattened: { cornerHeader: string; labelUnit: string; examples: ColumnFlattenedExample[]; negative: ColumnFlattenedExample[] };
  headlessRows: {
    measureLabel: string;
    minRows: number;
    minValues: number;
    examples: ColumnFlattenedExample[];
    negative: ColumnFlattenedExample[];
  };
  unitLine: string;
  wholeHeader: string;
  groupHeader: string;
  yearColumnHeader: string;
  maxPiece: number;
  rules: FlatHeaderRule[];
}

const RULE_IDS: readonly FlatHeaderRuleId[] = [
  'flat-header.unit-row',
  'flat-header.wrapped-cells',
  'flat-header.spanning-row',
  'flat-header.grouped-row',
  'flat-header.split-row',
];

export function loadFlatHeaderShapes(dictionaries: Dictionaries): FlatHeaderShapes {
  return dictionaries.parseOnce(
    FLAT_HEADERS_FILE,
    (text) => {
      const file = JSON.parse(text) as FlatHeadersFile;
      for (const id of RULE_IDS)
        if (!file.rules.some((rule) => rule.id === id)) throw new Error(`${FLAT_HEADERS_FILE}: rule ${id} is missing`);
      const space = '[\\s\\u3000\\u00a0]*';
      const mark = file.cellBorder.closing;
      return {
        cellBorder: {
          closing: new RegExp(`${space}${mark}${space}$`),
          separator: new RegExp(`^${space}${mark}(?:${space}${mark})+${space}$`),
        },
        cellBorderExamples: file.cellBorder.examples,
        columnFlattened: {
          cornerHeader: new RegExp(file.columnFlattened.cornerHeader),
          labelUnit: new RegExp(file.columnFlattened.labelUnit),
          examples: file.columnFlattened.examples,
          negative: file.columnFlattened.negative,
        },
        headlessRows: { ...file.headlessRows, measureLabel: new RegExp(file.headlessRows.measureLabel) },
        unitLine: new RegExp(file.unitLine),
        wholeHeader: new RegExp(file.wholeHeader),
        groupHeader: new RegExp(file.groupHeader),
        yearColumnHeader: new RegExp(file.yearColumnHeader),
        maxPiece: file.maxPiece,
        rules: file.rules,
      };
    },
    'compiled',
  );
}

/** Header rows, each a cell per column holding the indices of the lines it is made of. */
export type HeaderRows = number[][][];

export interface HeaderReadingInput {
  /** The header's lines, in the order the flattening left them. */
  pieces: readonly string[];
  /** Columns of the table. */
  width: number;
  /** Columns naming each row (a label, a serial number before it): their headers span the header's rows. */
  labels: number;
  shapes: FlatHeaderShapes;
}

/** How a header with more lines than columns reads, with the rule that read it, or null when none does. */
export function readFlatHeader(input: HeaderReadingInput): { rule: FlatHeaderRuleId; rows: HeaderRows } | null {
  const { pieces, width, labels, shapes } = input;
  if (pieces.length <= width || pieces.some((p) => p.trim().length > shapes.maxPiece || /\d/.test(withoutBrackets(p)))) return null;
  const unitRow = readUnitRow(input);
  if (unitRow) return { rule: 'flat-header.unit-row', rows: unitRow };
  // Spanning before wrapped: its evidence (top cells that group columns, as many columns under each,
  // whole headers under them) is stronger than lines that do not end like a header.
  const spanning = labels > 0 && labels < width ? readSpanningRow(input) : null;
  if (spanning) return { rule: 'flat-header.spanning-row', rows: spanning };
  const grouped = labels > 0 && labels < width ? readGroupedRow(input) : null;
  if (grouped) return { rule: 'flat-header.grouped-row', rows: grouped };
  // Split before wrapped: a second row of whole endings under every figure column is a row, not cells.
  const split = readSplitRow(input);
  if (split) return { rule: 'flat-header.split-row', rows: split };
  const wrapped = readWrappedCells(input);
  return wrapped ? { rule: 'flat-header.wrapped-cells', rows: wrapped } : null;
}

/** A year may head a column (`2019年`); other digits outside brackets mean a caption or a note. */
function withoutBrackets(piece: string): string {
  return piece.replace(/[(（][^()（）]*[)）]/g, '').replace(/(?:19|20)\d\d年?/g, '');
}

/** `width` header cells, then a unit line under each figure column. */
function readUnitRow({ pieces, width, labels, shapes }: HeaderReadingInput): HeaderRows | null {
  const figures = width - labels;
  if (labels < 1 || pieces.length !== width + figures) return null;
  const units = pieces.slice(width);
  if (!units.every((u) => shapes.unitLine.test(u)) || pieces.slice(0, width).some((p) => shapes.unitLine.test(p))) return null;
  const top = pieces.slice(0, width).map((_, c) => [c]);
  const bottom = Array.from({ length: width }, (_, c) => (c < labels ? [] : [width + c - labels]));
  return [top, bottom];
}

/**
 * `width` header cells whose words a narrow column broke over two rows, then the second row under each figure
 * column (`抽检` / `批次数`, `合格率` / `(%)`): every line of the second row ends like a header, one at least is
 * words (a row of units alone is readUnitRow's), and no top line states a unit (`数(起)` over `结案数` is a cell
 * wrapped, which readWrappedCells reads); most tops do not end like a header (they are halves), else the top
 * row is whole headers, or a caption and a header (`结果汇总`, `县区` over `批次`, `合格率(%)`).
 */
function readSplitRow({ pieces, width, labels, shapes }: HeaderReadingInput): HeaderRows | null {
  const figures = width - labels;
  if (labels < 1 || pieces.length !== width + figures) return null;
  const tops = pieces.slice(labels, width);
  const bottoms = pieces.slice(width);
  if (!bottoms.every((b) => shapes.wholeHeader.test(b)) || bottoms.every((b) => shapes.unitLine.test(b))) return null;
  if (tops.some((t) => shapes.unitLine.test(t) || /[)）%％‰]\s*$/.test(t))) return null;
  if (2 * tops.filter((t) => !shapes.wholeHeader.test(t)).length <= tops.length) return null;
  const top = pieces.slice(0, width).map((_, c) => [c]);
  const bottom = Array.from({ length: width }, (_, c) => (c < labels ? [] : [width + c - labels]));
  return [top, bottom];
}

/**
 * Lines joined into cells: the label columns' headers are a line each (`序号`, `抽查执行环节`); after them a
 * line that does not end like a header opens or continues a cell, one that does closes it, and a unit
 * alone joins the cell before it. The cells must be exactly as many as the columns (lines joined to a
 * label column's header would be a caption above the table, so none are).
 */
function readWrappedCells({ pieces, width, labels, shapes }: HeaderReadingInput): HeaderRows | null {
  const cells: number[][] = Array.from({ length: labels }, (_, c) => [c]);
  let open: number[] = [];
  for (let i = labels; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (shapes.unitLine.test(piece) && open.length === 0 && cells.length > labels) {
      cells[cells.length - 1]!.push(i);
      continue;
    }
    open.push(i);
    if (shapes.wholeHeader.test(piece)) {
      cells.push(open);
      open = [];
    }
  }
  return open.length === 0 && cells.length === width ? [cells] : null;
}

/**
 * The label columns' headers, then top cells each spanning the same number of figure columns, then the
 * row splitting them: each top cell reads as a group of columns (a year, a period, an activity), each cell
 * under them as a whole header.
 */
function readSpanningRow({ pieces, width, labels, shapes }: HeaderReadingInput): HeaderRows | null {
  const figures = width - labels;
  const spanning = pieces.length - figures - labels;
  if (spanning < 1 || spanning >= figures || figures % spanning !== 0) return null;
  const tops = pieces.slice(labels, labels + spanning);
  const splitting = pieces.slice(labels + spanning);
  if (!tops.every((t) => shapes.groupHeader.test(t)) || !splitting.every((b) => shapes.wholeHeader.test(b))) return null;
  const span = figures / spanning;
  const top = Array.from({ length: width }, (_, c) => (c < labels ? [c] : (c - labels) % span === 0 ? [labels + (c - labels) / span] : []));
  const bottom = Array.from({ length: width }, (_, c) => (c < labels ? [] : [labels + spanning + c - labels]));
  return [top, bottom];
}

/**
 * The label columns' headers, then group cells spanning unequal numbers of figure columns (`市场检查` over
 * `件数`, `不合格件数`; a third group over five measures), then the leaves. The data rows fix how many leaves
 * there are; the spans are decided by the leaves themselves: a run of leaves repeated under consecutive groups
 * (`件数`, `不合格件数` twice) gives one group each, and the groups left over take the leaves before and after
 * the run, one group a side. When no such split is consistent but a leaf name recurs (so the header has two
 * levels), the leaves head their columns alone: a figure named by its leaf is better than none.
 */
function readGroupedRow({ pieces, width, labels, shapes }: HeaderReadingInput): HeaderRows | null {
  const figures = width - labels;
  const groups = pieces.length - figures - labels;
  if (groups < 1 || groups >= figures) return null;
  const tops = pieces.slice(labels, labels + groups);
  const leaves = pieces.slice(labels + groups).map((p) => p.replace(/\s+/g, ''));
  if (tops.some((t) => shapes.unitLine.test(t)) || leaves.some((l) => shapes.unitLine.test(l))) return null;
  if (new Set(leaves).size === leaves.length) return null;
  const spans = groupSpans(leaves, groups);
  const bottom = Array.from({ length: width }, (_, c) => (c < labels ? [] : [labels + groups + c - labels]));
  if (!spans) return [Array.from({ length: width }, (_, c) => (c < labels ? [c] : [])), bottom];
  const top: number[][] = Array.from({ length: width }, (_, c) => (c < labels ? [c] : []));
  let column = labels;
  spans.forEach((span, g) => {
    top[column] = [labels + g];
    column += span;
  });
  return [top, bottom];
}

/**
 * How many leaves each of `groups` groups spans, by the longest run of a leaf pattern repeated back to back
 * (two times at least), the groups not in the run taking the leaves before and after it; null when no run
 * leaves exactly as many groups as sides with leaves.
 */
export function groupSpans(leaves: readonly string[], groups: number): number[] | null {
  let best: number[] | null = null;
  let covered = 0;
  for (let size = 1; 2 * size <= leaves.length; size++) {
    for (let start = 0; start + 2 * size <= leaves.length; start++) {
      let repeats = 1;
      while (start + (repeats + 1) * size <= leaves.length && sameRun(leaves, start, start + repeats * size, size)) repeats++;
      if (repeats < 2) continue;
      const before = start;
      const after = leaves.length - start - repeats * size;
      const sides = (before > 0 ? 1 : 0) + (after > 0 ? 1 : 0);
      if (repeats + sides !== groups || repeats * size <= covered) continue;
      covered = repeats * size;
      best = [...(before > 0 ? [before] : []), ...Array.from({ length: repeats }, () => size), ...(after > 0 ? [after] : [])];
    }
  }
  return best;
}

function sameRun(leaves: readonly string[], a: number, b: number, size: number): boolean {
  for (let k = 0; k < size; k++) if (leaves[a + k] !== leaves[b + k]) return false;
  return true;
}
