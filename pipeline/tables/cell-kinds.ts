/**
 * What a cell holds, as the table detectors and the header analysis see it: nothing (empty, a dash), a
 * number (a numeral with at most a unit or a bound word around it), or words (a label or a header). A
 * year (`2009年`) is a label: it names a row or a column, it is not a figure.
 */
import { scanNumerals } from '../extract/numbers';

export type CellKind = 'blank' | 'number' | 'label';

/** Cells that stand for "no figure": dashes, slashes, 无, ellipses. */
const BLANK = /^[\s\u3000\-—－–―─~～/／\\…·.。无空]*$/;
/** A year or a year with a qualifier: a label of a row or a column. */
const YEAR = /^(?:19|20)\d\d(?:年(?:度|末|底|上半年|下半年)?)?$/;
/** Words a number cell may have around its numeral: a sign, bounds, a unit of a few characters (`个百分点`). */
const MAX_WORD_CHARS = 4;
const HAN = /[\u4e00-\u9fff]/g;

/** A year of the Republic of China calendar heading a column of a Taiwan report (`102年` → 2013). */
const ROC_YEAR = /^(?:民国|民國)?(\d{2,3})年(?:度)?$/;
const ROC_OFFSET = 1911;

export function rocYear(text: string): string | null {
  const m = ROC_YEAR.exec(text);
  const n = m ? Number(m[1]) : 0;
  return n >= 38 && n <= 150 ? String(n + ROC_OFFSET) : null;
}

export function cellKind(text: string): CellKind {
  const t = text.trim();
  if (BLANK.test(t)) return 'blank';
  if (YEAR.test(t) || rocYear(t)) return 'label';
  const numerals = scanNumerals(t);
  if (numerals.length !== 1 || numerals[0]!.kind !== 'arabic') return 'label';
  const rest = t.slice(0, numerals[0]!.start) + t.slice(numerals[0]!.end);
  if ((rest.match(HAN)?.length ?? 0) > MAX_WORD_CHARS) return 'label';
  return /[A-Za-z(（]/.test(rest) ? 'label' : 'number';
}

/** A bare four-digit number that reads as a year (`2085`): a label alone, a figure among figures. */
const BARE_YEAR = /^(?:19|20)\d\d$/;

/**
 * Kinds of the cells of a grid, rows of cell texts: a bare year-shaped number (`2085` 台件 checked, `1998`
 * batches) is a figure when both its row and its column hold other figures; alone it is a label, so a
 * header row of years (`2016 2017 2018`) and a column of years stay labels.
 */
export function gridKinds(texts: readonly (readonly string[])[]): CellKind[][] {
  const kinds = texts.map((row) => row.map(cellKind));
  const yearShaped = texts.map((row) => row.map((t) => BARE_YEAR.test(t.trim())));
  const rowHasFigure = kinds.map((row) => row.some((k) => k === 'number'));
  const columns = Math.max(0, ...texts.map((row) => row.length));
  const columnHasFigure = Array.from({ length: columns }, (_, c) => kinds.some((row) => row[c] === 'number'));
  return kinds.map((row, r) => row.map((kind, c) => (yearShaped[r]![c] && rowHasFigure[r] && columnHasFigure[c] ? 'number' : kind)));
}

/** Whether a cell reads as a bare year (`2085`): a figure only among figures (see gridKinds). */
export function isBareYear(text: string): boolean {
  return BARE_YEAR.test(text.trim());
}
