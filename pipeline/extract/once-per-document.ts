import type { Document } from '../../core/document';
import type { Lexicons } from './lexicons';

/**
 * A reading of the whole document (its brand tables, its brand lists) that sentence passes ask for one sentence
 * after another: worked out on the first question and kept with the document.
 */
export function oncePerDocument<T>(read: (doc: Document, lexicons: Lexicons) => T): (doc: Document, lexicons: Lexicons) => T {
  const kept = new WeakMap<Document, T>();
  return (doc, lexicons) => {
    if (!kept.has(doc)) kept.set(doc, read(doc, lexicons));
    return kept.get(doc)!;
  };
}
