import { isHanBefore } from '../char-classes';
import type { NormaliseRules } from '../normalise-rules';
import { TextRewriter } from '../../../core/rewriter';
import { unchanged, type StepResult } from './step';

interface PinyinMatcher {
  syllable: RegExp;
}

const compiled = new WeakMap<NormaliseRules['pinyin'], PinyinMatcher>();

function compile(rules: NormaliseRules['pinyin']): PinyinMatcher {
  let c = compiled.get(rules);
  if (!c) {
    const byLength = (a: string, b: string) => b.length - a.length;
    const initials = [...rules.initials].sort(byLength).join('|');
    const finals = [...rules.finals].sort(byLength).join('|');
    c = { syllable: new RegExp(`^(?:${initials})?(?:${finals})[1-5]?$`) };
    compiled.set(rules, c);
  }
  return c;
}

/** Candidate annotations: parentheses holding only letters, tone marks, digits, apostrophes, spaces. */
// eslint-disable-next-line no-misleading-character-class -- combining tone marks (U+0300…) are meant to match one by one
const CANDIDATE = /[(（]([A-Za-z\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff' -]{1,40}[1-5]?)[)）]/g;
/** Combining marks except the diaeresis (ü keeps its dots through NFD as u + U+0308). */
const TONE_MARK = /[\u0300-\u0307\u0309-\u036f]/;

type Verdict = 'marked' | 'bare' | 'no';

function classify(content: string, matcher: PinyinMatcher, maxSyllables: number): Verdict {
  const syllables = content.trim().split(/[ '-]+/);
  if (syllables.length === 0 || syllables.length > maxSyllables) return 'no';
  let marked = false;
  for (const raw of syllables) {
    const decomposed = raw.normalize('NFD').toLowerCase();
    if (TONE_MARK.test(decomposed) || /[1-5]$/.test(decomposed)) marked = true;
    const base = decomposed.replace(/[\u0300-\u0307\u0309-\u036f]/g, '').replace(/u\u0308/g, 'ü');
    if (!matcher.syllable.test(base)) return 'no';
  }
  if (marked) return 'marked';
  // Bare syllables only in lower case: (DE), (GB) are abbreviations, not pinyin.
  return content === content.toLowerCase() ? 'bare' : 'no';
}

/** Removes pinyin annotations after ideographs: `質(zhì)監(jiān)` → `質監`; real parentheses stay. */
export function stripPinyin(text: string, rules: NormaliseRules): StepResult {
  if (text.indexOf('(') < 0 && text.indexOf('（') < 0) return unchanged(text);
  const matcher = compile(rules.pinyin);
  const found: { start: number; end: number; verdict: Verdict }[] = [];
  let marked = 0;
  let lastEnd = -1; // end of the last annotation found: a second one may follow it (质(zhì)(zhi4))
  for (const m of text.matchAll(CANDIDATE)) {
    if (!isHanBefore(text, m.index) && m.index !== lastEnd) continue;
    const verdict = classify(m[1]!, matcher, rules.pinyin.maxSyllables);
    if (verdict === 'no') continue;
    if (verdict === 'marked') marked++;
    found.push({ start: m.index, end: m.index + m[0].length, verdict });
    lastEnd = m.index + m[0].length;
  }
  const dropBare = marked >= rules.pinyin.toneLessMinimum;
  let rewriter: TextRewriter | null = null;
  for (const f of found) {
    if (f.verdict === 'bare' && !dropBare) continue;
    rewriter ??= new TextRewriter(text);
    rewriter.drop(f.start, f.end);
  }
  if (!rewriter) return unchanged(text);
  return { ...rewriter.finish(), note: `${found.length} pinyin annotations` };
}
