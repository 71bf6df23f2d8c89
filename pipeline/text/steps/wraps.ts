import type { NormaliseRules } from '../normalise-rules';
import { TextRewriter } from '../../../core/rewriter';
import { isHorizontalSpace } from '../char-classes';
import { unchanged, type StepResult } from './step';

/**
 * Joins lines that a page or an OCR run broke at a fixed width (`罚没⏎款32万元`, `16.7万⏎公斤`), so that
 * sentences, words and numbers are whole again; the offset map keeps every character's place in the raw
 * text. A text is hard-wrapped when many of its lines share one length (the wrap width, give or take
 * `tolerance` for a Latin word or a wide mark); a line break is a wrap when the line before it has that
 * length and does not end a sentence (sidesJoin). Headings and paragraph ends are shorter lines, so they stay.
 * A text wrapped at a varying width is found by its lines instead (raggedWrapLength).
 */
export function joinWrappedLines(text: string, rules: NormaliseRules): StepResult {
  const { minWidth, minDisplayWidth, minLines, tolerance, share } = rules.wraps;
  if (text.indexOf('\n') < 0) return unchanged(text);
  const lines = lineSpans(text);
  // A page may wrap at a number of characters, or at a width on screen where a digit or Latin letter takes
  // half a character's room (`培训系统内人员⏎710人次` after a line full of figures): either width found counts.
  // Screen widths are read only from long lines, as short ones (a title, a heading) share lengths by chance.
  // Rows of a table laid out with spaces share a screen width too: lines with a gap of columns are not read so.
  const measures = [
    { measure: codePointLength, least: minWidth },
    { measure: proseDisplayLength, least: minDisplayWidth },
  ]
    .map(({ measure, least }) => ({ measure, least, width: wrapWidth(text, lines, { minWidth: least, minLines, share }, measure) }))
    .filter((m) => m.width > 0);
  const shortest = measures.length === 0 ? raggedWrapLength(text, lines, rules.wraps) : 0;
  if (measures.length === 0 && shortest === 0) return unchanged(text);
  // A line of a wrap width runs on; in a ragged text, any line at least `shortest` long.
  const wrapsAt = (start: number, end: number) =>
    measures.length > 0
      ? measures.some(({ measure, least, width }) => {
          const length = measure(text, start, end);
          return Math.abs(length - width) <= tolerance && length >= least;
        })
      : codePointLength(text, start, end) >= shortest;
  let rewriter: TextRewriter | null = null;
  for (let k = 0; k + 1 < lines.length; k++) {
    const [start, end] = lines[k]!;
    if (!wrapsAt(start, end)) continue;
    if (isTableRow(text.slice(start, end))) continue; // a text table's row, never cut prose
    const next = lines[k + 1]![0];
    if (!sidesJoin(text, end, next, rules.wraps)) continue;
    rewriter ??= new TextRewriter(text);
    rewriter.drop(end, next);
  }
  return rewriter ? rewriter.finish() : unchanged(text);
}

/** [start, end) of each line, without its line break and trailing spaces. */
function lineSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (;;) {
    const at = text.indexOf('\n', start);
    const stop = at < 0 ? text.length : at;
    let end = stop;
    while (end > start && (text[end - 1] === '\r' || isHorizontalSpace(text.charCodeAt(end - 1)))) end--;
    spans.push([start, end]);
    if (at < 0) return spans;
    start = at + 1;
  }
}

/** How a line's length is measured. */
type LineMeasure = (text: string, start: number, end: number) => number;

/** The room a line takes on screen, in characters: a half-width (ASCII) digit, letter or mark takes half, rounded. */
function displayLength(text: string, start: number, end: number): number {
  let halves = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    halves += code < 0x80 ? 1 : 2;
  }
  return Math.round(halves / 2);
}

/** A line's screen length, or 0 for a line with a gap of columns (two spaces or a tab between words). */
function proseDisplayLength(text: string, start: number, end: number): number {
  return isTableRow(text.slice(start, end).trim()) ? 0 : displayLength(text, start, end);
}

function codePointLength(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) n++;
  }
  return n;
}

/** The length most lines of at least `minWidth` share, when at least `minLines` and `share` of them do; else 0. */
function wrapWidth(
  text: string,
  lines: readonly [number, number][],
  limits: { minWidth: number; minLines: number; share: number },
  measure: LineMeasure,
): number {
  const counts = new Map<number, number>();
  let long = 0;
  for (const [start, end] of lines) {
    const length = measure(text, start, end);
    if (length < limits.minWidth) continue;
    long++;
    counts.set(length, (counts.get(length) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [length, count] of counts) {
    // Lines one shorter or longer (a Latin word, a wide mark) count for the width too.
    const near = count + (counts.get(length - 1) ?? 0) + (counts.get(length + 1) ?? 0);
    if (near > bestCount || (near === bestCount && length > best)) [best, bestCount] = [length, near];
  }
  return bestCount >= limits.minLines && bestCount >= limits.share * long ? best : 0;
}

/**
 * The shortest length of a wrapped line in a text wrapped at a varying width (a column cut by a layout or
 * OCR, `罚没款3⏎2万元` then a longer line), or 0 when the text is not: at least `minLines` and `raggedShare`
 * of its lines of `minWidth` or more stop mid-sentence, and `raggedNarrowShare` of them are at most
 * `raggedMaxWidth` long (a text of whole paragraphs has long lines that end sentences). Lines with a gap of
 * spaces (table rows) count as neither. A wrapped line is at least `raggedMinShare` of the median length:
 * headings and paragraph ends are shorter. Table rows never run on (joinWrappedLines).
 */
function raggedWrapLength(text: string, lines: readonly [number, number][], rules: NormaliseRules['wraps']): number {
  const lengths: number[] = [];
  let midSentence = 0;
  let narrow = 0;
  for (const [start, end] of lines) {
    const length = codePointLength(text, start, end);
    if (length < rules.minWidth || isTableRow(text.slice(start, end))) continue;
    lengths.push(length);
    if (!endsSentence(text, end, rules)) midSentence++;
    if (length <= rules.raggedMaxWidth) narrow++;
  }
  const long = lengths.length;
  if (long < rules.minLines || midSentence < rules.minLines) return 0;
  if (midSentence < rules.raggedShare * long || narrow < rules.raggedNarrowShare * long) return 0;
  lengths.sort((a, b) => a - b);
  return Math.max(rules.minWidth, Math.ceil(rules.raggedMinShare * lengths[Math.floor(long / 2)]!));
}

/** Two or more spaces or a tab inside a line: the columns of a text table. */
const COLUMN_GAP = /\S(?: {2,}|\t|\u3000)\S/;
/**
 * One space between two words that are not Latin: Chinese prose has none (spaced digits are joined before this
 * step), so two of them on a line are the cells of a table a scraper flattened (`成都市 856.2 120.5 1320`).
 */
const CELL_SPACE = /[^\sA-Za-z][ \u00a0](?=[^\sA-Za-z])/g;

/** Whether a line is a row of a text table: a gap of columns, or two single spaces between cells. */
function isTableRow(line: string): boolean {
  return COLUMN_GAP.test(line) || (line.match(CELL_SPACE)?.length ?? 0) >= 2;
}

/** Whether the text before `end` ends a sentence: one of `endings`, or a closing mark right after one (`。”`). */
function endsSentence(text: string, end: number, rules: NormaliseRules['wraps']): boolean {
  if (end === 0) return true;
  const last = text[end - 1]!;
  if (rules.endings.includes(last)) return true;
  return rules.closers.includes(last) && (end < 2 || rules.endings.includes(text[end - 2]!));
}

/**
 * Whether the line ending at `end`, a line of the wrap width, runs on into the line starting at `next`. A
 * fixed-width break falls anywhere (`“十二五”⏎末`, `100⏎-110亿`, `G⏎B/T`), so any characters may stand on
 * either side; the line runs on unless it ends a sentence (one of `endings`, or a closing mark right after
 * one: `。”`) or a blank line or an indented line opens a paragraph.
 */
function sidesJoin(text: string, end: number, next: number, rules: NormaliseRules['wraps']): boolean {
  if (end === 0 || next >= text.length) return false;
  if (text.slice(end, next).split('\n').length !== 2) return false;
  if (isHorizontalSpace(text.charCodeAt(next))) return false;
  return !endsSentence(text, end, rules);
}
