// Metadata stage: the region and the year a document is about, from its normalised text.
import { hostOf } from '../../corpus/read';
import { documentCounty, prefectureOfCounties } from '../metadata/county';
import { loadPlaceIndex, PLACES_FILE } from '../metadata/places';
import { loadRegionIndex, REGIONS_FILE } from '../metadata/regions';
import { dateInUrl, datelineDate, loadReportYearRules, REPORT_YEAR_FILE, reportYear, urlInOpening } from '../metadata/report-year';
import { normaliseQuery } from '../text/normalise-query';
import { NORMALISE_RULES_FILE } from '../text/normalise-rules';
import type { Stage } from '../../core/stage';

export const metadataStage: Stage = {
  name: 'metadata',
  code: __filename,
  requires: ['norm'],
  provides: ['meta'],
  reads: [REGIONS_FILE, PLACES_FILE, REPORT_YEAR_FILE, NORMALISE_RULES_FILE],
  run(doc, ctx) {
    const text = doc.norm!.text;
    const meta = doc.meta;
    const regions = loadRegionIndex(ctx.dictionaries);
    // The title as the text is written after normalisation (a traditional page's 順德區 → 顺德区, ２０１２ → 2012).
    const title = meta.title ? normaliseQuery(meta.title, ctx.dictionaries) : null;
    // A region the source states (a dump's province column) is kept; its code is looked up.
    const stated = meta.region ? regions.lookup(meta.region) : null;
    const region = stated ?? (meta.region ? null : regions.documentRegion(text, title));
    // A county bureau's bulletin or a county's review is about its county (contract: down to county level).
    const places = loadPlaceIndex(ctx.dictionaries);
    const county = meta.region ? null : documentCounty({ region, text, title }, places, regions);
    // A page naming no higher place but several counties of one city is that city's (contract: smallest region holding them).
    const city = meta.region || region || county ? null : prefectureOfCounties(text, title, places, regions);
    const own = county ?? city;
    if (own) {
      meta.region = own.name;
      meta.regionCode = own.code;
    } else if (region) {
      meta.region = region.name;
      meta.regionCode = region.code;
    }
    if (!meta.year) {
      // An undated page filed by day under its address (/20120613/, also where the page keeps it in its first
      // lines) is dated by it, else by its dateline.
      const date = meta.date ?? dateInUrl(meta.url) ?? dateInUrl(urlInOpening(text)) ?? datelineDate(text);
      const found = reportYear(text, date, loadReportYearRules(ctx.dictionaries), title);
      if (found) {
        meta.year = found.year;
        doc.messages.push({ stage: 'metadata', level: 'info', text: `report year ${found.year}`, rule: found.rule });
      }
    }
    meta.site ??= hostOf(meta.url);
  },
};
