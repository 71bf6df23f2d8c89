/** The enumeration pass: figures of a list (`分别为98%、93.1%`) take the subject or metric their item names. */
import { enumerationSubjects } from '../enumeration';
import type { SentenceContext } from '../pass';

export function readEnumerations(sentence: SentenceContext): void {
  sentence.enumerated = enumerationSubjects({ view: sentence.view, quantities: sentence.kept, trims: sentence.extractor.lexicons.trims });
}
