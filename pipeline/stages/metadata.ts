// Minimal metadata stage until the corpus issue lands: the year from the first 20xx年 in the text.
import type { Stage } from '../stage';

export const metadataStage: Stage = {
  name: 'metadata',
  version: '0',
  requires: ['norm'],
  provides: ['meta'],
  reads: [],
  run(doc) {
    const m = /(19|20)\d\d(?=年)/.exec(doc.norm!.text);
    if (m && !doc.meta.year) doc.meta.year = m[0];
  },
};
