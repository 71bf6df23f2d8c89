/**
 * The short-titles document pass: a title in 《》 that is nothing but its document-type word (`《纲要》`, `《条例》`,
 * `《意见》`: the name equals the metric the title was typed by) after a title of the document that ends with that
 * word (`《质量发展纲要》`) points back to it and is no title of its own. A short name with more words than the type
 * word (`《纲要(草案)》`, `《整合方案》`) or a bare word with no full title in the document (`《建议》`) names the
 * document it stands for, as the contract's "any title in 《》" reads and dev gold counts it.
 */
import type { ExtractedFact } from '../../../core/document';

const isTitle = (f: ExtractedFact): boolean => (f.type === 'policy' || f.type === 'standard') && !!f.name && !/^[A-Z]/.test(f.name);

export function dropShortTitles(facts: ExtractedFact[]): ExtractedFact[] {
  const titles = facts.filter(isTitle);
  if (titles.length < 2) return facts;
  const names = [...new Set(titles.map((f) => f.name!))];
  const pointsBack = (f: ExtractedFact): boolean =>
    isTitle(f) && f.name === f.metric && names.some((other) => other.length > f.name!.length && other.endsWith(f.name!));
  return facts.some(pointsBack) ? facts.filter((f) => !pointsBack(f)) : facts;
}
