import type { Stage } from '../../core/stage';
import { createSegmenter, JIEBA_USER_DICT_FILE, SPLIT_RULES_FILE, type Segmenter } from '../text/segment';
import type { Dictionaries } from '../../core/dictionaries';
import { SegmentCache } from '../text/segment-cache';
import { userDictEntriesIn } from '../text/user-dict';

const segmenters = new WeakMap<Dictionaries, { segmenter: Segmenter; cache: SegmentCache }>();

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
    let made = segmenters.get(ctx.dictionaries);
    if (!made) {
      made = { segmenter: createSegmenter(ctx.dictionaries), cache: new SegmentCache() };
      segmenters.set(ctx.dictionaries, made);
    }
    const { segmenter, cache } = made;
    const norm = doc.norm!;
    const sentences = doc.sentences!;
    // A text segmented before in this thread (the same report in a dump and as a page) is not segmented again.
    doc.tokens = cache.tokens(norm.index, sentences, () => segmenter.segmentRanges(norm.text, sentences));
  },
};
