import { CodePointIndex } from '../core/code-points';
import { html, type Html } from './html';

/** A span to highlight, in code points of the text, end exclusive; facts may overlap. */
export interface MarkSpan {
  id: number;
  start: number;
  end: number;
  /** Shown on hover. */
  title?: string;
}

export interface MarkOptions {
  /** Spans drawn as selected (class `selected`). */
  selected?: ReadonlySet<number>;
  /** Class of every mark (`fact`, `match`). */
  className: string;
}

/**
 * The text, escaped, with each stretch covered by one or more spans wrapped in one `<mark>` listing the
 * ids of the spans covering it (`data-ids="3 7"`). Overlapping spans cut the text at every boundary, so
 * each character sits in at most one element and the marks of one span, joined, are exactly its slice.
 */
export function markSpans(text: string, spans: readonly MarkSpan[], options: MarkOptions): Html {
  const index = new CodePointIndex(text);
  const valid = spans.filter((s) => s.start >= 0 && s.end > s.start && s.end <= index.length);
  const cuts = new Set<number>([0, index.length]);
  const startingAt = new Map<number, MarkSpan[]>();
  for (const s of valid) {
    cuts.add(s.start).add(s.end);
    startingAt.set(s.start, [...(startingAt.get(s.start) ?? []), s]);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Html[] = [];
  // A sweep over the cut points: the spans open at a point are exactly those covering the stretch after it.
  const open = new Set<MarkSpan>();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    for (const s of open) if (s.end <= a) open.delete(s);
    for (const s of startingAt.get(a) ?? []) open.add(s);
    const piece = index.slice(a, b);
    const covering = [...open];
    if (covering.length === 0) {
      out.push(html`${piece}`);
      continue;
    }
    const selected = covering.some((s) => options.selected?.has(s.id));
    const title = covering
      .map((s) => s.title)
      .filter(Boolean)
      .join('\n');
    // One line, no spaces between tags: the marks sit inside <pre>, where every character shows.
    const attributes = html`class="${options.className}${selected ? ' selected' : ''}" data-ids="${covering.map((s) => s.id).join(' ')}"`;
    out.push(html`<mark ${attributes}${title ? html` title="${title}"` : ''}>${piece}</mark>`);
  }
  return html`${out}`;
}
