import type { NormaliseRules } from '../normalise-rules';
import { TextRewriter } from '../../../core/rewriter';
import { isHorizontalSpace } from '../char-classes';
import { runsOnAcross } from './line-join';
import { unchanged, type StepResult } from './step';

/**
 * Joins lines that a page or an OCR run broke at a fixed width (`罚没⏎款32万元`, `16.7万⏎公斤`), so that
 * sentences, words and numbers are whole again; the offset map keeps every character's place in the raw
 * text. A text is hard-wrapped when many of its lines share one length (the wrap width, give or take
 * `tolerance` for a Latin word or a wide mark); a line break is a wrap when the line before it has that
 * length, does not end a sentence, and a Chinese character or digit stands on both sides. Headings and
 * paragraph ends are shorter lines, so they stay.
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
  if (measures.length === 0) return unchanged(text);
  let rewriter: TextRewriter | null = null;
  for (let k = 0; k + 1 < lines.length; k++) {
    const [start, end] = lines[k]!;
    const wrapped = measures.some(({ measure, least, width }) => {
      const length = measure(text, start, end);
      return Math.abs(length - width) <= tolerance && length >= least;
    });
    if (!wrapped) continue;
    const next = lines[k + 1]![0];
    if (!sidesJoin(text, end, next, rules.wraps.endings)) continue;
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
  return COLUMN_GAP.test(text.slice(start, end).trim()) ? 0 : displayLength(text, start, end);
}

const COLUMN_GAP = /\S(?:[ \u3000]{2,}|\t)\S/;

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

/** Whether the line ending at `end` runs on into the line starting at `next`: no sentence end between. */
function sidesJoin(text: string, end: number, next: number, endings: string): boolean {
  // Only one line break between them: a blank line is a paragraph end.
  if (text.slice(end, next).split('\n').length !== 2) return false;
  return runsOnAcross(text, end, next, endings);
}
