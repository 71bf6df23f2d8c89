/**
 * A piece of extracted text and the source range (UTF-16, end exclusive) it stands for: the unit of
 * HTML text extraction, so that collapsing whitespace keeps every output character's origin.
 */
export interface Unit {
  out: string;
  from: number;
  to: number;
}

const CJK_OR_FULLWIDTH = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F“”‘’…—]/;

/**
 * Collapses whitespace as a browser would for one line, and as Chinese needs: leading and trailing
 * whitespace goes; a run between two words becomes one space, except a run with a line break next to a
 * Chinese character or full-width punctuation, which goes entirely (source code wraps Chinese sentences
 * anywhere; such a break is not a space).
 */
export function collapseWhitespace(units: readonly Unit[]): Unit[] {
  const out: Unit[] = [];
  let run: Unit[] = [];
  for (const unit of units) {
    if (/^\s+$/.test(unit.out)) {
      run.push(unit);
      continue;
    }
    if (run.length > 0 && out.length > 0) {
      const before = out[out.length - 1]!.out;
      const after = unit.out;
      const lineBreak = run.some((u) => u.out.includes('\n'));
      const chineseBoundary = CJK_OR_FULLWIDTH.test(before.slice(-1)) || CJK_OR_FULLWIDTH.test(after[0]!);
      if (!(lineBreak && chineseBoundary)) {
        out.push({ out: ' ', from: run[0]!.from, to: run[run.length - 1]!.to });
      }
    }
    run = [];
    out.push(unit);
  }
  return out;
}

export interface ArticleStats {
  /** Characters other than whitespace. */
  chars: number;
  /** Chinese characters. */
  cjk: number;
  /** Chinese sentence punctuation (，。；、！？：“”). */
  punctuation: number;
}

export function articleStats(text: string): ArticleStats {
  let chars = 0;
  let cjk = 0;
  let punctuation = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    chars++;
    if (/[\u4E00-\u9FFF\u3400-\u4DBF]/.test(ch)) cjk++;
    else if (/[，。；、！？：“”,.;]/.test(ch)) punctuation++;
  }
  return { chars, cjk, punctuation };
}
