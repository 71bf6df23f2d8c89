import type { NormaliseRules } from '../normalise-rules';
import { TextRewriter } from '../../../core/rewriter';
import { isHorizontalSpace } from '../char-classes';
import { runsOnAcross } from './line-join';
import { unchanged, type StepResult } from './step';

const compiled = new WeakMap<NormaliseRules['invisibles'], RegExp>();

function compile(rules: NormaliseRules['invisibles']): RegExp {
  let re = compiled.get(rules);
  if (!re) {
    const chars = [...rules.characters].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    const space = '[ \\t\\u00a0\\u3000]*';
    // Either a page-break line (line breaks around lines that hold only invisible characters and spaces)
    // or one invisible character anywhere else.
    re = new RegExp(`\\n(?:${space}[${chars}]+${space}\\n)+|[${chars}]`, 'g');
    compiled.set(rules, re);
  }
  return re;
}

/**
 * Drops zero-width characters (zero-width space, joiners, word joiner, BOM, soft hyphen), which scraped
 * pages and converted PDFs leave inside words and numbers. A converter marks a page break with a line that
 * holds only such a character: when the text runs on across it (`74.4⏎ZWSP⏎万亿元`: no sentence end before it,
 * a Chinese character or digit on each side), the whole break goes, so the figure and the sentence are whole
 * again; otherwise (after a sentence end or a heading's last mark) only the invisible characters go and the
 * paragraph break stays. The offset map keeps every character's place in the raw text.
 */
export function dropInvisibles(text: string, rules: NormaliseRules): StepResult {
  const { endings, characters } = rules.invisibles;
  const re = compile(rules.invisibles);
  re.lastIndex = 0;
  let rewriter: TextRewriter | null = null;
  for (const m of text.matchAll(re)) {
    rewriter ??= new TextRewriter(text);
    const start = m.index;
    const stop = start + m[0].length;
    if (m[0].length === 1) {
      rewriter.drop(start, stop);
      continue;
    }
    // The line's last visible character decides; spaces (and invisibles, already dropped) before the break go too.
    let end = start;
    while (end > 0 && (isHorizontalSpace(text.charCodeAt(end - 1)) || characters.includes(text[end - 1]!))) end--;
    if (runsOnAcross(text, end, stop, endings)) {
      rewriter.drop(Math.max(end, rewriter.position), stop);
      continue;
    }
    // A paragraph break: keep the line breaks, drop what is invisible between them.
    for (let i = start; i < stop; i++) {
      if (characters.includes(text[i]!)) rewriter.drop(i, i + 1);
    }
  }
  return rewriter ? rewriter.finish() : unchanged(text);
}
