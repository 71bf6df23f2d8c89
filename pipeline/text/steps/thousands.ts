import type { NormaliseRules } from '../normalise-rules';
import { TextRewriter } from '../../../core/rewriter';
import { unchanged, type StepResult } from './step';

const compiled = new WeakMap<NormaliseRules['thousands'], RegExp>();

function compile(rules: NormaliseRules['thousands']): RegExp {
  let re = compiled.get(rules);
  if (!re) {
    const sep = [...rules.separators].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    // A number of 1–3 digits followed by groups of exactly three, not glued to letters or other digits.
    re = new RegExp(`(?<![\\dA-Za-z.,/\\-])\\d{1,3}(?:[${sep}]\\d{3})+(?!\\d)`, 'g');
    compiled.set(rules, re);
  }
  return re;
}

/** Drops spaces used as thousands separators (`2 975` → `2975`). */
export function foldThousandsSpaces(text: string, rules: NormaliseRules): StepResult {
  const re = compile(rules.thousands);
  re.lastIndex = 0;
  let rewriter: TextRewriter | null = null;
  for (const m of text.matchAll(re)) {
    rewriter ??= new TextRewriter(text);
    const start = m.index;
    const number = m[0];
    for (let i = 0; i < number.length; i++) {
      const code = number.charCodeAt(i);
      if (code < 0x30 || code > 0x39) rewriter.drop(start + i, start + i + 1);
    }
  }
  if (!rewriter) return unchanged(text);
  return rewriter.finish();
}
