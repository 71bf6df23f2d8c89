/**
 * The table-brands pass: the brands of a brand table's row (../brand-tables.ts) join the sentence's named things,
 * in place of what the sentence rules made of the same cell (`闽江牌` read as a brand with no scheme).
 */
import { tableBrands } from '../brand-tables';
import type { SentenceContext } from '../pass';

export function findTableBrands(sentence: SentenceContext): void {
  const { view, doc, extractor, named } = sentence;
  const inRow = tableBrands(doc, extractor.lexicons).filter((b) => b.start >= view.start && b.end <= view.end);
  if (inRow.length === 0) return;
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  sentence.named = named.filter((thing) => thing.type !== 'brand' || !inRow.some((b) => overlaps(b, thing)));
  sentence.named.push(...inRow);
}
