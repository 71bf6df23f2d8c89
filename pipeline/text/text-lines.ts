/**
 * Lines of a text with their offsets, and the display width of a stretch of text: what the table
 * detectors read. Positions are UTF-16 indices of the scanned text.
 */
import type { TextSpan } from '../../core/document';

export interface TextLine {
  start: number;
  /** End of the line's text (before `\r\n` or `\n`). */
  end: number;
  text: string;
  /** Display columns of indentation the cleaning removed before the line (columns still count it). */
  readonly indent: number;
  /** Tabs among that indentation: each opens an empty cell of a tab-separated row. */
  readonly leadingTabs: number;
}

/** A line whose indentation is looked up only when a detector needs its columns. */
class Line implements TextLine {
  private measured: string | null = null;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    private readonly indentOf: (start: number) => string,
  ) {}

  private get removed(): string {
    return (this.measured ??= this.end > this.start ? this.indentOf(this.start) : '');
  }

  get indent(): number {
    return displayWidth(this.removed);
  }

  get leadingTabs(): number {
    return this.removed.split('\t').length - 1;
  }
}

/** The lines of `text`; `indentOf` gives the whitespace a line was indented with before cleaning, from its start. */
export function splitLines(text: string, indentOf: (start: number) => string = () => ''): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    lines.push(new Line(start, lineEnd, text.slice(start, lineEnd), indentOf));
    start = end + 1;
  }
  return lines;
}

const SPACE = /[\s\u3000\u00a0]/;

/** The span without the whitespace (ideographic and no-break spaces too) at either end. */
export function trimmed(text: string, start: number, end: number): TextSpan {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A run of spaces (ASCII, no-break, ideographic) or tabs between the fields of a flattened table row. */
const FIELD_GAP = /[ \u00a0\u3000\t]+/g;

/**
 * The fields of a line between its runs of spaces or tabs, as spans of the whole text (`企业名称 产品名称 商标`, a row a
 * scraper flattened by writing its cells apart), each trimmed; empty fields are left out.
 */
export function spacedFields(line: TextLine): TextSpan[] {
  const fields: TextSpan[] = [];
  let from = 0;
  const push = (to: number) => {
    const span = trimmed(line.text, from, to);
    if (span.end > span.start) fields.push({ start: line.start + span.start, end: line.start + span.end });
  };
  for (const gap of line.text.matchAll(FIELD_GAP)) {
    push(gap.index);
    from = gap.index + gap[0].length;
  }
  push(line.text.length);
  return fields;
}

/** Characters a monospaced Chinese layout draws two columns wide (ideographs, full-width forms). */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/** Display columns of `text` in a monospaced Chinese layout. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}
