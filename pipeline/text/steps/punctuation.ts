import { isAsciiDigit, isAsciiLetter, isChineseAt, isChineseBefore } from '../char-classes';
import type { NormaliseRules } from '../normalise-rules';
import { unchanged, type StepResult } from './step';

const compiled = new WeakMap<NormaliseRules['punctuation'], RegExp>();

function compile(rules: NormaliseRules['punctuation']): RegExp {
  let re = compiled.get(rules);
  if (!re) {
    const chars = Object.keys(rules.map)
      .map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .join('');
    re = new RegExp(`[${chars}]`, 'g');
    compiled.set(rules, re);
  }
  return re;
}

/**
 * ASCII punctuation that serves as Chinese punctuation becomes the Chinese mark (`日前.省局` → `日前。省局`,
 * `6日,吉林` → `6日，吉林`), never inside numbers, codes or Latin text.
 */
export function chinesePunctuation(text: string, rules: NormaliseRules): StepResult {
  const map = rules.punctuation.map;
  const re = compile(rules.punctuation);
  let changed = false;
  const out = text.replace(re, (ch: string, i: number) => {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    if (isAsciiDigit(before) && isAsciiDigit(after)) return ch;
    let chinese: boolean;
    if (ch === '.') {
      // A full stop: Chinese text (or a percentage) before, no Latin letter, digit run or second dot after.
      chinese = (isChineseBefore(text, i) || before === 0x25) && !isAsciiLetter(after) && after !== 0x2e && before !== 0x2e;
    } else {
      chinese = isChineseBefore(text, i) || isChineseAt(text, i + 1);
    }
    if (!chinese) return ch;
    changed = true;
    return map[ch]!;
  });
  return changed ? { text: out, map: null } : unchanged(text);
}
