// Metadata stage: the region and the year a document is about, from its normalised text.
import { CROSS_STRAIT_FILE } from '../../core/divisions';
import { hostOf } from '../../corpus/read';
import { pageRegion } from '../metadata/page-region';
import { loadPlaceIndex, PLACES_FILE } from '../metadata/places';
import { loadRegionIndex, REGIONS_FILE } from '../metadata/regions';
import {
  dateInUrl,
  datelineDate,
  loadReportYearRules,
  REPORT_YEAR_FILE,
  propertyBlockDate,
  reportYear,
  sourceLinkUrl,
  urlInOpening,
} from '../metadata/report-year';
import { loadTownLexicon, TOWNS_FILE, townMentions } from '../metadata/towns';
import { normaliseQuery } from '../text/normalise-query';
import { writtenInTraditional } from '../text/steps/script';
import { NORMALISE_RULES_FILE } from '../text/normalise-rules';
import type { Stage } from '../../core/stage';

export const metadataStage: Stage = {
  name: 'metadata',
  code: __filename,
  requires: ['norm'],
  provides: ['meta'],
  // cross-strait.json is read by core/divisions.ts, under the places and regions this stage looks up: listed so
  // that an edit of it re-runs the stage.
  reads: [REGIONS_FILE, PLACES_FILE, REPORT_YEAR_FILE, NORMALISE_RULES_FILE, TOWNS_FILE, CROSS_STRAIT_FILE],
  run(doc, ctx) {
    const text = doc.norm!.text;
    const meta = doc.meta;
    const regions = loadRegionIndex(ctx.dictionaries);
    const places = loadPlaceIndex(ctx.dictionaries);
    const towns = loadTownLexicon(ctx.dictionaries);
    // The title as the text is written after normalisation (a traditional page's 順德區 → 顺德区, ２０１２ → 2012).
    const title = meta.title ? normaliseQuery(meta.title, ctx.dictionaries) : null;
    // A region the source states (a dump's province column) is kept; its code is looked up.
    const stated = meta.region ? regions.lookup(meta.region) : null;
    const region =
      stated ?? (meta.region ? null : regions.documentRegion(text, title, (part, provinces) => townMentions(part, towns, provinces)));
    if (!meta.region) {
      const place = pageRegion(
        {
          region,
          text,
          title,
          site: meta.site ? normaliseQuery(meta.site, ctx.dictionaries) : null,
          traditional: writtenInTraditional(doc.raw),
        },
        places,
        regions,
      );
      if (place) {
        meta.region = place.name;
        meta.regionCode = place.code;
        if (place.rule !== 'body-region' && place.rule !== 'body-county')
          doc.messages.push({ stage: 'metadata', level: 'info', text: `region ${place.name}`, rule: place.rule });
      }
    } else if (region) {
      meta.region = region.name;
      meta.regionCode = region.code;
    }
    if (!meta.year) {
      // An undated page filed by day under its address (/20120613/, also where the page keeps it in its first
      // lines) is dated by it, else by its dateline. (A header's date line hidden by pinyin after each character
      // is read by the cleaning itself: boilerplate.ts BoilerplateRules.plain.)
      // PERIOD-CHROME-DATE: so is a page re-posted with the address of its original anywhere in it (原文链接：…), and an
      // e-paper's text by the property block its system leaves at the foot (--> 2019-05-06 … /enpproperty-->).
      const date =
        meta.date ??
        dateInUrl(meta.url) ??
        dateInUrl(urlInOpening(text)) ??
        dateInUrl(sourceLinkUrl(text)) ??
        propertyBlockDate(text) ??
        datelineDate(text);
      const found = reportYear(text, date, loadReportYearRules(ctx.dictionaries), title);
      if (found) {
        meta.year = found.year;
        doc.messages.push({ stage: 'metadata', level: 'info', text: `report year ${found.year}`, rule: found.rule });
      }
    }
    meta.site ??= hostOf(meta.url);
  },
};
