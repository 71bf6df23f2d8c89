import { isAsciiDigit, isChineseAt, isChineseBefore, isHanAt, isHorizontalSpace } from '../char-classes';
import type { NormaliseRules } from '../normalise-rules';
import { TextRewriter } from '../../../core/rewriter';
import { unchanged, type StepResult } from './step';

/**
 * Drops short runs of spaces that split Chinese text: between two Chinese-side characters, or between a
 * Chinese-side character and a digit (`合格率 99.6%`, `2975 家`).
 */
export function dropStraySpaces(text: string, rules: NormaliseRules): StepResult {
  const maxRun = rules.spaces.maxRun;
  let rewriter: TextRewriter | null = null;
  const n = text.length;
  for (let i = 1; i < n; i++) {
    if (!isHorizontalSpace(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < n && isHorizontalSpace(text.charCodeAt(end))) end++;
    if (end - i <= maxRun && end < n && splitsChinese(text, i, end)) {
      rewriter ??= new TextRewriter(text);
      rewriter.drop(i, end);
    }
    i = end;
  }
  if (!rewriter) return unchanged(text);
  return rewriter.finish();
}

function splitsChinese(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (isChineseBefore(text, start)) return isChineseAt(text, end) || isAsciiDigit(after);
  // A number (or percentage) followed by an ideograph: `95 %` is left alone, `2975 家` is joined.
  return (isAsciiDigit(before) || before === 0x25) && isHanAt(text, end);
}
