import type { NormaliseRules } from '../normalise-rules';
import { TextRewriter } from '../../../core/rewriter';
import { isAsciiDigit, isChineseAt } from '../char-classes';
import { unchanged, type StepResult } from './step';

type SpacedRules = NormaliseRules['spacedDigits'];

/**
 * Joins numbers whose digits the source spaced out (`1 9 9 7 年`, `7 4 7 7 2 亿元`, `0 .8 %`), as some
 * scraped pages and OCR output write every figure. Whether a text does is decided over the whole text (as
 * the wrap width is): it does when at least `minPairs` digit pairs stand one space apart and they are at
 * least `share` of all digit pairs, spaced or adjacent; a text that writes `2023年` anywhere near as often
 * keeps its `2 3` apart. Even then a run is joined only when a number is being used in running text: the
 * run ends before a Chinese character, a Chinese mark or one of `after` (`%`, `‰`), so a table row or a list
 * of numbers (`1 2 3` at a line end) stays apart, and so do a date and a number (`年` ends the first).
 * Runs after width folding, so full-width digits and ideographic spaces are ASCII by then.
 */
export function joinSpacedDigits(text: string, rules: NormaliseRules): StepResult {
  const spaced = rules.spacedDigits;
  if (!writesSpacedDigits(text, spaced)) return unchanged(text);
  let rewriter: TextRewriter | null = null;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isAsciiDigit(text.charCodeAt(i))) continue;
    const run = digitRun(text, i, spaced);
    if ((run.gaps.length > 0 || isSeparator(text, run.end, spaced)) && endsInText(text, run.end, spaced)) {
      rewriter ??= new TextRewriter(text);
      for (const gap of run.gaps) rewriter.drop(gap, gap + 1);
      if (isSeparator(text, run.end, spaced)) rewriter.drop(run.end, run.end + 1);
    }
    i = run.end;
  }
  return rewriter ? rewriter.finish() : unchanged(text);
}

function writesSpacedDigits(text: string, rules: SpacedRules): boolean {
  let spacedPairs = 0;
  let adjacentPairs = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    if (!isAsciiDigit(text.charCodeAt(i))) continue;
    if (isAsciiDigit(text.charCodeAt(i + 1))) adjacentPairs++;
    else if (isSeparator(text, i + 1, rules) && isAsciiDigit(text.charCodeAt(i + 2))) spacedPairs++;
  }
  return spacedPairs >= rules.minPairs && spacedPairs >= rules.share * (spacedPairs + adjacentPairs);
}

function isSeparator(text: string, i: number, rules: SpacedRules): boolean {
  return i < text.length && rules.separators.includes(text[i]!);
}

/**
 * The digits from `start` on, one separator (or a decimal point, with a separator on either side or none)
 * apart: the separators to drop and where the run ends (just after its last digit).
 */
function digitRun(text: string, start: number, rules: SpacedRules): { gaps: number[]; end: number } {
  const gaps: number[] = [];
  let end = start + 1;
  for (;;) {
    while (isAsciiDigit(text.charCodeAt(end))) end++;
    let p = end;
    const before: number[] = [];
    if (isSeparator(text, p, rules)) before.push(p++);
    if (p < text.length && rules.decimalPoints.includes(text[p]!)) {
      p++;
      if (isSeparator(text, p, rules)) before.push(p++);
    }
    if (p === end || !isAsciiDigit(text.charCodeAt(p))) return { gaps, end };
    gaps.push(...before);
    end = p + 1;
  }
}

/** Whether a number ending at `end` stands in running text: a Chinese character or mark, or `after`, follows. */
function endsInText(text: string, end: number, rules: SpacedRules): boolean {
  const at = isSeparator(text, end, rules) ? end + 1 : end;
  return isChineseAt(text, at) || (at < text.length && rules.after.includes(text[at]!));
}
