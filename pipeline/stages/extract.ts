// Minimal extractor (pass rates only) until the extraction issue lands.
import type { ExtractedFact } from '../document';
import type { Stage } from '../stage';

export const extractStage: Stage = {
  name: 'extract',
  version: '0',
  requires: ['norm', 'sentences', 'tokens', 'meta'],
  provides: ['facts'],
  reads: [],
  run(doc) {
    const text = doc.norm!.text;
    const facts: ExtractedFact[] = [];
    for (const s of doc.sentences!) {
      const sentence = text.slice(s.start, s.end);
      for (const m of sentence.matchAll(/([\u4e00-\u9fff]{0,6}合格率)[为是达到]*(\d+(?:\.\d+)?)%/g)) {
        facts.push({
          type: 'rate', category: 'pass_rate', metric: m[1]!, value: Number(m[2]), unit: '%', bound: 'exact',
          status: 'actual', period: doc.meta.year, region: doc.meta.region, subject: null, name: null,
          start: s.start + m.index, end: s.start + m.index + m[0].length, sentence: s.order, rule: 'rate.minimal',
        });
      }
    }
    doc.facts = facts;
  },
};
