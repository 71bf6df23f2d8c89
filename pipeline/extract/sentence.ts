/**
 * One sentence of the normalised text as the extractor sees it: its tokens (with POS tags), clause
 * boundaries and word boundaries. Positions are UTF-16 indices of the whole normalised text.
 */
import type { Token } from '../../core/document';

/** Characters that end a clause (a metric phrase never crosses them). */
const CLAUSE_PUNCTUATION = new Set([...'，,；;：:。！？!?\n\r（）()【】[]…|■●◆▲★☆—']);

/** A Han character: a bracket between two of them may hold an alternative inside one word. */
const HAN = /\p{Script=Han}/u;
/** Longest alternative a bracket holds inside a word (`农(副)产品`, `乡镇(街道)`). */
const MAX_INNER_ALTERNATIVE = 2;

/**
 * Whether the bracket at `pos` holds an alternative inside a word (`检验产(商)品`, `新(改)建`, `加装(更新)电梯`): one or
 * two Han characters in brackets with Han characters right outside both; such a bracket ends no clause.
 */
function innerAlternativeBracket(text: string, pos: number): boolean {
  const ch = text[pos]!;
  if (ch === '(' || ch === '（') {
    for (let k = 1; k <= MAX_INNER_ALTERNATIVE; k++) {
      const close = text[pos + k + 1];
      if (close === ')' || close === '）') return encloses(text, pos, pos + k + 1);
      if (!HAN.test(text[pos + k] ?? '')) return false;
    }
    return false;
  }
  if (ch === ')' || ch === '）') {
    for (let k = 1; k <= MAX_INNER_ALTERNATIVE; k++) {
      const open = text[pos - k - 1];
      if (open === '(' || open === '（') return encloses(text, pos - k - 1, pos);
      if (!HAN.test(text[pos - k] ?? '')) return false;
    }
  }
  return false;
}

/** Whether the brackets at `open` and `close` hold only Han characters and stand between Han characters. */
function encloses(text: string, open: number, close: number): boolean {
  if (close - open < 2 || !HAN.test(text[open - 1] ?? '') || !HAN.test(text[close + 1] ?? '')) return false;
  for (let k = open + 1; k < close; k++) if (!HAN.test(text[k]!)) return false;
  return true;
}

/** Whether `pos` ends a clause: a clause punctuation mark other than an inner bracket, or a full stop that is no decimal point. */
function endsClause(text: string, pos: number): boolean {
  const ch = text[pos] ?? '';
  if (CLAUSE_PUNCTUATION.has(ch)) return !innerAlternativeBracket(text, pos);
  return ch === '.' && !(/\d/.test(text[pos - 1] ?? '') && /\d/.test(text[pos + 1] ?? ''));
}

/** POS tags of words that can name what is measured. */
export function isNounTag(tag: string): boolean {
  return tag.startsWith('n') || tag === 'vn' || tag === 'j' || tag === 'l' || tag === 'eng';
}

/** POS tags of proper names: places, persons, organisations (`斗六市`). */
export function isProperNameTag(tag: string): boolean {
  return /^(?:ns|nr|nrt|nrfg|nt)$/.test(tag);
}

export class SentenceView {
  private clauseMarks: number[] | null = null;
  private sliceText: string | null = null;

  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly order: number,
    readonly tokens: readonly Token[],
  ) {}

  /** The sentence's own text. */
  get slice(): string {
    return (this.sliceText ??= this.text.slice(this.start, this.end));
  }

  /** Whether `pos` is a word boundary (binary search over the tokens; true where there are none). */
  isBoundary(pos: number): boolean {
    if (this.tokens.length === 0 || pos <= this.start || pos >= this.end) return true;
    const token = this.tokenAt(pos);
    return token === null || token.start === pos;
  }

  /** Whether `pos` falls strictly inside a word token that is not a numeral or classifier token. */
  insideWord = (pos: number): boolean => {
    if (this.isBoundary(pos)) return false;
    const token = this.tokenAt(pos);
    return token !== null && !/^(?:m|q|mq|x)$/.test(token.tag);
  };

  /** Whether `pos` falls strictly inside a proper name: a place, person or organisation word (`斗六市`). */
  insideName = (pos: number): boolean => {
    if (this.isBoundary(pos)) return false;
    const token = this.tokenAt(pos);
    return token !== null && isProperNameTag(token.tag);
  };

  /** The token covering `pos` (token.start <= pos < token.end), or null. */
  tokenAt(pos: number): Token | null {
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const token = this.tokens[mid]!;
      if (token.end <= pos) lo = mid + 1;
      else if (token.start > pos) hi = mid - 1;
      else return token;
    }
    return null;
  }

  /** Tokens overlapping [from, to). */
  tokensIn(from: number, to: number): Token[] {
    const out: Token[] = [];
    for (const token of this.tokens) {
      if (token.end <= from) continue;
      if (token.start >= to) break;
      out.push(token);
    }
    return out;
  }

  /** Whether [from, to) holds a word that can name a measured thing. */
  hasNoun(from: number, to: number): boolean {
    if (from >= to) return false;
    if (this.tokens.length === 0) return true;
    return this.tokensIn(from, to).some((token) => isNounTag(token.tag) && /[\u4e00-\u9fff]/.test(token.word));
  }

  /** The last run of noun words in [from, to) (`申报地方标准` → `地方标准`, `所占的市场份额也不过` → `市场份额`). */
  nounHead(from: number, to: number): string {
    const tokens = this.tokensIn(from, to);
    let last = tokens.length;
    while (last > 0 && !isNounTag(tokens[last - 1]!.tag)) last--;
    let first = last;
    while (first > 0 && isNounTag(tokens[first - 1]!.tag)) first--;
    if (first === last) return '';
    return this.text.slice(Math.max(from, tokens[first]!.start), Math.min(to, tokens[last - 1]!.end));
  }

  /**
   * The subject inside [from, to): the run of noun words ending with the first word that ends in one of
   * `heads` (`工业产品省级质量监督抽查合格率` → `工业产品`), or null.
   */
  subjectIn(from: number, to: number, heads: readonly string[]): string | null {
    const tokens = this.tokensIn(from, to);
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      if (!isNounTag(token.tag) || token.end > to || !heads.some((head) => token.word.endsWith(head))) continue;
      let first = k;
      while (first > 0 && isNounTag(tokens[first - 1]!.tag) && tokens[first - 1]!.start >= from) first--;
      return this.text.slice(tokens[first]!.start, token.end);
    }
    return null;
  }

  private marks(): number[] {
    if (this.clauseMarks) return this.clauseMarks;
    const marks: number[] = [];
    const text = this.text;
    for (let i = this.start; i < this.end; i++) if (endsClause(text, i)) marks.push(i);
    this.clauseMarks = marks;
    return marks;
  }

  isClauseMark(pos: number): boolean {
    return endsClause(this.text, pos);
  }

  /** Start of the paragraph holding the sentence (just after the line break before it): earlier sentences of it set its scene. */
  paragraphStart(): number {
    return this.text.lastIndexOf('\n', this.start - 1) + 1;
  }

  /** The clause before the one holding `pos`, up to its mark; null when the clause holding `pos` opens the sentence. */
  previousClause(pos: number): { start: number; end: number } | null {
    const clauseStart = this.clauseStart(pos);
    if (clauseStart <= this.start) return null;
    return { start: this.clauseStart(clauseStart - 1), end: clauseStart - 1 };
  }

  /** Start of the clause holding `pos` (just after the previous clause mark). */
  clauseStart(pos: number): number {
    let start = this.start;
    for (const mark of this.marks()) {
      if (mark >= pos) break;
      start = mark + 1;
    }
    return start;
  }

  /** End of the clause holding `pos` (the next clause mark at or after it). */
  clauseEnd(pos: number): number {
    for (const mark of this.marks()) if (mark >= pos) return mark;
    return this.end;
  }
}
