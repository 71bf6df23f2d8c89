import type { Dictionaries } from '../../core/dictionaries';
import type { SectionStatus } from '../../core/document';

/**
 * Headings that open a section (`一、2009年工作回顾`, `（二）食品安全`): where they are, their level and
 * whether they review or plan. The markers and cue words are data: dictionaries/context/headings.json.
 */

export const HEADINGS_FILE = 'context/headings.json';

interface HeadingsFile {
  markers: { level: number; pattern: string }[];
  maxLength: number;
  review: string;
  plan: string;
}

export interface HeadingRules {
  markers: { level: number; regex: RegExp }[];
  maxLength: number;
  review: RegExp;
  plan: RegExp;
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
        markers: file.markers.map((m) => ({ level: m.level, regex: new RegExp(m.pattern) })),
        maxLength: file.maxLength,
        review: new RegExp(file.review),
        plan: new RegExp(file.plan),
      };
    },
    'compiled',
  );
}

/** A heading's own text ends at the first full stop of its line (`（一）努力在…闯出新路子。积极探索…`). */
const HEADING_END = /[。！？!?；;：:]/;

/** Headings of a text, one per line at most, in order. */
export function findHeadings(text: string, rules: HeadingRules): Heading[] {
  const headings: Heading[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    while (start < lineEnd && /\s/.test(text[start]!)) start++;
    const line = text.slice(start, lineEnd);
    const marker = rules.markers.find((m) => m.regex.test(line));
    if (marker) {
      const stop = HEADING_END.exec(line);
      const length = stop ? stop.index : line.trimEnd().length;
      if (length > 0 && length <= rules.maxLength) {
        headings.push({ start, end: start + length, level: marker.level, text: line.slice(0, length) });
      }
    }
    lineStart = lineEnd + 1;
  }
  return headings;
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
  if (headingYear === null || reportYear === null) return null;
  return headingYear > reportYear ? 'plan' : 'review';
}
