import { escapeCharClass, isAsciiLetter, isChineseAt, isChineseBefore } from '../char-classes';
import type { NormaliseRules } from '../normalise-rules';
import { unchanged, type StepResult } from './step';

const compiled = new WeakMap<NormaliseRules['quotes'], RegExp>();

function compile(rules: NormaliseRules['quotes']): RegExp {
  let re = compiled.get(rules);
  if (!re) {
    re = new RegExp(`[${escapeCharClass(rules.openers + rules.closers + rules.toggled)}\\n]`, 'g');
    compiled.set(rules, re);
  }
  return re;
}

/** Characters after which a quotation mark opens, and before which it closes. */
const OPENING_CONTEXT = new Set([...'([{（《【「『“‘<=:：,，;；、']);
const CLOSING_CONTEXT = new Set([...')]}）》】」』”’>,，.。;；:：!！?？、']);

function isBlank(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

/**
 * Whether Chinese text is next to the mark at `offset`, looking past adjacent quotation marks and spaces
 * ('"质, 质 ”'), so that dropping stray spaces later cannot change the answer.
 */
function nextToChinese(text: string, offset: number, q: NormaliseRules['quotes']): boolean {
  const marks = q.toggled + q.open + q.close + ' \t';
  let before = offset;
  while (before > 0 && marks.includes(text[before - 1]!)) before--;
  let after = offset + 1;
  while (after < text.length && marks.includes(text[after]!)) after++;
  return isChineseBefore(text, before) || isChineseAt(text, after);
}

/**
 * Unifies quotation marks to “ and ”. Paired marks keep their side. An ASCII " or ' next to Chinese text
 * takes its side from its neighbours where they tell (before a blank or a closing mark it closes, after a
 * blank or an opening mark it opens), so a quotation normalises the same way in any slice of the text
 * that holds it; between two ideographs (围绕'两创'工作) it is the other side of the previous mark.
 * English apostrophes (no Chinese next to them) are left alone.
 */
export function unifyQuotes(text: string, rules: NormaliseRules): StepResult {
  const q = rules.quotes;
  const re = compile(q);
  let changed = false;
  // Per toggled character: whether the next one opens a quotation, when its neighbours do not tell.
  const opens = new Map<string, boolean>();
  const out = text.replace(re, (ch: string, offset: number) => {
    if (ch === '\n') {
      opens.clear();
      return ch;
    }
    if (q.toggled.includes(ch)) {
      if (!nextToChinese(text, offset, q)) return ch;
      changed = true;
      const before = offset > 0 ? text[offset - 1] : undefined;
      const after = text[offset + 1];
      // Neighbours decide where they can; otherwise the mark is the other side of the previous one.
      const open =
        isBlank(after) || CLOSING_CONTEXT.has(after!)
          ? false
          : isBlank(before) || OPENING_CONTEXT.has(before!)
            ? true
            : (opens.get(ch) ?? true);
      opens.set(ch, !open);
      return open ? q.open : q.close;
    }
    // A curly apostrophe inside a Latin word (don’t) is not a quotation mark; a corner bracket between two
    // Latin names always is (「Hoier」PK「海爾」).
    if ((ch === '’' || ch === '‘') && isAsciiLetter(text.charCodeAt(offset - 1)) && isAsciiLetter(text.charCodeAt(offset + 1))) return ch;
    changed = true;
    return q.openers.includes(ch) ? q.open : q.close;
  });
  return changed ? { text: out, map: null } : unchanged(text);
}
