// Minimal segmenter until the normalisation issue lands.
import nodejieba from 'nodejieba';
import type { Token } from '../document';
import type { Stage } from '../stage';

export const segmentStage: Stage = {
  name: 'segment',
  version: '0',
  requires: ['norm', 'sentences'],
  provides: ['tokens'],
  reads: [],
  run(doc) {
    const text = doc.norm!.text;
    const tokens: Token[] = [];
    for (const s of doc.sentences!) {
      let pos = s.start;
      for (const { word, tag } of nodejieba.tag(text.slice(s.start, s.end))) {
        tokens.push({ start: pos, end: pos + word.length, word, tag });
        pos += word.length;
      }
    }
    doc.tokens = tokens;
  },
};
