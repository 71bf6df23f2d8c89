import type { Stage } from '../../core/stage';
import { createSegmenter, JIEBA_USER_DICT_FILE, SPLIT_RULES_FILE, type Segmenter } from '../text/segment';
import type { Dictionaries } from '../../core/dictionaries';
import { userDictEntriesIn } from '../text/user-dict';

const segmenters = new WeakMap<Dictionaries, Segmenter>();

/**
 * Tokens of every sentence: jieba with the domain dictionary, numbers and Latin words kept whole. A
 * document's key depends only on the user dictionary entries whose word it contains (userDictEntriesIn).
 */
export const segmentStage: Stage = {
  name: 'segment',
  code: __filename,
  requires: ['norm', 'sentences'],
  provides: ['tokens'],
  reads: [JIEBA_USER_DICT_FILE, SPLIT_RULES_FILE],
  partialReads: [JIEBA_USER_DICT_FILE],
  keyPart: (normText, ctx) => userDictEntriesIn(normText, ctx.dictionaries),
  run(doc, ctx) {
    let segmenter = segmenters.get(ctx.dictionaries);
    if (!segmenter) {
      segmenter = createSegmenter(ctx.dictionaries);
      segmenters.set(ctx.dictionaries, segmenter);
    }
    doc.tokens = segmenter.segmentRanges(doc.norm!.text, doc.sentences!);
  },
};
