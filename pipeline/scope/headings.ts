import type { Dictionaries } from '../../core/dictionaries';
import type { SectionStatus } from '../../core/document';
import { countValue } from './time';

/**
 * Headings that open a section (`一、2009年工作回顾`, `（二）食品安全`): where they are, their level and
 * whether they review or plan. The markers and cue words are data: dictionaries/context/headings.json.
 */

export const HEADINGS_FILE = 'context/headings.json';

interface HeadingsFile {
  markers: { level: number; pattern: string; series?: boolean }[];
  maxLength: number;
  standalone: { level: number; maxLength: number; sentenceEnd: string; time: string };
  review: string;
  plan: string;
  notPlanPart: string;
}

export interface HeadingRules {
  /** `series`: the marker opens a heading only where the text holds two lines of it at least. */
  markers: { level: number; regex: RegExp; series: boolean }[];
  maxLength: number;
  /** A heading without a marker: its level, its longest length, how the line before it ends, the time it names. */
  standalone: { level: number; maxLength: number; sentenceEnd: RegExp; time: RegExp };
  review: RegExp;
  plan: RegExp;
  /** A part on a topic of its own (七、关于外交工作, 五、关于对外政策): no part of a report's plan by its place after the review. */
  notPlanPart: RegExp;
}

export interface Heading {
  /** UTF-16 span of the heading's text in the normalised text (marker included). */
  start: number;
  end: number;
  level: number;
  text: string;
}

export function loadHeadingRules(dictionaries: Dictionaries): HeadingRules {
  return dictionaries.parseOnce(
    HEADINGS_FILE,
    (text) => {
      const file = JSON.parse(text) as HeadingsFile;
      return {
        markers: file.markers.map((m) => ({ level: m.level, regex: new RegExp(m.pattern), series: m.series === true })),
        maxLength: file.maxLength,
        standalone: { ...file.standalone, sentenceEnd: new RegExp(file.standalone.sentenceEnd), time: new RegExp(file.standalone.time) },
        review: new RegExp(file.review),
        plan: new RegExp(file.plan),
        notPlanPart: new RegExp(file.notPlanPart),
      };
    },
    'compiled',
  );
}

/** A heading that is a date alone (2009年11月). */
const DATE_ONLY = /^[\d年月日份\s]+$/;

/** A heading's own text ends at the first full stop of its line (`（一）努力在…闯出新路子。积极探索…`). */
const HEADING_END = /[。！？!?；;：:]/;

/** The number a heading's marker gives it (`三、` → 3, `（12）` → 12). */
function markerNumber(line: string): number | null {
  const m = /[一二三四五六七八九十]{1,3}|\d{1,2}/.exec(line);
  if (!m) return null;
  if (/^\d+$/.test(m[0])) return Number(m[0]);
  return countValue(m[0]);
}

/**
 * A numbering that starts again at 一 inside a part (二、“七五”时期的基本任务 … 一、确定适度的经济增长率 …
 * 二、规定恰当的投资规模) opens headings one step deeper than the numbering it interrupts; a number that
 * continues an outer numbering (三、“七五”时期的经济体制改革 after 二、) returns to it, unless it continues
 * the inner one too (then the inner one wins: the text gives no way to tell). Each step deeper
 * adds a tenth to the marker's level, so a （一） under the nested part still sits below it.
 */
class Numbering {
  /** Per marker, the last number at each depth, outermost first. */
  private readonly runs = new Map<number, number[]>();

  depthOf(marker: number, n: number | null): number {
    const run = this.runs.get(marker) ?? [];
    this.runs.set(marker, run);
    if (n === null || run.length === 0) {
      if (run.length === 0) run.push(n ?? 1);
      return 0;
    }
    if (n === 1 && run[run.length - 1]! >= 1) {
      run.push(1);
      return run.length - 1;
    }
    for (let depth = run.length - 1; depth >= 0; depth--) {
      if (run[depth] === n - 1) {
        run.length = depth + 1;
        run[depth] = n;
        return depth;
      }
    }
    run[run.length - 1] = n;
    return run.length - 1;
  }
}

/** Punctuation inside a line that makes it a sentence, not a heading without a marker. */
const INNER_PUNCTUATION = /[。！？!?；;：:，,]/;

/** The non-empty lines of a text, trimmed, with where each starts. */
function linesOf(text: string): { start: number; line: string }[] {
  const lines: { start: number; line: string }[] = [];
  for (let lineStart = 0; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    while (start < lineEnd && /\s/.test(text[start]!)) start++;
    const line = text.slice(start, lineEnd).trimEnd();
    if (line.length > 0) lines.push({ start, line });
    lineStart = lineEnd + 1;
  }
  return lines;
}

/**
 * A line without a marker that heads a part all the same (“十四五”时期工作回顾, 2026年重点工作): short, with no
 * punctuation inside, a review or plan word and a time word in it, after a line that ends a sentence (the first
 * line is a title) and before a line that does not go on with it (主要预期目标 / 是：地区生产总值… is a sentence
 * cut by the layout).
 */
function isStandaloneHeading(line: string, before: string | undefined, after: string | undefined, rules: HeadingRules): boolean {
  const { standalone } = rules;
  if (line.length > standalone.maxLength || INNER_PUNCTUATION.test(line)) return false;
  if ((!rules.review.test(line) && !rules.plan.test(line)) || !standalone.time.test(line)) return false;
  if (before === undefined || !standalone.sentenceEnd.test(before)) return false;
  return after === undefined || !/^[，,、；;：:。是的]/.test(after);
}

/** Headings of a text, one per line at most, in order. */
export function findHeadings(text: string, rules: HeadingRules): Heading[] {
  const headings: (Heading & { marker: number })[] = [];
  const numbering = new Numbering();
  const lines = linesOf(text);
  lines.forEach(({ start, line }, i) => {
    const markerIndex = rules.markers.findIndex((m) => m.regex.test(line));
    const marker = rules.markers[markerIndex];
    if (marker) {
      // Every numbered line keeps the count, a heading too long to scope anything as well.
      const depth = numbering.depthOf(markerIndex, markerNumber(line));
      const stop = HEADING_END.exec(line);
      const length = stop ? stop.index : line.length;
      if (length > 0 && length <= rules.maxLength) {
        headings.push({ start, end: start + length, level: marker.level + depth / 10, text: line.slice(0, length), marker: markerIndex });
      }
    } else if (isStandaloneHeading(line, lines[i - 1]?.line, lines[i + 1]?.line, rules)) {
      headings.push({ start, end: start + line.length, level: rules.standalone.level, text: line, marker: -1 });
    }
  });
  // A dated line alone (2008年8月) is a page's date line; two or more make a chronology, each heading its entry.
  const seen = new Map<number, number>();
  for (const h of headings) seen.set(h.marker, (seen.get(h.marker) ?? 0) + 1);
  return headings
    .filter((h) => h.marker < 0 || !rules.markers[h.marker]!.series || seen.get(h.marker)! >= 2)
    .map((h) => ({ start: h.start, end: h.end, level: h.level, text: h.text }));
}

/**
 * Whether a heading reviews or plans: by its words (回顾, 工作安排); without either, by its year against the
 * report year (三、2026年主要工作 in a report on 2025 plans; 一、2025年主要工作 reviews).
 */
export function headingStatus(
  heading: string,
  headingYear: number | null,
  reportYear: number | null,
  rules: HeadingRules,
): SectionStatus | null {
  if (rules.review.test(heading)) return 'review';
  if (rules.plan.test(heading)) return 'plan';
  // A chronology's date line (2009年11月) dates an event: neither a plan nor a review by its year.
  if (headingYear === null || reportYear === null || DATE_ONLY.test(heading)) return null;
  return headingYear > reportYear ? 'plan' : 'review';
}
