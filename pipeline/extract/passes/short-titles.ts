/** The short-titles document pass: `《专项行动工作方案》` after `《…专项行动工作方案》` is a short name of a title the document gives in full. */
import type { ExtractedFact } from '../../../core/document';

export function dropShortTitles(facts: ExtractedFact[]): ExtractedFact[] {
  const titles = facts.filter((f) => (f.type === 'policy' || f.type === 'standard') && f.name && !/^[A-Z]/.test(f.name));
  if (titles.length < 2) return facts;
  const names = [...new Set(titles.map((f) => f.name!))];
  const short = new Set(names.filter((name) => names.some((other) => other.length > name.length && other.endsWith(name))));
  return short.size === 0 ? facts : facts.filter((f) => !(f.name && short.has(f.name) && (f.type === 'policy' || f.type === 'standard')));
}
