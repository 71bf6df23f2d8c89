import type { Stage } from '../../core/stage';
import { loadSentenceRules, SENTENCE_RULES_FILE, splitSentences } from '../text/sentences';
import { rowsAsSentences } from '../tables/row-sentences';

/** Sentences as UTF-16 spans over the normalised text, in document order; a table row is one sentence. */
export const sentencesStage: Stage = {
  name: 'sentences',
  code: __filename,
  requires: ['norm', 'tables'],
  provides: ['sentences'],
  reads: [SENTENCE_RULES_FILE],
  run(doc, ctx) {
    doc.sentences = rowsAsSentences(splitSentences(doc.norm!.text, loadSentenceRules(ctx.dictionaries)), doc.tables ?? [], doc.norm!.text);
  },
};
