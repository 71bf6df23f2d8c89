/**
 * PERIOD-LIST-LEAD: a list whose lead line ends with a colon and names one year (各项产品一九五七年计划达到的产量…列举如下：)
 * is a list of that year's figures: each item under it (钢：从一百万吨增加到四百万吨), a line that opens with a short
 * label and a colon, is of the year the lead names, not of the plan's whole span (contract: targets take their
 * target year). Rules in dictionaries/context/time.json (listLead, listItem).
 */
import type { DocumentScope } from '../../core/document';
import { findTimes, type TimeRules } from '../scope/time';

/** How many lines (items and the blank lines between them) to walk back over to the lead line. */
const MAX_ITEMS = 60;

/**
 * The year the lead line of the list the paragraph at `paragraphStart` is an item of names, or null when the
 * paragraph is no item, the lines above it reach no lead, or the lead names no single year of its own.
 */
export function listLeadYear(text: string, paragraphStart: number, scope: DocumentScope, rules: TimeRules): string | null {
  const own = text.slice(paragraphStart, lineEnd(text, paragraphStart));
  if (!rules.listItem.test(own)) return null;
  let end = paragraphStart - 1;
  for (let lines = 0; end > 0 && lines < MAX_ITEMS; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '') {
      if (rules.listLead.test(line)) {
        const years = findTimes(text, start, end, rules, scope).filter(
          (t) => !t.comparison && t.kind !== 'vague' && /^\d{4}$/.test(t.period),
        );
        const distinct = new Set(years.map((t) => t.period));
        return distinct.size === 1 ? years[0]!.period : null;
      }
      if (!rules.listItem.test(line)) return null;
    }
    end = start - 1;
  }
  return null;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}
