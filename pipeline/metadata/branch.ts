import { lead } from './county';
import type { Division, PlaceIndex } from './places';
import type { RegionIndex } from './regions';

/** How many characters before a place the bureau's name may end (…检验局 基隆分局). */
const BUREAU_END_REACH = 1;

/**
 * REGION-LEAD-BRANCH: the place of a bureau's branch named in a page's lead (its title and first sentence) right
 * after the bureau's name (经济部标准检验局基隆分局, 质量技术监督局肇东分局, 北京市工商局平谷分局). The branch is the
 * actor of the page's news, so the page is that place's (contract v1.1: the most specific region, down to county
 * level), whatever province or central body the bureau itself is of. Null when the lead names no branch, or names
 * it by a place written alike in several divisions (新竹: a city and a county).
 */
export function leadBranch(title: string | null, text: string, places: PlaceIndex, regions: RegionIndex): Division | null {
  const head = lead(title, text);
  for (const mention of places.find(head, 0, head.length, () => true)) {
    if (mention.kind !== 'division' || mention.divisions.length !== 1) continue;
    if (!regions.branch.after.test(head.slice(mention.end))) continue;
    if (!regions.branch.before.test(head.slice(Math.max(0, mention.start - BUREAU_END_REACH), mention.start))) continue;
    return mention.divisions[0]!;
  }
  return null;
}
