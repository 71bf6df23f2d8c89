/**
 * The table-brands pass: the brands of a brand table's row (../brand-tables.ts) and of a list printed one brand a
 * line under its title (../brand-lines.ts) join the sentence's named things, in place of what the sentence rules
 * made of the same cell or line (`闽江牌` read as a brand with no scheme).
 */
import { lineBrands } from '../brand-lines';
import { tableBrands } from '../brand-tables';
import type { SentenceContext } from '../pass';

export function findTableBrands(sentence: SentenceContext): void {
  const { view, doc, extractor, named } = sentence;
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const inView = (b: { start: number; end: number }) => b.start >= view.start && b.end <= view.end;
  const inTables = tableBrands(doc, extractor.lexicons).filter(inView);
  const inLines = lineBrands(doc, extractor.lexicons).filter((b) => inView(b) && !inTables.some((t) => overlaps(t, b)));
  const inRow = [...inTables, ...inLines];
  if (inRow.length === 0) return;
  sentence.named = named.filter((thing) => thing.type !== 'brand' || !inRow.some((b) => overlaps(b, thing)));
  sentence.named.push(...inRow);
}
