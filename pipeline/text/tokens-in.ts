import type { Token } from '../../core/document';

/** The tokens of `tokens` (in text order) overlapping [from, to), found by binary search, not by a scan from the start. */
export function tokensIn(tokens: readonly Token[], from: number, to: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.start < to; i++) out.push(tokens[i]!);
  return out;
}

/** The tokens of `tokens` (in text order) lying wholly within [from, to), found by binary search. */
export function tokensWithin(tokens: readonly Token[] | undefined, from: number, to: number): Token[] {
  return tokensIn(tokens ?? [], from, to).filter((t) => t.start >= from && t.end <= to);
}
