/**
 * Ratio notation (lexicons/ratios.json): figures joined by a ratio colon after a word naming a ratio or a make-up.
 * `三次产业结构为8.1∶40.3∶51.6` states the shares of a whole, each a level in percent (contract: a rate is a percent
 * that states a level; one fact per value); `城乡居民收入比缩小到2.4∶1` states a multiple, an amount in 倍 (contract:
 * a multiple is an amount in 倍). A colon after no ratio word (a clock time, a code's year) or a ratio of neither
 * kind (`3∶2`) gives no figure, so the reader returns null and the numerals stay without a unit.
 */
import type { Lexicons } from './lexicons';
import { trimSpan } from './metric';
import type { SentenceView } from './sentence';
import type { Numeral } from './numbers';
import type { Quantity } from './quantity';

/** How ratio notation is recognised and its parts named, compiled from lexicons/ratios.json. */
export interface RatioLexicon {
  names: RegExp;
  linkOnly: RegExp;
  namedBefore: RegExp;
  colon: RegExp;
  sharesTotal: number;
  tolerance: number;
  partsOf: [string, string[]][];
}

export interface RatioFile {
  names: string;
  linkOnly: string;
  namedBefore: string;
  colon: string;
  sharesTotal: number;
  tolerance: number;
  partsOf: Record<string, string[]>;
}

export function compileRatios(file: RatioFile): RatioLexicon {
  return {
    names: new RegExp(file.names),
    linkOnly: new RegExp(file.linkOnly),
    namedBefore: new RegExp(file.namedBefore),
    colon: new RegExp(`^${file.colon}$`),
    sharesTotal: file.sharesTotal,
    tolerance: file.tolerance,
    partsOf: Object.entries(file.partsOf),
  };
}

/** Where one figure of a ratio stands in it: its place, how many parts the ratio has, and the part's name if known. */
export interface RatioPart {
  index: number;
  count: number;
  /** The part of a known whole (`三次产业` → 第二产业), or null. */
  part: string | null;
  /** Where the words naming the ratio lie: from its clause's start to the end of the ratio word (`…三次产业结构`). */
  nameStart: number;
  nameEnd: number;
}

/** What the quantity reader needs of the sentence. */
interface RatioScan {
  text: string;
  /** Where the sentence starts: the words that must name the ratio lie between its first numeral's clause start and it. */
  from: number;
  lexicons: Lexicons;
}

/** What ends a clause: the words naming a ratio stand after the last of these. */
const CLAUSE_MARK = /[，,；;。！？!?]/;

/** One figure of a ratio as read, before the quantity reader takes in bound words around it (`2.1∶1左右`). */
export interface RatioFigure {
  numeral: Numeral;
  end: number;
  value: number;
  unitClass: 'percent' | 'times';
  unit: string;
  ratio: RatioPart;
}

/**
 * The figures of a ratio whose first numeral is numerals[k], and how many numerals it takes, or null when
 * numerals[k] opens no ratio the lexicon reads.
 */
export function readRatio(scan: RatioScan, numerals: readonly Numeral[], k: number): { figures: RatioFigure[]; taken: number } | null {
  const { text, lexicons } = scan;
  const ratios = lexicons.ratios;
  const chain: Numeral[] = [numerals[k]!];
  for (let j = k + 1; j < numerals.length; j++) {
    const last = chain[chain.length - 1]!;
    const next = numerals[j]!;
    if (next.start !== last.end + 1 || !ratios.colon.test(text[last.end]!)) break;
    chain.push(next);
  }
  if (chain.length < 2 || chain.some((n) => n.kind !== 'arabic' || n.percentPrefix)) return null;
  const end = chain[chain.length - 1]!.end;
  // A colon or digit right after the last part: the ratio goes on in a form not read here (`10:30:15`).
  if (/[∶：:0-9.]/.test(text[end] ?? '')) return null;
  const where = ratioName(scan, chain[0]!.start);
  if (!where) return null;
  const figure = (n: Numeral, unitClass: 'percent' | 'times', to: number, ratio: RatioPart): RatioFigure => ({
    numeral: n,
    end: to,
    value: n.value,
    unitClass,
    unit: unitClass === 'percent' ? '%' : '倍',
    ratio,
  });
  // `2.4∶1`: the multiple of the second by the first.
  if (chain.length === 2 && chain[1]!.value === 1) {
    return { figures: [figure(chain[0]!, 'times', end, { index: 0, count: 2, part: null, ...where })], taken: 2 };
  }
  const total = chain.reduce((sum, n) => sum + n.value, 0);
  if (chain.length < 3 || Math.abs(total - ratios.sharesTotal) > ratios.tolerance) return null;
  // The whole whose parts the text leaves unnamed (`三次产业`), read from the words naming the ratio.
  const name = text.slice(where.nameStart, where.nameEnd);
  const whole = ratios.partsOf.find(([word, parts]) => name.includes(word) && parts.length === chain.length);
  const figures = chain.map((n, index) =>
    figure(n, 'percent', n.end, { index, count: chain.length, part: whole ? whole[1][index]! : null, ...where }),
  );
  return { figures, taken: chain.length };
}

/**
 * Where the words naming a ratio that starts at `at` lie: in its own clause (`三次产业结构由…调整为8.3∶…`), or, when
 * that clause holds only a verb and a copula, in the clause before (`三次产业结构持续优化，调整为8.3∶…`); null when
 * no ratio word comes before.
 */
function ratioName(scan: RatioScan, at: number): { nameStart: number; nameEnd: number } | null {
  const { text, lexicons } = scan;
  const clauseStart = startOfClause(scan, at);
  const before = text.slice(clauseStart, at);
  const named = lexicons.ratios.names.exec(before);
  if (named) return { nameStart: clauseStart, nameEnd: clauseStart + named.index + named[1]!.length };
  if (!lexicons.ratios.linkOnly.test(before) || clauseStart - 1 <= scan.from) return null;
  const previousStart = startOfClause(scan, clauseStart - 1);
  const previous = lexicons.ratios.namedBefore.exec(text.slice(previousStart, clauseStart - 1));
  return previous ? { nameStart: previousStart, nameEnd: previousStart + previous.index + previous[1]!.length } : null;
}

function startOfClause(scan: RatioScan, at: number): number {
  let start = at;
  while (start > scan.from && !CLAUSE_MARK.test(scan.text[start - 1]!)) start--;
  return start;
}

/**
 * The metric and subject of a share of a ratio: the words naming the ratio (`三次产业结构`), trimmed as any metric's
 * words are, with the part in brackets when the whole's parts are known (`三次产业结构（第二产业）`, subject 第二产业);
 * the words after a share run on to the next share and name nothing, and the verbs and bound words around a
 * multiple (`收入比收窄至2∶1以内`) are no part of its name. Null for any other figure.
 */
export function ratioMetric(view: SentenceView, quantity: Quantity, lexicons: Lexicons): { metric: string; subject: string | null } | null {
  const ratio = quantity.ratio;
  if (!ratio) return null;
  const [start, end] = trimSpan(view, ratio.nameStart, ratio.nameEnd, lexicons);
  const name = view.text.slice(start, end);
  if (!name) return null;
  return { metric: ratio.part ? `${name}（${ratio.part}）` : name, subject: ratio.part };
}
