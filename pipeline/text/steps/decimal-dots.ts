import type { NormaliseRules } from '../normalise-rules';
import { unchanged, type StepResult } from './step';

const compiled = new WeakMap<NormaliseRules['decimalDots'], RegExp>();

function compile(rules: NormaliseRules['decimalDots']): RegExp {
  let re = compiled.get(rules);
  if (!re) {
    const escape = (chars: string) => [...chars].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    // Digits, a dot of the list, digits, then a percent sign or one of the words `after` lists: a decimal. A date
    // named by its digits (“5·18”, 3·15活动) has no percent sign after it and stays as written.
    const after = rules.after.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    re = new RegExp(`(?<=(?<![\\d.])\\d{1,3})[${escape(rules.dots)}](?=\\d{1,3}(?:${after}))`, 'g');
    compiled.set(rules, re);
  }
  return re;
}

/** A middle dot written as a decimal point before a percentage (增长19·5%) becomes `.`: one code point for one. */
export function foldDecimalDots(text: string, rules: NormaliseRules): StepResult {
  const re = compile(rules.decimalDots);
  re.lastIndex = 0;
  if (!re.test(text)) return unchanged(text);
  re.lastIndex = 0;
  return { text: text.replace(re, '.'), map: null };
}
