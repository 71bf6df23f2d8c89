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
  /** The cue names what the figure itself is (a price): tried before the contract's order. */
  identity: boolean;
  /** The cue reads the figure's unit (`@股`: shares), not its metric. */
  onUnit: boolean;
}

export function parseCategoryCues(text: string): CategoryCue[] {
  const cues: CategoryCue[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [written, pattern, types] = line.replace(/\r$/, '').split('\t');
    const identity = written?.startsWith('=') ?? false;
    const category = identity ? written!.slice(1) : written;
    if (!category || !pattern || !CATEGORY_ORDER.includes(category as FactCategory)) {
      throw new Error(`dictionary ${CATEGORIES_FILE}: bad line '${line}'`);
    }
    const onUnit = pattern.startsWith('@');
    cues.push({
      category: category as FactCategory,
      regex: new RegExp(onUnit ? pattern.slice(1) : pattern),
      onUnit,
      types: types ? new Set(types.split(',').map((t) => t.trim() as FactType)) : null,
      identity,
    });
  }
  // What a figure is comes first; then the contract's order, whatever the order of the lines.
  const rank = (cue: CategoryCue) => (cue.identity ? -1 : CATEGORY_ORDER.indexOf(cue.category));
  return cues.sort((a, b) => rank(a) - rank(b));
}

export function loadCategoryCues(dictionaries: Dictionaries): CategoryCue[] {
  return dictionaries.parseOnce(CATEGORIES_FILE, parseCategoryCues, 'compiled');
}

/** The first category in the contract's order whose cue `text` (or, for a unit cue, `unit`) holds, or null. */
export function categoryOf(text: string, type: FactType, cues: readonly CategoryCue[], unit: string | null = null): FactCategory | null {
  for (const cue of cues) {
    if (cue.types && !cue.types.has(type)) continue;
    if (cue.regex.test(cue.onUnit ? (unit ?? '') : text)) return cue.category;
  }
  return null;
}
