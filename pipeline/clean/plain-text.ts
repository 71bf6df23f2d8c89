import type { DocumentMeta } from '../../core/document';
import { TextRewriter } from '../../core/rewriter';
import { HEADER_LINES, lineFields, matchDropRule, mergeMissing, statesOwnFields, type BoilerplateRules } from './boilerplate';
import type { Extraction } from './html';

interface TextLine {
  /** 1-based line number. */
  number: number;
  /** Trimmed content and its UTF-16 range in the raw text. */
  text: string;
  start: number;
  end: number;
  /** The line break that ends the line (with any trailing whitespace before it). */
  breakEnd: number;
  droppedBy: string | null;
}

/** A breadcrumb separator standing alone on its line, as page-to-text converters leave them. */
const CRUMB_SEPARATOR = /^[>＞»›/]$/;
/** A headline in a list of other pages: short, no sentence's end. */
const LIST_ITEM = /^[^。；！？;!?]{2,60}$/;
/** A breadcrumb item: short, no sentence punctuation. */
const CRUMB_ITEM = /^[^，。；！？,;!?]{1,12}$/;

/**
 * Cleans a plain text: drops boilerplate lines (rules in dictionaries/corpus/boilerplate.jsonl) and
 * breadcrumb trails split over lines (`首页` / `>` / `政务信息`), trims each kept line, and joins kept lines
 * with one '\n' (blank lines collapse). Reads the title, date, site and author from the header and from
 * the dropped lines.
 */
export function cleanPlainText(raw: string, rules: BoilerplateRules): Extraction {
  const lines = splitLines(raw);
  const meta: Partial<DocumentMeta> = {};
  let listOpenedBy: string | null = null;
  for (const line of lines) {
    const inHeader = line.number <= HEADER_LINES;
    // The headlines under 相关新闻： are other pages': dropped, their dates not read, up to the first sentence.
    if (listOpenedBy && LIST_ITEM.test(line.text)) {
      line.droppedBy = listOpenedBy;
      continue;
    }
    const rule = matchDropRule(line.text, rules, inHeader);
    listOpenedBy = rule?.opensList ? rule.id : null;
    line.droppedBy = rule?.id ?? null;
    if ((rule || inHeader) && statesOwnFields(rule)) mergeMissing(meta, lineFields(line.text, rules));
  }
  lines.forEach((line, i) => {
    if (!CRUMB_SEPARATOR.test(line.text)) return;
    for (const neighbour of [lines[i - 1], lines[i + 1]]) {
      if (neighbour && !neighbour.droppedBy && CRUMB_ITEM.test(neighbour.text)) neighbour.droppedBy = 'breadcrumb';
    }
  });

  const rewriter = new TextRewriter(raw);
  const kept = lines.filter((line) => !line.droppedBy);
  kept.forEach((line, i) => {
    if (i > 0) {
      // One '\n' between kept lines, standing for the line break that ended the previous one.
      const previous = kept[i - 1]!;
      rewriter.drop(rewriter.position, previous.end);
      rewriter.replace(previous.end, previous.breakEnd, '\n');
    }
    rewriter.drop(rewriter.position, line.start);
    rewriter.copyTo(line.end);
  });
  rewriter.drop(rewriter.position, raw.length);
  const { text, map } = rewriter.finish();

  const firstParagraph = kept.findIndex((line) => line.text.length > 60);
  const header = kept.slice(0, firstParagraph === -1 ? 4 : Math.min(4, firstParagraph));
  const title = header.find((line) => isTitleLike(line.text));
  if (title && !meta.title) meta.title = title.text;
  return { text, map, meta, droppedBy: lines.flatMap((line) => (line.droppedBy ? [line.droppedBy] : [])) };
}

/** The non-blank lines of a text with their trimmed ranges. */
function splitLines(raw: string): TextLine[] {
  const lines: TextLine[] = [];
  let number = 0;
  for (const m of raw.matchAll(/([^\n]*)(\n|$)/g)) {
    if (m[0] === '' && m.index >= raw.length) break;
    number++;
    const content = m[1]!;
    const text = content.trim();
    if (text === '') continue;
    const start = m.index + (content.length - content.trimStart().length);
    lines.push({ number, text, start, end: start + text.length, breakEnd: m.index + m[0].length, droppedBy: null });
  }
  return lines;
}

/** A heading: short, with Chinese characters, not a sentence, salutation, dateline or photo caption. */
function isTitleLike(line: string): boolean {
  if (line.length < 6 || line.length > 60) return false;
  if (!/[\u4E00-\u9FFF]{4}/.test(line)) return false;
  if (/[。！？：:；;，,.]$/.test(line)) return false;
  if (/^[(（]?\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]/.test(line)) return false;
  if (/记者|摄影|摄$/.test(line)) return false;
  return true;
}
