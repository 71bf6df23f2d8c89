import { Dictionaries } from '../../core/dictionaries';
import { normaliseText } from './normalise';
import { loadNormaliseRules } from './normalise-rules';

/**
 * A word or filter value an analyst types, normalised as document text is (width folded, traditional
 * script simplified, quotes and punctuation unified), so that 達標率 finds what 达标率 finds: facts and
 * sentences are stored in normalised form. The same rules file as the normalise stage, read once.
 */
export function normaliseQuery(text: string, dictionaries: Dictionaries = sharedDictionaries()): string {
  return normaliseText(text, loadNormaliseRules(dictionaries)).text.trim();
}

let bundled: Dictionaries | null = null;
function sharedDictionaries(): Dictionaries {
  bundled ??= new Dictionaries();
  return bundled;
}
