// Minimal sentence splitter until the normalisation issue lands.
import type { Sentence } from '../document';
import type { Stage } from '../stage';

export const sentencesStage: Stage = {
  name: 'sentences',
  version: '0',
  requires: ['norm'],
  provides: ['sentences'],
  reads: [],
  run(doc) {
    const text = doc.norm!.text;
    const sentences: Sentence[] = [];
    const re = /[^。！？!?\n]+[。！？!?]*/g;
    for (const m of text.matchAll(re)) {
      if (m[0].trim()) sentences.push({ start: m.index, end: m.index + m[0].length, order: sentences.length });
    }
    doc.sentences = sentences;
  },
};
