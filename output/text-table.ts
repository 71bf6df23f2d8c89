/**
 * Aligned plain-text tables for a terminal: Chinese characters take two columns, so widths are counted
 * in display columns, not characters.
 */

// East Asian Wide and Fullwidth ranges (Unicode UAX #11), the ones Chinese text and its punctuation use.
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

function charWidth(codePoint: number): number {
  // Combining marks, zero-width spaces and joiners, variation selectors take no column.
  if (
    (codePoint >= 0x300 && codePoint <= 0x36f) ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f)
  )
    return 0;
  for (const [lo, hi] of WIDE) {
    if (codePoint < lo) return 1;
    if (codePoint <= hi) return 2;
  }
  return 1;
}

/** Columns the text takes on a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0)!);
  return width;
}

/** The text cut to at most `max` columns, ending in … when cut. */
export function truncateToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0)!);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return out + '…';
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

export interface TableOptions {
  /** Longest cell in display columns; longer ones are cut (default 40). */
  maxCellWidth?: number;
  /** Columns aligned to the right (numbers). */
  rightAligned?: readonly boolean[];
  /**
   * Display columns the whole line may take (the terminal's width). The widest columns are narrowed first,
   * none below MIN_COLUMN_WIDTH; columns that still do not fit are left out, and a last line names them.
   */
  width?: number;
}

/** Narrowest a column is cut to when fitting a table to the terminal. */
const MIN_COLUMN_WIDTH = 6;
const GAP = 2;

/** Header, a rule, then the rows, columns two spaces apart; line breaks and tabs inside cells become spaces. */
export function formatTable(columns: readonly string[], rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const max = options.maxCellWidth ?? 40;
  const flat = rows.map((row) => row.map((cell) => cell.replace(/[\t\r\n]+/g, ' ')));
  const natural = columns.map((name, c) => Math.max(displayWidth(name), ...flat.map((row) => Math.min(max, displayWidth(row[c] ?? '')))));
  const { widths, shown } = fitWidths(natural, columns, options.width);
  const line = (row: readonly string[]) =>
    shown
      .map((c) => pad(truncateToWidth(row[c] ?? '', widths[c]!), widths[c]!, options.rightAligned?.[c] ?? false))
      .join(' '.repeat(GAP))
      .trimEnd();
  const lines = [line(columns), line(widths.map((w) => '-'.repeat(w))), ...flat.map(line)];
  const hidden = columns.filter((_, c) => !shown.includes(c));
  if (hidden.length) lines.push(`(${hidden.length} more columns do not fit the terminal: ${hidden.join(', ')}; choose with --columns)`);
  return lines.join('\n') + '\n';
}

/** Column widths that fit `width` (narrowing the widest first) and the columns shown, in order. */
function fitWidths(
  natural: readonly number[],
  columns: readonly string[],
  width: number | undefined,
): { widths: number[]; shown: number[] } {
  const widths = [...natural];
  let shown = columns.map((_, c) => c);
  if (width === undefined) return { widths, shown };
  const total = () => shown.reduce((sum, c) => sum + widths[c]!, 0) + GAP * (shown.length - 1);
  const floor = (c: number) => Math.min(natural[c]!, Math.max(MIN_COLUMN_WIDTH, displayWidth(columns[c]!)));
  while (total() > width) {
    const widest = shown.filter((c) => widths[c]! > floor(c)).sort((a, b) => widths[b]! - widths[a]!)[0];
    if (widest === undefined) {
      if (shown.length <= 1) break;
      shown = shown.slice(0, -1);
      continue;
    }
    // Down by the excess, but not below the next widest column, so that wide columns share the cut.
    const next = Math.max(0, ...shown.filter((c) => c !== widest).map((c) => widths[c]!));
    const target = Math.max(widths[widest]! - (total() - width), next);
    widths[widest] = Math.max(floor(widest), Math.min(widths[widest]! - 1, target));
  }
  return { widths, shown };
}
