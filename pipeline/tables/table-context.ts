/**
 * What a table's caption (or the line before it) says about all its figures: the period, the region, the
 * subject and the status, read by the same context functions as a sentence's figures, and a unit the
 * whole table is given in (`单位：家`).
 */
import type { Document, FactStatus, Table } from '../../core/document';
import { periodAt, regionAt, statusAt } from '../extract/context';
import type { Lexicons } from '../extract/lexicons';
import { SentenceView } from '../extract/sentence';
import { statedUnit, type ReadingContext, type StatedUnit } from './header-reading';

export interface TableContext {
  period: string | null;
  region: string | null;
  subject: string | null;
  status: FactStatus;
  unit: StatedUnit | null;
}

/** Subjects that name nothing in particular (`产品` alone, `地区产品`). */
const VAGUE_SUBJECT = /^(?:各?地区|各类|各)?(?:产品|企业|单位)$/;

export function tableContext(doc: Document, table: Table, ctx: ReadingContext): TableContext {
  const meta = doc.meta;
  const caption = table.caption;
  const text = doc.norm!.text;
  const sentence = caption ? doc.sentences?.find((s) => s.start <= caption.start && caption.start < s.end) : undefined;
  if (!caption || !sentence) return { period: meta.year, region: meta.region, subject: null, status: 'actual', unit: null };
  const tokens = (doc.tokens ?? []).filter((t) => t.start >= sentence.start && t.end <= sentence.end);
  const view = new SentenceView(text, sentence.start, sentence.end, sentence.order, tokens);
  const lexicons: Lexicons = ctx.lexicons;
  const status = statusAt(view, sentence.end, sentence.end, lexicons, meta);
  const subject = view.subjectIn(sentence.start, sentence.end, lexicons.subjectHeads);
  let unit: StatedUnit | null = null;
  const captionText = text.slice(caption.start, caption.end);
  for (const line of ctx.config.unitLines) {
    const m = line.exec(captionText);
    if (m && (unit = statedUnit(m[1]!, lexicons))) break;
  }
  return {
    period: periodAt(view, sentence.end, meta, status),
    region: regionAt(view, sentence.end, meta, lexicons),
    subject: subject && !VAGUE_SUBJECT.test(subject) ? subject : null,
    status,
    unit,
  };
}
