import type { Dictionaries } from '../../core/dictionaries';
import type { FactCategory, FactType } from '../../core/document';

/**
 * The category of a fact (contract v1.1): the first category, in the contract's order, one of whose cues
 * the fact's metric holds. The cues are data: dictionaries/context/categories.tsv.
 */

export const CATEGORIES_FILE = 'context/categories.tsv';

/** The contract's order: the first category that fits wins. */
export const CATEGORY_ORDER: readonly FactCategory[] = [
  'pass_rate',
  'enforcement',
  'sampling',
  'special_equipment',
  'metrology',
  'certification',
  'standard',
  'brand',
  'food_safety',
  'training',
  'publicity',
  'finance',
  'other',
];

export interface CategoryCue {
  category: FactCategory;
  regex: RegExp;
  types: ReadonlySet<FactType> | null;
}

export function parseCategoryCues(text: string): CategoryCue[] {
  const cues: CategoryCue[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [category, pattern, types] = line.replace(/\r$/, '').split('\t');
    if (!category || !pattern || !CATEGORY_ORDER.includes(category as FactCategory)) {
      throw new Error(`dictionary ${CATEGORIES_FILE}: bad line '${line}'`);
    }
    cues.push({
      category: category as FactCategory,
      regex: new RegExp(pattern),
      types: types ? new Set(types.split(',').map((t) => t.trim() as FactType)) : null,
    });
  }
  // Tried in the contract's order whatever the order of the lines.
  return cues.sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));
}

export function loadCategoryCues(dictionaries: Dictionaries): CategoryCue[] {
  return dictionaries.parseOnce(CATEGORIES_FILE, parseCategoryCues, 'compiled');
}

/** The first category in the contract's order whose cue `text` holds, or null. */
export function categoryOf(text: string, type: FactType, cues: readonly CategoryCue[]): FactCategory | null {
  for (const cue of cues) {
    if (cue.types && !cue.types.has(type)) continue;
    if (cue.regex.test(text)) return cue.category;
  }
  return null;
}
