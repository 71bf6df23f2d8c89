/**
 * Spans of the clean text as spans of the normalised text: both layers map to the raw text, and the
 * normalised text's map is monotone, so the normalised characters of a clean span are those whose raw
 * source lies inside the clean span's raw source. Positions in and out are UTF-16 indices.
 */
import type { TextLayer, TextSpan } from '../../core/document';
import { trimmed } from './text-lines';

export class SpanProjector {
  constructor(
    private readonly clean: TextLayer,
    private readonly norm: TextLayer,
  ) {}

  /** The normalised span of a clean span, whitespace trimmed; empty when nothing of it is left. */
  toNorm(span: TextSpan): TextSpan {
    const { rawStart, rawEnd } = this.clean.span(span.start, span.end);
    const lo = this.norm.toRaw.lo;
    const from = lowerBound(lo, rawStart);
    const to = Math.max(from, lowerBound(lo, rawEnd));
    const index = this.norm.index;
    return trimmed(this.norm.text, index.toUtf16(from), index.toUtf16(to));
  }
}

/** First index whose value is at least `value` in a non-decreasing array. */
function lowerBound(values: Int32Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
