import { AUTONOMOUS_REGIONS } from './county';
import type { RegionIndex, SelfReference } from './regions';
import type { Division, PlaceIndex } from './places';

/**
 * The place of the body a page's chrome names as its issuer: its source line (来源：某某市市场监督管理局), its
 * publisher (发布机构：…), its sponsor or owner in the footer (主办单位：某某县人民政府办公室, 某某县人民政府 版权所有), a
 * government site's name (某某县人民政府网). The clean stage reads these lines into the page's `site`; what
 * follows the place that makes it a body, not a newspaper or a portal, is data (regions.json chromeIssuer).
 */

/**
 * The division a site's name places its body in: the last of a chain (湖北省襄阳市襄州区市场监管局 → 襄州区), when
 * a body's ending follows it (人民政府, …局, …委员会, …办公室, …中心, …协会); null for a body of no place (国家市场监督管理总局,
 * 中国质量新闻网) or a name no division reads unambiguously.
 */
export function issuerDivision(site: string | null, places: PlaceIndex, regions: RegionIndex): Division | null {
  if (!site) return null;
  // A short district name (城区, 新区) needs no place tag here: the body's name after it says it is a place.
  const mentions = places.find(site, 0, site.length, () => true).filter((m) => m.kind === 'division');
  for (const [i, mention] of mentions.entries()) {
    const next = mentions[i + 1];
    if (next && next.start === mention.end) continue; // a place written before the one it holds (四川省 简阳市)
    if (mention.divisions.length !== 1 || !regions.chromeIssuer.test(site.slice(mention.end))) continue;
    return mention.divisions[0]!;
  }
  if (mentions.length > 0) return null;
  const body = regions.chromeBodies.find((b) => b.pattern.test(site));
  return body ? places.lookup(body.region) : null;
}

/**
 * The place of a body that names no place (经济部标准检验局, 调查局, 香港海关: chromeBodies) opening a page's title, for a
 * page whose chrome names no site (a plain page whose first line is the body's portal: 经济部国家标准检验局 检测资讯服务平台).
 */
export function titleBody(title: string | null, places: PlaceIndex, regions: RegionIndex): Division | null {
  if (!title) return null;
  const body = regions.chromeBodies.find((b) => b.pattern.test(title));
  return body ? places.lookup(body.region) : null;
}

/**
 * Whether a page whose body chose `bodyRegion` (a province or prefecture holding the issuer's place) is the
 * issuer's own news: it speaks at the issuer's level (全县, 全区, 全市 for a county-level city) at least as often
 * as at any level above, or at no level at all (a bureau's news item). A city's site reposting its province's
 * review (全省…) keeps the province.
 */
export function speaksAsIssuer(issuer: Division, levels: Readonly<SelfReference>): boolean {
  if (issuer.level === 'province') return true;
  if (issuer.level === 'prefecture') return levels.prefecture >= levels.province + levels.national;
  const district = issuer.name.endsWith('区') && !AUTONOMOUS_REGIONS.has(issuer.code.slice(0, 2));
  const province = district ? levels.province - levels.district : levels.province;
  const own = levels.county + (district ? levels.district : 0) + (issuer.name.endsWith('市') ? levels.prefecture : 0);
  const above = province + levels.national + (issuer.name.endsWith('市') ? 0 : levels.prefecture);
  return own >= above;
}
