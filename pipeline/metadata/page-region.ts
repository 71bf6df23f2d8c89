import { leadBranch } from './branch';
import { countiesPrefecture, documentCounty, type CountyChoice } from './county';
import { issuerDivision, speaksAsIssuer, titleBody } from './issuer';
import { NATIONAL, type Division, type PlaceIndex } from './places';
import type { RegionIndex } from './regions';

/**
 * The region a page is about, from its body first and its chrome after (contract v1.1: the most specific region,
 * down to county level; 全市, 我局 are the document's own region). In order: a bureau's branch its lead names as the
 * actor (branch.ts: 标准检验局基隆分局); a county that speaks in the body
 * (county.ts); the province or prefecture the body names (regions.ts), narrowed to the issuer its chrome names
 * when that lies inside it and the body speaks as the issuer and names no other place; the prefecture holding
 * every county a body names when it names no higher region (a city's results by district); the issuer the
 * chrome names (来源：某某市市场监督管理局, 主办单位：某某县人民政府) when the body names no region of its own; the region of a
 * body a traditional-script page's lead names without a place (海關…: REGION-SAR-CUSTOMS-SCRIPT); the nation for a
 * bulletin of sampling results that names no place at all (regions.ts samplingBulletinPage).
 */

export interface PageRegionChoice extends CountyChoice {
  /** The body the page's chrome names (its `site`), normalised as the text is. */
  site: string | null;
  /** Whether the page is written in traditional script (text/steps/script.ts writtenInTraditional on the raw text). */
  traditional?: boolean;
}

export interface PagePlace {
  name: string;
  code: string;
  /** Which evidence chose it: the id of the step above. */
  rule:
    | 'lead-branch'
    | 'body-county'
    | 'body-region'
    | 'chrome-issuer-within'
    | 'counties-prefecture'
    | 'chrome-issuer'
    | 'script-body'
    | 'national-sampling';
}

export function pageRegion(choice: PageRegionChoice, places: PlaceIndex, regions: RegionIndex): PagePlace | null {
  const branch = leadBranch(choice.title, choice.text, places, regions);
  if (branch) return { name: regions.lookup(branch.name)?.name ?? branch.name, code: branch.code, rule: 'lead-branch' };
  const county = documentCounty(choice, places, regions);
  if (county) return { name: county.name, code: county.code, rule: 'body-county' };
  const { region, text, site, title } = choice;
  const issuer = site === null ? titleBody(title, places, regions) : issuerDivision(site, places, regions);
  const asPlace = (division: Division, rule: PagePlace['rule']): PagePlace => {
    const named = division.level === 'county' ? null : regions.lookup(division.name);
    return { name: named?.name ?? division.name, code: division.code, rule };
  };
  if (region) {
    const within =
      issuer !== null &&
      region.code !== NATIONAL.code &&
      issuer.code !== region.code &&
      places.ancestry(issuer).includes(region.code) &&
      speaksAsIssuer(issuer, regions.selfReferenceLevel(text)) &&
      namesOnly(text, issuer, places);
    return within ? asPlace(issuer, 'chrome-issuer-within') : { name: region.name, code: region.code, rule: 'body-region' };
  }
  const prefecture = countiesPrefecture(choice, places, regions);
  if (prefecture) return asPlace(prefecture, 'counties-prefecture');
  if (issuer) return asPlace(issuer, 'chrome-issuer');
  // REGION-SAR-CUSTOMS-SCRIPT: a traditional-script page that names no place and whose lead opens a clause with a body
  // only Hong Kong's pages name without a place in that script (海關巡查…) is that region's.
  const scripted = choice.traditional ? regions.scriptBodyLead(title, text) : null;
  if (scripted) return { name: scripted.name, code: scripted.code, rule: 'script-body' };
  // REGION-NATIONAL-SAMPLING: a bulletin of sampling results that names no place, in body or chrome, is the national one.
  return regions.samplingBulletinPage(title, text) ? { name: NATIONAL.name, code: NATIONAL.code, rule: 'national-sampling' } : null;
}

/** Whether every division a text names (by a name no place tag is needed for) is the issuer's place or holds it. */
function namesOnly(text: string, issuer: Division, places: PlaceIndex): boolean {
  const chain = new Set(places.ancestry(issuer));
  return places
    .find(text, 0, text.length, () => true)
    .every((m) => m.kind !== 'division' || m.needsPlaceTag || m.divisions.some((d) => chain.has(d.code)));
}
