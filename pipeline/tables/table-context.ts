/**
 * What a table's caption (or the line before it) says about all its figures: the period, the region, the
 * subject and the status, read by the same context functions as a sentence's figures, and a unit the
 * whole table is given in (`单位：家`).
 */
import type { Document, FactStatus, Table, TextSpan } from '../../core/document';
import { trimmed } from '../text/text-lines';
import { factContext } from '../extract/context';
import type { Lexicons } from '../extract/lexicons';
import { SentenceView } from '../extract/sentence';
import { statedUnit, type ReadingContext, type StatedUnit } from './header-reading';

export interface TableContext {
  period: string | null;
  region: string | null;
  region_code: string | null;
  subject: string | null;
  status: FactStatus;
  unit: StatedUnit | null;
  /** The words of the caption that give that unit (`单位：万元`, `满分为5分`): what its figures are, for typing them. */
  unitStatement: string;
  /** The caption's text: what a metric that names no category is about (`特种设备定期检验情况`). */
  topic: string;
}

/** Subjects that name nothing in particular (`产品` alone, `地区产品`). */
const VAGUE_SUBJECT = /^(?:各?地区|各类|各)?(?:产品|企业|单位)$/;

export function tableContext(doc: Document, table: Table, ctx: ReadingContext): TableContext {
  const meta = doc.meta;
  const text = doc.norm!.text;
  const stated = table.caption ? tableUnit(text.slice(table.caption.start, table.caption.end), ctx) : null;
  const unit = stated?.unit ?? null;
  const unitStatement = stated?.statement ?? '';
  // A caption that only gives the unit (`单位：家`) leaves the rest to the line before it; one closing with it
  // (`…汇整表单位：件`) is read without it (`单位` names no subject).
  let caption =
    table.caption && stated && stated.at > 0 ? { start: table.caption.start, end: table.caption.start + stated.at } : table.caption;
  if (caption && unit && stated!.at === 0 && text.slice(caption.start, caption.end).length <= UNIT_LINE)
    caption = lineBefore(text, caption.start) ?? caption;
  const at = caption?.start ?? -1;
  const sentence = caption ? doc.sentences?.find((s) => s.start <= at && at < s.end) : undefined;
  if (!caption || !sentence) {
    const scope = doc.scope;
    return {
      period: scope?.reportYear != null ? String(scope.reportYear) : meta.year,
      region: scope?.region ?? meta.region,
      region_code: scope?.regionCode ?? null,
      subject: null,
      status: 'actual',
      unit,
      unitStatement,
      // A caption that is no sentence of the body (the page's title line right over the table) still says what
      // the table is about.
      topic: caption ? text.slice(caption.start, caption.end) : '',
    };
  }
  const tokens = (doc.tokens ?? []).filter((t) => t.start >= sentence.start && t.end <= sentence.end);
  const view = new SentenceView(text, sentence.start, sentence.end, sentence.order, tokens);
  const lexicons: Lexicons = ctx.lexicons;
  // The caption read as a figure standing at its end: the same period, region and status rules as a sentence's.
  const topic = text.slice(caption.start, caption.end);
  const figure = factContext({ view, doc, lexicons, type: 'count', metric: topic, unit: null, start: caption.end, end: caption.end });
  // A caption naming no subject (`各省抽查情况`) leaves it to the heading or title that scopes the table, as
  // for a sentence's figure (a sampling report on 儿童服装 gives its table the subject 儿童服装).
  const named = view.subjectIn(sentence.start, sentence.end, lexicons.subjectHeads);
  const subject = named && !VAGUE_SUBJECT.test(named) ? named : figure.subject;
  return {
    period: figure.period,
    region: figure.region,
    region_code: figure.region_code,
    subject: subject && !VAGUE_SUBJECT.test(subject) ? subject : null,
    status: figure.status,
    unit,
    unitStatement,
    topic,
  };
}

/** Longest line that only states a table's unit. */
const UNIT_LINE = 16;

/**
 * The unit a caption gives the whole table (`单位：万元`), and where its statement starts when it closes the
 * caption (0 when it is all of it or stands inside it), or null.
 */
function tableUnit(caption: string, ctx: ReadingContext): { unit: StatedUnit; at: number; statement: string } | null {
  for (const line of ctx.config.unitLines) {
    const m = line.exec(caption);
    const unit = m ? statedUnit(m[1]!, ctx.lexicons) : null;
    if (!unit) continue;
    const words = caption.slice(0, m!.index).replace(/[\s(（]+$/, '');
    const closes = caption.slice(m!.index + m![0].length).trim() === '' && words.length > 0;
    return { unit, at: closes ? words.length : 0, statement: m![0].trim() };
  }
  return null;
}

/** The non-blank line before `start`, trimmed. */
function lineBefore(text: string, start: number): TextSpan | null {
  let end = text.lastIndexOf('\n', start - 1);
  while (end > 0) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const line = trimmed(text, from, end);
    if (line.end > line.start) return line;
    end = from - 1;
  }
  return null;
}
