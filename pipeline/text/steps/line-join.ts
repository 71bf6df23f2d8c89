import { isAsciiDigit, isHanAt, isHanBefore } from '../char-classes';

/**
 * Whether the text before `end` runs on into the text at `next` across a line break: the line does not end
 * a sentence (none of `endings`), and a Chinese character, digit or mid-sentence mark stands on each side.
 * Shared by the steps that join lines a page broke (hard wraps, page-break lines).
 */
export function runsOnAcross(text: string, end: number, next: number, endings: string): boolean {
  if (end === 0 || next >= text.length) return false;
  const last = text[end - 1]!;
  if (endings.includes(last)) return false;
  // A decimal point counts when a digit stands before it (`16.⏎7万`).
  const decimalPoint = last === '.' && isAsciiDigit(text.charCodeAt(end - 2));
  const before = isHanBefore(text, end) || isAsciiDigit(last.charCodeAt(0)) || decimalPoint || '%，、'.includes(last);
  // A line never opens with a comma or a closing mark, so one that does continues the line before; a quoted
  // name or title may go on from the line before (`3家单位荣获⏎“山东省服务名牌”`).
  const after = isHanAt(text, next) || isAsciiDigit(text.charCodeAt(next)) || '，、。；：！？）”%“《'.includes(text[next]!);
  return before && after;
}
