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
}

/** Header, a rule, then the rows, columns two spaces apart; line breaks and tabs inside cells become spaces. */
export function formatTable(columns: readonly string[], rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const max = options.maxCellWidth ?? 40;
  const cells = rows.map((row) => row.map((cell) => truncateToWidth(cell.replace(/[\t\r\n]+/g, ' '), max)));
  const widths = columns.map((name, c) => Math.max(displayWidth(name), ...cells.map((row) => displayWidth(row[c] ?? ''))));
  const line = (row: readonly string[]) =>
    row
      .map((cell, c) => pad(cell, widths[c]!, options.rightAligned?.[c] ?? false))
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}
