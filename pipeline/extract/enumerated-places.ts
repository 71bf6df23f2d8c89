/**
 * REGION-ENUMERATED-ITEMS: a count written right after the things it counts, listed one by one, each opening with its
 * own place (永春芦柑、德化白瓷、永春佛手3项; 某市化工新材料、某市精细化工2个), counts them all: its region is the
 * smallest holding every place the items open with, not the last item's (contract v1.1, region: for a figure over
 * several regions named together, the smallest region containing them). The list closed by 等 is read in
 * figure-region.ts (EXAMPLES_CLOSED_BEFORE); this is the whole list the count sums up.
 * Examples run as tests: context/places.json enumeratedExamples.
 */
import type { ResolvedPlace } from '../scope/places-in';

/** What separates the items of an enumeration. */
const ITEM_MARK = '、';
/** Most characters an item may have (德化白瓷, 沈阳化工新材料): a longer run is a clause of its own, not a listed name. */
const ITEM_REACH = 10;

/**
 * The places the items just before a figure open with, last item first, when two or more items in a row (from the
 * one that ends at the figure back) open with a Chinese division; null otherwise. An item that opens with none heads the
 * list and ends the walk: the clause's own words may stand before its place (继某县铁观音、…).
 */
export function enumeratedPlaces(
  text: string,
  clauseStart: number,
  figure: number,
  places: readonly ResolvedPlace[],
): ResolvedPlace[] | null {
  const found: ResolvedPlace[] = [];
  let itemEnd = figure;
  while (itemEnd > clauseStart) {
    const mark = text.lastIndexOf(ITEM_MARK, itemEnd - 1);
    const itemStart = mark >= clauseStart ? mark + 1 : clauseStart;
    const named = places.filter(
      (p) => p.start >= itemStart && p.end <= itemEnd && p.kind === 'division' && p.division !== null && !p.multiProvince,
    );
    const opening = itemEnd - itemStart <= ITEM_REACH ? named.find((p) => p.start === itemStart) : undefined;
    // The list's first item may follow the clause's own words (建成某市化工新材料、…; 继某县铁观音、…): its place is its last one,
    // within an item's reach of the item's end.
    const head = opening ? null : named.filter((p) => itemEnd - p.start <= ITEM_REACH).pop();
    if (head) found.push(head);
    if (!opening) break;
    found.push(opening);
    if (mark < clauseStart) break;
    itemEnd = mark;
  }
  const distinct = new Set(found.map((p) => p.division!.code));
  return found.length >= 2 && distinct.size >= 2 ? found : null;
}
