import type { NormaliseRules } from '../normalise-rules';
import { TextRewriter } from '../../../core/rewriter';
import { escapeCharClass } from '../char-classes';
import { unchanged, type StepResult } from './step';

/**
 * Joins a subscript that a page set on a line of its own: pages that mark the index of a formula name
 * (M₂, PM₂.₅, CO₂) set it apart (`广义货币M⏎2⏎增长13.6%`), so the sentence is cut between what is measured
 * and its figure. A line that holds only a short run of `characters` right after a Latin letter is joined
 * to the lines on both sides (the breaks and the spaces beside them dropped); the offset map keeps each
 * character's place.
 */
export function joinSubscriptLines(text: string, rules: NormaliseRules): StepResult {
  if (text.indexOf('\n') < 0) return unchanged(text);
  const pattern = compile(rules.subscripts);
  pattern.lastIndex = 0;
  let rewriter: TextRewriter | null = null;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const firstBreak = m[1]!;
    const secondBreak = m[2]!;
    const secondStart = m.index + m[0].length - secondBreak.length;
    rewriter ??= new TextRewriter(text);
    rewriter.drop(m.index, m.index + firstBreak.length);
    rewriter.drop(secondStart, secondStart + secondBreak.length);
  }
  return rewriter ? rewriter.finish() : unchanged(text);
}

const compiled = new WeakMap<NormaliseRules['subscripts'], RegExp>();

/** The step's pattern, built once per rules object rather than once per document. */
function compile(rules: NormaliseRules['subscripts']): RegExp {
  let pattern = compiled.get(rules);
  if (!pattern) {
    const run = `[${escapeCharClass(rules.characters)}]{1,${rules.maxLength}}`;
    const lineBreak = '([ \\t\\r\\u3000]*\\n[ \\t\\r\\u3000]*)';
    pattern = new RegExp(`(?<=[A-Za-z])${lineBreak}${run}${lineBreak}(?=\\S)`, 'g');
    compiled.set(rules, pattern);
  }
  return pattern;
}
