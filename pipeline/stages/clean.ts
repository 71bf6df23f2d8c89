// Placeholder until the corpus issue lands: the clean layer is the raw text unchanged.
import { TextLayer } from '../document';
import type { Stage } from '../stage';
import { OffsetMap } from '../text/offset-map';
import { countCodePoints } from '../text/rewriter';

export const cleanStage: Stage = {
  name: 'clean',
  version: '0',
  requires: ['raw'],
  provides: ['clean'],
  reads: [],
  run(doc) {
    doc.clean = new TextLayer(doc.raw, OffsetMap.identity(countCodePoints(doc.raw)));
  },
};
