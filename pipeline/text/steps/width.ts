import type { NormaliseRules } from '../normalise-rules';
import { unchanged, type StepResult } from './step';

const compiled = new WeakMap<NormaliseRules['width'], { pattern: RegExp; keep: Set<string>; spaces: Set<string> }>();

function compile(rules: NormaliseRules['width']) {
  let c = compiled.get(rules);
  if (!c) {
    const spaces = [...rules.spaces].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    c = { pattern: new RegExp(`[\\uff01-\\uff5e${spaces}]`, 'g'), keep: new Set(rules.keepFullWidth), spaces: new Set(rules.spaces) };
    compiled.set(rules, c);
  }
  return c;
}

/** Full-width ASCII forms to ASCII, typographic spaces to a space: one code point for one, so no map. */
export function foldWidth(text: string, rules: NormaliseRules): StepResult {
  const { pattern, keep, spaces } = compile(rules.width);
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return unchanged(text);
  pattern.lastIndex = 0;
  const folded = text.replace(pattern, (ch) => {
    if (spaces.has(ch)) return ' ';
    if (keep.has(ch)) return ch;
    return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  });
  return { text: folded, map: null };
}
