import type { Stage } from '../../core/stage';
import { loadSentenceRules, SENTENCE_RULES_FILE, splitSentences } from '../text/sentences';

/** Sentences as UTF-16 spans over the normalised text, in document order. */
export const sentencesStage: Stage = {
  name: 'sentences',
  code: __filename,
  requires: ['norm'],
  provides: ['sentences'],
  reads: [SENTENCE_RULES_FILE],
  run(doc, ctx) {
    doc.sentences = splitSentences(doc.norm!.text, loadSentenceRules(ctx.dictionaries));
  },
};
