import type { NormaliseRules } from '../normalise-rules';
import { TextRewriter } from '../../../core/rewriter';
import { unchanged, type StepResult } from './step';

/**
 * Joins the line breaks a page puts inside a title in 《》: pages that link each title set it on a line of
 * its own (`制定了《⏎信访条例⏎》，`), so sentences are cut inside the title and neither the title nor the
 * words around it are found. A break (with the spaces beside it) is dropped when it lies inside 《…》 that
 * closes within `maxLength` code points and holds no sentence end; the offset map keeps each character's place.
 */
export function joinTitleBreaks(text: string, rules: NormaliseRules): StepResult {
  if (text.indexOf('《') < 0 || text.indexOf('\n') < 0) return unchanged(text);
  const { maxLength, endings } = rules.titleBreaks;
  let rewriter: TextRewriter | null = null;
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const close = closingBracket(text, open, maxLength, endings);
    if (close < 0) continue;
    for (const [from, to] of lineBreaks(text, open + 1, close)) {
      rewriter ??= new TextRewriter(text);
      rewriter.drop(from, to);
    }
  }
  return rewriter ? rewriter.finish() : unchanged(text);
}

/** The 》 closing the title opened at `open`, or -1 when none comes within `maxLength` before a sentence end. */
function closingBracket(text: string, open: number, maxLength: number, endings: string): number {
  for (let i = open + 1; i < text.length && i - open <= maxLength; i++) {
    const ch = text[i]!;
    if (ch === '》') return i;
    if (ch === '《' || endings.includes(ch)) return -1;
  }
  return -1;
}

/** Runs of white space holding a line break in [from, to), each as [start, end). */
function lineBreaks(text: string, from: number, to: number): [number, number][] {
  const runs: [number, number][] = [];
  const space = /[ \t\r\n\u3000]+/g;
  space.lastIndex = from;
  for (let m = space.exec(text); m && m.index < to; m = space.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    if (text.slice(m.index, end).includes('\n')) runs.push([m.index, end]);
  }
  return runs;
}
