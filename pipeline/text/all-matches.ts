/**
 * Every match of a global regex in `text`, exactly as `text.matchAll(regex)` yields them (empty matches
 * included), without the copy of the regex that matchAll makes on every call: in a function run for
 * every sentence that copy costs more than the search. Collected before returning, so a caller may run
 * the same regex again inside its loop.
 */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new TypeError(`allMatches needs a global regex: /${regex.source}/${regex.flags}`);
  const found: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text)) !== null) {
    found.push(m);
    if (m[0].length === 0) regex.lastIndex = advance(text, regex.lastIndex, /[uv]/.test(regex.flags));
  }
  regex.lastIndex = 0;
  return found;
}

/** AdvanceStringIndex of the standard: one code unit, or one code point in unicode mode. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const unit = text.charCodeAt(index);
  return unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}
